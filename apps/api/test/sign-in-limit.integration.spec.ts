import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config/app-config';
import { KEYS, startTestApi, type TestApi } from './support/test-api';

// The test client reaches the API over loopback; trusting loopback as the proxy lets X-Forwarded-For
// stand for callers at different addresses.
let t: TestApi;
beforeAll(async () => {
  t = await startTestApi({ TRUST_PROXY: 'loopback' });
});
afterAll(async () => {
  await t?.close();
});

const from = (address: string) => ({ 'x-forwarded-for': address });
const basic = (password: string) => ({
  authorization: `Basic ${Buffer.from(`any:${password}`).toString('base64')}`,
});

/** Sends up to 330 wrong credentials and returns the first 429, with how many went before it. */
async function guessUntilRefused(
  api: TestApi,
  attempt: (i: number) => ReturnType<TestApi['request']>,
): Promise<{ tries: number; refusal: Awaited<ReturnType<TestApi['request']>> }> {
  const statuses: number[] = [];
  for (let i = 0; i < 330; i++) {
    const r = await attempt(i);
    if (r.status === 429) return { tries: i, refusal: r };
    statuses.push(r.status);
  }
  throw new Error(
    `330 wrong credentials were never refused; statuses seen: ${[...new Set(statuses)].join(', ')}`,
  );
}

function expectPlainRefusal(r: Awaited<ReturnType<TestApi['request']>>): number {
  expect(r.headers.get('content-type')).toMatch(/^application\/json/);
  expect(r.body).toMatchObject({ statusCode: 429, error: 'Too Many Requests' });
  expect((r.body as { message: string }).message).toMatch(
    /^too many wrong API keys have come from your address: try again in \d+ seconds?$/,
  );
  const retryAfter = Number(r.headers.get('retry-after'));
  expect(Number.isInteger(retryAfter) && retryAfter >= 1).toBe(true);
  return retryAfter;
}

describe('wrong API keys are limited per caller address', () => {
  it('330 made-up keys from one address meet a 429; a valid key from another address is unaffected', async () => {
    const attacker = from('203.0.113.7');
    const { tries, refusal } = await guessUntilRefused(t, (i) =>
      t.request('GET', '/events', { key: `ma_made-up-${i}`, headers: attacker }),
    );
    expect(tries).toBeGreaterThanOrEqual(1);
    expectPlainRefusal(refusal);
    expect(
      (await t.request('GET', '/events', { key: KEYS.officer, headers: from('198.51.100.20') })).status,
    ).toBe(200);
  });

  it('a key that has worked keeps working from the blocked address; an unproven one waits', async () => {
    const office = from('203.0.113.40');
    // A colleague behind the same address was already working before the guessing began.
    expect((await t.request('GET', '/events', { key: KEYS.officer, headers: office })).status).toBe(200);
    await guessUntilRefused(t, (i) => t.request('GET', '/events', { key: `ma_guess-${i}`, headers: office }));
    expect((await t.request('GET', '/events', { key: KEYS.officer, headers: office })).status).toBe(200);
    // A key not seen working yet is not checked while the address waits, so guesses learn nothing…
    expect((await t.request('GET', '/auth/session', { key: KEYS.leader, headers: office })).status).toBe(429);
    // …until it works from anywhere else, after which the blocked address may use it too.
    expect(
      (await t.request('GET', '/auth/session', { key: KEYS.leader, headers: from('198.51.100.21') })).status,
    ).toBe(200);
    expect((await t.request('GET', '/auth/session', { key: KEYS.leader, headers: office })).status).toBe(200);
  });

  it('backs off: once the wait is over, the next wrong key doubles it', async () => {
    const caller = from('203.0.113.60');
    const { refusal } = await guessUntilRefused(t, (i) =>
      t.request('GET', '/events', { key: `ma_again-${i}`, headers: caller }),
    );
    const first = expectPlainRefusal(refusal);
    await new Promise((r) => setTimeout(r, first * 1000 + 200));
    expect((await t.request('GET', '/events', { key: 'ma_one-more', headers: caller })).status).toBe(401);
    const next = await t.request('GET', '/events', { key: 'ma_and-another', headers: caller });
    expect(next.status).toBe(429);
    expect(expectPlainRefusal(next)).toBe(first * 2);
  });

  it('330 wrong dashboard passwords from one address meet a 429; democratic services elsewhere still sign in', async () => {
    const attacker = from('203.0.113.80');
    const { refusal } = await guessUntilRefused(t, (i) =>
      t.request('GET', '/queues', { headers: { ...basic(`wrong-${i}`), ...attacker } }),
    );
    expectPlainRefusal(refusal);
    const elsewhere = await t.request('GET', '/queues', {
      headers: { ...basic(KEYS.democraticServices), ...from('198.51.100.22') },
    });
    expect(elsewhere.status).toBe(200);
  });

  it('the API and the dashboard share one count per address', async () => {
    const caller = from('203.0.113.100');
    await guessUntilRefused(t, (i) => t.request('GET', '/events', { key: `ma_api-${i}`, headers: caller }));
    const board = await t.request('GET', '/queues', { headers: { ...basic('wrong-again'), ...caller } });
    expect(board.status).toBe(429);
  });
});

