import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/**
 * What a council's pages and e-mails must meet, WCAG 2.2 AA (the Public Sector Bodies Accessibility
 * Regulations 2018): axe-core's checks for levels A and AA of WCAG 2.0, 2.1 and 2.2.
 */
export const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Each failure axe-core finds on the page as it stands, as "where: rule (impact): what, at which element". */
export async function wcagFailures(page: Page, where: string): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_AA).analyze();
  return violations.flatMap((v) =>
    v.nodes.map((n) => `${where}: ${v.id} (${v.impact ?? 'unknown'}): ${v.help} at ${n.target.join(' ')}`),
  );
}
