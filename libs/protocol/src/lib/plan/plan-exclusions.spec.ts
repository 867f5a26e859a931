import { describe, expect, it } from 'vitest';
import { WORDS } from '../../test/plan.fixture';
import { at, divisions, namesIn, names, plan, relationsByName } from '../../test/leicestershire.fixture';
import type { AlertEvent } from '../event/alert-event.types';
import { renderCirculation } from '../render/render-circulation';

const OADBY = at('LE2 5AA');
const LUTTERWORTH = at('LE17 4AB');
// Every topic some member registered; an excluded event must reach none of them either.
const TOPICS = ['schools', 'flooding', 'transport', 'heritage'];

describe('planEvent: the protocol carves some cases out, and the plan says why', () => {
  it.each<[string, AlertEvent, string, RegExp]>([
    [
      'a report to an informal panel',
      { kind: 'sensitive_report', title: 'x', location: OADBY, body: 'informal_panel' },
      '32',
      /"This does not apply to reports considered by informal panels or working parties\."/,
    ],
    [
      'a report to a working party',
      { kind: 'sensitive_report', title: 'x', location: OADBY, body: 'working_party' },
      '32',
      /informal panels or working parties/,
    ],
    [
      'an FOI request not marked controversial',
      { kind: 'foi_request', title: 'x', location: OADBY },
      '35',
      /not marked controversial.*"A Freedom of Information request covering a controversial issue/,
    ],
    [
      'an FOI request marked not controversial',
      { kind: 'foi_request', title: 'x', location: OADBY, controversial: false },
      '35',
      /controversial/,
    ],
    [
      'an individual service-related complaint',
      { kind: 'complaints', title: 'x', location: OADBY, individualServiceComplaint: true },
      '26, 35',
      /§26: "This arrangement does not extend to individual service-related complaints"/,
    ],
    [
      'road works not marked major',
      { kind: 'road_works', title: 'x', location: OADBY },
      '35',
      /not marked major.*"A potentially controversial operational matter/,
    ],
  ])('%s: nobody is told', (_name, event, paragraph, reason) => {
    const p = plan({ ...event, topics: TOPICS, notifyAdjoining: true });
    expect(p.recipients).toEqual([]);
    expect(p.excluded).toHaveLength(1);
    expect(p.excluded?.[0]?.paragraph).toBe(paragraph);
    expect(p.excluded?.[0]?.reason).toMatch(reason);
    // Not even by interest (§34) or by the notifyAdjoining override.
    expect(p.adjoiningAlerted).toBe(false);
    expect(renderCirculation(p, WORDS)).toMatch(/\n\nNone\.$/);
  });

  it('does not escalate an excluded event either, and says that it did not', () => {
    const p = plan({ kind: 'foi_request', title: 'x', location: OADBY, escalate: ['leader'] });
    expect(p.recipients).toEqual([]);
    expect(p.warnings).toContain('escalate was not acted on, because the event is excluded');
  });

  it.each<[string, AlertEvent]>([
    ['a report to the Cabinet', { kind: 'sensitive_report', title: 'x', location: OADBY, body: 'cabinet' }],
    ['a report to scrutiny', { kind: 'sensitive_report', title: 'x', location: OADBY, body: 'scrutiny' }],
    [
      'a report to a regulatory body',
      { kind: 'sensitive_report', title: 'x', location: OADBY, body: 'regulatory' },
    ],
    [
      'a controversial FOI request',
      { kind: 'foi_request', title: 'x', location: OADBY, controversial: true },
    ],
    ['complaints from many residents', { kind: 'complaints', title: 'x', location: OADBY }],
    [
      'a complaint marked not individual',
      { kind: 'complaints', title: 'x', location: OADBY, individualServiceComplaint: false },
    ],
    ['major road works', { kind: 'road_works', title: 'x', location: OADBY, major: true }],
  ])('%s: the local members are notified', (_name, event) => {
    const p = plan(event);
    expect(p.excluded).toBeUndefined();
    const local = p.recipients.filter((r) => r.reasons.some((x) => x.relation === 'local'));
    expect(names(local)).toEqual(namesIn('Oadby'));
    expect(local.every((r) => r.action === 'notify')).toBe(true);
  });
});

describe('planEvent: §33 for a sensitive report', () => {
  it.each([
    ['cabinet', 'the Cabinet'],
    ['scrutiny', 'the Overview and Scrutiny Committee'],
    ['regulatory', 'a Regulatory Body'],
  ])('a report to %s carries the meeting date and the right to attend and speak', (body, bodyName) => {
    const p = plan({
      kind: 'sensitive_report',
      title: 'Closure of Oadby household waste site',
      location: OADBY,
      body,
      startsAt: '2026-03-17T14:00:00Z',
    });
    expect(p.meeting).toMatchObject({ body, bodyName, date: '2026-03-17T14:00:00Z', paragraph: '33' });
    expect(p.meeting?.rightToAttendAndSpeak).toContain(`attend the meeting of ${bodyName} as an observer`);
    expect(p.meeting?.rightToAttendAndSpeak).toMatch(/Standing Order 34.*speak \(but not vote\)/);
  });

  it('carries no meeting when the report is excluded', () => {
    expect(
      plan({ kind: 'sensitive_report', title: 'x', location: OADBY, body: 'working_party' }).meeting,
    ).toBeUndefined();
  });
});

