// Only AWS's SNS hosts sign messages and confirm subscriptions: anything else in a message's URLs
// is refused before it is fetched. Tests add a loopback prefix of their own (app-config.ts).
const SNS_HOST = /^sns\.[a-z0-9-]+\.amazonaws\.com(\.cn)?$/;

/** Whether `url` is https on an SNS host, or starts with the prefix trusted for tests. */
export function isTrustedSnsUrl(url: string, testPrefix?: string): boolean {
  if (testPrefix && url.startsWith(testPrefix)) return true;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  return u.protocol === 'https:' && !u.username && !u.password && !u.port && SNS_HOST.test(u.hostname);
}

/** A signing certificate is also a PEM file on that host. */
export function isTrustedCertUrl(url: string, testPrefix?: string): boolean {
  if (!isTrustedSnsUrl(url, testPrefix)) return false;
  return new URL(url).pathname.endsWith('.pem');
}
