import { randomUUID } from 'node:crypto';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KEYS, startTestApi, type TestApi } from '../../api/test/support/test-api';
import { HAVE_CHROMIUM, launch, newPage, NO_CHROMIUM_MESSAGE, screenshot, signInAs } from './support/browser';

if (!HAVE_CHROMIUM) console.warn(NO_CHROMIUM_MESSAGE);

const TOKEN = 'the-council-callback-token-for-notify-0123456789';
const OLIVER = 'oliver.belgrave@members.leics.example';

describe.skipIf(!HAVE_CHROMIUM)('texts and GOV.UK Notify delivery receipts, in Chromium', () => {
  let t: TestApi;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  const page = async (): Promise<Page> => {
    const opened = await newPage(browser, t.baseUrl);
    contexts.push(opened.context);
    return opened.page;
  };

  /** Registers an event in Oadby as the development officer; gives its id. */
  const register = async (kind: string, title: string): Promise<string> => {
    const r = await t.request('POST', '/events', {
      key: KEYS.officer,
      body: { kind, title, divisions: ['Oadby'], ...(kind === 'road_works' ? { major: true } : {}) },
    });
    expect(r.status, r.text).toBe(201);
    return (r.body as { id: string }).id;
  };

  beforeAll(async () => {
    t = await startTestApi({ NOTIFY_CALLBACK_TOKEN: TOKEN });
    browser = await launch();
  });

  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close();
    await t?.close();
  });

  it('a member adds a mobile number on their preferences page, and a major incident then goes to it by text too', async () => {
    const member = await page();
    await signInAs(member, 'Development member (m043, Oadby)');
    await member.getByRole('link', { name: 'Preferences' }).click();
    const mobile = member.getByLabel('Mobile number (optional)');
    await mobile.fill('0116 305 0001');
    await member.getByRole('button', { name: 'Save preferences' }).click();
    await expect
      .poll(() => member.locator('#mobile-error').textContent())
      .toContain('must be a UK mobile number, such as 07700 900123');
    await screenshot(member, 'preferences-mobile-refused');

    await mobile.fill('+44 7700 900123');
    await member.getByRole('button', { name: 'Save preferences' }).click();
    await expect.poll(() => member.getByRole('status').first().textContent()).toContain('saved');
    // Stored, and shown back, as people write it.
    expect(await mobile.inputValue()).toBe('07700 900123');
    await screenshot(member, 'preferences-mobile');
    // Read again from the API when the page is opened anew.
    await member.getByRole('link', { name: 'My alerts' }).click();
    await member.getByRole('link', { name: 'Preferences' }).click();
    await expect.poll(() => member.getByLabel('Mobile number (optional)').inputValue()).toBe('07700 900123');

    // The council's rules send major incidents by text too: Oliver gets an e-mail and a text.
    const id = await register('major_incident', 'Gas leak on London Road');
    const r = await t.request('GET', `/events/${id}`, { key: KEYS.officer });
    const mine = (
      r.body as { notifications: { recipient: { email: string }; channel: string; mobile: string | null }[] }
    ).notifications.filter((n) => n.recipient.email === OLIVER);
    expect(mine.map((n) => [n.channel, n.mobile]).sort()).toEqual([
      ['email', null],
      ['sms', '07700 900123'],
    ]);
    // Road works are not sent by text.
    const works = await register('road_works', 'Resurfacing on Stoughton Road');
    const w = await t.request('GET', `/events/${works}`, { key: KEYS.officer });
    const worksChannels = (
      w.body as { notifications: { recipient: { email: string }; channel: string }[] }
    ).notifications
      .filter((n) => n.recipient.email === OLIVER)
      .map((n) => n.channel);
    expect(worksChannels).toEqual(['email']);
  });

  it('democratic services see an address Notify could not deliver to, on the event, the roster and the member, and clear it by correcting it', async () => {
    const id = await register('road_works', 'Kerb works on The Parade');
    const [row] = await t.sql<{ id: string }>(
      `SELECT id FROM notifications WHERE event_id = $1 AND email = $2 AND channel = 'email'`,
      [id, OLIVER],
    );
    const receipt = await t.request('POST', '/notify/receipts', {
      headers: { authorization: `Bearer ${TOKEN}` },
      body: {
        id: randomUUID(),
        reference: row?.id,
        to: OLIVER,
        status: 'permanent-failure',
        created_at: '2026-12-07T19:01:00.000000Z',
        completed_at: '2026-12-07T19:02:30.000000Z',
        sent_at: '2026-12-07T19:01:02.000000Z',
        notification_type: 'email',
      },
    });
    expect(receipt.status, receipt.text).toBe(200);

    const ds = await page();
    await signInAs(ds, 'Development democratic services');
    await ds.getByRole('link', { name: 'Events', exact: true }).click();
    await ds.getByRole('link', { name: 'Kerb works on The Parade' }).click();
    await ds.waitForURL(`**/app/events/${id}`);
    const delivery = ds.locator(`tr[data-recipient="${OLIVER}"] [data-testid="receipt"]`);
    await expect.poll(() => delivery.textContent()).toBe('Could not be delivered: the address does not exist');
    await screenshot(ds, 'event-receipt-failed');

    await ds.getByRole('link', { name: 'Members', exact: true }).click();
    const oliver = ds.getByRole('row').filter({ hasText: 'Oliver Belgrave' });
    await expect
      .poll(() => oliver.getByTestId('email-failed').textContent())
      .toBe('Notify could not deliver to this address on Monday 7 December 2026 at 7:02pm');
    await screenshot(ds, 'roster-address-failed');

    await oliver.getByRole('link', { name: 'Oliver Belgrave', exact: true }).click();
    await expect.poll(() => ds.getByTestId('email-failed').count()).toBe(1);
    await ds.getByLabel('E-mail').fill('o.belgrave@members.leics.example');
    await ds.getByRole('button', { name: 'Save changes' }).click();
    await ds.waitForURL('**/app/roster');
    await expect.poll(() => ds.getByTestId('member-saved').count()).toBe(1);
    const corrected = ds.getByRole('row').filter({ hasText: 'o.belgrave@members.leics.example' });
    await expect.poll(() => corrected.count()).toBe(1);
    expect(await corrected.getByTestId('email-failed').count()).toBe(0);
    await screenshot(ds, 'roster-address-corrected');
    const m = await t.request('GET', '/members/m043', { key: KEYS.democraticServices });
    expect(m.body).toMatchObject({ email: 'o.belgrave@members.leics.example', emailFailedAt: null });
  });
});
