import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectEventually } from '../../api/test/support/test-api';
import { startDelivery, type DeliveryHarness } from './support/delivery-harness';

const BOOTSTRAP = 'first.admin@council.example';
let h: DeliveryHarness;
beforeAll(async () => {
  h = await startDelivery({ api: { BOOTSTRAP_ADMIN_EMAIL: BOOTSTRAP } });
  await h.addWorker();
});
afterAll(async () => {
  await h?.close();
});

const MEMBER = 'oliver.belgrave@members.leics.example'; // m043
const LEADER = 'catherine.kettering@members.leics.example'; // m035, holds the Leader role

async function ask(email: string) {
  return h.t.request('POST', '/auth/email-link', { body: { email } });
}

/** Asks for a link and gives the one in the e-mail that arrives through the SMTP listener. */
async function linkFor(email: string): Promise<string> {
  const before = h.sink.received.length;
  const r = await ask(email);
  expect(r.status, r.text).toBe(200);
  const mail = await expectEventually(
    () => Promise.resolve(h.sink.received.slice(before).find((x) => x.to.includes(email))),
    (m) => m !== undefined,
  );
  const url = /(http:\/\/\S+\/auth\/email-link\/sign-in\?token=[\w-]+)/.exec(mail?.text ?? '')?.[1];
  expect(url, mail?.text).toBeTruthy();
  return url ?? '';
}

async function follow(url: string) {
  const page = await fetch(url, { redirect: 'manual' });
  const html = await page.text();
  const used = await fetch(url, { method: 'POST', redirect: 'manual' });
  const cookie = /ma_session=([^;]+)/.exec(used.headers.get('set-cookie') ?? '')?.[1];
  return { page: { status: page.status, html }, used, cookie, text: await used.text() };
}

async function who(cookie: string | undefined) {
  return h.t.request('GET', '/auth/session', { headers: { cookie: `ma_session=${cookie ?? ''}` } });
}

