import { randomUUID } from 'node:crypto';
import type { ProducerOutcome, ProducerSource } from '@member-alerts/persistence';
import type { Draft } from '@member-alerts/producers';
import type { EntityManager } from 'typeorm';

/** What became of a draft written: made, brought up to date, or left alone (an officer decided it). */
export type DraftWritten =
  | { readonly written: 'made' | 'updated'; readonly id: string }
  | { readonly written: 'decided'; readonly id: null };

export interface DraftRow {
  readonly councilId: string;
  /** The mailbox's or feed's name. */
  readonly origin: string;
  readonly draft: Draft;
  /** The key the draft is kept under (a Message-ID, a request's URL). */
  readonly key: string;
  readonly original: string;
  readonly keepOriginalDays: number;
  readonly now: Date;
}

const days = (n: number, from: Date) => new Date(from.getTime() + n * 86_400_000);

/**
 * Makes the draft, or, for a later message about the same thing (a follow-up), adds to the draft
 * still open: its text after the earlier text, its places and divisions with the earlier ones, its
 * original after the earlier one. A draft an officer confirmed or dismissed is left as it is.
 */
export async function writeDraft(m: EntityManager, r: DraftRow): Promise<DraftWritten> {
  const d = r.draft;
  const rows = await m.query<{ id: string; inserted: boolean }[]>(
    `INSERT INTO drafts (id, council_id, source, origin, key, kind, title, description, divisions, places,
                         notes, link, sender, original, keep_original_until, received_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)
     ON CONFLICT (council_id, source, key) DO UPDATE SET
       title = EXCLUDED.title,
       description = left(drafts.description || E'\\n\\n' || EXCLUDED.description, 20000),
       divisions = (SELECT coalesce(jsonb_agg(DISTINCT x ORDER BY x), '[]'::jsonb)
                      FROM jsonb_array_elements(drafts.divisions || EXCLUDED.divisions) x),
       places = drafts.places || EXCLUDED.places,
       notes = drafts.notes || EXCLUDED.notes,
       link = coalesce(EXCLUDED.link, drafts.link),
       original = CASE WHEN drafts.original IS NULL THEN EXCLUDED.original
                       ELSE left(drafts.original || E'\\n' || EXCLUDED.original, ${MAX_ORIGINAL_CHARS}) END,
       keep_original_until = EXCLUDED.keep_original_until,
       updated_at = now()
     WHERE drafts.status = 'open'
     RETURNING id, (xmax = 0) AS inserted`,
    [
      randomUUID(),
      r.councilId,
      d.source,
      r.origin,
      r.key,
      d.event.kind,
      d.event.title,
      d.event.description,
      JSON.stringify(d.event.divisions),
      JSON.stringify(d.places),
      JSON.stringify(d.notes),
      d.event.link ?? null,
      d.sender ? JSON.stringify(d.sender) : null,
      r.original,
      days(r.keepOriginalDays, r.now),
      d.receivedAt ?? r.now.toISOString(),
    ],
  );
  const row = rows[0];
  if (!row) return { written: 'decided', id: null };
  return { written: row.inserted ? 'made' : 'updated', id: row.id };
}

/** A draft's original is kept to this many characters; a message's attachments are not kept. */
export const MAX_ORIGINAL_CHARS = 1_000_000;

export interface MessageRow {
  readonly councilId: string;
  readonly source: ProducerSource;
  readonly messageId: string;
  readonly ref: string | null;
  /** What is kept of the message here: where it was, never its text (that is the draft's). */
  readonly message: object;
  readonly outcome: ProducerOutcome;
  readonly reason: string;
}

/**
 * Keeps a message as already processed, with its outcome and the reason in words, for the
 * Producers page. A message kept already (read again after a restart) is left as it was.
 */
export async function recordMessage(m: EntityManager, r: MessageRow): Promise<boolean> {
  const rows = await m.query<unknown[]>(
    `INSERT INTO producer_messages (council_id, source, message_id, ref, message, outcome, reason, processed_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, now())
     ON CONFLICT (council_id, source, message_id) DO NOTHING RETURNING id`,
    [
      r.councilId,
      r.source,
      r.messageId.slice(0, 1000),
      r.ref?.slice(0, 1000) ?? null,
      JSON.stringify(r.message),
      r.outcome,
      r.reason.slice(0, 1000),
    ],
  );
  return rows.length > 0;
}

/** A source's progress (producer_state), or `empty` when it has none yet. */
export async function readProgress<T extends object>(
  m: EntityManager,
  councilId: string,
  source: ProducerSource,
  ref: string,
  empty: T,
): Promise<T> {
  const [row] = await m.query<{ state: T }[]>(
    `SELECT state FROM producer_state WHERE council_id = $1 AND source = $2 AND ref = $3`,
    [councilId, source, ref],
  );
  return row ? { ...empty, ...row.state } : empty;
}

export async function writeProgress(
  m: EntityManager,
  councilId: string,
  source: ProducerSource,
  ref: string,
  state: object,
): Promise<void> {
  await m.query(
    `INSERT INTO producer_state (council_id, source, ref, state, updated_at) VALUES ($1, $2, $3, $4, now())
     ON CONFLICT (council_id, source, ref) DO UPDATE SET state = EXCLUDED.state, updated_at = now()`,
    [councilId, source, ref, JSON.stringify(state)],
  );
}
