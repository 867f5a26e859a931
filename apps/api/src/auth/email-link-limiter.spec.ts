import { describe, expect, it } from 'vitest';
import {
  EmailLinkLimiter,
  LINK_WINDOW_MS,
  LINKS_PER_ADDRESS,
  REQUESTS_PER_CALLER,
} from './email-link-limiter';

describe('EmailLinkLimiter', () => {
  it('sends one address no more than its links in 15 minutes, then lets it ask again', () => {
    let now = 0;
    const l = new EmailLinkLimiter(() => now);
    for (let i = 0; i < LINKS_PER_ADDRESS; i++) expect(l.take('a@x.example', `10.0.0.${i}`)).toBeNull();
    const over = l.take('a@x.example', '10.0.0.9');
    expect(over?.why).toMatch(/one e-mail address in 15 minutes/);
    expect(over?.wait).toBe(LINK_WINDOW_MS / 1000);
    now = LINK_WINDOW_MS;
    expect(l.take('a@x.example', '10.0.0.9')).toBeNull();
  });

  it('limits one caller asking for many addresses, an IPv6 /64 counting as one', () => {
    const l = new EmailLinkLimiter(() => 0);
    for (let i = 0; i < REQUESTS_PER_CALLER; i++)
      expect(l.take(`p${i}@x.example`, `2001:db8::${i}`)).toBeNull();
    expect(l.take('other@x.example', '2001:db8::ffff')?.why).toMatch(/from your address/);
    expect(l.take('other@x.example', '192.0.2.1')).toBeNull();
  });
});