describe('sign-in by a link sent by e-mail', () => {
  it('sends a plain e-mail through the worker and SMTP, and its button signs a member in', async () => {
    const url = await linkFor(MEMBER);
    const mail = h.sink.received.find((m) => m.to.includes(MEMBER));
    expect(mail?.subject).toBe('Your Member Alerts sign-in link');
    expect(mail?.text).toContain('This e-mail is for Oliver Belgrave.');
    expect(mail?.text).toMatch(/works once, and only within 15 minutes/);
    expect(mail?.text).toMatch(/If you did not ask .* ignore this e-mail/);
    const { page, used, cookie } = await follow(url);
    // Following the link (as a mail scanner does) shows a button and uses nothing.
    expect(page.status).toBe(200);
    expect(page.html).toMatch(/<button type="submit">Sign in<\/button>/);
    expect(used.status).toBe(302);
    expect(used.headers.get('location')).toMatch(/\/app\/$/);
    const s = await who(cookie);
    expect(s.status).toBe(200);
    expect(s.body).toMatchObject({ role: 'member', name: 'Oliver Belgrave', via: 'session' });
    // Only a hash is stored, the row records the e-mail as sent, and the audit log says so.
    const [row] = await h.t.sql<{ token_hash: string; status: string; used_at: Date | null }>(
      'SELECT token_hash, status, used_at FROM sign_in_links WHERE email = $1',
      [MEMBER],
    );
    expect(url).not.toContain(row?.token_hash ?? '');
    expect(row?.status).toBe('sent');
    expect(row?.used_at).not.toBeNull();
    const audit = await h.t.sql<{ action: string }>(
      "SELECT action FROM audit_log WHERE action LIKE 'sign-in-link.%' ORDER BY id",
    );
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(['sign-in-link.requested', 'sign-in-link.sent', 'sign-in-link.used']),
    );
  });

  it('gives the leader the leader role, and works only once', async () => {
    const url = await linkFor(LEADER);
    const first = await follow(url);
    expect((await who(first.cookie)).body).toMatchObject({ role: 'leader', name: 'Catherine Kettering' });
    const second = await follow(url);
    expect(second.used.status).toBe(400);
    expect(second.text).toContain('This sign-in link cannot be used');
    expect(second.cookie).toBeUndefined();
  });

  it('refuses a link pressed on another site’s form', async () => {
    const url = await linkFor('claire.dobson@leics.example');
    const r = await fetch(url, {
      method: 'POST',
      redirect: 'manual',
      headers: { origin: 'https://elsewhere.example' },
    });
    expect(r.status).toBe(400);
    expect(r.headers.get('set-cookie')).toBeNull();
    // The link still works from the e-mail.
    expect((await follow(url)).used.status).toBe(302);
  });

  it('does not sign in once the link has expired', async () => {
    const url = await linkFor('helen.marsden@leics.example');
    await h.t.sql(
      "UPDATE sign_in_links SET expires_at = now() - interval '1 minute' WHERE email = 'helen.marsden@leics.example'",
    );
    const r = await follow(url);
    expect(r.used.status).toBe(400);
    expect(r.text).toMatch(/more than 15 minutes have passed/);
  });

  it('answers an unknown address exactly as a known one, and sends it nothing', async () => {
    let at = performance.now();
    const unknown = await ask('pat.nobody@leics.example');
    const unknownMs = performance.now() - at;
    at = performance.now();
    const known = await ask('raj.patel@leics.example');
    const knownMs = performance.now() - at;
    process.stdout.write(
      `[sign-in link] answer took ${unknownMs.toFixed(1)} ms unknown, ${knownMs.toFixed(1)} ms known\n`,
    );
    expect(unknown.status).toBe(200);
    expect(unknown.body).toEqual(known.body);
    await expectEventually(
      () => Promise.resolve(h.sink.received.some((m) => m.to.includes('raj.patel@leics.example'))),
      (sent) => sent,
    );
    expect(h.sink.received.some((m) => m.to.includes('pat.nobody@leics.example'))).toBe(false);
    const rows = await h.t.sql('SELECT id FROM sign_in_links WHERE email = $1', ['pat.nobody@leics.example']);
    expect(rows).toHaveLength(0);
  });

  it('refuses a fourth link to one address within 15 minutes, in plain words with Retry-After', async () => {
    const address = 'anita.shah@leics.example';
    for (let i = 0; i < 3; i++) expect((await ask(address)).status).toBe(200);
    const r = await ask(address);
    expect(r.status).toBe(429);
    expect(Number(r.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((r.body as { message: string }).message).toMatch(
      /no more than 3 sign-in links are sent to one e-mail address in 15 minutes: try again in \d+ seconds/,
    );
  });

  it('lets BOOTSTRAP_ADMIN_EMAIL in as democratic services with no roster record, audited', async () => {
    const url = await linkFor(BOOTSTRAP);
    const r = await follow(url);
    expect((await who(r.cookie)).body).toMatchObject({ role: 'democratic_services', name: BOOTSTRAP });
    const audit = await h.t.sql<{ action: string }>(
      "SELECT action FROM audit_log WHERE action = 'sign-in.bootstrap-admin'",
    );
    expect(audit).toHaveLength(1);
  });

  it('sends a link whose job Redis lost exactly once, by the sweeper', async () => {
    const email = 'wendy.wymeswold@members.leics.example';
    // A row the API wrote and queued, whose job is gone: only the sweeper can find it.
    const [row] = await h.t.sql<{ id: string }>(
      `INSERT INTO sign_in_links (council_id, token_hash, email, name, role, member_id, status, expires_at, updated_at)
       SELECT m.council_id, 'lost-' || m.id, m.email, m.name, 'member', m.id, 'queued', now() + interval '15 minutes', now() - interval '1 minute'
         FROM members m WHERE m.email = $1 RETURNING id`,
      [email],
    );
    await expectEventually(
      () => h.t.sql<{ status: string }>('SELECT status FROM sign_in_links WHERE id = $1', [row?.id]),
      (r) => r[0]?.status === 'sent',
    );
    // A few more sweeper passes: still one e-mail.
    await new Promise((r) => setTimeout(r, 2_000));
    expect(h.sink.received.filter((m) => m.to.includes(email))).toHaveLength(1);
  });
});
