import { signInLinkToken } from '@member-alerts/auth';
import type { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  EMBEDDED_ACK_SECRET as ACK_SECRET,
  type EmbeddedApi,
  startEmbeddedApi,
} from './support/embedded-api';
import { expectEventually, KEYS } from './support/test-api';

const OLIVER = 'oliver.belgrave@members.leics.example';
const EVENT_PAGE = '/app/events/6f1c2a70-8d1e-4b7a-9a55-2f0e0c1d3b4a';

// As `npm start` runs it: the embedded PostgreSQL (PGlite), whose pool has one connection.
let embedded: EmbeddedApi;
let baseUrl: string;
let db: Client;

beforeAll(async () => {
  embedded = await startEmbeddedApi('sign-in');
  ({ baseUrl, db } = embedded);
}, 120_000);
afterAll(async () => {
  await embedded?.close();
});

async function timed<T>(work: Promise<T>): Promise<{ value: T; ms: number }> {
  const at = performance.now();
  const value = await work;
  return { value, ms: performance.now() - at };
}

describe('sign-in by e-mail link on the embedded database', () => {
  it('signs in at once, returns to the page that asked, and stalls nobody else', async () => {
    const asked = await fetch(`${baseUrl}/auth/email-link`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: OLIVER, returnTo: EVENT_PAGE }),
    });
    expect(asked.status).toBe(200);
    const { rows } = await expectEventually(
      () => db.query<{ id: string }>('SELECT id FROM sign_in_links WHERE email = $1', [OLIVER]),
      (r) => r.rows.length === 1,
    );
    const token = signInLinkToken(ACK_SECRET, rows[0]?.id ?? '');

    const [signIn, events] = await Promise.all([
      timed(
        fetch(`${baseUrl}/auth/email-link/sign-in?token=${encodeURIComponent(token)}`, {
          method: 'POST',
          redirect: 'manual',
          headers: { origin: baseUrl, accept: 'text/html' },
          signal: AbortSignal.timeout(30_000),
        }),
      ),
      // Another person's request meanwhile, on the same one connection.
      timed(
        fetch(`${baseUrl}/events`, {
          headers: { authorization: `Bearer ${KEYS.officer}` },
          signal: AbortSignal.timeout(30_000),
        }),
      ),
    ]);
    process.stdout.write(
      `[embedded sign-in link] sign-in ${signIn.ms.toFixed(0)} ms, GET /events meanwhile ${events.ms.toFixed(0)} ms\n`,
    );
    expect(signIn.value.status, await signIn.value.text()).toBe(302);
    expect(new URL(signIn.value.headers.get('location') ?? '', baseUrl).pathname).toBe(EVENT_PAGE);
    expect(signIn.ms).toBeLessThan(3_000);
    expect(events.value.status).toBe(200);
    expect(events.ms).toBeLessThan(3_000);

    const [link] = (
      await db.query<{ used: boolean }>('SELECT used_at IS NOT NULL AS used FROM sign_in_links')
    ).rows;
    expect(link?.used).toBe(true);
    const cookie = /ma_session=([^;]+)/.exec(signIn.value.headers.get('set-cookie') ?? '')?.[1] ?? '';
    const who = await fetch(`${baseUrl}/auth/session`, { headers: { cookie: `ma_session=${cookie}` } });
    expect(await who.json()).toMatchObject({ role: 'member', name: 'Oliver Belgrave', via: 'session' });
  });
});
