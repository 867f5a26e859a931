import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCOUNTS, type SignInTestApi, startSignInApi } from '../../api/test/support/oidc-provider';
import { HAVE_CHROMIUM, launch, newPage, NO_CHROMIUM_MESSAGE, screenshot } from './support/browser';

if (!HAVE_CHROMIUM) console.warn(NO_CHROMIUM_MESSAGE);

describe.skipIf(!HAVE_CHROMIUM)('single sign-on in Chromium, through the provider’s login page', () => {
  let s: SignInTestApi;
  let browser: Browser;
  let context: BrowserContext | undefined;

  beforeAll(async () => {
    // As in production: single sign-on, and no development keys to paste.
    s = await startSignInApi({ DEV_KEYS: 'false' });
    browser = await launch();
  });

  /** From the console's sign-in page through the provider's own login page, on its own origin, and back. */
  async function throughProvider(page: Page, login: string) {
    await page.getByRole('button', { name: 'Sign in with your council account' }).click();
    await page.waitForURL((u) => u.origin === s.idp.issuer);
    await page.locator('input[name="login"]').fill(login);
    await page.locator('input[name="password"]').fill('any password');
    await page.locator('button[type="submit"]').click();
    await page.waitForURL((u) => u.origin === s.publicUrl && !u.pathname.endsWith('/sign-in'));
  }

  afterAll(async () => {
    await context?.close().catch(() => undefined);
    await browser?.close();
    await s?.close();
  });

  it('an officer signs in with their council account, reaches Register an event, stays signed in in a new tab, and signs out', async () => {
    const opened = await newPage(browser, s.publicUrl);
    context = opened.context;
    const officer = opened.page;
    await officer.goto('/app/');
    await officer.waitForURL('**/app/sign-in');
    expect(await officer.getByLabel('API key').count()).toBe(0);
    await throughProvider(officer, ACCOUNTS.officer.login);
    await officer.getByText('Helen Marsden (Officer)').waitFor();
    await officer.getByRole('link', { name: 'Register an event' }).click();
    await officer.waitForURL('**/app/events/new');
    await officer.getByRole('heading', { name: 'Register an event' }).waitFor();
    // Signed in, the officer is the contact of an event that names nobody, and is told so by name.
    await expect
      .poll(() => officer.locator('#contact-hint').textContent())
      .toBe(
        'Replies to the alert reach this person. Leave it empty and members contact you, Helen Marsden (helen.marsden@leics.example).',
      );
    await screenshot(officer, 'sign-in-officer-register-event');
    expect(await officer.evaluate(() => sessionStorage.length)).toBe(0);

    // A new tab: the cookie session, not anything the first tab kept.
    const tab = await context.newPage();
    await tab.goto('/app/events/new');
    await tab.getByText('Helen Marsden (Officer)').waitFor();
    await tab.getByRole('heading', { name: 'Register an event' }).waitFor();
    await tab.close();

    await officer.getByRole('link', { name: 'Sign out' }).click();
    // Signed out at the provider too, which sends the browser back to the console's sign-in page.
    await officer.waitForURL((u) => u.origin === s.idp.issuer);
    const rows = await s.t.sql<{ n: string }>('SELECT count(*) AS n FROM web_sessions');
    expect(Number(rows[0]?.n)).toBe(0);
  });

  it('a councillor signs in with their council account and lands on My alerts, their own', async () => {
    const opened = await newPage(browser, s.publicUrl);
    const member = opened.page;
    try {
      await member.goto('/app/');
      await member.waitForURL('**/app/sign-in');
      await throughProvider(member, ACCOUNTS.member.login);
      await member.getByText('Oliver Belgrave (Member, Oadby)').waitFor();
      if (!new URL(member.url()).pathname.endsWith('/alerts')) {
        await member.getByRole('link', { name: 'My alerts' }).click();
      }
      await member.getByRole('heading', { name: 'My alerts' }).waitFor();
      expect(new URL(member.url()).pathname).toBe('/app/alerts');
      await screenshot(member, 'sign-in-member-my-alerts');
    } finally {
      await opened.context.close();
    }
  });

  it('a councillor signed in with their council account returns to the event, acknowledges it, and someone else’s alert is refused in words', async () => {
    // An Oadby event registered by the signed-in officer, its alerts delivered as the worker would.
    const officer = await s.signIn(ACCOUNTS.officer.login);
    const made = await s.t.request('POST', '/events', {
      headers: await s.sessionHeaders(officer.jar),
      body: { kind: 'service_change', title: 'Oadby pool closes for repairs', divisions: ['Oadby'] },
    });
    expect(made.status, made.text).toBe(201);
    const id = (made.body as { id: string }).id;
    const rows = await s.t.sql<{ id: string; recipient_name: string }>(
      "UPDATE notifications SET status = 'sent', sent_at = now() WHERE event_id = $1 AND recipient_kind = 'member' RETURNING id, recipient_name",
      [id],
    );
    const mine = rows.find((r) => r.recipient_name === 'Oliver Belgrave')?.id ?? '';
    const theirs = rows.find((r) => r.recipient_name !== 'Oliver Belgrave')?.id ?? '';
    expect(mine && theirs, JSON.stringify(rows)).toBeTruthy();

    const opened = await newPage(browser, s.publicUrl);
    const member = opened.page;
    try {
      await member.goto(`/app/events/${id}`);
      await member.waitForURL('**/app/sign-in');
      await throughProvider(member, ACCOUNTS.member.login);
      expect(new URL(member.url()).pathname).toBe(`/app/events/${id}`);
      await member.getByRole('heading', { name: 'Oadby pool closes for repairs' }).waitFor();

      // A request altered to name another member's alert: the server refuses it, the page says so.
      await member.route('**/alerts/*/acknowledge', (route) =>
        route.continue({ url: route.request().url().replace(mine, theirs) }),
      );
      await member.getByRole('button', { name: /^Acknowledge/ }).click();
      await member
        .getByRole('alert')
        .getByText('this alert is not one of yours, so you cannot acknowledge it')
        .waitFor();
      await screenshot(member, 'sign-in-member-someone-elses-alert-refused');
      expect(new URL(member.url()).pathname).toBe(`/app/events/${id}`);
      await member.getByText('Oliver Belgrave (Member, Oadby)').waitFor();
      await member.unrouteAll();

      await member.getByRole('button', { name: /^Acknowledge/ }).click();
      await member.getByText('Thank you: the alert is acknowledged.').waitFor();
      await expect.poll(() => member.getByTestId('alert-state').textContent()).toContain('Acknowledged');
      await member.getByText('Oliver Belgrave (Member, Oadby)').waitFor();
      await screenshot(member, 'sign-in-member-acknowledged');
      const states = await s.t.sql<{ id: string; status: string }>(
        'SELECT id, status FROM notifications WHERE id = ANY($1)',
        [[mine, theirs]],
      );
      expect(Object.fromEntries(states.map((r) => [r.id, r.status]))).toEqual({
        [mine]: 'acknowledged',
        [theirs]: 'sent',
      });
    } finally {
      await opened.context.close();
    }
  });
});
