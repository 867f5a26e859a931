import { describe, expect, it } from 'vitest';
import { NOW, plan } from '../../test/leicestershire.fixture';
import type { AlertEvent } from '../event/alert-event.types';
import { EVENT_KINDS } from '../../test/leicestershire.fixture';

const HOUR = 3_600_000;
const iso = (ms: number) => new Date(ms).toISOString();
const inHours = (h: number) => iso(NOW.getTime() + h * HOUR);
const consultation = (opensAt: string): AlertEvent => ({
  kind: 'consultation',
  title: 'Consultation on Oadby bus routes',
  divisions: ['Oadby'],
  opensAt,
});

// NOW is 2026-03-02T09:00:00Z.
describe('§31: a consultation is notified immediately prior to its outset', () => {
  it.each([
    ['opens in eight days: 24 hours before it opens', inHours(8 * 24), inHours(7 * 24), false],
    ['opens in 30 hours: 24 hours before, i.e. in 6 hours', inHours(30), inHours(6), false],
    ['opens in exactly 24 hours: now', inHours(24), NOW.toISOString(), false],
    ['opens in 12 hours: 24 hours before has passed, so now', inHours(12), NOW.toISOString(), false],
    ['opens this very moment: now, which is not after it opens', NOW.toISOString(), NOW.toISOString(), false],
    [
      'opened two days ago: at once (due at the opening, never after it), and late',
      inHours(-48),
      inHours(-48),
      true,
    ],
    [
      'opens at 09:00 BST on 1 June: 08:00 UTC on 31 May',
      '2026-06-01T09:00:00+01:00',
      '2026-05-31T08:00:00.000Z',
      false,
    ],
    [
      'opens on 10 March (a date, midnight UTC): 9 March, 00:00 UTC',
      '2026-03-10',
      '2026-03-09T00:00:00.000Z',
      false,
    ],
  ])('%s', (_name, opensAt, sendAt, late) => {
    const p = plan(consultation(opensAt));
    expect(p.sendAt).toBe(sendAt);
    const lateWarning = (p.warnings ?? []).some((w) => /already passed: the notice is late \(§31\)/.test(w));
    expect(lateWarning).toBe(late);
  });

  it.each([-72, -25, -24, -1, 0, 1, 12, 23, 24, 25, 47, 72, 24 * 30])(
    'opens %s hours from now: sent no earlier than now unless late, and never after it opens',
    (hours) => {
      const opensAt = inHours(hours);
      const sendAt = Date.parse(plan(consultation(opensAt)).sendAt);
      expect(sendAt).toBeLessThanOrEqual(Date.parse(opensAt));
      expect(sendAt).toBeGreaterThanOrEqual(Math.min(NOW.getTime(), Date.parse(opensAt)));
      expect(sendAt).toBe(
        Math.min(Math.max(Date.parse(opensAt) - 24 * HOUR, NOW.getTime()), Date.parse(opensAt)),
      );
    },
  );

  it('takes the clock from the context only', () => {
    const later = new Date('2026-03-20T00:00:00Z');
    expect(plan(consultation('2026-03-21T12:00:00Z'), { now: later }).sendAt).toBe(
      '2026-03-20T12:00:00.000Z',
    );
  });
});

describe('§26: everything else goes "as early as possible", i.e. now', () => {
  const required = { body: 'cabinet', service: 'Highways', controversial: true, major: true };
  it.each(EVENT_KINDS.filter((k) => k !== 'consultation'))('%s is sent at once', (kind) => {
    // A far-off start date does not delay it: §26 wants members told early.
    const p = plan({ kind, title: 'x', divisions: ['Oadby'], startsAt: '2026-09-01T10:00:00Z', ...required });
    expect(p.sendAt).toBe(NOW.toISOString());
  });
});
