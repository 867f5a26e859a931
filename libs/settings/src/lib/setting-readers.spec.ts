import { describe, expect, it } from 'vitest';
import {
  existingFile,
  matching,
  oneOf,
  readSettings,
  webAddress,
  wholeNumber,
  yesNo,
} from './setting-readers';
import { readSharedSettings } from './shared-settings';

// A file that is there wherever the tests run: this one.
const HERE = __filename;
const SECRET = 'a-test-secret-of-at-least-thirty-two-characters';

function read(env: Record<string, string>) {
  const problems: string[] = [];
  const values = readSettings(
    {
      WORKER_CONCURRENCY: wholeNumber(20, 1, 500),
      SMTP_URL: webAddress(['smtp:', 'smtps:']),
      PUBLIC_URL: webAddress(['http:', 'https:']),
      DEV_KEYS: yesNo(false),
      NODE_ENV: oneOf(['development', 'production', 'test'], 'development'),
      DATABASE_SCHEMA: matching(/^[a-z_][a-z0-9_]{0,62}$/, 'must be a lower-case SQL identifier'),
      POLICY_FILE: existingFile(),
    },
    env,
    problems,
  );
  return { values, problems };
}

describe('a setting read from the environment', () => {
  it('takes its default when unset or empty', () => {
    expect(read({ WORKER_CONCURRENCY: '' }).values).toEqual({
      WORKER_CONCURRENCY: 20,
      SMTP_URL: undefined,
      PUBLIC_URL: undefined,
      DEV_KEYS: false,
      NODE_ENV: 'development',
      DATABASE_SCHEMA: undefined,
      POLICY_FILE: undefined,
    });
  });

  it.each([
    ['WORKER_CONCURRENCY', '8', 8],
    ['SMTP_URL', 'smtps://relay.council.example:465', 'smtps://relay.council.example:465'],
    ['DEV_KEYS', 'Yes', true],
    ['DEV_KEYS', 'off', false],
    ['NODE_ENV', 'production', 'production'],
    ['DATABASE_SCHEMA', 'alerts_test', 'alerts_test'],
    ['POLICY_FILE', ` ${HERE} `, HERE],
  ] as const)('%s=%s reads as %s', (name, raw, value) => {
    const { values, problems } = read({ [name]: raw });
    expect(problems).toEqual([]);
    expect(values[name]).toBe(value);
  });

  it.each([
    ['WORKER_CONCURRENCY', 'twenty', 'WORKER_CONCURRENCY must be a whole number from 1 to 500, got "twenty"'],
    ['WORKER_CONCURRENCY', '0', 'WORKER_CONCURRENCY must be a whole number from 1 to 500, got "0"'],
    ['SMTP_URL', 'relay.council.example', 'SMTP_URL is not a valid URL'],
    ['SMTP_URL', 'http://relay.council.example', 'SMTP_URL must be a smtp: or smtps: URL, got "http:…"'],
    [
      'PUBLIC_URL',
      'https://alerts.council.example@evil.example/',
      'PUBLIC_URL must not have a user name or password (the part before an @)',
    ],
    ['DEV_KEYS', 'maybe', 'DEV_KEYS must be true or false, got "maybe"'],
    ['NODE_ENV', 'staging', 'NODE_ENV must be development, production or test, got "staging"'],
    ['DATABASE_SCHEMA', 'Alerts', 'DATABASE_SCHEMA must be a lower-case SQL identifier'],
    [
      'POLICY_FILE',
      '/nowhere/policy.yaml',
      'POLICY_FILE names a file that is not there: /nowhere/policy.yaml',
    ],
  ] as const)('%s=%s is named in words, and reads as unset', (name, raw, words) => {
    const { values, problems } = read({ [name]: raw });
    expect(problems).toEqual([words]);
    expect(values[name]).toEqual(read({}).values[name]);
  });

  it('names every bad setting at once, not only the first', () => {
    expect(read({ WORKER_CONCURRENCY: 'x', DEV_KEYS: 'x', NODE_ENV: 'x' }).problems).toHaveLength(3);
  });
});

describe('the settings the API and the worker share', () => {
  it('default the queue prefix to the hash-tagged one, and read the rest alike', () => {
    const problems: string[] = [];
    const s = readSharedSettings(
      { NODE_ENV: 'test', ACK_SECRET: SECRET, PUBLIC_URL: 'https://alerts.council.example/' },
      problems,
    );
    expect(problems).toEqual([]);
    expect(s).toMatchObject({
      nodeEnv: 'test',
      queuePrefix: '{member-alerts}',
      publicUrl: 'https://alerts.council.example',
      redisUrl: 'redis://127.0.0.1:6379',
      ackLinkDays: 30,
      councilSlug: 'leicestershire',
    });
  });

  it.each([
    ['unset', {}, [], 'leicestershire'],
    ['empty', { COUNCIL: '' }, [], 'leicestershire'],
    ['another council', { COUNCIL: 'nottinghamshire' }, [], 'nottinghamshire'],
    [
      'not a slug',
      { COUNCIL: 'Leicestershire County Council' },
      ['COUNCIL must be a short lower-case slug, the name of its folder in fixtures/'],
      'leicestershire',
    ],
  ])(
    'COUNCIL %s serves the council its folder names, or the one fixtures/default-council.txt names',
    (_, env, words, slug) => {
      const problems: string[] = [];
      const s = readSharedSettings({ NODE_ENV: 'test', ACK_SECRET: SECRET, ...env }, problems);
      expect(problems).toEqual(words);
      expect(s.councilSlug).toBe(slug);
    },
  );

  it('require a database and a secret in production, naming both', () => {
    const problems: string[] = [];
    readSharedSettings({ NODE_ENV: 'production' }, problems);
    expect(problems).toEqual([
      'DATABASE_URL is required in production (the embedded database is for development)',
      'ACK_SECRET is required in production (32 or more random characters, the same for the API and the worker)',
    ]);
  });
});
