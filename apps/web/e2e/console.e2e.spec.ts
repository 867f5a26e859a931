import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectEventually, KEYS } from '../../api/test/support/test-api';
import { startDelivery, type DeliveryHarness } from '../../worker/test/support/delivery-harness';
import {
  clickMapAt,
  HAVE_CHROMIUM,
  launch,
  newPage,
  NO_CHROMIUM_MESSAGE,
  screenshot,
  signInAs,
  zoomMapTo,
} from './support/browser';

if (!HAVE_CHROMIUM) console.warn(NO_CHROMIUM_MESSAGE);

const FIXTURES = join(__dirname, '..', '..', '..', 'fixtures', 'leicestershire');
const MEMBERS_CSV = readFileSync(join(FIXTURES, 'members.csv'), 'utf8');

/** The fixture members sitting for some divisions, by name. */
function membersFor(divisions: readonly string[]): { name: string; email: string; division: string }[] {
  return MEMBERS_CSV.trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split(','))
    .filter((c) => divisions.includes(c[3] ?? ''))
    .map((c) => ({ name: c[1] ?? '', email: c[2] ?? '', division: c[3] ?? '' }));
}

/**
 * A small boundary review: six divisions of the south-east, one renamed. (The whole county's file is
 * larger than the API's default 2 MB body limit.)
 */
function boundaryReview(): { type: string; features: { properties: Record<string, unknown> }[] } {
  const all = JSON.parse(readFileSync(join(FIXTURES, 'divisions.geojson'), 'utf8')) as {
    type: string;
    features: { properties: Record<string, unknown> }[];
  };
  const keep = ['Oadby', 'Gartree', 'Launde', 'East Wigston', 'North Wigston', 'Bruntingthorpe'];
  const features = all.features
    .filter((f) => keep.includes(String(f.properties['Division_n'])))
    .map((f) =>
      f.properties['Division_n'] === 'Oadby'
        ? {
            ...f,
            properties: { ...f.properties, Division_n: 'Oadby and Stoughton', Name: 'Oadby and Stoughton' },
          }
        : f,
    );
  return { type: 'FeatureCollection', features };
}

interface PlanShape {
  affectedDivisions: string[];
  recipients: { name: string; email: string }[];
}

// From inside Oadby to inside Gartree: `member-alerts match` says it crosses those two divisions only.
const ROAD = [
  [-1.085, 52.598],
  [-1.03, 52.59],
] as const;
const CROSSED = ['Gartree', 'Oadby'];
const TITLE = 'A6 resurfacing, Oadby to Great Glen';
const OLIVER = 'oliver.belgrave@members.leics.example'; // dev-member, m043, Oadby

