import { describe, expect, it } from 'vitest';
import { loadWorkerConfig } from './worker-config';

const BASE = { NODE_ENV: 'test', ACK_SECRET: 'a-test-secret-of-at-least-thirty-two-characters' };

describe('the worker on a Redis Cluster', () => {
  it('reads the same nodes and prefix as the API', () => {
    const c = loadWorkerConfig({ ...BASE, REDIS_CLUSTER_NODES: 'redis-1:7000,redis-2:7001' });
    expect(c.redisClusterNodes).toEqual([
      { host: 'redis-1', port: 7000 },
      { host: 'redis-2', port: 7001 },
    ]);
    expect(c.queuePrefix).toBe('{member-alerts}');
  });

  it('will not start on a prefix that would spread the queue over the cluster', () => {
    expect(() =>
      loadWorkerConfig({ ...BASE, REDIS_CLUSTER_NODES: 'redis-1:7000', QUEUE_PREFIX: 'alerts' }),
    ).toThrow(/QUEUE_PREFIX must start with a hash tag in braces on a Redis Cluster/);
  });
});

describe('the shared mailboxes and WhatDoTheyKnow', () => {
  it('reads each mailbox MAILBOXES names from its own settings, with the defaults', () => {
    const c = loadWorkerConfig({
      ...BASE,
      MAILBOXES: 'press, foi-team',
      MAILBOX_PRESS_HOST: 'imap.council.example',
      MAILBOX_PRESS_USER: 'press',
      MAILBOX_PRESS_PASSWORD: 'secret',
      MAILBOX_PRESS_KIND: 'press_enquiry',
      MAILBOX_PRESS_ANNOUNCE_TO: 'a@council.example, b@council.example',
      MAILBOX_FOI_TEAM_HOST: 'imap.council.example',
      MAILBOX_FOI_TEAM_PORT: '143',
      MAILBOX_FOI_TEAM_TLS: 'no',
      MAILBOX_FOI_TEAM_USER: 'foi',
      MAILBOX_FOI_TEAM_PASSWORD: 'secret',
      MAILBOX_FOI_TEAM_FOLDER: 'Requests',
      WHATDOTHEYKNOW_BODY: 'a_council',
    });
    expect(c.mailboxes.map(({ password: _p, ...m }) => m)).toEqual([
      {
        name: 'press',
        host: 'imap.council.example',
        port: 993,
        secure: true,
        user: 'press',
        folder: 'INBOX',
        timeoutMs: 20_000,
        kind: 'press_enquiry',
        announceTo: ['a@council.example', 'b@council.example'],
      },
      {
        name: 'foi-team',
        host: 'imap.council.example',
        port: 143,
        secure: false,
        user: 'foi',
        folder: 'Requests',
        timeoutMs: 20_000,
        kind: null,
        announceTo: [],
      },
    ]);
    expect(c.draftOriginalDays).toBe(90);
    expect(c.whatDoTheyKnowUrl).toBe('https://www.whatdotheyknow.com');
    expect(c.whatDoTheyKnowBody).toBe('a_council');
  });

  it('will not start with a mailbox half set, naming each setting in words', () => {
    expect(() =>
      loadWorkerConfig({
        ...BASE,
        MAILBOXES: 'press',
        MAILBOX_PRESS_HOST: 'imap.council.example',
        MAILBOX_PRESS_KIND: 'press',
        MAILBOX_PRESS_PORT: 'ninety',
        DRAFT_ORIGINAL_DAYS: '0',
      }),
    ).toThrow(
      new RegExp(
        [
          'DRAFT_ORIGINAL_DAYS must be a whole number from 1 to 3650, got "0"',
          'MAILBOX_PRESS_PORT must be a whole number from 1 to 65535, got "ninety"',
          'MAILBOX_PRESS_KIND must be press_enquiry, foi_request or ask, got "press"',
          'MAILBOX_PRESS_USER is required, as MAILBOXES names the mailbox "press"',
          'MAILBOX_PRESS_PASSWORD is required, as MAILBOXES names the mailbox "press"',
        ].join('\\n {2}- '),
      ),
    );
    expect(() => loadWorkerConfig({ ...BASE, MAILBOXES: 'Press Office' })).toThrow(
      /MAILBOXES must be mailbox names \(lower-case letters, digits and hyphens\) separated by commas/,
    );
  });
});
