import { describe, expect, it } from 'vitest';
import { kindRule, roadWorksPlan } from '../../test/plan.fixture';
import type { Plan, Recipient } from '../plan/plan.types';
import {
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
