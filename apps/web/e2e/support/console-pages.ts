import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { registerSearchableEvents } from '../../../api/test/support/searchable-events';
import { startTestApi, type TestApi } from '../../../api/test/support/test-api';
import { launch, newPage } from './browser';

/**
 * Moves within the console as its own links do: it keeps its key in memory, so a reload would
 * sign out. Fails if the page is the sign-in page or "Page not found".
 */
export async function goInConsole(page: Page, path: string): Promise<void> {
  await page.evaluate((to) => {
    window.history.pushState({}, '', to);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, `/app${path}`);
  await page.waitForURL(`**/app${path}`);
  await page.locator('h1').first().waitFor();
  expect(await page.locator('h1').first().textContent(), path).not.toMatch(/Sign in to|Page not found/);
}

/** Every main page democratic services use, with one event's own pages and one member's. */
export function officePages(eventId: string): string[] {
  return [
    '/events',
    '/events/new',
    `/events/${eventId}`,
    `/events/${eventId}/edit`,
    '/escalations',
    '/reports',
    '/this-week',
    '/roster',
    '/roster/new',
    '/roster/m043',
    '/roster/m043/interests',
    '/officers',
    '/officers/new',
    '/officers/o001',
    '/held-notices',
    '/boundaries',
    '/api-keys',
    '/producers',
    '/producers/citizen-space',
    '/rules',
  ];
}

/** The pages a councillor has, with an event they were told of. */
export function memberPages(eventId: string): string[] {
  return ['/alerts', '/preferences', `/events/${eventId}`, '/rules'];
}

/** The console under test: one event's id, and fresh pages that are closed at the end. */
export interface ConsoleUnderTest {
  /** The first of the searchable events, registered before the tests. */
  readonly eventId: string;
  page(): Promise<Page>;
}

/**
 * For a describe block: starts the API with the searchable events registered and a browser before
 * its tests, and closes the pages, the browser and the API after them.
 */
export function useConsoleWithEvents(): ConsoleUnderTest {
  let t: TestApi | undefined;
  let browser: Browser | undefined;
  let eventId = '';
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    t = await startTestApi();
    browser = await launch();
    eventId = (await registerSearchableEvents(t))[0] ?? '';
  });
  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close();
    await t?.close();
  });
  return {
    get eventId() {
      return eventId;
    },
    page: async () => {
      if (!t || !browser) throw new Error('the console is not started: call page() inside a test');
      const p = await newPage(browser, t.baseUrl);
      contexts.push(p.context);
      return p.page;
    },
  };
}
