import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../api/test/support/test-api';
import { HAVE_CHROMIUM, launch, newPage, NO_CHROMIUM_MESSAGE, screenshot, signInAs } from './support/browser';

if (!HAVE_CHROMIUM) console.warn(NO_CHROMIUM_MESSAGE);

describe.skipIf(!HAVE_CHROMIUM)('API keys in the web console, in Chromium', () => {
  let t: TestApi;
  let browser: Browser;
  let context: BrowserContext | undefined;

  beforeAll(async () => {
    t = await startTestApi();
    browser = await launch();
  });

  afterAll(async () => {
    await context?.close().catch(() => undefined);
    await browser?.close();
    await t?.close();
  });

  it('democratic services create a key for a system, see it once, and revoke it; the system is refused at once', async () => {
    const opened = await newPage(browser, t.baseUrl);
    context = opened.context;
    const ds = opened.page;
    await signInAs(ds, 'Development democratic services');
    await ds.getByRole('link', { name: 'API keys' }).click();
    await ds.waitForURL('**/app/api-keys');
    await ds.getByTestId('api-keys').waitFor();

    await ds.getByLabel('Name of the key').fill('Road works system');
    await ds.getByLabel('What the key may do').selectOption('officer');
    await ds.getByLabel('Expiry date (optional)').fill('2099-03-31');
    // Without a contact the system's events would be refused: the form asks for one first.
    await ds.getByRole('button', { name: 'Create the key' }).click();
    const summary = ds.locator('.govuk-error-summary');
    await expect
      .poll(() => summary.textContent())
      .toContain('Enter the name of the person members should contact');
    expect(await summary.textContent()).toContain('Enter the e-mail address members should write to');
    const contact = ds.getByRole('group', { name: 'Whom should members contact?' });
    await contact.getByLabel('Name').fill('Highways duty officer');
    await contact.getByLabel('E-mail').fill('highways.duty@leics.example');
    await contact.getByLabel('Phone (optional)').fill('0116 305 0001');
    await screenshot(ds, 'api-keys-form-contact');
    await ds.getByRole('button', { name: 'Create the key' }).click();

    const panel = ds.getByTestId('new-key');
    await panel.waitFor();
    const key = await panel.getByLabel('The key').inputValue();
    expect(key).toMatch(/^ma_[A-Za-z0-9_-]{43}$/);
    expect(await panel.textContent()).toContain('It will not be shown again');
    await panel.getByRole('button', { name: 'Copy the key' }).click();
    await expect.poll(() => ds.evaluate(() => navigator.clipboard.readText())).toBe(key);

    // The key works for the system, as an officer, and its events that name nobody go out with the key's contact.
    expect((await t.request('GET', '/events', { key })).status).toBe(200);
    const event = await t.request('POST', '/events', {
      key,
      body: { kind: 'service_change', title: 'Library hours', divisions: ['Oadby'] },
    });
    expect(event.status, event.text).toBe(201);
    const detail = await t.request('GET', `/events/${(event.body as { id: string }).id}`, { key });
    expect((detail.body as { event: { contact?: unknown } }).event.contact).toEqual({
      name: 'Highways duty officer',
      email: 'highways.duty@leics.example',
      phone: '0116 305 0001',
    });
    const row = ds.getByTestId('api-keys').getByRole('row').filter({ hasText: 'Road works system' });
    await expect.poll(() => row.textContent()).toContain('End of 31 March 2099');
    expect(await row.textContent()).toContain('Development democratic services');
    expect(await row.getByTestId('key-contact').textContent()).toBe(
      'Highways duty officerhighways.duty@leics.example, 0116 305 0001',
    );
    expect(await row.getByTestId('key-status').textContent()).toBe('Active');
    await screenshot(ds, 'api-keys-created');

    // Once dismissed, the key is nowhere on the page.
    await panel.getByRole('button', { name: 'I have copied the key' }).click();
    await expect.poll(() => panel.count()).toBe(0);
    expect(await ds.content()).not.toContain(key);

    await row.getByRole('button', { name: /^Revoke/ }).click();
    const confirm = ds.getByTestId('confirm-revoke');
    expect(await confirm.textContent()).toContain('Revoke the key for Road works system?');
    await confirm.getByRole('button', { name: 'Yes, revoke the key' }).click();
    await expect.poll(() => row.getByTestId('key-status').textContent()).toBe('Revoked');
    expect((await t.request('GET', '/events', { key })).status).toBe(401);
    await screenshot(ds, 'api-keys-revoked');

    // A key revoked while it is still shown leaves the screen with its revocation.
    await ds.getByLabel('Name of the key').fill('Test harness');
    await ds.getByLabel('What the key may do').selectOption('member');
    await ds.getByLabel('Member', { exact: true }).selectOption({ label: 'Oliver Belgrave (Oadby)' });
    await ds.getByRole('button', { name: 'Create the key' }).click();
    await panel.waitFor();
    const second = await panel.getByLabel('The key').inputValue();
    const harness = ds.getByTestId('api-keys').getByRole('row').filter({ hasText: 'Test harness' });
    await harness.getByRole('button', { name: /^Revoke/ }).click();
    await confirm.getByRole('button', { name: 'Yes, revoke the key' }).click();
    await expect.poll(() => harness.getByTestId('key-status').textContent()).toBe('Revoked');
    expect(await panel.count()).toBe(0);
    expect(await ds.content()).not.toContain(second);
    const revokedBanner = ds.getByTestId('key-revoked');
    expect(await revokedBanner.textContent()).toContain('The key for Test harness is revoked');
    await expect.poll(() => revokedBanner.evaluate((el) => el === document.activeElement)).toBe(true);
  });
});
