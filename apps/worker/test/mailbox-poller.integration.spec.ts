import { afterEach, describe, expect, it } from 'vitest';
import { KEYS, expectEventually } from '../../api/test/support/test-api';
import { appendMail, type Dovecot, startDovecot } from '../../../tools/testing/dovecot';
import { mailWithLargeAttachment, readFixture } from '../../../tools/testing/fixtures';
import { startDelivery, type DeliveryHarness } from './support/delivery-harness';
import { freePort } from './support/redis-server';

// A real worker process reads a private Dovecot's mailbox; messages arrive by IMAP APPEND, and
// what the officer and democratic services would see is read from the API and the database.
let h: DeliveryHarness | undefined;
let dovecot: Dovecot | undefined;
afterEach(async () => {
  await h?.close();
  await dovecot?.stop();
  h = undefined;
  dovecot = undefined;
});

interface Kept {
  message_id: string;
  ref: string | null;
  outcome: string;
  reason: string;
  processed_at: Date | null;
}
interface DraftRow {
  id: string;
  key: string;
  kind: string | null;
  origin: string;
  title: string;
  description: string;
  divisions: string[];
  notes: string[];
  sender: { name: string; address: string } | null;
  original: string | null;
  keep_original_until: Date;
}

const kept = (harness: DeliveryHarness) =>
  harness.t.sql<Kept>(
    `SELECT message_id, ref, outcome, reason, processed_at FROM producer_messages
      WHERE source = 'mailbox' ORDER BY received_at, message_id`,
  );
const drafts = (harness: DeliveryHarness) =>
  harness.t.sql<DraftRow>(`SELECT * FROM drafts WHERE source = 'mailbox' ORDER BY created_at, key`);

const eml = (name: string) => readFixture('producers', 'mail', name).replace(/\r?\n/g, '\r\n');

const enquiry = (n: number, text: string) =>
  [
    'From: Sam Writer <sam.writer@echo.example>',
    'To: press@council.example',
    `Subject: Question ${n} about Oadby`,
    `Message-ID: <question-${n}@echo.example>`,
    'Content-Type: text/plain; charset=utf-8',
    '',
    text,
    '',
  ].join('\r\n');

function mailboxSettings(d: Dovecot, extra: Record<string, string> = {}): Record<string, string> {
  return {
    MAILBOXES: 'press',
    MAILBOX_PRESS_HOST: d.host,
    MAILBOX_PRESS_PORT: String(d.port),
    MAILBOX_PRESS_TLS: 'no',
    MAILBOX_PRESS_USER: d.user,
    MAILBOX_PRESS_PASSWORD: d.password,
    MAILBOX_PRESS_KIND: 'press_enquiry',
    MAILBOX_EVERY_MS: '300',
    MAILBOX_TIMEOUT_MS: '3000',
    ...extra,
  };
}

async function start(extra: Record<string, string> = {}) {
  dovecot = await startDovecot();
  h = await startDelivery();
  const settings = mailboxSettings(dovecot, extra);
  const worker = await h.addWorker(settings);
  return { d: dovecot, h, worker, settings };
}

