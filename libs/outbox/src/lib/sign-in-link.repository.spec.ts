import type { SignInLinkStatus } from '@member-alerts/persistence';
import { describe, expect, it } from 'vitest';
import { type SignInLinkMove, signInLinkMove } from './sign-in-link.repository';

// Each row: the status a link's e-mail is in, then where each move leaves it (null: the move does
// not apply, and the row is left as it is).
const TABLE: readonly [SignInLinkStatus, Record<SignInLinkMove, SignInLinkStatus | null>][] = [
  [
    'created',
    { queue: 'queued', requeue: 'queued', claim: 'sending', sent: 'sent', retry: 'queued', fail: 'failed' },
  ],
  [
    'queued',
    { queue: null, requeue: 'queued', claim: 'sending', sent: 'sent', retry: 'queued', fail: 'failed' },
  ],
  ['sending', { queue: null, requeue: 'queued', claim: null, sent: 'sent', retry: 'queued', fail: 'failed' }],
  ['sent', { queue: null, requeue: null, claim: null, sent: 'sent', retry: 'queued', fail: 'failed' }],
  ['failed', { queue: null, requeue: null, claim: null, sent: 'sent', retry: 'queued', fail: 'failed' }],
];

describe('a sign-in link e-mail moves only as its table allows', () => {
  const cases = TABLE.flatMap(([from, moves]) =>
    (Object.entries(moves) as [SignInLinkMove, SignInLinkStatus | null][]).map(
      ([move, to]) => [from, move, to] as const,
    ),
  );

  it.each(cases)('from %s, %s leaves it %s', (from, move, to) => {
    expect(signInLinkMove(from, move)).toBe(to);
  });

  it('is sent once: a link being sent, or sent, cannot be claimed again', () => {
    expect(signInLinkMove('sending', 'claim')).toBeNull();
    expect(signInLinkMove('sent', 'claim')).toBeNull();
    expect(signInLinkMove('failed', 'claim')).toBeNull();
  });

  it('the API never moves back a link a worker has already taken', () => {
    expect(signInLinkMove('sending', 'queue')).toBeNull();
    expect(signInLinkMove('sent', 'queue')).toBeNull();
  });
});
