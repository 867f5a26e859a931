import * as crypto from 'node:crypto';
import type { ExecutionContext } from '@nestjs/common';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AppConfig } from '../config/app-config';
import { NotifyCallbackGuard } from './notify-callback.guard';

vi.mock('node:crypto', async (original) => {
  const actual = await original<typeof import('node:crypto')>();
  return { ...actual, timingSafeEqual: vi.fn(actual.timingSafeEqual) };
});

const TOKEN = 'the-council-callback-token-for-notify-0123456789';
const guard = new NotifyCallbackGuard({ notifyCallbackToken: TOKEN } as AppConfig);
const context = (authorization?: string) =>
  ({
    switchToHttp: () => ({ getRequest: () => ({ headers: authorization ? { authorization } : {} }) }),
  }) as unknown as ExecutionContext;

afterEach(() => vi.mocked(crypto.timingSafeEqual).mockClear());

describe('the callback token is compared in constant time', () => {
  it('lets the council’s token through, compared by timingSafeEqual', () => {
    expect(guard.canActivate(context(`Bearer ${TOKEN}`))).toBe(true);
    expect(crypto.timingSafeEqual).toHaveBeenCalledTimes(1);
  });

  it('compares digests of equal length whatever the length of the token sent, and refuses it', () => {
    for (const sent of ['x', TOKEN.slice(0, -1), `${TOKEN}${TOKEN}`]) {
      expect(() => guard.canActivate(context(`Bearer ${sent}`))).toThrow(/callback token/);
    }
    const calls = vi.mocked(crypto.timingSafeEqual).mock.calls;
    expect(calls).toHaveLength(3);
    for (const [a, b] of calls) expect((a as Buffer).length).toBe((b as Buffer).length);
  });
});