describe('the shared mailbox poller in the worker, against Dovecot', () => {
  it('makes a press enquiry a draft with its divisions, tells the officers without personal data, ignores auto-replies, bounces and lists with reasons, and reads nothing twice after a restart', async () => {
    const {
      d,
      h: harness,
      worker,
      settings,
    } = await start({
      MAILBOX_PRESS_ANNOUNCE_TO: 'press.officer@council.example',
    });
    await appendMail(d, [
      eml('press-enquiry.eml'),
      eml('out-of-office.eml'),
      eml('bounce.eml'),
      eml('mailing-list.eml'),
    ]);
    const rows = await expectEventually(
      () => kept(harness),
      (r) => r.length >= 4,
      30_000,
    );
    expect(rows.map((r) => r.outcome)).toEqual(['draft', 'ignore', 'ignore', 'ignore']);
    const connections = await harness.t.request('GET', '/producers/connections', {
      key: KEYS.democraticServices,
    });
    expect(connections.body).toMatchObject({
      mailbox: { connected: true, howToConnect: null, readings: [{ name: 'press', problem: null }] },
    });
    expect(rows.every((r) => r.processed_at !== null)).toBe(true);
    expect(rows[0]?.reason).toBe(
      'A press enquiry draft is waiting for an officer to confirm it. It names places in Castle Donington & Kegworth, Oadby.',
    );
    expect(rows.slice(1).map((r) => r.reason)).toEqual([
      'it is an automatic reply, such as an out-of-office message',
      'it is a delivery failure report (a bounce) from a mail server',
      'it came from a mailing list, not from a person',
    ]);

    const [draft, ...others] = await drafts(harness);
    expect(others).toHaveLength(0);
    expect(draft).toMatchObject({
      key: 'press-0001@mercury.example',
      kind: 'press_enquiry',
      origin: 'press',
      title: 'Flooding on Station Road, Kegworth',
      divisions: ['Castle Donington & Kegworth', 'Oadby'],
      sender: { name: 'Jo Reporter', address: 'jo.reporter@mercury.example' },
    });
    expect(draft?.description).toContain('flooding on Station Road in Kegworth');
    expect(draft?.description).not.toContain('Jo Reporter');
    expect(draft?.original).toContain('Message-ID: <press-0001@mercury.example>');
    const days = ((draft?.keep_original_until.getTime() ?? 0) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(89.9);
    expect(days).toBeLessThan(90.1);

    // The officers are told, with no sender and no text of the message.
    const told = await expectEventually(
      () => Promise.resolve(harness.sink.received),
      (m) => m.length >= 1,
    );
    expect(told).toHaveLength(1);
    expect(told[0]?.to).toContain('press.officer@council.example');
    expect(told[0]?.subject).toBe('A new press enquiry draft is waiting');
    expect(told[0]?.text).toContain(`${harness.t.baseUrl}/drafts`);
    const whole = JSON.stringify(told[0]);
    for (const personal of ['Jo Reporter', 'jo.reporter', 'mercury', 'Kegworth', 'Station Road'])
      expect(whole).not.toContain(personal);

    // Democratic services see each message and its reason on the Producers page.
    const page = await harness.t.request('GET', '/producers/messages?source=mailbox&outcome=ignore', {
      key: KEYS.democraticServices,
    });
    expect(page.status).toBe(200);
    expect((page.body as { messages: { reason: string }[] }).messages.map((m) => m.reason)).toContain(
      'it came from a mailing list, not from a person',
    );

    // A restart reads nothing twice; the same Message-ID in a new message is ignored, with why.
    await worker.kill('SIGTERM');
    await harness.addWorker(settings);
    await appendMail(d, [eml('press-enquiry.eml'), enquiry(2, 'What is happening on London Road, LE2 5AA?')]);
    const after = await expectEventually(
      () => kept(harness),
      (r) => r.length >= 6,
      30_000,
    );
    expect(after.slice(4).map((r) => [r.outcome, r.reason])).toEqual([
      ['ignore', 'this message (press-0001@mercury.example) was read before'],
      ['draft', 'A press enquiry draft is waiting for an officer to confirm it. It names places in Oadby.'],
    ]);
    await new Promise((r) => setTimeout(r, 1500));
    expect(await kept(harness)).toHaveLength(6);
    expect((await drafts(harness)).map((x) => x.key)).toEqual([
      'press-0001@mercury.example',
      'question-2@echo.example',
    ]);
    expect(harness.sink.received).toHaveLength(2);
  }, 90_000);

  it('gives a 25 MB attachment, broken MIME, a windows-1252 message and 500 postcodes each a clear outcome, and none holds up the next', async () => {
    const { d, h: harness } = await start({ MAILBOX_PRESS_KIND: 'ask' });
    const big = mailWithLargeAttachment();
    await appendMail(d, [
      big,
      eml('malformed-mime.eml'),
      Buffer.from(readFixture('producers', 'mail', 'windows-1252.eml'), 'latin1'),
      eml('many-postcodes.eml'),
      enquiry(3, 'And the library in Oadby?'),
    ]);
    const rows = await expectEventually(
      () => kept(harness),
      (r) => r.length >= 5,
      60_000,
    );
    expect(rows.map((r) => r.outcome)).toEqual(['draft', 'draft', 'draft', 'draft', 'draft']);
    expect(rows.every((r) => r.reason.startsWith('An enquiry draft is waiting'))).toBe(true);
    const byKey = new Map((await drafts(harness)).map((x) => [x.key, x]));
    const video = byKey.get('big-0011@tv.example');
    expect(video?.notes).toContain('Attached: site.mp4 (25.0 MB). Attachments are not read for places.');
    expect(video?.original?.length).toBeLessThan(300_000);
    expect(video?.original).toContain('too large to keep whole');
    expect(video?.kind).toBeNull();
    expect(byKey.get('broken-0009@radio.example')?.title).toBe('School closure in Shepshed');
    const postcodes = byKey.get('many-0010@campaign.example');
    expect(postcodes?.notes).toContain(
      'The message names 500 postcodes; the first 50 were looked up and the rest left out.',
    );
    expect(byKey.get('question-3@echo.example')?.divisions).toEqual(['Oadby']);
    const cp1252 = byKey.get('cp1252-0008@paper.example');
    expect(cp1252?.title).toBe('Library hours in Lutterworth – £ cost');
    expect(cp1252?.description).toContain('figure was £12,000 – is that still right?');
    expect(cp1252?.divisions).toEqual(['Lutterworth']);
  }, 120_000);

  it('records a refused login and an unreachable mailbox as problems on the Producers page, and keeps reading', async () => {
    dovecot = await startDovecot();
    h = await startDelivery();
    const closed = await freePort();
    const worker = await h.addWorker({
      ...mailboxSettings(dovecot),
      MAILBOXES: 'press,foi',
      MAILBOX_PRESS_PASSWORD: 'not-the-password',
      MAILBOX_FOI_HOST: '127.0.0.1',
      MAILBOX_FOI_PORT: String(closed),
      MAILBOX_FOI_TLS: 'no',
      MAILBOX_FOI_USER: 'foi',
      MAILBOX_FOI_PASSWORD: 'secret',
    });
    const harness = h;
    const problems = await expectEventually(
      async () => {
        const r = await harness.t.request('GET', '/producers/messages?source=mailbox&outcome=error', {
          key: KEYS.democraticServices,
        });
        return (r.body as { messages: { ref: string; reason: string }[] }).messages;
      },
      (m) => m.length >= 2,
      30_000,
    );
    const words = new Map(problems.map((p) => [p.ref, p.reason]));
    expect(words.get('press')).toBe(
      `Not read, trying again next time: the mailbox at 127.0.0.1:${dovecot.port} refused the login for ${dovecot.user}: check the user name and password`,
    );
    expect(words.get('foi')).toBe(
      `Not read, trying again next time: the mailbox at 127.0.0.1:${closed} could not be reached: nothing answers on that port`,
    );
    // Polling goes on: one line a day per mailbox, not one a poll.
    await new Promise((r) => setTimeout(r, 1500));
    const again = await harness.t.sql<{ n: string }>(
      `SELECT count(*) AS n FROM producer_messages WHERE source = 'mailbox'`,
    );
    expect(again[0]?.n).toBe('2');
    expect(worker.child.exitCode).toBeNull();
    expect(worker.output()).not.toContain('not-the-password');

    // The Producers page's connections show the mailboxes as the worker last read them.
    const c = await harness.t.request('GET', '/producers/connections', { key: KEYS.democraticServices });
    const mailbox = (
      c.body as { mailbox: { connected: boolean; readings: { name: string; problem: string }[] } }
    ).mailbox;
    expect(mailbox.connected).toBe(false);
    expect(mailbox.readings.map((r) => [r.name, r.problem])).toEqual([
      ['foi', `the mailbox at 127.0.0.1:${closed} could not be reached: nothing answers on that port`],
      [
        'press',
        `the mailbox at 127.0.0.1:${dovecot.port} refused the login for ${dovecot.user}: check the user name and password`,
      ],
    ]);
  }, 60_000);
});
