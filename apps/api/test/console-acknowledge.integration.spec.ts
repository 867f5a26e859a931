import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCOUNTS, type SignInTestApi, startSignInApi } from './support/oidc-provider';
import { KEYS } from './support/test-api';

let s: SignInTestApi;
beforeAll(async () => {
  s = await startSignInApi();
}, 60_000);
afterAll(async () => {
  await s?.close();
});

const OLIVER = 'Oliver Belgrave'; // m043, Oadby

/** An Oadby event, its alerts marked delivered as the worker would: Oliver's, and another member's. */
async function oadbyAlerts(): Promise<{ mine: string; theirs: string }> {
  const r = await s.t.request('POST', '/events', {
    key: KEYS.officer,
    body: { kind: 'service_change', title: 'Oadby pool closes for repairs', divisions: ['Oadby'] },
  });
  expect(r.status, r.text).toBe(201);
  const rows = await s.t.sql<{ id: string; recipient_name: string }>(
    "UPDATE notifications SET status = 'sent', sent_at = now() WHERE event_id = $1 AND recipient_kind = 'member' RETURNING id, recipient_name",
    [(r.body as { id: string }).id],
  );
  const mine = rows.find((x) => x.recipient_name === OLIVER)?.id;
  const theirs = rows.find((x) => x.recipient_name !== OLIVER)?.id;
  if (!mine || !theirs) throw new Error(`expected Oliver and another member among ${JSON.stringify(rows)}`);
  return { mine, theirs };
}

const statusOf = async (id: string) =>
  (await s.t.sql<{ status: string }>('SELECT status FROM notifications WHERE id = $1', [id]))[0]?.status;

describe('acknowledging in the console, signed in', () => {
  it('a member acknowledges their own alert with the session and its CSRF token, audited as the console', async () => {
    const { mine } = await oadbyAlerts();
    const { jar } = await s.signIn(ACCOUNTS.member.login);
    const headers = await s.sessionHeaders(jar);
    const r = await s.t.request('POST', `/alerts/${mine}/acknowledge`, { headers });
    expect(r.status, r.text).toBe(200);
    expect(r.body).toMatchObject({ id: mine, status: 'acknowledged', alreadyAcknowledged: false });
    expect(await statusOf(mine)).toBe('acknowledged');
    const [audit] = await s.t.sql<{ actor: string; via: string }>(
      "SELECT actor, details->>'via' AS via FROM audit_log WHERE action = 'notification.acknowledged' AND notification_id = $1",
      [mine],
    );
    expect(audit).toEqual({ actor: OLIVER, via: 'console' });
  });

  it('refuses the session without its CSRF token, or from another site, and records nothing', async () => {
    const { mine } = await oadbyAlerts();
    const { jar } = await s.signIn(ACCOUNTS.member.login);
    const headers = await s.sessionHeaders(jar);
    const cookie = headers['cookie'] ?? '';
    const noToken = await s.t.request('POST', `/alerts/${mine}/acknowledge`, {
      headers: { cookie, origin: headers['origin'] ?? '' },
    });
    expect(noToken.status).toBe(403);
    expect(noToken.text).toContain('X-CSRF-Token');
    const foreign = await s.t.request('POST', `/alerts/${mine}/acknowledge`, {
      headers: { cookie, origin: 'https://evil.example', 'x-csrf-token': headers['x-csrf-token'] ?? '' },
    });
    expect(foreign.status).toBe(403);
    expect(await statusOf(mine)).toBe('sent');
  });

  it('refuses another member’s alert in words, records nothing, and the member stays signed in', async () => {
    const { theirs } = await oadbyAlerts();
    const { jar } = await s.signIn(ACCOUNTS.member.login);
    const headers = await s.sessionHeaders(jar);
    const r = await s.t.request('POST', `/alerts/${theirs}/acknowledge`, { headers });
    expect(r.status).toBe(404);
    expect(r.body).toMatchObject({
      message:
        'this alert is not one of yours, so you cannot acknowledge it; only the councillor it was sent to can',
    });
    expect(await statusOf(theirs)).toBe('sent');
    const still = await s.t.request('GET', '/auth/session', { headers: { cookie: headers['cookie'] ?? '' } });
    expect(still.status).toBe(200);
  });

  it('tells a signed-in officer that acknowledging is for the member it was sent to', async () => {
    const { mine } = await oadbyAlerts();
    const { jar } = await s.signIn(ACCOUNTS.officer.login);
    const r = await s.t.request('POST', `/alerts/${mine}/acknowledge`, {
      headers: await s.sessionHeaders(jar),
    });
    expect(r.status).toBe(403);
    expect(r.body).toMatchObject({ message: 'the officer role may not do this' });
    expect(await statusOf(mine)).toBe('sent');
  });
});
