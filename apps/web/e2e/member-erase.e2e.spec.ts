import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KEYS, startTestApi, type TestApi } from '../../api/test/support/test-api';
import { HAVE_CHROMIUM, launch, newPage, NO_CHROMIUM_MESSAGE, screenshot, signInAs } from './support/browser';

if (!HAVE_CHROMIUM) console.warn(NO_CHROMIUM_MESSAGE);

describe.skipIf(!HAVE_CHROMIUM)('democratic services erase a former member’s details, in Chromium', () => {
  let t: TestApi;
  let browser: Browser;
  let context: BrowserContext | undefined;
  let ds: Page;

  beforeAll(async () => {
    t = await startTestApi();
    browser = await launch();
    const opened = await newPage(browser, t.baseUrl);
    context = opened.context;
    ds = opened.page;
    await signInAs(ds, 'Development democratic services');
  });

  afterAll(async () => {
    await context?.close().catch(() => undefined);
    await browser?.close();
    await t?.close();
  });

  it('erases a member who has left, after a confirmation, and the event still shows their seat was told', async () => {
    const key = KEYS.democraticServices;
    const members = await t.request('GET', `/members?division=${encodeURIComponent('Quorn & Barrow')}`, {
      key,
    });
    const member = (members.body as { members: { id: string; name: string; email: string }[] }).members[0];
    if (!member) throw new Error('the fixtures seat nobody in Quorn & Barrow');
    const event = await t.request('POST', '/events', {
      key: KEYS.officer,
      body: {
        kind: 'road_works',
        title: 'A6 resurfacing',
        major: true,
        location: {
          type: 'LineString',
          coordinates: [
            [-1.205, 52.77],
            [-1.14, 52.715],
          ],
        },
      },
    });
    const eventId = (event.body as { id: string }).id;
    await t.sql(`UPDATE notifications SET status = 'sent', sent_at = now() WHERE recipient_id = $1`, [
      member.id,
    ]);
    expect((await t.request('DELETE', `/members/${member.id}`, { key })).status).toBe(200);

    // Former members are listed under the roster, each with their page.
    await ds.getByRole('link', { name: 'Members', exact: true }).click();
    await ds.getByTestId('former-members').getByRole('link', { name: member.name }).click();
    await ds.waitForURL(`**/app/roster/${member.id}`);
    await ds.getByRole('heading', { name: member.name }).waitFor();
    await ds.getByRole('button', { name: `Erase ${member.name}’s details` }).click();
    await ds.getByText('This cannot be undone.').waitFor();
    await screenshot(ds, 'member-erase-confirm');
    await ds.getByRole('button', { name: `Yes, erase ${member.name}’s details` }).click();

    const heading = ds.getByRole('heading', { level: 1 });
    await expect
      .poll(() => heading.textContent())
      .toMatch(/^Former member \(erased \d{1,2} [A-Z][a-z]+ 20\d\d\)$/);
    expect(await ds.getByTestId('erased').textContent()).toMatch(
      /personal details were erased on \d{1,2} [A-Z][a-z]+ 20\d\d, \d\d:\d\d/,
    );
    expect(await ds.getByRole('button', { name: /Erase/ }).count()).toBe(0);
    expect(await ds.getByLabel('E-mail').count()).toBe(0);
    expect(await ds.content()).not.toContain(member.email);
    await screenshot(ds, 'member-erased');

    const stored = await t.request('GET', `/members/${member.id}`, { key });
    expect(stored.body).toMatchObject({ email: '', active: false });

    // The event's page still lists the alert the seat was sent, under the placeholder.
    await ds.getByRole('link', { name: 'Back to the members' }).click();
    expect(await ds.getByTestId('former-members').textContent()).toMatch(/Former member \(erased/);
    await ds.getByRole('link', { name: 'Events', exact: true }).click();
    await ds.getByRole('link', { name: 'A6 resurfacing' }).click();
    await ds.waitForURL(`**/app/events/${eventId}`);
    const told = ds.getByRole('row').filter({ hasText: 'Former member (erased' });
    await expect.poll(() => told.count()).toBe(1);
    expect(await ds.content()).not.toContain(member.name);
    await screenshot(ds, 'event-after-erase');
  });
});
