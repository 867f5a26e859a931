/** Where the console lives; the only place sign-in may return a browser to. */
const CONSOLE_PREFIX = '/app/';
// A base no real request has: a path that resolves to another origin cannot keep it.
const BASE = 'http://console.invalid';

/**
 * The console page to return to after sign-in, or null when the address is not one of the
 * console's own pages. Only a path under /app/ that a browser reads exactly as written is kept:
 * "//host", "/\host", schemes, dot segments, encoded dots and whitespace all change when a browser
 * resolves them, and so are refused, and nothing can lead sign-in off this site (an open redirect).
 */
export function consoleReturnPath(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > 1000 || !value.startsWith(CONSOLE_PREFIX)) return null;
  if (/[\s\\]|[^\x21-\x7e]/.test(value) || value.includes('//')) return null;
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return null;
  }
  const resolved = `${url.pathname}${url.search}${url.hash}`;
  return url.origin === BASE && resolved === value && url.pathname.startsWith(CONSOLE_PREFIX) ? value : null;
}
