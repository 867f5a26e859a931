import { describe, expect, it } from 'vitest';
import {
  leicestershireGazetteer,
  mailWithLargeAttachment,
  readFixture,
} from '../../../../../tools/testing/fixtures';
import { type DraftKind, type MailResult, readMailDraft } from './mail-draft';

const gazetteer = leicestershireGazetteer();
const eml = (name: string) => readFixture('producers', 'mail', name);
const read = (raw: string | Buffer, kind: DraftKind | null = 'press_enquiry', seen?: ReadonlySet<string>) =>
  readMailDraft(raw, { kind, gazetteer, seen });
const draftOf = (r: MailResult) => {
  if (r.outcome !== 'draft') throw new Error(`expected a draft, got ${r.outcome}: ${r.reason}`);
  return r.draft;
};

describe('a shared mailbox message as a draft (Leicestershire divisions, LE postcodes, places list)', () => {
  it('takes the title from the subject, the enquiry without the quoted thread or sign-off, and the places it names', async () => {
    const d = draftOf(await read(eml('press-enquiry.eml')));
    expect(d).toMatchObject({
      source: 'mailbox',
      key: 'press-0001@mercury.example',
      receivedAt: '2026-07-14T08:12:00.000Z',
    });
    expect(d.event.title).toBe('Flooding on Station Road, Kegworth');
    expect(d.event.kind).toBe('press_enquiry');
    expect(d.event.description).toBe(
      "Hello,\n\nWe're running a story tomorrow about flooding on Station Road in Kegworth\nand at homes near LE2 5AA. Could the council say what it is doing, and when\nthe drains were last cleared? Our deadline is 4pm today.",
    );
    // Lutterworth is named only in the quoted reply, which is not the enquiry.
    expect(d.places.map((p) => [p.text, p.kind, p.divisions])).toEqual([
      ['Kegworth', 'place', ['Castle Donington & Kegworth']],
      ['LE2 5AA', 'postcode', ['Oadby']],
    ]);
    expect(d.event.divisions).toEqual(['Castle Donington & Kegworth', 'Oadby']);
  });

  it('keeps the sender apart from the event, so no member is ever shown who wrote', async () => {
    const d = draftOf(await read(eml('press-enquiry.eml')));
    expect(d.sender).toEqual({ name: 'Jo Reporter', address: 'jo.reporter@mercury.example' });
    expect(JSON.stringify(d.event)).not.toMatch(/Jo Reporter|jo\.reporter|mercury\.example|0116 496/);
  });

  it('turns an HTML-only message into text, stops at the signature, and finds division names and postcodes', async () => {
    const d = draftOf(await read(eml('foi-html.eml'), 'foi_request'));
    expect(d.event.title).toBe('Freedom of Information request: gritting routes');
    expect(d.event.description).toBe(
      'Dear FOI team,\n\nPlease send me the gritting routes for Loughborough East and the roads around LE11 3AA & LE17 4AB.',
    );
    expect(d.event.description).not.toContain('Sam');
    expect(d.event.divisions).toEqual(['Loughborough East', 'Loughborough South', 'Lutterworth']);
    expect(d.places.find((p) => p.text === 'LE17 4AB')?.divisions).toEqual(['Lutterworth']);
  });

  it('decodes a windows-1252 message: the pound sign, the dash and the apostrophe come through', async () => {
    const d = draftOf(await read(eml('windows-1252.eml')));
    expect(d.event.title).toBe('Library hours in Lutterworth – £ cost');
    expect(d.event.description).toContain('The council’s\nfigure was £12,000 – is that still right?');
    expect(d.sender?.name).toBe('Renée O’Brien');
    expect(d.event.divisions).toEqual(['Lutterworth']);
  });

  it('makes a draft of a message in a charset nobody knows, and says some characters could not be read', async () => {
    const raw = Buffer.from(
      'From: a@b.example\r\nSubject: Caf\xe9 in Oadby\r\nMessage-ID: <x-0012@b.example>\r\nContent-Type: text/plain; charset=x-klingon\r\nContent-Transfer-Encoding: 8bit\r\n\r\nThe caf\xe9 by Oadby library\r\n',
      'latin1',
    );
    const d = draftOf(await read(raw));
    expect(d.event.divisions).toEqual(['Oadby']);
    expect(d.notes).toContain(
      'Some characters could not be read (the message says its text is in "x-klingon") and show as �; the original is kept for you.',
    );
  });

  it.each([
    ['out-of-office.eml', 'it is an automatic reply, such as an out-of-office message'],
    ['x-autoreply.eml', 'it is an automatic reply, such as an out-of-office message'],
    ['bounce.eml', 'it is a delivery failure report (a bounce) from a mail server'],
    ['mailing-list.eml', 'it came from a mailing list, not from a person'],
    ['precedence-bulk.eml', 'it was sent automatically (marked as bulk mail)'],
  ])('ignores %s, saying why', async (file, reason) => {
    expect(await read(eml(file))).toMatchObject({ outcome: 'ignore', reason });
  });

  it('ignores a message read before, by its Message-ID', async () => {
    const r = await read(eml('press-enquiry.eml'), 'press_enquiry', new Set(['press-0001@mercury.example']));
    expect(r).toEqual({
      outcome: 'ignore',
      messageId: 'press-0001@mercury.example',
      reason: 'this message (press-0001@mercury.example) was read before',
    });
  });

  it('makes a draft of a message whose MIME is broken, from its subject, and says so', async () => {
    const d = draftOf(await read(eml('malformed-mime.eml')));
    expect(d.event.title).toBe('School closure in Shepshed');
    expect(d.event.divisions).toEqual(['Shepshed']);
    expect(d.notes).toContain(
      'The message’s parts could not be read (its MIME structure is broken); the original is kept for you.',
    );
  });

  it('answers an error, not a throw, for bytes that are no message at all', async () => {
    const r = await read(Buffer.from([0, 1, 2, 3, 255, 254]));
    expect(r.outcome).toBe('error');
    expect(r.outcome === 'error' && r.reason).toMatch(/cannot be made into a draft/);
  });

  it('looks up at most 50 of 500 postcodes, and says the rest were left out', async () => {
    const d = draftOf(await read(eml('many-postcodes.eml'), 'foi_request'));
    expect(d.places.filter((p) => p.kind === 'postcode')).toHaveLength(50);
    expect(d.notes).toContain(
      'The message names 500 postcodes; the first 50 were looked up and the rest left out.',
    );
  });

  it('lists a 25 MB attachment by name and size, and keeps none of it in the description', async () => {
    const raw = mailWithLargeAttachment();
    const d = draftOf(await read(raw));
    expect(d.event.description).toBe('Our footage of the site is attached.');
    expect(d.attachments).toEqual([{ name: 'site.mp4', contentType: 'video/mp4', bytes: 25 * 1024 * 1024 }]);
    expect(d.notes).toContain('Attached: site.mp4 (25.0 MB). Attachments are not read for places.');
    expect(d.event.divisions).toEqual(['Oadby']);
  });
});
