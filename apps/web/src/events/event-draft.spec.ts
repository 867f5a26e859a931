import { describe, expect, it } from 'vitest';
import type { EventBody } from '../api/types';
import { LEICESTERSHIRE_KINDS } from '../test/council-kinds.util';
import { bodyToDraft, draftToBody, emptyDraft, patchOf, type EventDraft } from './event-draft';
import { specOf } from './event-kinds';

const toBody = (d: EventDraft) => draftToBody(d, specOf(LEICESTERSHIRE_KINDS, d.kind));

describe('event drafts', () => {
  it("send only the chosen kind's fields, even when others were filled in before the kind changed", () => {
    const d = {
      ...emptyDraft(),
      kind: 'road_works',
      title: ' A6 ',
      major: true,
      opensAt: '2027-01-01T09:00',
      body: 'cabinet',
    };
    d.area = { ...d.area, mode: 'countywide' };
    expect(toBody(d)).toEqual({ kind: 'road_works', title: 'A6', major: true, countywide: true });
  });

  it('survive a round trip from the API and back unchanged', () => {
    const body: EventBody = {
      kind: 'road_works',
      title: 'A6 resurfacing',
      major: true,
      startsAt: '2027-01-11T08:00:00.000Z',
      topics: ['highways'],
      location: {
        type: 'LineString',
        coordinates: [
          [-1.205, 52.77],
          [-1.14, 52.715],
        ],
      },
    };
    expect(toBody(bodyToDraft(body))).toEqual(body);
    expect(patchOf(body, toBody(bodyToDraft(body)))).toEqual({});
  });

  it('make an edit of the changed fields, with null for each one removed', () => {
    const before: EventBody = {
      kind: 'road_works',
      title: 'A6',
      major: true,
      topics: ['highways'],
      divisions: ['Oadby'],
    };
    const after: EventBody = {
      kind: 'road_works',
      title: 'A6 (revised)',
      major: true,
      divisions: ['Oadby', 'Wigston'],
    };
    expect(patchOf(before, after)).toEqual({
      title: 'A6 (revised)',
      topics: null,
      divisions: ['Oadby', 'Wigston'],
    });
  });
});
