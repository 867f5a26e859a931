import { describe, expect, it } from 'vitest';
import {
  citizenSpaceChanges,
  contentHash,
  type ListedConsultation,
  type SeenConsultation,
} from './citizen-space-changes.util';

const NOW = new Date('2026-12-03T12:00:00Z');
const listed = (id: string, status: 'open' | 'forthcoming', extra: Record<string, unknown> = {}) =>
  ({
    id,
    status,
    consultation: {
      id,
      title: `Consultation ${id}`,
      startdate: '2026/12/20',
      enddate: '2027/01/31',
      ...extra,
    },
  }) satisfies ListedConsultation;
const seenOf = (l: ListedConsultation, over: Partial<SeenConsultation> = {}): SeenConsultation => ({
  id: l.id,
  hash: contentHash(l.consultation),
  status: l.status,
  opensAt: new Date('2026-12-20T00:00:00Z'),
  withdrawals: 0,
  ...over,
});
const map = (rows: SeenConsultation[]) => new Map(rows.map((r) => [r.id, r]));

describe('what the Citizen Space poller keeps from one read', () => {
  it('the same fields in another order are the same content', () => {
    expect(contentHash({ a: 1, b: [{ x: 1, y: 2 }] })).toBe(contentHash({ b: [{ y: 2, x: 1 }], a: 1 }));
    expect(contentHash({ a: 1 })).not.toBe(contentHash({ a: 2 }));
  });

  it('keeps a message for a new consultation, none for one unchanged, and one for a change', () => {
    const a = listed('a', 'open');
    const b = listed('b', 'open');
    const changed = listed('b', 'open', { enddate: '2027/02/28' });
    const r = citizenSpaceChanges(map([seenOf(a), seenOf(b)]), [a, changed, listed('c', 'forthcoming')], NOW);
    expect(r.messages.map((m) => m.ref)).toEqual(['b', 'c']);
    expect(r.messages[0]?.messageId).toBe(`b:${contentHash(changed.consultation)}`);
    expect(r.seen.map((s) => [s.id, s.status])).toEqual([
      ['a', 'open'],
      ['b', 'open'],
      ['c', 'forthcoming'],
    ]);
  });

  it('keeps a withdrawal for a forthcoming one gone before it opens, and none once it has opened', () => {
    const soon = listed('soon', 'forthcoming');
    const opened = listed('opened', 'forthcoming');
    const wasOpen = listed('was-open', 'open');
    const r = citizenSpaceChanges(
      map([seenOf(soon), seenOf(opened, { opensAt: new Date('2026-11-30T00:00:00Z') }), seenOf(wasOpen)]),
      [],
      NOW,
    );
    expect(r.messages.map((m) => m.messageId)).toEqual(['soon:withdrawn:1']);
    expect(r.seen).toEqual([expect.objectContaining({ id: 'soon', status: 'withdrawn', withdrawals: 1 })]);
  });

  it('keeps a new message when a withdrawn one comes back, though its content is the same', () => {
    const back = listed('back', 'forthcoming');
    const r = citizenSpaceChanges(map([seenOf(back, { status: 'withdrawn', withdrawals: 1 })]), [back], NOW);
    expect(r.messages.map((m) => m.messageId)).toEqual([
      `back:${contentHash(back.consultation)}:after-withdrawal-1`,
    ]);
    expect(r.seen[0]).toMatchObject({ status: 'forthcoming', withdrawals: 1 });
  });
});
