import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KEYS, startTestApi, type TestApi } from '../../api/test/support/test-api';
import { HAVE_CHROMIUM, launch, newPage, NO_CHROMIUM_MESSAGE, screenshot, signInAs } from './support/browser';

if (!HAVE_CHROMIUM) console.warn(NO_CHROMIUM_MESSAGE);

/** A day from the API ("2026-12-03") as a person reads it: "3 December 2026". */
function inWords(day: string): string {
  const words = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
  return words.format(new Date(`${day}T00:00:00Z`));
}

describe.skipIf(!HAVE_CHROMIUM)(
  'democratic services keep the roster one person at a time, in Chromium',
  () => {
    let t: TestApi;
    let browser: Browser;
    let context: BrowserContext | undefined;
    let ds: Page;

    const api = async <T>(path: string): Promise<T> => {
      const r = await t.request('GET', path, { key: KEYS.democraticServices });
      expect(r.status).toBe(200);
      return r.body as T;
    };

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

    it('add a member with a seat, roles, portfolio and interests, change them, and remove them from the list', async () => {
      await ds.getByRole('link', { name: 'Members', exact: true }).click();
      await ds.getByRole('link', { name: 'Add a member' }).click();
      await ds.waitForURL('**/app/roster/new');
      await ds.getByLabel('Reference in the members list').fill('m901');
      await ds.getByLabel('Name').fill('Priya Chauhan');
      await ds.getByLabel('E-mail').fill('priya.chauhan@members.leics.example');
      await ds.getByLabel('Division').selectOption('Oadby');
      // The seat began after the May election, before the member was entered.
      await ds.getByLabel('Seated from (optional)').fill('2025-05-01');
      expect(await ds.getByTestId('seated-from-words').textContent()).toBe('Seated from 1 May 2025');
      await ds.getByLabel('Cabinet Lead Member').check();
      await ds.getByLabel('Portfolio').fill('Highways and Transport');
      await ds.getByLabel('Chair of the Overview and Scrutiny Committee').check();
      await ds.getByLabel('Interests').fill('libraries\nparks and open spaces\n');
      await screenshot(ds, 'member-add-form');
      await ds.getByRole('button', { name: 'Add the member' }).click();

      // Oadby elects two and has two: the form says so in the words an import would use.
      const over = '"Oadby" has 2 seats but this would give it 3 members';
      await expect.poll(() => ds.locator('#division-error').textContent()).toContain(over);
      expect(await ds.locator('.govuk-error-summary').textContent()).toContain(`Division: ${over}`);
      await screenshot(ds, 'member-add-over-seats');
      expect((await t.request('GET', '/members/m901', { key: KEYS.democraticServices })).status).toBe(404);
      // One Oadby member stands down, and one in Gartree, where Priya moves next.
      for (const left of ['m043', 'm019'])
        expect((await t.request('DELETE', `/members/${left}`, { key: KEYS.democraticServices })).status).toBe(
          200,
        );
      await ds.getByRole('button', { name: 'Add the member' }).click();

      await ds.waitForURL('**/app/roster');
      // The list confirms it at the top, where focus moves.
      const banner = ds.getByTestId('member-saved');
      await expect.poll(() => banner.textContent()).toContain('Priya Chauhan was added to the roster');
      expect(await banner.textContent()).toContain('Priya Chauhan sits for Oadby');
      await expect.poll(() => banner.evaluate((el) => el === document.activeElement)).toBe(true);
      expect(await banner.evaluate((el) => el.getBoundingClientRect().top > -1)).toBe(true);
      expect(await banner.evaluate((el) => el.getBoundingClientRect().bottom <= window.innerHeight)).toBe(
        true,
      );
      await screenshot(ds, 'member-added');
      const row = ds.getByTestId('members').getByRole('row').filter({ hasText: 'Priya Chauhan' });
      await expect.poll(() => row.textContent()).toContain('m901 · priya.chauhan@members.leics.example');
      const text = await row.textContent();
      expect(text).toContain('Oadby');
      expect(text).toContain('Cabinet Lead Member (Highways and Transport)');
      expect(text).toContain('Chair of the Overview and Scrutiny Committee');
      expect(text).toContain('libraries, parks and open spaces');
      const added = await api<{ id: string; seats: unknown[] }>('/members/m901');
      expect(added).toMatchObject({
        name: 'Priya Chauhan',
        email: 'priya.chauhan@members.leics.example',
        division: 'Oadby',
        roles: ['cabinet_lead_member'],
        portfolio: 'Highways and Transport',
        interests: ['libraries', 'parks and open spaces'],
        chairs: ['scrutiny'],
        active: true,
      });
      expect(added.seats).toEqual([{ division: 'Oadby', termStart: '2025-05-01', termEnd: null }]);

      // The member's page: the seat held since May, and the form to change them.
      await row.getByRole('link', { name: 'Priya Chauhan', exact: true }).click();
      await ds.waitForURL(`**/app/roster/${added.id}`);
      const seats = ds.getByTestId('seats');
      await expect
        .poll(() => seats.locator('tbody tr').allTextContents())
        .toEqual(['Oadby1 May 2025Still held']);
      expect(await ds.getByLabel('Division').inputValue()).toBe('Oadby');
      expect(await ds.getByLabel('Cabinet Lead Member').isChecked()).toBe(true);
      expect(await ds.getByLabel('Chair of the Overview and Scrutiny Committee').isChecked()).toBe(true);
      await screenshot(ds, 'member-edit-form');

      await ds.getByLabel('E-mail').fill('priya.chauhan@leics.example');
      await ds.getByLabel('Division').selectOption('Gartree');
      await ds.getByLabel('Portfolio').fill('Adults and Communities');
      await ds.getByLabel('Interests').fill('libraries\n');
      await ds.getByRole('button', { name: 'Save changes' }).click();
      await ds.waitForURL('**/app/roster');
      await expect.poll(() => banner.textContent()).toContain('Changes to Priya Chauhan were saved');
      await expect.poll(() => row.textContent()).toContain('Gartree');
      expect(await row.textContent()).toContain('Cabinet Lead Member (Adults and Communities)');
      const changed = await api<{ seats: { division: string; termStart: string; termEnd: string | null }[] }>(
        '/members/m901',
      );
      expect(changed).toMatchObject({
        email: 'priya.chauhan@leics.example',
        division: 'Gartree',
        portfolio: 'Adults and Communities',
        interests: ['libraries'],
      });
      // The Oadby seat ends yesterday and the Gartree one starts today; the page shows both in words.
      const [now, before] = changed.seats;
      expect([now?.division, now?.termEnd, before?.division, before?.termStart]).toEqual([
        'Gartree',
        null,
        'Oadby',
        '2025-05-01',
      ]);
      await row.getByRole('link', { name: 'Priya Chauhan', exact: true }).click();
      await expect
        .poll(() => seats.locator('tbody tr').allTextContents())
        .toEqual([
          `Gartree${inWords(now?.termStart ?? '')}Still held`,
          `Oadby1 May 2025${inWords(before?.termEnd ?? '')}`,
        ]);
      await ds.getByRole('link', { name: 'Back to the members' }).click();

      await row.getByRole('link', { name: 'Priya Chauhan', exact: true }).click();
      await ds.getByRole('button', { name: 'Remove Priya Chauhan from the list' }).click();
      await ds.getByRole('button', { name: 'Yes, remove Priya Chauhan' }).click();
      await ds.waitForURL('**/app/roster');
      await ds.getByTestId('members').waitFor();
      expect(await row.count()).toBe(0);
      const removed = await api<{ seats: { termEnd: string | null }[] }>('/members/m901');
      expect(removed).toMatchObject({ active: false, division: null });
      expect(removed.seats.every((s) => s.termEnd !== null)).toBe(true);
    });

    it('add an officer with their services and contact details, and change them', async () => {
      await ds.getByRole('link', { name: 'Officers', exact: true }).click();
      await ds.getByRole('link', { name: 'Add an officer' }).click();
      await ds.waitForURL('**/app/officers/new');
      await ds.getByLabel('Reference in the officers list').fill('o901');
      await ds.getByLabel('Name').fill('Grace Adeyemi');
      await ds.getByLabel('E-mail').fill('grace.adeyemi@leics.example');
      await ds.getByLabel('Services').fill('Highways\nWaste and recycling');
      await ds.getByRole('button', { name: 'Add the officer' }).click();

      await ds.waitForURL('**/app/officers');
      const row = ds.getByTestId('officers').getByRole('row').filter({ hasText: 'Grace Adeyemi' });
      await expect.poll(() => row.textContent()).toContain('grace.adeyemi@leics.example');
      expect(await row.textContent()).toContain('Highways, Waste and recycling');
      const added = await api<{ id: string }>('/officers/o901');
      expect(added).toMatchObject({
        name: 'Grace Adeyemi',
        email: 'grace.adeyemi@leics.example',
        services: ['Highways', 'Waste and recycling'],
        active: true,
      });

      await row.getByRole('link', { name: 'Grace Adeyemi' }).click();
      await ds.waitForURL(`**/app/officers/${added.id}`);
      expect(await ds.getByLabel('Services').inputValue()).toBe('Highways\nWaste and recycling');
      await ds.getByLabel('Name').fill('Grace Okafor-Adeyemi');
      await ds.getByLabel('E-mail').fill('grace.okafor-adeyemi@leics.example');
      await ds.getByLabel('Services').fill('Highways\nLibraries');
      await ds.getByRole('button', { name: 'Save changes' }).click();
      await ds.waitForURL('**/app/officers');
      const changedRow = ds
        .getByTestId('officers')
        .getByRole('row')
        .filter({ hasText: 'Grace Okafor-Adeyemi' });
      await expect.poll(() => changedRow.textContent()).toContain('grace.okafor-adeyemi@leics.example');
      expect(await changedRow.textContent()).toContain('Highways, Libraries');
      expect(await api('/officers/o901')).toMatchObject({
        name: 'Grace Okafor-Adeyemi',
        email: 'grace.okafor-adeyemi@leics.example',
        services: ['Highways', 'Libraries'],
      });
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
        body: { kind: 'road_works', title: 'A6 resurfacing', major: true, divisions: ['Quorn & Barrow'] },
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
        /personal details were erased on ([A-Z][a-z]+ )?\d{1,2} [A-Z][a-z]+ 20\d\d at (\d{1,2}(:\d\d)?(am|pm)|midday|midnight)\./,
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
  },
);
