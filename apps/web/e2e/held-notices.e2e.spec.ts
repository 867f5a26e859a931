import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { periodNow, preElectionPolicyFile } from '../../api/test/support/pre-election-policy';
import { expectEventually, KEYS } from '../../api/test/support/test-api';
import { startDelivery, type DeliveryHarness } from '../../worker/test/support/delivery-harness';
import { wcagFailures } from './support/accessibility';
import { HAVE_CHROMIUM, launch, newPage, NO_CHROMIUM_MESSAGE, screenshot, signInAs } from './support/browser';

if (!HAVE_CHROMIUM) console.warn(NO_CHROMIUM_MESSAGE);

const OLIVER = 'oliver.belgrave@members.leics.example'; // m043, Oadby
const TITLE = 'Opening of the Oadby community garden';
// A by-election in Oadby runs today; the council's rules hold invitations during it.
const PERIOD = periodNow('Oadby by-election', ['Oadby']);

describe.skipIf(!HAVE_CHROMIUM)('held notices in the web console, in Chromium', () => {
  let h: DeliveryHarness;
  let browser: Browser;
  let context: BrowserContext | undefined;

  beforeAll(async () => {
    h = await startDelivery({ api: { POLICY_FILE: preElectionPolicyFile([PERIOD]) } });
    await h.addWorker();
    browser = await launch();
  });
  afterAll(async () => {
    await context?.close().catch(() => undefined);
    await browser?.close();
    await h?.close();
  });

  it('democratic services read why a notice waits, press Release, and the member gets the e-mail', async () => {
    const r = await h.t.request('POST', '/events', {
      key: KEYS.officer,
      body: {
        kind: 'facility_event',
        title: TITLE,
        divisions: ['Oadby'],
        startsAt: new Date(Date.now() + 10 * 86_400_000).toISOString(),
        contact: { name: 'Helen Marsden', email: 'helen.marsden@leics.example' },
      },
    });
    expect(r.status, r.text).toBe(201);

    const opened = await newPage(browser, h.t.baseUrl);
    context = opened.context;
    const ds = opened.page;
    await signInAs(ds, 'Development democratic services');
    await ds.getByRole('link', { name: 'Held notices' }).click();
    await ds.waitForURL('**/app/held-notices');
    const banner = ds.getByTestId('pre-election');
    const from = new Date(`${PERIOD.from}T12:00:00Z`).toLocaleDateString('en-GB', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    expect(await banner.textContent()).toContain(`A pre-election period runs from ${from} to `);
    expect(await banner.textContent()).toContain(
      'for Oadby (Oadby by-election): these notices wait for democratic services to release or withdraw them.',
    );
    const row = ds.getByTestId('held-notices').getByRole('row').filter({ hasText: 'Oliver Belgrave' });
    expect(await row.textContent()).toContain(TITLE);
    expect(await row.textContent()).toContain('Invited');
    await screenshot(ds, 'held-notices');
    // On a phone the banner wraps and the table scrolls in its box: the page itself never scrolls sideways.
    await ds.setViewportSize({ width: 320, height: 640 });
    expect(
      await ds.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth),
    ).toBe(true);
    await screenshot(ds, 'held-notices-320');
    await ds.setViewportSize({ width: 1200, height: 900 });
    expect(h.sink.received.filter((m) => m.to.includes(OLIVER))).toEqual([]);

    await row.getByRole('button', { name: 'Release the notice to Oliver Belgrave' }).click();
    const confirm = ds.getByTestId('confirm-decision');
    expect(await confirm.textContent()).toContain('Release the notice to Oliver Belgrave?');
    await screenshot(ds, 'held-notices-confirm-release');
    // The banner, the table and the question, as a screen reader meets them.
    expect(await wcagFailures(ds, '/held-notices asking to release')).toEqual([]);
    await confirm.getByRole('button', { name: 'Yes, release it' }).click();
    await ds.getByTestId('held-decided').waitFor();
    expect(await ds.getByTestId('held-decided').textContent()).toContain(
      `The notice to Oliver Belgrave about "${TITLE}" is released and goes out as usual.`,
    );
    await expect.poll(() => row.count()).toBe(0);

    const mail = await expectEventually(
      () => Promise.resolve(h.sink.received.find((m) => m.to.includes(OLIVER) && m.subject.includes(TITLE))),
      (m) => m !== undefined,
      30_000,
    );
    expect(mail?.text).toContain(TITLE);
    await screenshot(ds, 'held-notices-released');

    // The other Oadby member's notice is still held: withdraw it, with a reason.
    const other = ds.getByTestId('held-notices').getByRole('row').filter({ hasText: TITLE });
    await expect.poll(() => other.count()).toBe(1);
    await other.getByRole('button', { name: /^Withdraw/ }).click();
    await ds.getByLabel('Why is it withdrawn?').fill('A candidate would speak at the opening');
    await ds.getByTestId('confirm-decision').getByRole('button', { name: 'Yes, withdraw it' }).click();
    await ds.getByText(/is withdrawn and will never be sent/).waitFor();
    // The list is read again after the decision: wait for it rather than count at once.
    await expect.poll(() => ds.getByText('No notices are held at the moment.').count()).toBe(1);
  }, 120_000);
});
