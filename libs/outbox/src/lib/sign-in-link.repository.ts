import { type ApiRole, SignInLinkEntity, type SignInLinkStatus } from '@member-alerts/persistence';
import type { DataSource, EntityManager } from 'typeorm';

const EVERY: readonly SignInLinkStatus[] = ['created', 'queued', 'sending', 'sent', 'failed'];

/** What happens to a link's e-mail, each a change of its row's status. */
export type SignInLinkMove = 'queue' | 'requeue' | 'claim' | 'sent' | 'retry' | 'fail';

/**
 * The e-mail of a sign-in link, as a status machine: each move, the statuses it may start from and
 * the one it leaves. Every UPDATE below is guarded by its move's `from`, so the table is the rule.
 */
export const SIGN_IN_LINK_MOVES: Readonly<
  Record<SignInLinkMove, { readonly from: readonly SignInLinkStatus[]; readonly to: SignInLinkStatus }>
> = {
  // The API, once Redis holds the job; a worker that was quicker is left as it is.
  queue: { from: ['created'], to: 'queued' },
  // The sweeper: never queued, or a job Redis lost, or a worker that died mid-send.
  requeue: { from: ['created', 'queued', 'sending'], to: 'queued' },
  // A worker takes it to send; while one holds it, nobody else can.
  claim: { from: ['created', 'queued'], to: 'sending' },
  // The channel's answer is recorded whatever became of the row meanwhile: the service has the message.
  sent: { from: EVERY, to: 'sent' },
  // A transient failure goes back to `queued`, for BullMQ's retry or, if that is lost, the sweeper.
  retry: { from: EVERY, to: 'queued' },
  fail: { from: EVERY, to: 'failed' },
};

/** Where a move leaves a link in `from`; null when the move does not apply to it. */
export function signInLinkMove(from: SignInLinkStatus, move: SignInLinkMove): SignInLinkStatus | null {
  const m = SIGN_IN_LINK_MOVES[move];
  return m.from.includes(from) ? m.to : null;
}

/**
 * What the retention purge deletes: a link a day past its end or its use. The day's grace lets
 * "this link has expired" still be said.
 */
export const SIGN_IN_LINK_RETENTION_SQL = `DELETE FROM sign_in_links WHERE expires_at < now() - interval '1 day'
           OR (used_at IS NOT NULL AND used_at < now() - interval '1 day')`;

/** A link to store: the id is chosen by the caller, because the token is made from it. */
export type NewSignInLink = Pick<
  SignInLinkEntity,
  'id' | 'councilId' | 'tokenHash' | 'email' | 'name' | 'memberId' | 'officerId' | 'returnTo' | 'expiresAt'
> & { readonly role: ApiRole };

/** A used link: whom it was for and where it leads. */
export interface UsedSignInLink {
  readonly id: string;
  readonly councilId: string;
  readonly email: string;
  readonly returnTo: string | null;
}

/** A link claimed for sending: whom its e-mail goes to. */
export interface ClaimedSignInLink {
  readonly id: string;
  readonly name: string;
  readonly email: string;
  /** Claims so far, this one included: more than one means an earlier send may have gone. */
  readonly attempts: number;
}

/** How one send ended, for the row and its audit line. */
export interface SignInLinkOutcome {
  readonly error: string | null;
  readonly messageId: string | null;
  readonly action: string;
  readonly details: Record<string, unknown>;
}

/**
 * The only reader and writer of the sign_in_links table: a link's row, its use (once, before its
 * end), and its e-mail's status (SIGN_IN_LINK_MOVES).
 */
export class SignInLinkRepository {
  constructor(private readonly db: DataSource) {}

  /** Stores a new link inside the caller's transaction; its e-mail waits `created`. */
  async create(m: EntityManager, link: NewSignInLink): Promise<void> {
    await m.insert(SignInLinkEntity, { ...link });
  }

  /** Redis holds the link's job. */
  async markQueued(id: string): Promise<void> {
    const { from, to } = SIGN_IN_LINK_MOVES.queue;
    await this.db.query(
      `UPDATE sign_in_links SET status = $3, updated_at = now() WHERE id = $1 AND status = ANY($2)`,
      [id, from, to],
    );
  }

