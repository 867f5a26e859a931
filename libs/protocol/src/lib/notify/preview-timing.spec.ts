import { describe, expect, it } from 'vitest';
import type { DeliveryPreferences } from '../delivery/delivery-time';
import { kindRule, roadWorksPlan } from '../../test/plan.fixture';
import type { Plan } from '../plan/plan.types';
import { withTimings } from './preview-timing';

const member = {
  id: 'm1',
  name: 'Ann Hall',
  email: 'ann@leics.example',
  kind: 'member' as const,
  reasons: [],
};

function planAt(
  sendAt: string,
  kind: Plan['kind'] = 'road_works',
  action: 'notify' | 'invite' = 'notify',
): Plan {
  return roadWorksPlan(
    [
      { ...member, action },
      { ...member, id: 'o1', kind: 'officer', action },
    ],
    { kind, sendAt },
  );
}

const QUIET: DeliveryPreferences = { quietHoursStart: '22:00', quietHoursEnd: '07:00' };

describe('the preview says when each member will hear, given their preferences', () => {
  it.each<[string, Plan, DeliveryPreferences, Date, string | undefined]>([
    [
      'late at night, in quiet hours: after them, the next morning',
      planAt('2027-01-12T23:30:00Z'),
      QUIET,
      new Date('2027-01-12T23:30:00Z'),
      'after quiet hours, at 7am tomorrow',
    ],
    [
      'after midnight, in quiet hours: the same morning',
      planAt('2027-01-13T01:00:00Z'),
      QUIET,
      new Date('2027-01-13T01:00:00Z'),
      'after quiet hours, at 7am today',
    ],
    [
      'on the daily summary, in summer time',
      planAt('2027-07-14T15:00:00Z'),
      { digest: true },
      new Date('2027-07-14T15:00:00Z'),
      'in the daily summary at 8am tomorrow',
    ],
    [
      'a consultation planned days ahead: the day is named',
      planAt('2027-07-20T22:30:00Z', 'consultation'),
      QUIET,
      new Date('2027-07-14T15:00:00Z'),
      'after quiet hours, at 7am on Wednesday 21 July',
    ],
    [
      'outside quiet hours: nothing to say',
      planAt('2027-01-12T12:00:00Z'),
      QUIET,
      new Date('2027-01-12T12:00:00Z'),
      undefined,
    ],
    [
      'an invitation is never held back',
      planAt('2027-01-12T23:30:00Z', 'facility_event', 'invite'),
      { digest: true },
      new Date('2027-01-12T23:30:00Z'),
      undefined,
    ],
  ])('%s', (_case, plan, prefs, now, words) => {
    const [ann, officer] = withTimings(
      plan,
      new Map([
        ['m1', prefs],
        ['o1', prefs],
      ]),
      now,
      kindRule(plan.kind),
    ).recipients;
    expect(ann?.timing?.words).toBe(words);
    expect(officer?.timing).toBeUndefined();
  });
});
