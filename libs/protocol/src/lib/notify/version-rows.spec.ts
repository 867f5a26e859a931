import { describe, expect, it } from 'vitest';
import { kindRule, roadWorksPlan } from '../../test/plan.fixture';
import type { Plan, Recipient } from '../plan/plan.types';
import {
  type DeliveryRule,
  cancellationRows,
  editRows,
  firstVersionRows,
  withPreferences,
  type NewNotification,
  type PriorRecipient,
} from './version-rows';

const EVENT = '5f0c1f43-0000-4000-8000-000000000001';
const NOW = new Date('2027-01-12T23:30:00Z');

function person(name: string, kind: 'member' | 'officer' = 'member'): Recipient {
  return {
    id: `id-${name}`,
    name,
    email: `${name.toLowerCase()}@leics.example`,
    kind,
    action: 'notify',
    reasons: [{ relation: kind === 'member' ? 'local' : 'officer', paragraph: '35' }],
  };
}

const planFor = (...recipients: Recipient[]): Plan => roadWorksPlan(recipients);

function heard(name: string, reached: boolean): PriorRecipient {
  const p = person(name);
  return {
    recipientKind: p.kind,
    recipientId: p.id,
    recipientName: p.name,
    email: p.email,
    action: p.action,
    reached,
  };
}

const told = (rows: readonly NewNotification[]) => rows.map((r) => `${r.recipientName}: ${r.change}`).sort();

describe('what each version of an event means for each person', () => {
  it('the first version tells everyone the plan names, at its send time, with their reasons', () => {
    const rows = firstVersionRows(EVENT, planFor(person('Ann'), person('Raj', 'officer')));
    expect(told(rows)).toEqual(['Ann: new', 'Raj: new']);
    expect(rows.map((r) => [r.eventVersion, r.sendAt.toISOString(), r.reasons.length])).toEqual([
      [1, '2027-01-12T23:30:00.000Z', 1],
      [1, '2027-01-12T23:30:00.000Z', 1],
    ]);
  });

  it.each<[string, Recipient[], PriorRecipient[], string[]]>([
    ['nobody heard before: all new', [person('Ann')], [], ['Ann: new']],
    ['heard and still affected: an update', [person('Ann')], [heard('Ann', true)], ['Ann: updated']],
    [
      'named before but never reached: a first notice, not an update',
      [person('Ann')],
      [heard('Ann', false)],
      ['Ann: new'],
    ],
    [
      'heard and no longer affected: told it no longer concerns them',
      [person('Ann')],
      [heard('Ann', true), heard('Bea', true)],
      ['Ann: updated', 'Bea: removed'],
    ],
    ['never reached and no longer affected: nothing', [], [heard('Bea', false)], []],
  ])('an edit: %s', (_case, now, prior, expected) => {
    expect(told(editRows(EVENT, 2, planFor(...now), prior, NOW))).toEqual(expected);
  });

  it('a "no longer affects you" notice goes at once and gives no reasons', () => {
    const [removed] = editRows(EVENT, 3, planFor(), [heard('Bea', true)], NOW);
    expect(removed).toMatchObject({ eventVersion: 3, change: 'removed', reasons: [], sendAt: NOW });
  });

  it.each<[string, PriorRecipient[], string[]]>([
    [
      'everyone it reached is told',
      [heard('Ann', true), heard('Bea', true)],
      ['Ann: cancelled', 'Bea: cancelled'],
    ],
    ['someone it never reached is not', [heard('Ann', true), heard('Bea', false)], ['Ann: cancelled']],
  ])('a cancellation: %s', (_case, prior, expected) => {
    const rows = cancellationRows(EVENT, 4, prior, NOW);
    expect(told(rows)).toEqual(expected);
    expect(rows.every((r) => r.sendAt === NOW && r.eventVersion === 4)).toBe(true);
  });

  it.each<[string, 'member' | 'officer', string, string, boolean]>([
    ['a member in quiet hours waits for their end', 'member', 'quiet', '2027-01-13T07:00:00.000Z', false],
    ['a member on the digest waits for it', 'member', 'digest', '2027-01-13T08:00:00.000Z', true],
    ['a member without preferences is told at once', 'member', 'none', '2027-01-12T23:30:00.000Z', false],
    [
      'an officer is told at once, whatever a member of that id chose',
      'officer',
      'quiet',
      '2027-01-12T23:30:00.000Z',
      false,
    ],
  ])('preferences: %s', (_case, kind, choice, sendAt, digest) => {
    const someone = person('Ann', kind);
    const prefs = new Map(
      choice === 'none'
        ? []
        : [
            [
              someone.id,
              choice === 'digest' ? { digest: true } : { quietHoursStart: '22:00', quietHoursEnd: '07:00' },
            ],
          ],
    );
    const [row] = withPreferences(firstVersionRows(EVENT, planFor(someone)), kindRule('road_works'), prefs);
    expect([row?.sendAt.toISOString(), row?.digest ?? false]).toEqual([sendAt, digest]);
  });

  it('preferences never hold back an urgent kind or a cancellation', () => {
    const prefs = new Map([['id-Ann', { digest: true }]]);
    const urgent = withPreferences(
      firstVersionRows(EVENT, planFor(person('Ann'))),
      kindRule('major_incident'),
      prefs,
    );
    const cancelled = withPreferences(
      cancellationRows(EVENT, 2, [heard('Ann', true)], NOW),
      kindRule('road_works'),
      prefs,
    );
    expect([...urgent, ...cancelled].map((r) => r.sendAt.toISOString())).toEqual([
      '2027-01-12T23:30:00.000Z',
      NOW.toISOString(),
    ]);
  });
});

