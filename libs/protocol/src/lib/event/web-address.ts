/**
 * Whether a web address carries user info. In `https://www.leics.gov.uk@evil.example/` what reads
 * as the council's site is a user name, and the browser goes to evil.example.
 */
export function hasUserInfo(s: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/*[^/?#]*@/i.test(s);
}

/** `s` read as a web address with one of `protocols`, a host and no user info; else undefined. */
export function webAddress(s: string, protocols: readonly string[] = ['https:']): URL | undefined {
  let url: URL;
  try {
    url = new URL(s);
  } catch {
    return undefined;
  }
  if (!protocols.includes(url.protocol) || !url.hostname) return undefined;
  if (url.username || url.password || hasUserInfo(s)) return undefined;
  return url;
}
