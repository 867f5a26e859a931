import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { HAVE_CHROMIUM, NO_CHROMIUM_MESSAGE, signInAs } from './support/browser';
import { goInConsole, memberPages, officePages, useConsoleWithEvents } from './support/console-pages';
import { wcagFailures } from './support/accessibility';

if (!HAVE_CHROMIUM) console.warn(NO_CHROMIUM_MESSAGE);

/** The failures on a console page once it has loaded what it shows. */
async function failuresOn(page: Page, where: string): Promise<string[]> {
  await page.waitForLoadState('networkidle');
  return wcagFailures(page, where);
}

describe.skipIf(!HAVE_CHROMIUM)('the console against WCAG 2.2 AA, in Chromium', () => {
  const app = useConsoleWithEvents();
  const page = (): Promise<Page> => app.page();

  it('finds no failures on any page democratic services use, nor on the sign-in page', async () => {
    const ds = await page();
    await ds.goto('/app/sign-in');
    await ds.getByRole('button', { name: 'Sign in as Development democratic services' }).waitFor();
    const failures = await failuresOn(ds, '/sign-in');
    await signInAs(ds, 'Development democratic services');
    for (const path of officePages(app.eventId)) {
      await goInConsole(ds, path);
      failures.push(...(await failuresOn(ds, path)));
    }
    // And the register form as an officer sees it when something is missing: the errors shown.
    await goInConsole(ds, '/events/new');
    await ds.getByLabel('Kind of event').selectOption('consultation');
    await ds.getByRole('button', { name: 'Send the alerts' }).click();
    await ds.getByRole('alert').filter({ hasText: 'There is a problem' }).waitFor();
    failures.push(...(await failuresOn(ds, '/events/new with its errors shown')));
    expect(failures).toEqual([]);
  });

  it('sees a failure when there is one: an image with no text, a field with no label', async () => {
    const p = await page();
    await p.goto('/app/sign-in');
    await p.locator('h1').first().waitFor();
    await p.evaluate(() => {
      const main = document.querySelector('main') ?? document.body;
      main.insertAdjacentHTML('beforeend', '<img src="/app/nothing.png"><input type="text">');
    });
    const rules = (await failuresOn(p, '/sign-in')).map((f) => f.split(' ')[1]);
    expect(rules).toEqual(expect.arrayContaining(['image-alt', 'label']));
  });

  it('finds no failures on the pages a councillor has', async () => {
    const member = await page();
    await signInAs(member, 'Development member (m043, Oadby)');
    const failures: string[] = [];
    for (const path of memberPages(app.eventId)) {
      await goInConsole(member, path);
      failures.push(...(await failuresOn(member, `member ${path}`)));
    }
    expect(failures).toEqual([]);
  });
});
