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

describe('choosing GOV.UK Notify', () => {
  const KEY = 'member_alerts-26785a09-ab16-4eb0-8407-a37497a57506-3d844edf-8d35-48ac-975b-e847b4f122b0';
  const TEMPLATE = 'f33517ff-2a88-4f6e-b855-c550268ce08a';

  it('sends e-mail by SMTP and no texts unless told otherwise', () => {
    const c = loadWorkerConfig(BASE);
    expect(c.emailChannel).toBe('smtp');
    expect(c.smsChannel).toBe('none');
    expect(c.notify).toBeUndefined();
  });

  it('reads e-mail through Notify with its key and template, on the production address by default', () => {
    const c = loadWorkerConfig({
      ...BASE,
      EMAIL_CHANNEL: 'notify',
      NOTIFY_API_KEY: KEY,
      NOTIFY_EMAIL_TEMPLATE_ID: TEMPLATE,
    });
    expect(c.notify).toEqual({
      baseUrl: 'https://api.notifications.service.gov.uk',
      apiKey: KEY,
      emailTemplateId: TEMPLATE,
      timeoutMs: 20_000,
    });
  });

  it('takes texts through Notify beside e-mail by SMTP', () => {
    const c = loadWorkerConfig({
      ...BASE,
      SMS_CHANNEL: 'notify',
      NOTIFY_API_KEY: KEY,
      NOTIFY_SMS_TEMPLATE_ID: TEMPLATE,
    });
    expect(c).toMatchObject({
      emailChannel: 'smtp',
      smsChannel: 'notify',
      notify: { smsTemplateId: TEMPLATE },
    });
  });

  it.each([
    [{ EMAIL_CHANNEL: 'notify' }, /NOTIFY_API_KEY is required when EMAIL_CHANNEL=notify/],
    [
      { EMAIL_CHANNEL: 'notify', NOTIFY_API_KEY: KEY },
      /NOTIFY_EMAIL_TEMPLATE_ID is required when EMAIL_CHANNEL=notify/,
    ],
    [
      { SMS_CHANNEL: 'notify', NOTIFY_API_KEY: KEY },
      /NOTIFY_SMS_TEMPLATE_ID is required when SMS_CHANNEL=notify/,
    ],
    [{ NOTIFY_API_KEY: KEY }, /NOTIFY_API_KEY is set, but nothing goes through GOV.UK Notify/],
    [
      {
        SMS_CHANNEL: 'notify',
        NOTIFY_API_KEY: KEY,
        NOTIFY_SMS_TEMPLATE_ID: TEMPLATE,
        NOTIFY_EMAIL_TEMPLATE_ID: TEMPLATE,
      },
      /NOTIFY_EMAIL_TEMPLATE_ID is set, but EMAIL_CHANNEL is smtp/,
    ],
    [
      {
        EMAIL_CHANNEL: 'notify',
        NOTIFY_API_KEY: KEY,
        NOTIFY_EMAIL_TEMPLATE_ID: TEMPLATE,
        SMTP_URL: 'smtp://relay:25',
      },
      /SMTP_URL is set, but EMAIL_CHANNEL=notify/,
    ],
    [{ EMAIL_CHANNEL: 'email' }, /EMAIL_CHANNEL must be smtp or notify, got "email"/],
    [{ SMS_CHANNEL: 'yes' }, /SMS_CHANNEL must be none or notify/],
    [
      {
        EMAIL_CHANNEL: 'notify',
        NOTIFY_API_KEY: '26785a09-ab16-4eb0-8407-a37497a57506',
        NOTIFY_EMAIL_TEMPLATE_ID: TEMPLATE,
      },
      /NOTIFY_API_KEY must be the whole API key GOV.UK Notify showed when it was made/,
    ],
    [
      { EMAIL_CHANNEL: 'notify', NOTIFY_API_KEY: KEY, NOTIFY_EMAIL_TEMPLATE_ID: 'welcome-email' },
      /NOTIFY_EMAIL_TEMPLATE_ID must be the template's ID from its page in GOV.UK Notify/,
    ],
  ])('will not start with %o', (env, problem) => {
    expect(() => loadWorkerConfig({ ...BASE, ...env })).toThrow(problem);
  });

  it('never repeats a bad key in its message', () => {
    const secretish = 'my-key-not-quite-right-3d844edf-8d35-48ac-975b';
    let said = '';
    try {
      loadWorkerConfig({ ...BASE, EMAIL_CHANNEL: 'notify', NOTIFY_API_KEY: secretish });
    } catch (e) {
      said = (e as Error).message;
    }
    expect(said).toMatch(/NOTIFY_API_KEY must be the whole API key/);
    expect(said).not.toContain(secretish);
  });

  it('in production needs no SMTP relay when e-mail goes through Notify, but will reach Notify only by https', () => {
    const production = {
      NODE_ENV: 'production',
      ACK_SECRET: BASE.ACK_SECRET,
      DATABASE_URL: 'postgres://db/alerts',
      EMAIL_CHANNEL: 'notify',
      NOTIFY_API_KEY: KEY,
      NOTIFY_EMAIL_TEMPLATE_ID: TEMPLATE,
    };
    expect(loadWorkerConfig(production).emailChannel).toBe('notify');
    expect(() => loadWorkerConfig({ ...production, NOTIFY_BASE_URL: 'http://127.0.0.1:9999' })).toThrow(
      /NOTIFY_BASE_URL must be an https:\/\/ URL in production/,
    );
  });
});
