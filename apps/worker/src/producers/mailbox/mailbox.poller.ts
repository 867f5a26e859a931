import {
  type DraftKind,
  type Gazetteer,
  type MailResult,
  mailToDraft,
  readMail,
} from '@member-alerts/producers';
import { Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Channel } from '../../channels/channel';
import { MAX_ORIGINAL_CHARS, readProgress, recordMessage, writeDraft, writeProgress } from '../draft-store';
import type { DraftGazetteer } from '../gazetteer';
import type { PollContext, PollerFactory, PollOutcome, ProducerPoller } from '../producer-poller';
import { EMPTY_MAILBOX_STATE, type MailboxMessage, type MailboxState, readMailbox } from './mailbox-reader';
import type { MailboxConfig } from './mailbox-settings';

const KIND_WORDS: Record<DraftKind, string> = { press_enquiry: 'press enquiry', foi_request: 'FOI request' };

const kindWords = (kind: DraftKind | null) => (kind ? KIND_WORDS[kind] : 'enquiry');

/** "A press enquiry", "An FOI request", "An enquiry". */
const aKind = (kind: DraftKind | null) => {
  const words = kindWords(kind);
  return `${/^([aeiou]|FOI)/i.test(words) ? 'An' : 'A'} ${words}`;
};

/** The message as the officer may read it: whole up to 1 MB, else its header and a word on what was left out. */
export function originalOf(source: Buffer): string {
  const clean = (s: string) => s.replace(/\0/g, '');
  if (source.length <= MAX_ORIGINAL_CHARS) return clean(source.toString('utf8'));
  const raw = source.subarray(0, 256 * 1024).toString('utf8');
  const end = raw.search(/\r?\n\r?\n/);
  const header = end >= 0 ? raw.slice(0, end) : raw.slice(0, 64 * 1024);
  const mb = (source.length / 1024 / 1024).toFixed(1);
  return clean(
    `${header}\r\n\r\n[This message was ${mb} MB, too large to keep whole. Its text is the draft's description; its attachments, named in the draft's notes, were not kept.]\r\n`,
  );
}

export interface MailboxOptions {
  readonly everyMs: number;
  readonly keepOriginalDays: number;
  readonly publicUrl: string;
}

/**
 * Reads one shared mailbox: each new message becomes a draft, or is ignored with its reason, and is
 * kept on the Producers page with what became of it. Each message is stored with the mailbox's
 * progress in one transaction, so a restart neither loses one nor reads one twice, and one bad
 * message never holds up the next.
 */
export class MailboxPoller implements ProducerPoller {
  readonly source = 'mailbox';
  readonly name: string;
  readonly everyMs: number;
  readonly problemsShown = true;
  private readonly logger = new Logger(MailboxPoller.name);

  constructor(
    private readonly box: MailboxConfig,
    private readonly o: MailboxOptions,
    private readonly gazetteer: DraftGazetteer,
    private readonly channel: Channel,
  ) {
    this.name = box.name;
    this.everyMs = o.everyMs;
  }

  async poll(ctx: PollContext): Promise<PollOutcome> {
    const state = await readProgress<MailboxState>(
      ctx.db.manager,
      ctx.councilId,
      'mailbox',
      this.name,
      EMPTY_MAILBOX_STATE,
    );
    const gazetteer = await this.gazetteer.of(ctx.db, ctx.councilId);
    if (typeof gazetteer === 'string') return { counts: {}, problem: gazetteer };
    const read = await readMailbox(this.box, state);
    if (read.outcome === 'error') {
      this.logger.warn(`Mailbox "${this.name}" not read, trying again next time: ${read.reason}`);
      return { counts: {}, problem: read.reason };
    }
    if (read.note) this.logger.warn(`Mailbox "${this.name}": ${read.note}`);
    const counts: Record<string, number> = {};
    for (const msg of read.messages) {
      const outcome = await this.take(ctx, msg, read.state.uidValidity, gazetteer);
      counts[outcome] = (counts[outcome] ?? 0) + 1;
    }
    await writeProgress(ctx.db.manager, ctx.councilId, 'mailbox', this.name, read.state);
    return { counts };
  }