describe('texts: a kind the rules also send by text gives members with a mobile an sms row too', () => {
  const MOBILE = '+447700900123';
  const QUIET = { quietHoursStart: '22:00', quietHoursEnd: '07:00' };
  const textNotUrgent = { text: true, urgent: false };
  /** Each row as "channel at time (digest)", e-mail first. */
  const sent = (rows: readonly NewNotification[]) =>
    rows.map(
      (r) =>
        `${r.channel ?? 'email'}${r.mobile ? ` ${r.mobile}` : ''} at ${r.sendAt.toISOString().slice(11, 16)}${r.digest ? ' (digest)' : ''}`,
    );

  it.each<[string, DeliveryRule, 'member' | 'officer', object, string[]]>([
    [
      'a major incident, to a member with a mobile: an e-mail and a text, both at once',
      kindRule('major_incident'),
      'member',
      { mobile: MOBILE },
      ['email at 23:30', `sms ${MOBILE} at 23:30`],
    ],
    [
      'a major incident is urgent: quiet hours hold back neither',
      kindRule('major_incident'),
      'member',
      { mobile: MOBILE, ...QUIET },
      ['email at 23:30', `sms ${MOBILE} at 23:30`],
    ],
    [
      'a member with no mobile: the e-mail only',
      kindRule('major_incident'),
      'member',
      QUIET,
      ['email at 23:30'],
    ],
    [
      'a kind not sent by text: the e-mail only',
      kindRule('road_works'),
      'member',
      { mobile: MOBILE },
      ['email at 23:30'],
    ],
    [
      'an officer: the e-mail only',
      kindRule('major_incident'),
      'officer',
      { mobile: MOBILE },
      ['email at 23:30'],
    ],
    [
      'a kind by text but not urgent: quiet hours hold the text back too',
      textNotUrgent,
      'member',
      { mobile: MOBILE, ...QUIET },
      ['email at 07:00', `sms ${MOBILE} at 07:00`],
    ],
    [
      'a kind by text but not urgent, to a member taking the daily digest: the text goes at once',
      textNotUrgent,
      'member',
      { mobile: MOBILE, digest: true },
      ['email at 08:00 (digest)', `sms ${MOBILE} at 23:30`],
    ],
  ])('%s', (_case, rule, kind, prefs, expected) => {
    const someone = person('Ann', kind);
    const rows = withPreferences(
      firstVersionRows(EVENT, planFor(someone)),
      rule,
      new Map([[someone.id, prefs]]),
    );
    expect(sent(rows)).toEqual(expected);
    // The text names the same person, version and reasons as the e-mail.
    for (const r of rows)
      expect([r.recipientId, r.eventVersion, r.reasons]).toEqual([someone.id, 1, someone.reasons]);
  });

  it('a member no longer affected is told by e-mail only; a cancellation goes by text too', () => {
    const prefs = new Map([['id-Ann', { mobile: MOBILE }]]);
    const removed = withPreferences(
      editRows(EVENT, 2, planFor(person('Raj')), [heard('Ann', true)], NOW),
      kindRule('major_incident'),
      prefs,
    );
    expect(removed.filter((r) => r.recipientId === 'id-Ann').map((r) => r.channel ?? 'email')).toEqual([
      'email',
    ]);
    const cancelled = withPreferences(
      cancellationRows(EVENT, 2, [heard('Ann', true)], NOW),
      kindRule('major_incident'),
      prefs,
    );
    expect(cancelled.map((r) => `${r.channel ?? 'email'} ${r.change}`)).toEqual([
      'email cancelled',
      'sms cancelled',
    ]);
  });
});