describe.skipIf(!HAVE_CHROMIUM)('the web console in Chromium, against the running service', () => {
  let h: DeliveryHarness;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let officer: Page;
  let eventId = '';

  const page = async (): Promise<Page> => {
    const p = await newPage(browser, h.t.baseUrl);
    contexts.push(p.context);
    return p.page;
  };

  beforeAll(async () => {
    h = await startDelivery();
    await h.addWorker();
    browser = await launch();
  });

  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close();
    await h?.close();
  });

  it('an officer draws road works across two divisions, sees who will be told and why, and the e-mails go out', async () => {
    officer = await page();
    await signInAs(officer, 'Development officer');
    await officer.getByRole('link', { name: 'Register an event' }).first().click();
    await officer.getByLabel('Kind of event').selectOption('road_works');
    await officer.getByLabel('Title').fill(TITLE);
    await officer.getByLabel('These are major road works').check();
    await officer.getByLabel('Line', { exact: true }).check();
    await officer.waitForFunction(() => document.querySelectorAll('.app-map path').length > 50);
    await zoomMapTo(officer, -1.1, 52.58, -1.02, 52.61);
    for (const [lon, lat] of ROAD) await clickMapAt(officer, lon, lat);

    const affected = officer.getByTestId('affected');
    await expect.poll(() => affected.textContent()).toBe(CROSSED.join(', '));
    const table = officer.getByTestId('recipients');
    // Each member for a crossed division, with the reason and paragraph.
    const local = membersFor(CROSSED);
    expect(local.length).toBeGreaterThanOrEqual(3);
    for (const m of local) {
      const row = table.getByRole('row').filter({ hasText: m.name });
      await expect
        .poll(() => row.textContent())
        .toContain(`Member for ${m.division}, where it happens (§35)`);
    }
    const previewed = (await table.locator('tbody tr td:first-child').allTextContents()).map((t) =>
      t.replace(/(Member|Officer)$/, ''),
    );
    await screenshot(officer, 'register-event-preview');

    await officer.getByRole('button', { name: 'Send the alerts' }).click();
    await officer.waitForURL(/\/app\/events\/[0-9a-f-]{36}$/);
    eventId = officer.url().split('/').pop() ?? '';

    // The stored plan is the one previewed: same people.
    const stored = (await h.t.request('GET', `/events/${eventId}`, { key: KEYS.officer })).body as {
      plan: PlanShape;
    };
    expect(stored.plan.affectedDivisions.sort()).toEqual(CROSSED);
    expect(previewed.sort()).toEqual(stored.plan.recipients.map((r) => r.name).sort());
    expect(stored.plan.recipients.map((r) => r.email)).toEqual(
      expect.arrayContaining(local.map((m) => m.email)),
    );

    // The SMTP listener holds one e-mail for each of them.
    const wanted = stored.plan.recipients.map((r) => r.email).sort();
    await expectEventually(
      () => Promise.resolve(h.sink.received.flatMap((m) => m.to).sort()),
      (got) => wanted.every((w) => got.includes(w)),
      30_000,
    );
    const got = h.sink.received.flatMap((m) => m.to);
    for (const w of wanted) expect(got.filter((x) => x === w)).toHaveLength(1);
    expect(h.sink.received.every((m) => m.subject.includes(TITLE))).toBe(true);

    // The event page follows delivery live, without a reload.
    await officer.waitForFunction(
      (n) => {
        const tags = [...document.querySelectorAll('[data-testid="status"]')].map((t) => t.textContent);
        return tags.length === n && tags.every((t) => t === 'Sent');
      },
      wanted.length,
      { timeout: 20_000 },
    );
    await expect.poll(() => officer.getByTestId('circulation').textContent()).toContain('Circulation');
    await officer.getByRole('button', { name: 'Copy the circulation text' }).click();
    await expect
      .poll(() => officer.evaluate(() => navigator.clipboard.readText()))
      .toContain('Oliver Belgrave CC');
    const [download] = await Promise.all([
      officer.waitForEvent('download'),
      officer.getByRole('button', { name: 'Download the audit trail (CSV)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`event-${eventId}-audit.csv`);
    const audit = readFileSync(await download.path(), 'utf8');
    expect(audit.split('\r\n')[0]).toMatch(/^at,actor,action,event_id/);
    expect(audit).toContain(OLIVER);
    await screenshot(officer, 'event-page');
  });

  it("a member signs in, sees the alert and acknowledges it, and the officer's page shows the acknowledgement", async () => {
    const member = await page();
    await signInAs(member, 'Development member (m043, Oadby)');
    await member.waitForURL('**/app/alerts');
    const alert = member.getByTestId('alert').filter({ hasText: TITLE });
    await expect.poll(() => alert.count()).toBe(1);
    expect(await alert.textContent()).toContain('Member for Oadby, where it happens (§35)');
    await screenshot(member, 'my-alerts');
    await alert.getByRole('button', { name: /^Acknowledge/ }).click();
    await expect.poll(() => alert.textContent()).toContain('Acknowledged');

    const row = officer.locator(`tr[data-recipient="${OLIVER}"] [data-testid="acknowledged"]`);
    await expect.poll(() => row.textContent(), { timeout: 15_000 }).toMatch(/^Yes, /);
    await expect.poll(() => officer.getByTestId('acknowledged-summary').textContent()).toMatch(/^1 of \d+$/);
    await screenshot(officer, 'event-page-acknowledged');

    await member.getByRole('link', { name: 'Preferences' }).click();
    await member.getByLabel('From', { exact: true }).fill('22:00');
    await member.getByLabel('To', { exact: true }).fill('07:00');
    await member.getByRole('button', { name: 'Save preferences' }).click();
    await expect.poll(() => member.getByRole('status').first().textContent()).toContain('saved');
    await screenshot(member, 'preferences');
  });

  it('the officer edits the event, then cancels it, from its page', async () => {
    await officer.getByRole('button', { name: 'Edit' }).click();
    await officer.waitForURL(`**/app/events/${eventId}/edit`);
    // The form holds the event as registered: its kind, title and the line drawn.
    expect(await officer.getByLabel('Title').inputValue()).toBe(TITLE);
    expect(await officer.getByLabel('These are major road works').isChecked()).toBe(true);
    await expect.poll(() => officer.getByTestId('affected').textContent()).toBe(CROSSED.join(', '));
    await officer.getByLabel('Title').fill(`${TITLE} (night work)`);
    await officer.getByLabel('What changed (optional)').fill('The work now happens at night');
    await officer.getByRole('button', { name: 'Save and send the update' }).click();
    await officer.waitForURL(`**/app/events/${eventId}`);
    await expect.poll(() => officer.locator('h1').textContent()).toContain('(night work)');
    await expect.poll(() => officer.getByText('The work now happens at night').count()).toBeGreaterThan(0);

    await officer.getByRole('button', { name: 'Cancel the event' }).click();
    await officer.getByLabel('Why is it cancelled? (optional)').fill('Postponed to the spring');
    await officer.getByRole('button', { name: 'Yes, cancel it and tell everyone' }).click();
    await expect.poll(() => officer.locator('h1').textContent()).toContain('Cancelled');
    const stored = (await h.t.request('GET', `/events/${eventId}`, { key: KEYS.officer })).body as {
      status: string;
      version: number;
    };
    expect(stored).toMatchObject({ status: 'cancelled', version: 3 });
  });

  it('a bad members CSV shows every bad row and changes nothing', async () => {
    const ds = await page();
    await signInAs(ds, 'Development democratic services');
    await ds.getByRole('link', { name: 'Members' }).click();
    await expect.poll(() => ds.getByTestId('members').locator('tbody tr').count()).toBe(55);
    const before = await h.t.request('GET', '/members', { key: KEYS.democraticServices });

    // Row numbers as a spreadsheet shows them: the header is row 1.
    const lines = MEMBERS_CSV.trim().split('\n');
    const bad = lines.map((line, i) => {
      const c = line.split(',');
      if (i + 1 === 3) c[2] = 'not-an-email';
      if (i + 1 === 5) c[3] = 'Nowhere Town';
      if (i + 1 === 9) c[0] = lines[1]?.split(',')[0] ?? 'm001'; // the same id as row 2
      // An optional mobile column: a landline is not a mobile.
      return `${c.join(',')},${i === 0 ? 'mobile' : i + 1 === 7 ? '0116 305 0001' : ''}`;
    });
    await ds.getByLabel('CSV file', { exact: true }).setInputFiles({
      name: 'members.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`${bad.join('\n')}\n`),
    });
    await ds.getByRole('button', { name: 'Preview the members import' }).click();
    const problems = ds.getByTestId('members-csv-problems');
    await expect.poll(() => problems.count()).toBe(1);
    const rows = (await problems.locator('tbody tr').allTextContents()).join('\n');
    expect(rows).toMatch(/^3email/m);
    expect(rows).toMatch(/^5division/m);
    expect(rows).toMatch(/^7mobile"0116 305 0001" must be a UK mobile number/m);
    expect(rows).toMatch(/^9id/m);
    expect(await ds.getByRole('alert').textContent()).toContain('Nothing was imported');
    await screenshot(ds, 'roster-bad-import');

    const after = await h.t.request('GET', '/members', { key: KEYS.democraticServices });
    expect(after.body).toEqual(before.body);
    expect(await ds.getByTestId('members').locator('tbody tr').count()).toBe(55);

    // A one-row file is previewed as one change; the other 54 stay, before and after confirming.
    // It also gives the member a mobile number, in an optional column.
    const oneRow = [
      `${lines[0]},mobile`,
      `${lines[1]?.replace('@members.', '@new.members.')},+44 7700 900123`,
    ].join('\n');
    await ds.getByLabel('CSV file', { exact: true }).setInputFiles({
      name: 'members.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`${oneRow}\n`),
    });
    await ds.getByRole('button', { name: 'Preview the members import' }).click();
    const preview = ds.getByTestId('members-csv-preview');
    await expect.poll(() => preview.count()).toBe(1);
    expect(await preview.textContent()).toContain('0 to add, 1 to change, 0 unchanged, 0 to leave the list');
    expect(await ds.getByTestId('members-csv-changed').textContent()).toContain('E-mail:');
    expect(await ds.getByTestId('members-csv-changed').textContent()).toContain(
      'Mobile: (none) → 07700 900123',
    );
    await screenshot(ds, 'roster-import-preview');
    await ds.getByRole('button', { name: 'Confirm the members import' }).click();
    await expect.poll(() => ds.getByText(/Imported: 0 added, 1 changed/).count()).toBe(1);
    const changedId = lines[1]?.split(',')[0] ?? 'm001';
    const member = await h.t.request('GET', `/members/${changedId}`, { key: KEYS.democraticServices });
    expect(member.body).toMatchObject({ mobile: '07700 900123' });
    // The result is above the button pressed: focus moves to it.
    const done = ds.getByTestId('members-csv-done');
    await expect.poll(() => done.evaluate((el) => el === document.activeElement)).toBe(true);
    // ...and in view, from its first line (to the pixel), though the button pressed was far below it.
    await expect.poll(() => done.evaluate((el) => el.getBoundingClientRect().top)).toBeGreaterThan(-1);
    // Its heading, what was imported, is read without scrolling.
    const heading = done.locator('.govuk-notification-banner__heading');
    expect(await heading.evaluate((el) => el.getBoundingClientRect().bottom <= window.innerHeight)).toBe(
      true,
    );
    await screenshot(ds, 'roster-import-done');
    expect(await ds.getByTestId('members').locator('tbody tr').count()).toBe(55);
  });

  it('shows every main page (screenshots for CI)', async () => {
    // A major incident in Oadby is escalated to the Leader (§36).
    const incident = await h.t.request('POST', '/events', {
      key: KEYS.officer,
      body: { kind: 'major_incident', title: 'Flooding on the A6', divisions: ['Oadby'] },
    });
    expect(incident.status).toBe(201);

    const ds = await page();
    await signInAs(ds, 'Development democratic services');
    await ds.getByRole('link', { name: 'Events', exact: true }).click();
    await expect.poll(() => ds.getByRole('link', { name: 'Flooding on the A6' }).count()).toBe(1);
    await screenshot(ds, 'events');
    await ds.getByLabel('Kind').selectOption('road_works');
    await ds.getByRole('button', { name: 'Apply filters' }).click();
    await expect.poll(() => ds.getByRole('link', { name: 'Flooding on the A6' }).count()).toBe(0);
    expect(await ds.getByRole('link', { name: `${TITLE} (night work)` }).count()).toBe(1);

    await ds.getByRole('link', { name: 'Officers' }).click();
    await expect.poll(() => ds.getByTestId('officers').locator('tbody tr').count()).toBe(12);
    await screenshot(ds, 'officers');

    // A boundary review in British National Grid, uploaded now, in force only from 2031: shown on the
    // map over today's boundaries before it takes effect.
    await ds.getByRole('link', { name: 'Boundaries' }).click();
    await ds.getByLabel('Name', { exact: true }).fill('Boundary review (test) 2031');
    await ds.getByLabel('Takes effect on').fill('2031-05-01');
    await ds.getByLabel('GeoJSON file').setInputFiles({
      name: 'review-2031.geojson',
      mimeType: 'application/geo+json',
      buffer: Buffer.from(JSON.stringify(boundaryReview())),
    });
    await ds.getByRole('button', { name: 'Upload and check' }).click();
    await expect
      .poll(() => ds.getByRole('status').first().textContent(), { timeout: 30_000 })
      .toContain('6 divisions');
    const row = ds
      .getByTestId('generations')
      .getByRole('row')
      .filter({ hasText: 'Boundary review (test) 2031' });
    expect(await row.textContent()).toContain('Not yet in effect');
    // The review's six divisions in green, over today's 53.
    await ds.waitForFunction(() => document.querySelectorAll('.app-map path[stroke="#00703c"]').length === 6);
    await screenshot(ds, 'boundaries');
    const current = (await h.t.request('GET', '/boundaries', { key: KEYS.democraticServices })).body as {
      inEffect: string;
      generations: { id: string; label: string }[];
    };
    expect(current.generations.find((g) => g.id === current.inEffect)?.label).not.toContain('2031');

    // The upload was a trial: democratic services withdraw it before it takes effect, after a plain-words check.
    await row.getByRole('button', { name: /^Withdraw/ }).click();
    const confirmWithdraw = ds.getByTestId('confirm-withdraw');
    expect(await confirmWithdraw.textContent()).toContain(
      'These boundaries were to take effect on 1 May 2031. Withdrawn, they are removed',
    );
    await screenshot(ds, 'boundaries-withdraw');
    await confirmWithdraw.getByRole('button', { name: 'Yes, withdraw these boundaries' }).click();
    const withdrawn = ds.getByTestId('boundaries-withdrawn');
    await expect.poll(() => withdrawn.textContent()).toContain('Boundary review (test) 2031 is withdrawn');
    await expect.poll(() => withdrawn.evaluate((el) => el === document.activeElement)).toBe(true);
    await expect.poll(() => row.count()).toBe(0);
    // The boundaries in effect have no Withdraw button: they stay for the alerts sent with them.
    expect(
      await ds
        .getByTestId('generations')
        .getByRole('button', { name: /^Withdraw/ })
        .count(),
    ).toBe(0);
    const after = (await h.t.request('GET', '/boundaries', { key: KEYS.democraticServices })).body as {
      generations: { label: string }[];
    };
    expect(after.generations.map((g) => g.label).join()).not.toContain('2031');

    const leader = await page();
    await signInAs(leader, 'Development leader (m035)');
    await leader.getByRole('link', { name: 'Escalations' }).click();
    await expect
      .poll(() => leader.getByTestId('alert').filter({ hasText: 'Flooding on the A6' }).count())
      .toBeGreaterThan(0);
    await expect.poll(() => leader.getByTestId('week-events').textContent()).toContain('Flooding on the A6');
    await leader.waitForFunction(() => document.querySelectorAll('.app-map path').length > 50);
    await screenshot(leader, 'escalations-and-this-week');

    const signIn = await page();
    await signIn.goto('/app/sign-in');
    await signIn.getByRole('button', { name: 'Sign in as Development officer' }).waitFor();
    await screenshot(signIn, 'sign-in');
  });
});