  /** Deletes links a day past their end; the audit log keeps the record. */
  async deleteExpired(): Promise<void> {
    await this.db.query(`DELETE FROM sign_in_links WHERE expires_at < now() - interval '1 day'`);
  }

  /** Uses the link with this token hash, once, before its end; undefined when it cannot be used. */
  async use(m: EntityManager, tokenHash: string): Promise<UsedSignInLink | undefined> {
    const [rows] = await m.query<[UsedSignInLink[], number]>(
      `UPDATE sign_in_links SET used_at = now(), updated_at = now()
        WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now()
      RETURNING id, council_id AS "councilId", email, return_to AS "returnTo"`,
      [tokenHash],
    );
    return rows[0];
  }

  /** Claims an unused, unexpired link's e-mail for sending; undefined when it is not to be sent now. */
  async claim(id: string): Promise<ClaimedSignInLink | undefined> {
    const { from, to } = SIGN_IN_LINK_MOVES.claim;
    const [rows] = await this.db.query<[ClaimedSignInLink[], number]>(
      `UPDATE sign_in_links SET status = $3, attempts = attempts + 1, updated_at = now()
        WHERE id = $1 AND status = ANY($2) AND used_at IS NULL AND expires_at > now()
      RETURNING id, name, email, attempts`,
      [id, from, to],
    );
    return rows[0];
  }

  /** Where a link's e-mail stands; undefined when the link is gone. */
  async status(id: string): Promise<SignInLinkStatus | undefined> {
    const [row] = await this.db.query<{ status: SignInLinkStatus }[]>(
      'SELECT status FROM sign_in_links WHERE id = $1',
      [id],
    );
    return row?.status;
  }

  /** Records how a send ended, with the worker's audit line. */
  async finish(id: string, move: 'sent' | 'retry' | 'fail', outcome: SignInLinkOutcome): Promise<void> {
    const { from, to } = SIGN_IN_LINK_MOVES[move];
    await this.db.query(
      `WITH u AS (
         UPDATE sign_in_links SET status = $2, last_error = $3, message_id = COALESCE($4, message_id), updated_at = now()
          WHERE id = $1 AND status = ANY($7) RETURNING id, name
       )
       INSERT INTO audit_log (actor, action, details)
       SELECT 'worker', $5, $6::jsonb || jsonb_build_object('linkId', u.id, 'to', u.name) FROM u`,
      [id, to, outcome.error, outcome.messageId, outcome.action, JSON.stringify(outcome.details), from],
    );
  }

  /**
   * Links whose e-mail the API could not queue, or whose job was lost, while they can still be used:
   * queued too long ago (and with attempts left), or held by a worker whose lease ran out.
   */
  dueOrStranded(
    m: EntityManager,
    sweep: { readonly afterSeconds: number; readonly leaseSeconds: number; readonly attempts: number },
    limit: number,
  ): Promise<{ id: string; status: SignInLinkStatus }[]> {
    return m.query<{ id: string; status: SignInLinkStatus }[]>(
      `SELECT id, status FROM sign_in_links
        WHERE used_at IS NULL AND expires_at > now() AND (
             status = 'created'
          OR (status = 'queued' AND updated_at < now() - make_interval(secs => $1) AND attempts < $3)
          OR (status = 'sending' AND updated_at < now() - make_interval(secs => $2)))
        LIMIT ${limit}`,
      [sweep.afterSeconds, sweep.leaseSeconds, sweep.attempts],
    );
  }

  /** The sweeper handed these links' jobs to Redis again. */
  async markRequeued(m: EntityManager, ids: readonly string[]): Promise<void> {
    const { from, to } = SIGN_IN_LINK_MOVES.requeue;
    await m.query(
      `UPDATE sign_in_links SET status = $3, updated_at = now() WHERE id = ANY($1) AND status = ANY($2)`,
      [ids, from, to],
    );
  }

  /** A former member's links go with their details. */
  async eraseMember(m: EntityManager, memberId: string): Promise<void> {
    await m.delete(SignInLinkEntity, { memberId });
  }
}
