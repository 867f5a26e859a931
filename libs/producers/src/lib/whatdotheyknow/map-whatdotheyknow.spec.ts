import { describe, expect, it } from 'vitest';
import { leicestershireGazetteer, readFixture } from '../../../../../tools/testing/fixtures';
import { EMPTY_WHATDOTHEYKNOW_STATE, mapWhatDoTheyKnow } from './map-whatdotheyknow';

const gazetteer = leicestershireGazetteer();
const feed = readFixture('producers', 'whatdotheyknow', 'leicestershire_county_council.json');
const o = { site: 'https://www.whatdotheyknow.com/', gazetteer };

describe("WhatDoTheyKnow: a public body's event feed (/feed/body/<url_name>.json) as foi_request drafts", () => {
  it('makes one draft per request, oldest event first, and a later event on a request updates its draft', () => {
    const r = mapWhatDoTheyKnow(feed, EMPTY_WHATDOTHEYKNOW_STATE, o);
    expect(r.error).toBeUndefined();
    expect(r.items.map((i) => [i.eventId, i.outcome, i.outcome === 'error' ? null : i.draft.key])).toEqual([
      [90001, 'draft', 'whatdotheyknow-gritting_routes_in_lutterworth'],
      [90002, 'draft', 'whatdotheyknow-pothole_claims_birstall'],
      [90003, 'update', 'whatdotheyknow-gritting_routes_in_lutterworth'],
      [90004, 'update', 'whatdotheyknow-pothole_claims_birstall'],
    ]);
    expect(r.state).toEqual({ lastEventId: 90004 });
  });

  it("holds the request's title, its link, the text of the event, and the divisions it names", () => {
    const first = mapWhatDoTheyKnow(feed, EMPTY_WHATDOTHEYKNOW_STATE, o).items[0];
    expect(first?.outcome === 'draft' && first.draft).toMatchObject({
      source: 'whatdotheyknow',
      receivedAt: '2026-07-01T09:00:00.000Z',
      event: {
        kind: 'foi_request',
        title: 'Gritting routes in Lutterworth',
        description: 'Please send me the gritting routes in Lutterworth, near LE17 4AB.\n\nStatus: Sent.',
        divisions: ['Lutterworth'],
        link: 'https://www.whatdotheyknow.com/request/gritting_routes_in_lutterworth',
      },
    });
    const followUp = mapWhatDoTheyKnow(feed, EMPTY_WHATDOTHEYKNOW_STATE, o).items[3];
    expect(followUp?.outcome === 'update' && followUp.draft.event.divisions).toEqual([
      'Birstall',
      'Sileby & The Wolds',
    ]);
  });

  it("never carries the requester's name", () => {
    expect(JSON.stringify(mapWhatDoTheyKnow(feed, EMPTY_WHATDOTHEYKNOW_STATE, o))).not.toContain(
      'A Requester',
    );
  });

  it('resumes after the last event seen, so a restart makes nothing twice', () => {
    const r = mapWhatDoTheyKnow(feed, { lastEventId: 90002 }, o);
    expect(r.items.map((i) => [i.eventId, i.outcome])).toEqual([
      [90003, 'update'],
      [90004, 'update'],
    ]);
    expect(mapWhatDoTheyKnow(feed, r.state, o)).toEqual({ items: [], state: { lastEventId: 90004 } });
  });

  it.each([
    ['<html>Service unavailable</html>', 'the feed is not JSON'],
    ['{"error":"not found"}', 'the feed is not a list of events'],
  ])('keeps its place when the feed cannot be read (%s)', (body, error) => {
    expect(mapWhatDoTheyKnow(body, { lastEventId: 7 }, o)).toEqual({
      items: [],
      state: { lastEventId: 7 },
      error,
    });
  });

  it('names an event without a request, and carries on with the rest', () => {
    const r = mapWhatDoTheyKnow(
      JSON.stringify([{ id: 5, event_type: 'sent' }, { event_type: 'sent' }]),
      EMPTY_WHATDOTHEYKNOW_STATE,
      o,
    );
    expect(r.items).toEqual([
      { outcome: 'error', eventId: null, reason: 'an event in the feed has no id' },
      { outcome: 'error', eventId: 5, reason: 'event 5 names no request (info_request.url_title)' },
    ]);
    expect(r.state).toEqual({ lastEventId: 5 });
  });
});
