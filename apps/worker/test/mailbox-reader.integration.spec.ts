import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readMailDraft } from '@member-alerts/producers';
import { appendMail, type Dovecot, startDovecot } from '../../../tools/testing/dovecot';
import { leicestershireGazetteer, readFixture } from '../../../tools/testing/fixtures';
import { freePort } from './support/redis-server';
import {
  EMPTY_MAILBOX_STATE,
  type MailboxRead,
  type MailboxSettings,
  readMailbox,
} from '../src/producers/mailbox/mailbox-reader';

// Debian's Dovecot on loopback, a test mailbox of its own; messages arrive by IMAP APPEND.
let dovecot: Dovecot;
let settings: MailboxSettings;

const message = (n: number) =>
  [
    'From: Jo Reporter <jo.reporter@mercury.example>',
    'To: press@leics.example',
    `Subject: Enquiry ${n} about Oadby`,
    `Message-ID: <enquiry-${n}@mercury.example>`,
    'Content-Type: text/plain; charset=utf-8',
    '',
    `Question ${n}: what is happening on London Road?`,
    '',
  ].join('\r\n');

const append = (...messages: (number | string)[]) =>
  appendMail(
    dovecot,
    messages.map((m) => (typeof m === 'number' ? message(m) : m)),
  );

const subjects = (r: MailboxRead) =>
  r.outcome === 'read' ? r.messages.map((m) => /Subject: (.*)\r\n/.exec(m.source.toString())?.[1]) : r.reason;

beforeAll(async () => {
  dovecot = await startDovecot();
  settings = {
    host: dovecot.host,
    port: dovecot.port,
    secure: false,
    user: dovecot.user,
    password: dovecot.password,
  };
}, 30_000);
afterAll(() => dovecot?.stop());

describe('the shared mailbox reader, against Dovecot', () => {
  it('reads the messages that arrived, then only newer ones; a restart of the server reads none twice', async () => {
    const empty = await readMailbox(settings, EMPTY_MAILBOX_STATE);
    expect(empty.outcome === 'error' ? empty.reason : empty).toMatchObject({ outcome: 'read', messages: [] });
    await append(1, 2);
    const first = await readMailbox(settings, EMPTY_MAILBOX_STATE);
    expect(subjects(first)).toEqual(['Enquiry 1 about Oadby', 'Enquiry 2 about Oadby']);
    if (first.outcome !== 'read') throw new Error(first.reason);
    expect(first.state.lastUid).toBe(2);
    expect(first.state.uidValidity).toMatch(/^\d+$/);

    // Nothing new: the state is where it was, and no message comes back.
    expect(await readMailbox(settings, first.state)).toEqual({
      outcome: 'read',
      messages: [],
      state: first.state,
    });

    await dovecot.restart();
    await append(3);
    const second = await readMailbox(settings, first.state);
    expect(subjects(second)).toEqual(['Enquiry 3 about Oadby']);
    // A reader that died before storing the state reads the same messages again, none lost.
    expect(subjects(await readMailbox(settings, first.state))).toEqual(['Enquiry 3 about Oadby']);
  }, 60_000);

  it('reads the folder again from its start when the server renumbers it (UIDVALIDITY), and says so', async () => {
    const r = await readMailbox(settings, { uidValidity: '1', lastUid: 3 });
    expect(r.outcome === 'read' && r.note).toMatch(/renumbered by its server \(UIDVALIDITY 1 → \d+\)/);
    expect(subjects(r)).toEqual(['Enquiry 1 about Oadby', 'Enquiry 2 about Oadby', 'Enquiry 3 about Oadby']);
  }, 30_000);

  it('hands over each fixture message as it was appended, each becoming a draft or a reason, none blocking the rest', async () => {
    const before = await readMailbox(settings, EMPTY_MAILBOX_STATE);
    if (before.outcome !== 'read') throw new Error(before.reason);
    const files = ['malformed-mime.eml', 'out-of-office.eml', 'windows-1252.eml', 'press-enquiry.eml'];
    await append(...files.map((f) => readFixture('producers', 'mail', f)));
    const r = await readMailbox(settings, before.state);
    if (r.outcome !== 'read') throw new Error(r.reason);
    const gazetteer = leicestershireGazetteer();
    const results = await Promise.all(
      r.messages.map((m) => readMailDraft(m.source, { kind: 'press_enquiry', gazetteer })),
    );
    expect(results.map((x) => (x.outcome === 'draft' ? x.draft.event.title : x.reason))).toEqual([
      'School closure in Shepshed',
      'it is an automatic reply, such as an out-of-office message',
      'Library hours in Lutterworth – £ cost',
      'Flooding on Station Road, Kegworth',
    ]);
  }, 60_000);

  it('answers a refused login in words', async () => {
    const r = await readMailbox({ ...settings, password: 'wrong' }, EMPTY_MAILBOX_STATE);
    expect(r).toEqual({
      outcome: 'error',
      reason: `the mailbox at 127.0.0.1:${dovecot.port} refused the login for press-office: check the user name and password`,
    });
  }, 30_000);

  it('answers an unreachable server in words', async () => {
    const port = await freePort();
    const r = await readMailbox({ ...settings, port }, EMPTY_MAILBOX_STATE);
    expect(r).toEqual({
      outcome: 'error',
      reason: `the mailbox at 127.0.0.1:${port} could not be reached: nothing answers on that port`,
    });
  }, 30_000);
});
