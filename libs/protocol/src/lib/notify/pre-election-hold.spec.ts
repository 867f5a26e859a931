import { describe, expect, it } from 'vitest';
import { plan, POLICY } from '../../test/leicestershire.fixture';
import type { AlertEvent } from '../event/alert-event.types';
import type { Policy, PreElectionPeriod } from '../policy/policy.types';
import { holdingPeriod, holdsWaiting, type WaitingNotice, withHolds } from './pre-election-hold';
import { cancellationRows, firstVersionRows } from './version-rows';

// County Council elections: notice of election on Monday 26 March 2029, the day after the clocks
// go forward, and the poll closing on Thursday 3 May 2029.
const COUNTY: PreElectionPeriod = {
  election: 'County Council elections',
  from: '2029-03-26',
  to: '2029-05-03',
};
// A by-election in one division, in winter (GMT).
const OADBY: PreElectionPeriod = {
  election: 'Oadby by-election',
  from: '2027-11-15',
  to: '2027-12-16',
  divisions: ['Oadby'],
};
const policy: Policy = { ...POLICY, preElection: [COUNTY, OADBY] };

const event = (kind: AlertEvent['kind'], extra: Partial<AlertEvent>): AlertEvent => ({
  kind,
  title: 'Library reopening',
  contact: { name: 'Helen Marsden', email: 'helen.marsden@leics.example' },
  ...extra,
});
const divisionsOf = (e: AlertEvent) => plan(e).affectedDivisions;