describe('the request budget (RATE_LIMIT_PER_MINUTE) of a caller with no proven credential', () => {
  // An attack run got 330 of 330 answers by sending a made-up key with each request: every one was
  // given a budget of its own. Only a key or session that has been accepted earns one now.
  const budget = 300;

  it('is its address, however many made-up keys and session cookies it sends, public routes included', async () => {
    const caller = from('203.0.113.80');
    const statuses: number[] = [];
    let refusal: Awaited<ReturnType<TestApi['request']>> | undefined;
    for (let i = 0; i < 330 && !refusal; i++) {
      const made: Record<string, string> =
        i % 2 === 0 ? { authorization: `Bearer ma_made-up-${i}` } : { cookie: `ma_session=made-up-${i}` };
      const r = await t.request('GET', '/health/live', { headers: { ...caller, ...made } });
      if (r.status === 429) refusal = r;
      else statuses.push(r.status);
    }
    expect(refusal, 'no 429 in 330 requests').toBeDefined();
    expect(statuses).toHaveLength(budget);
    expect((refusal?.body as { message: string }).message).toMatch(
      /^more than 300 requests a minute came from your address: try again in \d+ seconds?$/,
    );
    expect(Number(refusal?.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
  });

  it('leaves a key that has been accepted its own budget, even from that address', async () => {
    const caller = from('203.0.113.80');
    expect((await t.request('GET', '/health/live', { headers: caller })).status).toBe(429);
    // Accepted from elsewhere, the key then spends its own budget wherever it comes from.
    expect(
      (await t.request('GET', '/events', { key: KEYS.officer, headers: from('198.51.100.30') })).status,
    ).toBe(200);
    expect((await t.request('GET', '/events', { key: KEYS.officer, headers: caller })).status).toBe(200);
  });
});

describe('X-Forwarded-For without a trusted proxy', () => {
  let direct: TestApi;
  beforeAll(async () => {
    direct = await startTestApi();
  });
  afterAll(async () => {
    await direct?.close();
  });

  it('is ignored: a caller cannot pose as many addresses to escape the limit', async () => {
    const { refusal } = await guessUntilRefused(direct, (i) =>
      direct.request('GET', '/events', { key: `ma_spoof-${i}`, headers: from(`192.0.2.${i % 250}`) }),
    );
    expectPlainRefusal(refusal);
  });
});

describe('TRUST_PROXY', () => {
  const base = { NODE_ENV: 'test', ACK_SECRET: 'a-test-secret-of-at-least-thirty-two-characters' };

  it('trusts no proxy unless told', () => {
    expect(loadConfig(base).trustProxy).toBe(false);
  });

  it.each([
    ['loopback', ['loopback']],
    ['10.0.0.0/8, 192.168.1.5', ['10.0.0.0/8', '192.168.1.5']],
    ['2001:db8::/32,uniquelocal', ['2001:db8::/32', 'uniquelocal']],
    ['1', 1],
  ])('accepts %s', (value, expected) => {
    expect(loadConfig({ ...base, TRUST_PROXY: value }).trustProxy).toEqual(expected);
  });

  it.each(['true', 'everyone', '10.0.0.0/33', '300.1.1.1', '50'])(
    'refuses %s, naming the setting',
    (value) => {
      expect(() => loadConfig({ ...base, TRUST_PROXY: value })).toThrow(ConfigError);
      expect(() => loadConfig({ ...base, TRUST_PROXY: value })).toThrow(
        /TRUST_PROXY must name the reverse proxies/,
      );
    },
  );
});
