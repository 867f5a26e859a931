import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { at, fieldErrors, namesIn, divisions, plan, POLICY } from '../../test/leicestershire.fixture';
import type { AlertEvent } from '../event/alert-event.types';
import { EVENT_KINDS, type EventKind } from '../../test/leicestershire.fixture';
import type { Policy } from './policy.types';

// Paragraphs 26–36 of Part 5C, verbatim; whitespace folded so quotes can span its line breaks.
const PROTOCOL = readFileSync(join(__dirname, '..', '..', 'test', 'part-5c-paragraphs-26-36.txt'), 'utf8')
  .replace(/\s+/g, ' ')
  .replace(/[‘’]/g, "'");
const quotesIn = (text: string) =>
  [...text.matchAll(/"([^"]+)"/g)].map((m) => (m[1] ?? '').replace(/^\(|\)$/g, ''));

describe("Leicestershire's policy file: the table reads as the issue specifies it", () => {
  const table = EVENT_KINDS.map((kind) => {
    const k = POLICY.kinds[kind];
    const adjoining =
      typeof k.adjoining === 'string' ? k.adjoining : 'when ' + JSON.stringify(k.adjoining.when);
    return [kind, k.paragraph, k.audience, k.action, k.timing.at, adjoining, k.exclusions.length];
  });

  it('has one row per kind, with paragraph, audience, action, timing, adjoining rule and exclusions', () => {
    expect(table).toEqual<unknown[][]>([
      [
        'facility_event',
        '28',
        'local_members',
        'invite',
        'now',
        'when {"flag":"servesAdjoining","is":true}',
        0,
      ],
      ['public_meeting', '29', 'local_members', 'invite', 'now', 'never', 0],
      ['member_public_meeting', '30', 'service_officers', 'inform', 'now', 'never', 0],
      ['consultation', '31', 'local_members', 'notify', 'before', 'never', 0],
      ['sensitive_report', '32', 'local_members', 'notify', 'now', 'never', 1],
      ['delegated_decision', '35', 'local_members', 'notify', 'now', 'never', 0],
      ['press_enquiry', '35', 'local_members', 'notify', 'now', 'never', 0],
      ['partnership_action', '35', 'local_members', 'notify', 'now', 'never', 0],
      ['foi_request', '35', 'local_members', 'notify', 'now', 'never', 1],
      ['complaints', '35', 'local_members', 'notify', 'now', 'never', 1],
      ['road_works', '35', 'local_members', 'notify', 'now', 'always', 1],
      ['service_change', '35', 'local_members', 'notify', 'now', 'never', 0],
      ['major_incident', '35', 'local_members', 'notify', 'now', 'always', 0],
    ]);
  });

  it('times consultations 24 hours before they open', () => {
    expect(POLICY.kinds.consultation.timing).toEqual({ at: 'before', field: 'opensAt', hours: 24 });
  });

  it('cites §34 for interests and §36 for escalation', () => {
    expect([POLICY.interest.paragraph, POLICY.escalation.paragraph]).toEqual(['34', '36']);
  });

  it.each(EVENT_KINDS.flatMap((kind) => POLICY.kinds[kind].exclusions.map((x) => [kind, x.reason] as const)))(
    '%s: every quotation in the exclusion reason is in the protocol, word for word',
    (_kind, reason) => {
      const quotes = quotesIn(reason);
      expect(quotes.length).toBeGreaterThan(0);
      for (const quote of quotes) expect(PROTOCOL).toContain(quote.replace(/\.$/, ''));
    },
  );

  it('quotes the protocol word for word in the right to attend and speak', () => {
    expect(PROTOCOL).toContain('(Standing Order 34)');
    expect(PROTOCOL).toContain('may speak (but not vote) on any matter');
    expect(POLICY.kinds.sensitive_report.meeting?.rightToAttendAndSpeak).toMatch(
      /Standing Order 34.*speak \(but not vote\) on any matter/,
    );
  });
});

describe('a council changes the table, not the code', () => {
  // A council that invites neighbours to public meetings, gives two days' notice of consultations,
  // leaves minor service changes out, and escalates every partnership action to its Leader.
  const kinds = POLICY.kinds;
  const policy: Policy = {
    ...POLICY,
    council: 'An example council',
    kinds: {
      ...kinds,
      public_meeting: { ...kinds.public_meeting, adjoining: 'always' },
      consultation: { ...kinds.consultation, timing: { at: 'before', field: 'opensAt', hours: 48 } },
      service_change: {
        ...kinds.service_change,
        exclusions: [{ when: { flag: 'major', is: false }, paragraph: '35', reason: 'Only major changes.' }],
      },
      partnership_action: { ...kinds.partnership_action, escalation: [{ role: 'leader' }] },
    },
  };
  const oadby = (kind: EventKind, extra: Partial<AlertEvent> = {}): AlertEvent => ({
    kind,
    title: 'x',
    location: at('LE2 5AA'),
    ...extra,
  });

  it.each<[string, AlertEvent, (p: ReturnType<typeof plan>) => unknown, unknown]>([
    [
      'public meetings invite the adjoining members',
      oadby('public_meeting'),
      (p) => p.recipients.length,
      namesIn('Oadby', ...divisions.neighboursOf('Oadby')).length,
    ],
    [
      'consultations go 48 hours ahead',
      oadby('consultation', { opensAt: '2026-03-20T12:00:00Z' }),
      (p) => p.sendAt,
      '2026-03-18T12:00:00.000Z',
    ],
    [
      'minor service changes are left out',
      oadby('service_change'),
      (p) => p.excluded,
      [{ reason: 'Only major changes.', paragraph: '35' }],
    ],
    [
      'partnership actions reach the Leader',
      oadby('partnership_action'),
      (p) => p.recipients.find((r) => r.reasons.some((x) => x.relation === 'escalation'))?.name,
      'Catherine Kettering',
    ],
  ])('%s', (_name, event, pick, expected) => {
    expect(pick(plan(event, { policy }))).toEqual(expected);
    expect(pick(plan(event))).not.toEqual(expected);
  });
});

describe('an unknown kind is an error, never a silent no-op', () => {
  it('from planEvent too, even for an event that did not come through parseEvent', () => {
    const kind: string = 'street_party';
    const event = { kind: kind as EventKind, title: 'x', location: at('LE2 5AA') };
    expect(fieldErrors(() => plan(event)).map((e) => e.field)).toEqual(['kind']);
  });
});