describe('which notices a pre-election period holds for democratic services', () => {
  it("Leicestershire's file holds invitations and sends the rest as usual, each as the council's choice", () => {
    const held = Object.entries(POLICY.kinds)
      .filter(([, k]) => k.duringPreElection === 'hold')
      .map(([kind]) => kind);
    expect(held).toEqual(['facility_event', 'public_meeting']);
    for (const k of Object.values(POLICY.kinds)) expect(k.basis?.preElection).toHaveProperty('choice');
  });

  it.each<[string, AlertEvent, string, string | undefined]>([
    // The whole council: any division, from the first minute of notice of election, London time.
    [
      'an opening in Oadby, on the first day',
      event('facility_event', { divisions: ['Oadby'] }),
      '2029-03-25T23:00:00Z',
      COUNTY.election,
    ],
    [
      'an opening, the minute before the first day (23:59 BST)',
      event('facility_event', { divisions: ['Oadby'] }),
      '2029-03-25T22:59:00Z',
      undefined,
    ],
    [
      'an opening in Shepshed, at 23:59 BST on polling day',
      event('facility_event', { divisions: ['Shepshed'] }),
      '2029-05-03T22:59:00Z',
      COUNTY.election,
    ],
    [
      'an opening, at midnight after polling day',
      event('facility_event', { divisions: ['Shepshed'] }),
      '2029-05-03T23:00:00Z',
      undefined,
    ],
    [
      'a public meeting in the middle of the period',
      event('public_meeting', { divisions: ['Loughborough South'] }),
      '2029-04-12T09:00:00Z',
      COUNTY.election,
    ],
    [
      'road works, a kind sent as usual',
      event('road_works', { divisions: ['Shepshed'], major: true }),
      '2029-04-12T09:00:00Z',
      undefined,
    ],
    [
      'a press enquiry, a kind sent as usual',
      event('press_enquiry', { divisions: ['Oadby'] }),
      '2029-04-12T09:00:00Z',
      undefined,
    ],
    // A by-election: only the divisions it names, in GMT.
    [
      'an opening in the by-election division',
      event('facility_event', { divisions: ['Oadby'] }),
      '2027-11-15T00:00:00Z',
      OADBY.election,
    ],
    [
      'an opening in another division',
      event('facility_event', { divisions: ['Shepshed'] }),
      '2027-11-20T09:00:00Z',
      undefined,
    ],
    [
      'an opening across Oadby and a neighbour',
      event('facility_event', { divisions: ['East Wigston', 'Oadby'] }),
      '2027-12-16T23:59:00Z',
      OADBY.election,
    ],
    [
      'an opening in Oadby, the day after close of poll',
      event('facility_event', { divisions: ['Oadby'] }),
      '2027-12-17T00:00:00Z',
      undefined,
    ],
    [
      'an opening for the whole county during the by-election',
      event('facility_event', { countywide: true }),
      '2027-12-01T12:00:00Z',
      OADBY.election,
    ],
  ])('%s', (_case, e, sendAt, election) => {
    expect(holdingPeriod(policy, e.kind, divisionsOf(e), new Date(sendAt))?.election).toBe(election);
  });

  it('names divisions as the boundaries do, whatever the case', () => {
    const lower: Policy = { ...POLICY, preElection: [{ ...OADBY, divisions: ['OADBY'] }] };
    expect(holdingPeriod(lower, 'facility_event', ['Oadby'], new Date('2027-12-01T12:00:00Z'))).toEqual({
      ...OADBY,
      divisions: ['OADBY'],
    });
  });

  it('holds nothing when the council has no period, as Leicestershire today', () => {
    expect(
      holdingPeriod(POLICY, 'facility_event', ['Oadby'], new Date('2029-04-12T09:00:00Z')),
    ).toBeUndefined();
  });

  it("holds each member's notice, and never a cancellation or a 'no longer concerns you'", () => {
    const p = plan(event('facility_event', { divisions: ['Oadby'] }), {
      now: new Date('2027-12-01T12:00:00Z'),
    });
    const first = withHolds(firstVersionRows('e1', p), p, policy);
    expect(first.length).toBeGreaterThan(0);
    expect(first.every((r) => r.heldFor?.election === OADBY.election)).toBe(true);
    const prior = first.map((r) => ({
      recipientKind: r.recipientKind,
      recipientId: r.recipientId,
      recipientName: r.recipientName,
      email: r.email,
      action: r.action,
      reached: true,
    }));
    const cancelled = withHolds(
      cancellationRows('e1', 2, prior, new Date('2027-12-02T12:00:00Z')),
      p,
      policy,
    );
    expect(cancelled.map((r) => r.heldFor)).toEqual(cancelled.map(() => undefined));
  });

  // A revision published on Monday 12 March 2029, taking effect on Thursday 15 March, adds the
  // County Council period; notices already waiting are asked whether it holds them.
  describe('notices still waiting when a revision adding a period is published', () => {
    const revised: Policy = { ...policy, takesEffect: '2029-03-15' };
    const waiting = (extra: Partial<WaitingNotice>): WaitingNotice => ({
      kind: 'facility_event',
      divisions: ['Oadby'],
      sendAt: new Date('2029-04-12T09:00:00Z'),
      change: 'new',
      ...extra,
    });
    it.each<[string, Partial<WaitingNotice>, string | undefined]>([
      ['an invitation due inside the period', {}, COUNTY.election],
      ['an update of one', { change: 'updated' }, COUNTY.election],
      ['a cancellation', { change: 'cancelled' }, undefined],
      ["a 'no longer concerns you'", { change: 'removed' }, undefined],
      ['a kind the revision sends as usual', { kind: 'road_works' }, undefined],
      ['an invitation due after the close of poll', { sendAt: new Date('2029-05-04T08:00:00Z') }, undefined],
    ])('%s', (_name, extra, election) => {
      expect(holdsWaiting(revised, waiting(extra))?.election).toBe(election);
    });
    it('leaves a notice due before the revision takes effect, even inside a period', () => {
      const early: Policy = { ...policy, takesEffect: '2029-04-13' };
      expect(holdsWaiting(early, waiting({}))).toBeUndefined();
      expect(holdsWaiting(early, waiting({ sendAt: new Date('2029-04-13T08:00:00Z') }))?.election).toBe(
        COUNTY.election,
      );
    });
  });
});
