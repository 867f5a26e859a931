import { describe, expect, it } from 'vitest';
import { consoleReturnPath } from './return-path.util';

const EVENT = '/app/events/6f1c2a70-8d1e-4b7a-9a55-2f0e0c1d3b4a';

describe('where sign-in may return to', () => {
  it.each([
    ['the console home', '/app/'],
    ['an event page', EVENT],
    ['a page with a query', '/app/events?status=cancelled&page=2'],
    ['a page with a fragment', '/app/alerts#latest'],
    ['percent-encoded letters', '/app/roster/m%C3%A9lanie'],
  ])('keeps %s', (_why, path) => {
    expect(consoleReturnPath(path)).toBe(path);
  });

  it.each([
    ['nothing', undefined],
    ['a number', 42],
    ['an empty string', ''],
    ['another site, scheme-relative', '//evil.example/app/'],
    ['another site, backslash', '/\\evil.example/app/'],
    ['another site, backslashes only', '\\\\evil.example'],
    ['a full address of another site', 'https://evil.example/app/'],
    ['a full address of this site', 'http://127.0.0.1:3000/app/'],
    ['a javascript: address', 'javascript:alert(1)//app/'],
    ['a data: address', 'data:text/html,<script>alert(1)</script>'],
    ['a path outside the console', '/auth/logout'],
    ['the console without its slash', '/app'],
    ['a look-alike prefix', '/application/'],
    ['a relative path', 'app/events'],
    ['a dot segment leaving the console', '/app/../auth/login'],
    ['an encoded dot segment', '/app/%2e%2e/auth/login'],
    ['a single dot segment', '/app/./events'],
    ['a doubled slash inside', '/app//evil.example'],
    ['a backslash inside', '/app/\\evil.example'],
    ['a tab', '/app/\tevents'],
    ['a line break (header splitting)', '/app/\r\nSet-Cookie: x=1'],
    ['a space', '/app/my alerts'],
    ['a character beyond ASCII', '/app/événements'],
    ['something very long', `/app/${'a'.repeat(1000)}`],
  ])('refuses %s', (_why, value) => {
    expect(consoleReturnPath(value)).toBeNull();
  });
});
