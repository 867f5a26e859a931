/** Compares labels such as portfolios and services loosely: case, spacing and "&"/"and" do not matter. */
export function foldLabel(s: string): string {
  return s
    .toLowerCase()
    .replace(/[’'`]/g, '')
    .replace(/\band\b/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}