  /** One message, stored with the progress past it; what went wrong is its outcome, not a throw. */
  private async take(
    ctx: PollContext,
    msg: MailboxMessage,
    uidValidity: string | null,
    gazetteer: Gazetteer,
  ): Promise<string> {
    const where = { mailbox: this.name, uidValidity, uid: msg.uid, size: msg.source.length };
    const rowId = `${this.name}/${uidValidity ?? '-'}/${msg.uid}`;
    const progress = { uidValidity, lastUid: msg.uid };
    let announce: { id: string; kind: DraftKind | null } | undefined;
    let outcome: string;
    try {
      const result = await this.read(ctx, msg, rowId, gazetteer);
      outcome = result.outcome;
      await ctx.db.transaction(async (m) => {
        const messageId = result.outcome === 'draft' ? result.draft.key : result.messageId;
        let reason = result.outcome === 'draft' ? '' : result.reason;
        if (result.outcome === 'draft') {
          const d = result.draft;
          const written = await writeDraft(m, {
            councilId: ctx.councilId,
            origin: this.name,
            draft: d,
            key: d.key,
            original: originalOf(msg.source),
            keepOriginalDays: this.o.keepOriginalDays,
            now: ctx.now,
          });
          const places = d.event.divisions.length
            ? ` It names places in ${d.event.divisions.join(', ')}.`
            : ' No place in the council’s divisions was found in it.';
          reason =
            written.written === 'decided'
              ? 'Its draft was already confirmed or dismissed by an officer, so it was left as it was.'
              : `${aKind(d.event.kind)} draft is waiting for an officer to confirm it.${places}`;
          if (written.written === 'made') announce = { id: written.id, kind: d.event.kind };
        }
        await recordMessage(m, {
          councilId: ctx.councilId,
          source: 'mailbox',
          messageId: rowId,
          ref: messageId,
          message: { ...where, messageId },
          outcome: result.outcome,
          reason,
        });
        await writeProgress(m, ctx.councilId, 'mailbox', this.name, progress);
      });
    } catch (e) {
      outcome = 'error';
      const reason = `The message could not be stored: ${(e as Error).message}`;
      await ctx.db.transaction(async (m) => {
        await recordMessage(m, {
          councilId: ctx.councilId,
          source: 'mailbox',
          messageId: rowId,
          ref: null,
          message: where,
          outcome: 'error',
          reason,
        });
        await writeProgress(m, ctx.councilId, 'mailbox', this.name, progress);
      });
    }
    if (announce) await this.announce(announce.id, announce.kind);
    return outcome;
  }

  private async read(
    ctx: PollContext,
    msg: MailboxMessage,
    rowId: string,
    gazetteer: Gazetteer,
  ): Promise<MailResult> {
    let mail;
    try {
      mail = await readMail(msg.source);
    } catch (e) {
      return {
        outcome: 'error',
        messageId: null,
        reason: `The message could not be read: ${(e as Error).message}`,
      };
    }
    const seen =
      mail.messageId !== null &&
      (await this.seenBefore(ctx.db.manager, ctx.councilId, mail.messageId, rowId));
    return mailToDraft(mail, {
      kind: this.box.kind,
      gazetteer,
      ...(seen && mail.messageId !== null ? { seen: new Set([mail.messageId]) } : {}),
    });
  }

  /** The same Message-ID read before, from this mailbox or another. */
  private async seenBefore(
    m: EntityManager,
    councilId: string,
    messageId: string,
    rowId: string,
  ): Promise<boolean> {
    const rows = await m.query<unknown[]>(
      `SELECT 1 FROM producer_messages WHERE council_id = $1 AND source = 'mailbox' AND ref = $2 AND message_id <> $3 LIMIT 1`,
      [councilId, messageId, rowId],
    );
    return rows.length > 0;
  }

  /** The mailbox's officers, when it has any, are told a draft waits: no sender, no text, a link. */
  private async announce(draftId: string, kind: DraftKind | null): Promise<void> {
    if (this.box.announceTo.length === 0) return;
    const what = `A new ${kindWords(kind)} draft is waiting`;
    const link = `${this.o.publicUrl.replace(/\/+$/, '')}/drafts`;
    const text = `${what} in Member Alerts, from the ${this.name} mailbox.\n\nOpen the drafts to confirm or dismiss it:\n${link}\n`;
    const html = `<p>${what} in Member Alerts, from the ${escape(this.name)} mailbox.</p><p><a href="${escape(link)}">Open the drafts</a> to confirm or dismiss it.</p>`;
    for (const address of this.box.announceTo) {
      try {
        await this.channel.send({
          to: { name: address, address },
          subject: what,
          text,
          html,
          reference: `draft-${draftId}-${address}`,
          about: {},
        });
      } catch (e) {
        this.logger.warn(
          `The new draft could not be announced to ${address}: ${this.channel.classify(e).reason}`,
        );
      }
    }
  }
}

const escape = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

/** One poller per mailbox MAILBOXES names. */
export const mailboxPollers: PollerFactory = ({ config, channel, gazetteer }) =>
  config.mailboxes.map(
    (box) =>
      new MailboxPoller(
        box,
        {
          everyMs: config.mailboxEveryMs,
          keepOriginalDays: config.draftOriginalDays,
          publicUrl: config.publicUrl,
        },
        gazetteer,
        channel,
      ),
  );
