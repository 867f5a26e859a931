import { describe, expect, it } from 'vitest';
import { kindRule } from '../../test/plan.fixture';
import { deliveryTime } from './delivery-time';

type Args = Parameters<typeof deliveryTime>;
// A kind by name, as Leicestershire's policy file gives its rules.
type Given = [Args[0], string, ...(Args extends [unknown, unknown, ...infer Rest] ? Rest : never)];

const at = (iso: string) => new Date(iso);

describe('when a member receives an alert, given their preferences', () => {
  it.each<[string, string, Given, string, boolean]>([
    [
      'no preferences: at once',
      '',
      [at('2027-01-12T23:30:00Z'), 'road_works', 'notify', 'new', {}],
      '2027-01-12T23:30:00.000Z',
      false,
    ],
    [
      'quiet hours 22:00–07:00 in winter (GMT): held until 07:00 next morning',
      '',
      [
        at('2027-01-12T23:30:00Z'),
        'road_works',
        'notify',
        'new',
        { quietHoursStart: '22:00', quietHoursEnd: '07:00' },
      ],
      '2027-01-13T07:00:00.000Z',
      false,
    ],
    [
      'quiet hours after midnight: held until 07:00 the same morning',
      '',
      [
        at('2027-01-13T02:00:00Z'),
        'consultation',
        'notify',
        'new',
        { quietHoursStart: '22:00', quietHoursEnd: '07:00' },
      ],
      '2027-01-13T07:00:00.000Z',
      false,
    ],
    [
      'quiet hours in summer (BST): 07:00 London is 06:00 UTC',
      '',
      [
        at('2027-07-13T22:30:00Z'),
        'road_works',
        'notify',
        'new',
        { quietHoursStart: '22:00', quietHoursEnd: '07:00' },
      ],
      '2027-07-14T06:00:00.000Z',
      false,
    ],
    [
      'outside quiet hours: at once',
      '',
      [
        at('2027-01-12T15:00:00Z'),
        'road_works',
        'notify',
        'new',
        { quietHoursStart: '22:00', quietHoursEnd: '07:00' },
      ],
      '2027-01-12T15:00:00.000Z',
      false,
    ],
    [
      'digest: the next 08:00',
      '',
      [at('2027-01-12T09:15:00Z'), 'delegated_decision', 'notify', 'new', { digest: true }],
      '2027-01-13T08:00:00.000Z',
      true,
    ],
    [
      'digest before 08:00: the same morning',
      '',
      [at('2027-01-12T06:15:00Z'), 'service_change', 'notify', 'updated', { digest: true }],
      '2027-01-12T08:00:00.000Z',
      true,
    ],
    [
      '§35 major incident ignores the digest',
      '',
      [at('2027-01-12T09:15:00Z'), 'major_incident', 'notify', 'new', { digest: true }],
      '2027-01-12T09:15:00.000Z',
      false,
    ],
    [
      'a press enquiry ignores quiet hours',
      '',
      [
        at('2027-01-12T23:30:00Z'),
        'press_enquiry',
        'notify',
        'new',
        { quietHoursStart: '22:00', quietHoursEnd: '07:00' },
      ],
      '2027-01-12T23:30:00.000Z',
      false,
    ],
    [
      'an invitation goes at once',
      '',
      [at('2027-01-12T23:30:00Z'), 'facility_event', 'invite', 'new', { digest: true }],
      '2027-01-12T23:30:00.000Z',
      false,
    ],
    [
      'a cancellation goes at once',
      '',
      [at('2027-01-12T23:30:00Z'), 'road_works', 'notify', 'cancelled', { digest: true }],
      '2027-01-12T23:30:00.000Z',
      false,
    ],
  ])('%s', (_, __, args, sendAt, digest) => {
    const [planned, kind, ...rest] = args;
    const r = deliveryTime(planned, kindRule(kind), ...rest);
    expect(r.sendAt.toISOString()).toBe(sendAt);
    expect(r.digest).toBe(digest);
  });
});