describe('planEvent: adjoining divisions', () => {
  const lutterworthNeighbours = divisions.neighboursOf('Lutterworth');
  const adjoiningMembers = (p: ReturnType<typeof plan>) =>
    names(p.recipients.filter((r) => r.reasons.some((x) => x.relation === 'adjoining')));

  it('Lutterworth adjoins Broughton Astley, Bruntingthorpe and Stoney Stanton & Croft', () => {
    expect(lutterworthNeighbours).toEqual(['Broughton Astley', 'Bruntingthorpe', 'Stoney Stanton & Croft']);
  });

  it.each<[string, Partial<AlertEvent>, boolean]>([
    // §28: "If the facility or the service provides services to adjoining electoral divisions ..."
    ['a facility serving its own division only', {}, false],
    ['a facility serving adjoining divisions', { servesAdjoining: true }, true],
    ['a facility marked as not serving them', { servesAdjoining: false }, false],
    [
      'notifyAdjoining: false beats servesAdjoining',
      { servesAdjoining: true, notifyAdjoining: false },
      false,
    ],
    ['notifyAdjoining: true without servesAdjoining', { notifyAdjoining: true }, true],
  ])('facility_event, %s', (_name, flags, told) => {
    const p = plan({
      kind: 'facility_event',
      title: 'Opening of Lutterworth library',
      location: LUTTERWORTH,
      ...flags,
    });
    expect(p.adjoiningDivisions).toEqual(lutterworthNeighbours);
    expect(p.adjoiningAlerted).toBe(told);
    expect(adjoiningMembers(p)).toEqual(told ? namesIn(...lutterworthNeighbours) : []);
    // §28: "the additional members should also be invited".
    for (const r of p.recipients) expect(r.action).toBe('invite');
  });

  it.each<[AlertEvent['kind'], boolean | undefined, boolean]>([
    ['major_incident', undefined, true],
    ['major_incident', false, false],
    ['road_works', undefined, true],
    ['road_works', false, false],
    ['consultation', undefined, false],
    ['consultation', true, true],
    ['public_meeting', undefined, false],
    ['public_meeting', true, true],
    ['delegated_decision', true, true],
  ])('%s with notifyAdjoining %s: adjoining members told = %s', (kind, notifyAdjoining, told) => {
    const p = plan({
      kind,
      title: 'x',
      location: LUTTERWORTH,
      major: true,
      opensAt: '2026-04-01T09:00:00Z',
      ...(notifyAdjoining === undefined ? {} : { notifyAdjoining }),
    });
    expect(adjoiningMembers(p)).toEqual(told ? namesIn(...lutterworthNeighbours) : []);
    const action = kind === 'public_meeting' ? 'invite' : 'notify';
    for (const name of adjoiningMembers(p))
      expect(p.recipients.find((r) => r.name === name)?.action).toBe(action);
  });
});

describe('planEvent: §30 officers', () => {
  const meeting = (extra: Partial<AlertEvent>): AlertEvent => ({
    kind: 'member_public_meeting',
    title: 'Public meeting on Birstall school places',
    location: at('LE4 3AA'),
    service: 'Schools',
    ...extra,
  });

  it('informs the officers whose services include the service, whatever its case', () => {
    const p = plan(meeting({ service: "children's SERVICES" }));
    expect(relationsByName(p)).toEqual({ 'Claire Dobson': ['officer'] });
    expect(p.recipients[0]).toMatchObject({
      kind: 'officer',
      action: 'inform',
      email: 'claire.dobson@leics.example',
    });
    expect(p.recipients[0]?.reasons).toEqual([
      { relation: 'officer', paragraph: '30', service: "Children's Services" },
    ]);
  });

  it('tells no member as local: the member arranging the meeting informs the officers', () => {
    const p = plan(meeting({}));
    expect(p.recipients.every((r) => r.kind === 'officer')).toBe(true);
    expect(renderCirculation(p, WORDS)).toMatch(/None\.$/);
  });

  it.each<[string, Partial<AlertEvent>, object, RegExp]>([
    ['no officer has the service', { service: 'Parks' }, {}, /No officer's services include "Parks"/],
    ['no list of officers was given', {}, { officers: undefined }, /No list of officers was given/],
  ])('says why nobody is told when %s', (_name, extra, ctx, reason) => {
    const p = plan(meeting(extra), ctx);
    expect(p.recipients).toEqual([]);
    expect(p.excluded?.[0]?.reason).toMatch(reason);
    expect(p.excluded?.[0]?.paragraph).toBe('30');
  });

  it('still tells members with an interest, and warns that no officer matched', () => {
    const p = plan(meeting({ service: 'Parks', topics: ['waste'] }));
    expect(p.excluded).toBeUndefined();
    expect(p.recipients.every((r) => r.reasons.every((x) => x.relation === 'interest'))).toBe(true);
    expect(p.warnings).toEqual(['No officer\'s services include "Parks", so no officer can be informed']);
  });
});
