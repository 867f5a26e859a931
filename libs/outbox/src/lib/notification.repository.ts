import {
  AuditLogEntity,
  EventEntity,
  type DeliveryStatus,
  type NotificationChannel,
  NotificationEntity,
  type NotificationStatus,
} from '@member-alerts/persistence';
import { type DataSource, type EntityManager, In } from 'typeorm';
import { GroupCommit } from './group-commit.util';
import {
  HELD_DETAILS,
  NOTIFICATION_AUDIT,
  PLANNED_DETAILS,
  ROW_DETAILS,
  type NotificationAuditAction,
} from './notification-audit';
import { CLAIMABLE, PENDING, leaseSeconds, supersededBy, withdrawnBecause } from './notification-lifecycle';
import {
  fromColumns,
  storedOf,
  type DueRow,
  type StoredColumns,
  type NewNotificationRow,
  type NotificationColumns,
  type StoredNotification,
  type WaitingRow,
} from './notification-row';
import type { PreElectionPeriod } from '@member-alerts/protocol';

/** Waiting (`$k` is CLAIMABLE), or held by a worker whose lease (`$k+1` seconds) ran out. */
const claimableNow = (k: number) =>
  `(status = ANY($${k}) OR (status = 'sending' AND updated_at < now() - make_interval(secs => $${k + 1})))`;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Rows to hand to the queue: due and never queued, or queued or sending so long ago that their job must be lost. */
const DUE_OR_STRANDED = `send_at <= now() AND (
     status = 'created'
  OR (status IN ('queued', 'temporary-failure') AND updated_at < now() - make_interval(secs => $1) AND attempts < $3)
  OR (status = 'sending' AND updated_at < now() - make_interval(secs => $2)))`;

// Rows per INSERT statement: a consultation for a large council's whole area is one statement per few thousand.
const INSERT_CHUNK = 2_500;

interface SentItem {
  readonly id: string;
  readonly messageId: string;
  readonly details: Record<string, unknown>;
}

/** A page of a list: how many rows, from which. */
export interface RowPage {
  readonly limit: number;
  readonly offset: number;
}

// §36: a reason with this relation marks a notice sent to the Leader, Deputy Leader or a Cabinet Lead Member.
const ESCALATED = JSON.stringify([{ relation: 'escalation' }]);

// A notice a pre-election period held is the members' to see only once democratic services have
// released it: while held, or once withdrawn (or replaced while held), it was never sent.
const REACHES_MEMBERS = "NOT (n.held_for IS NOT NULL AND n.status IN ('held', 'cancelled'))";

/** What GOV.UK Notify's delivery receipt says of one message. */
export interface DeliveryReceipt {
  /** Our reference: the outbox row's id. */
  readonly reference: string;
  /** Notify's own id for the message. */
  readonly providerId: string;
  readonly status: DeliveryStatus;
  /** When Notify last changed the message's status. */
  readonly at: Date;
}

/** The row a receipt changed, with whom it was for and where it went. */
export interface ReceiptRecorded {
  readonly id: string;
  readonly recipientKind: 'member' | 'officer';
  readonly recipientId: string;
  readonly channel: NotificationChannel;
  readonly email: string;
  readonly mobile: string | null;
  readonly deliveryStatus: DeliveryStatus;
  readonly deliveryAt: Date;
}

/** No such row; a row the receipt would not move forward; or the row it changed. */
export type ReceiptOutcome =
  | { readonly outcome: 'unknown' }
  | { readonly outcome: 'unchanged' }
  | { readonly outcome: 'recorded'; readonly row: ReceiptRecorded };

/**
 * How far along a message a receipt is: a status only ever moves forward. Notify's failures with
 * no verdict on the address come first, then delivery, then the address does not exist (an e-mail
 * may bounce after it was delivered).
 */
const DELIVERY_STEP = `CASE $S WHEN 'temporary-failure' THEN 1 WHEN 'technical-failure' THEN 1
  WHEN 'delivered' THEN 2 WHEN 'permanent-failure' THEN 3 ELSE 0 END`;
const stepOf = (sql: string) => DELIVERY_STEP.replace('$S', sql);

/** Who acknowledged an alert, for its audit line. */
export interface Acknowledgement {
  readonly actor: string;
  readonly via: 'link' | 'api key' | 'console';
  readonly at: Date;
}

/**
 * The only reader and writer of the notifications table: the outbox row's lifecycle (created → queued →
 * sending → sent / failed, superseded, acknowledged; held → created when released, or cancelled
 * when withdrawn), its lease, and the audit line with each change. Every change of status is
 * guarded by the status it expects, and nothing ever claims or queues a held row.
 */
export class NotificationRepository {
  // A busy worker finishes several jobs while one statement is in flight: their claims, and their
  // "sent" marks, go to PostgreSQL together (see GroupCommit).
  private readonly claims = new GroupCommit<string, NotificationEntity | undefined>((ids) =>
    this.claimNotifications(ids),
  );
  private readonly sent = new GroupCommit<readonly SentItem[], void>(async (groups) => {
    await this.writeSent(groups.flat());
    return groups.map(() => undefined);
  });

  /** A process that sends gives its SMTP timeout, from which a claim's lease follows. */
  constructor(
    private readonly db: DataSource,
    private readonly sender?: { readonly smtpTimeoutMs: number },
  ) {}

  /** A row left `sending` longer than this belongs to a worker that died mid-send. */
  get leaseSeconds(): number {
    if (!this.sender) throw new Error('this process does not send notifications, so it holds no lease');
    return leaseSeconds(this.sender.smtpTimeoutMs);
  }

  /**
   * Stores the outbox rows and their "notification.planned" audit lines inside the caller's
   * transaction: one statement per chunk, the rows travelling as one JSON parameter, rather than an
   * INSERT and a RETURNING round trip per 500 entities and the audit lines sent back again from Node.
   */
  async insert(
    m: EntityManager,
    rows: readonly NewNotificationRow[],
    audit: { readonly actor: string; readonly details: keyof typeof PLANNED_DETAILS },
  ): Promise<StoredNotification[]> {
    const out: StoredNotification[] = [];
    for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
      const chunk = rows.slice(i, i + INSERT_CHUNK).map((r) => ({
        event_id: r.eventId,
        event_version: r.eventVersion,
        recipient_kind: r.recipientKind,
        recipient_id: r.recipientId,
        recipient_name: r.recipientName,
        email: r.email,
        channel: r.channel ?? 'email',
        mobile: r.mobile ?? null,
        action: r.action,
        change: r.change,
        reasons: r.reasons,
        send_at: r.sendAt.toISOString(),
        digest: r.digest ?? false,
        status: r.heldFor ? 'held' : 'created',
        held_for: r.heldFor ?? null,
      }));
      const stored = await m.query<StoredColumns[]>(
        `WITH r AS (
           INSERT INTO notifications (event_id, event_version, recipient_kind, recipient_id, recipient_name, email,
                                      channel, mobile, action, change, reasons, send_at, digest, status, held_for)
           SELECT event_id, event_version, recipient_kind, recipient_id, recipient_name, email,
                  channel, mobile, action, change, reasons, send_at, digest, status, held_for
             FROM jsonb_to_recordset($1::jsonb) AS x(event_id uuid, event_version integer, recipient_kind text,
                  recipient_id uuid, recipient_name text, email text, channel text, mobile text, action text,
                  change text, reasons jsonb, send_at timestamptz, digest boolean, status text, held_for jsonb)
           RETURNING *
         ), planned AS (
           -- One INSERT, planned lines first, so that a held row's "held" line comes after its "planned" one.
           INSERT INTO audit_log (actor, action, event_id, notification_id, details)
           SELECT $2, $3, r.event_id, r.id, ${PLANNED_DETAILS[audit.details]} FROM r
           UNION ALL
           SELECT $2, $4, r.event_id, r.id, ${HELD_DETAILS} FROM r WHERE r.status = 'held'
         )
         SELECT id, event_id, event_version, recipient_kind, recipient_id, channel, action, status, digest, send_at
           FROM r`,
        [JSON.stringify(chunk), audit.actor, NOTIFICATION_AUDIT.planned, NOTIFICATION_AUDIT.held],
      );
      out.push(...stored.map(storedOf));
    }
    return out;
  }

  /** Rows whose job Redis now holds; those already past `created` are left as they are. */
  async markQueued(ids: readonly string[], m: EntityManager = this.db.manager): Promise<void> {
    if (ids.length === 0) return;
    await m.query(
      `UPDATE notifications SET status = 'queued', queued_at = now(), updated_at = now()
        WHERE id = ANY($1) AND status = 'created'`,
      [ids],
    );
  }

  /**
   * Claims rows for sending: those waiting, or held by a worker whose lease ran out. One round trip:
   * the claimed rows come back from the UPDATE itself.
   */
  async claim(where: string, params: unknown[]): Promise<NotificationEntity[]> {
    const n = params.length;
    const result = await this.db.query<[NotificationColumns[], number] | NotificationColumns[]>(
      `UPDATE notifications SET status = 'sending', attempts = attempts + 1, updated_at = now()
        WHERE ${where}
          AND ${claimableNow(n + 1)}
        RETURNING *`,
      [...params, CLAIMABLE, this.leaseSeconds],
    );
    return this.entities(result).sort(
      (a, b) => a.sendAt.getTime() - b.sendAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
  }

  /** Claims one immediate (not digest) notification, grouped with other jobs' claims. */
  claimNotification(id: string): Promise<NotificationEntity | undefined> {
    return UUID.test(id) ? this.claims.submit(id) : Promise.resolve(undefined);
  }

  /** Claims a member's digest rows that have fallen due. */
  claimDigest(recipientId: string): Promise<NotificationEntity[]> {
    return this.claim('recipient_id = $1 AND digest AND send_at <= now()', [recipientId]);
  }

  private async claimNotifications(ids: readonly string[]): Promise<(NotificationEntity | undefined)[]> {
    // The group takes only rows nobody has locked this instant, so it never waits while holding
    // locks (no deadlock with the API marking a chunk queued, or with another worker's group).
    const grouped = await this.db.query<[NotificationColumns[], number] | NotificationColumns[]>(
      `UPDATE notifications SET status = 'sending', attempts = attempts + 1, updated_at = now()
        WHERE id IN (
          SELECT id FROM notifications
           WHERE id = ANY($1::uuid[]) AND NOT digest AND ${claimableNow(2)}
           FOR UPDATE SKIP LOCKED)
        RETURNING *`,
      [ids, CLAIMABLE, this.leaseSeconds],
    );
    const byId = new Map(this.entities(grouped).map((e) => [e.id, e]));
    // The rest (locked a moment ago, or not claimable at all) are claimed one by one, each waiting
    // for its lock as a single claim always did.
    const rest = [...new Set(ids)].filter((id) => !byId.has(id));
    for (const id of rest) {
      const [row] = await this.claim(`id = $1 AND NOT digest`, [id]);
      if (row) byId.set(id, row);
    }
    // One row is one send: should an id come twice in a group, only its first caller gets the row.
    return ids.map((id) => {
      const row = byId.get(id);
      byId.delete(id);
      return row;
    });
  }

  private entities(result: [NotificationColumns[], number] | NotificationColumns[]): NotificationEntity[] {
    const rows = (Array.isArray(result[0]) ? result[0] : result) as NotificationColumns[];
    return rows.map((r) => this.db.manager.create(NotificationEntity, fromColumns(r)));
  }

  async status(id: string): Promise<NotificationStatus | undefined> {
    return (
      await this.db.manager.findOne(NotificationEntity, { where: { id }, select: { id: true, status: true } })
    )?.status;
  }

  /**
   * Marks rows sent and writes their audit lines, grouped with other jobs' marks in one statement.
   * The audit lines are written for every row given: the server accepted the message whatever
   * became of the row.
   */
  markSent(ids: readonly string[], messageId: string, details: Record<string, unknown>): Promise<void> {
    return this.sent.submit(ids.map((id) => ({ id, messageId, details })));
  }

  private async writeSent(items: readonly SentItem[]): Promise<void> {
    if (items.length === 0) return;
    await this.db.query(
      `WITH s AS (
         SELECT * FROM unnest($1::uuid[], $2::text[], $3::jsonb[]) AS s(id, message_id, details)
       ), sent AS (
         UPDATE notifications n SET status = 'sent', message_id = s.message_id, sent_at = now(),
                last_error = NULL, updated_at = now()
           FROM s WHERE n.id = s.id AND n.status = 'sending'
       )
       INSERT INTO audit_log (actor, action, event_id, notification_id, details)
       SELECT 'worker', $4, r.event_id, r.id, s.details || ${ROW_DETAILS}
         FROM s JOIN notifications r ON r.id = s.id`,
      [
        items.map((i) => i.id),
        items.map((i) => i.messageId),
        items.map((i) => JSON.stringify(i.details)),
        NOTIFICATION_AUDIT.sent,
      ],
    );
  }

  async markFailed(ids: readonly string[], status: NotificationStatus, lastError: string): Promise<void> {
    await this.db.query(
      `UPDATE notifications SET status = $2, last_error = $3, updated_at = now() WHERE id = ANY($1) AND status = 'sending'`,
      [ids, status, lastError],
    );
  }

  /** The worker's audit line for rows it tried to send. */
  async audit(
    rows: readonly Pick<NotificationEntity, 'id'>[],
    action: NotificationAuditAction,
    details: Record<string, unknown>,
  ): Promise<void> {
    if (rows.length === 0) return;
    await this.db.query(
      `INSERT INTO audit_log (actor, action, event_id, notification_id, details)
       SELECT 'worker', $1, r.event_id, r.id, $3::jsonb || ${ROW_DETAILS}
         FROM notifications r WHERE r.id = ANY($2)`,
      [action, rows.map((r) => r.id), JSON.stringify(details)],
    );
  }

  /** Withdraws an event's rows that have not gone yet: a new version (an edit or a cancellation) replaces them. */
  async supersede(m: EntityManager, eventId: string, newVersion: number): Promise<void> {
    await m
      .createQueryBuilder()
      .update(NotificationEntity)
      .set({ status: 'cancelled', lastError: supersededBy(newVersion) })
      .where('event_id = :eventId AND status IN (:...pending)', { eventId, pending: PENDING })
      .execute();
  }

  /**
   * A former member's details are erased: what has not gone yet is cancelled, and every row of
   * theirs keeps its facts (event, version, reasons, status, times) under `name`, with no address.
   * Gives how many were cancelled.
   */
  async eraseRecipient(m: EntityManager, memberId: string, name: string): Promise<number> {
    const mine = { recipientKind: 'member' as const, recipientId: memberId };
    const unsent = await m.update(
      NotificationEntity,
      { ...mine, status: In([...CLAIMABLE, 'held']) },
      { status: 'cancelled' },
    );
    await m.update(NotificationEntity, mine, { recipientName: name, email: '', mobile: null });
    return unsent.affected ?? 0;
  }

  /**
   * A council's notices still waiting for their time (quiet hours, the daily summary, a date ahead):
   * never queued, due after now. With each, its event's kind and affected divisions, so a newly
   * published revision can say which of them it holds.
   */
  async waitingOf(m: EntityManager, councilId: string): Promise<WaitingRow[]> {
    const rows = await m.query<(Omit<WaitingRow, 'sendAt'> & { sendAt: Date | string })[]>(
      `SELECT n.id, n.change, n.send_at AS "sendAt", e.kind,
              COALESCE(v.plan->'affectedDivisions', '[]'::jsonb) AS divisions
         FROM notifications n
         JOIN events e ON e.id = n.event_id
         LEFT JOIN event_versions v ON v.event_id = n.event_id AND v.version = n.event_version
        WHERE e.council_id = $1 AND n.status = 'created' AND n.send_at > now()`,
      [councilId],
    );
    return rows.map((r) => ({ ...r, sendAt: new Date(r.sendAt) }));
  }

  /**
   * Holds waiting rows for democratic services, each for its period, with a "held" audit line
   * naming the revision that holds it. Only a row still `created` is held: one queued, being sent
   * or sent a moment ago is left as it is. Gives how many were held.
   */
  async hold(
    m: EntityManager,
    rows: readonly { readonly id: string; readonly heldFor: PreElectionPeriod }[],
    actor: string,
    revision: number,
  ): Promise<number> {
    if (rows.length === 0) return 0;
    const held = await m.query<{ id: string }[]>(
      `WITH x AS (
         SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, held_for jsonb)
       ), r AS (
         UPDATE notifications n SET status = 'held', held_for = x.held_for, updated_at = now()
           FROM x WHERE n.id = x.id AND n.status = 'created'
          RETURNING n.*
       ), lines AS (
         INSERT INTO audit_log (actor, action, event_id, notification_id, details)
         SELECT $2, $3, r.event_id, r.id, ${HELD_DETAILS} || jsonb_build_object('revision', $4::int) FROM r
       )
       SELECT id FROM r`,
      [
        JSON.stringify(rows.map((r) => ({ id: r.id, held_for: r.heldFor }))),
        actor,
        NOTIFICATION_AUDIT.held,
        revision,
      ],
    );
    return held.length;
  }

  /**
   * Democratic services let held rows go: they become `created`, to be sent as usual (the same
   * rows, so never twice), with an audit line each naming who released them. Gives the rows
   * released; a row no longer held (released or withdrawn a moment ago, or superseded) is left.
   */
  async release(m: EntityManager, ids: readonly string[], actor: string): Promise<StoredNotification[]> {
    const rows = await m.query<StoredColumns[]>(
      `WITH r AS (
         UPDATE notifications SET status = 'created', updated_at = now()
          WHERE id = ANY($1::uuid[]) AND status = 'held'
          RETURNING *
       ), released AS (
         INSERT INTO audit_log (actor, action, event_id, notification_id, details)
         SELECT $2, $3, r.event_id, r.id, ${HELD_DETAILS} FROM r
       )
       SELECT * FROM r`,
      [ids, actor, NOTIFICATION_AUDIT.released],
    );
    return rows.map(storedOf);
  }

  /**
   * Democratic services decide held rows are never sent: `cancelled`, with their reason on the row
   * and in an audit line each. Gives how many were withdrawn.
   */
  async withdraw(m: EntityManager, ids: readonly string[], actor: string, reason: string): Promise<number> {
    const rows = await m.query<{ id: string }[]>(
      `WITH r AS (
         UPDATE notifications SET status = 'cancelled', last_error = $4, updated_at = now()
          WHERE id = ANY($1::uuid[]) AND status = 'held'
          RETURNING *
       ), withdrawn AS (
         INSERT INTO audit_log (actor, action, event_id, notification_id, details)
         SELECT $2, $3, r.event_id, r.id, ${HELD_DETAILS} || jsonb_build_object('reason', $5::text) FROM r
       )
       SELECT id FROM r`,
      [ids, actor, NOTIFICATION_AUDIT.withdrawn, withdrawnBecause(reason), reason],
    );
    return rows.length;
  }

  /** Due rows never queued, and rows whose job Redis must have lost, oldest first. */
  findDueOrStranded(
    m: EntityManager,
    sweep: { readonly afterSeconds: number; readonly attempts: number },
    limit: number,
  ): Promise<DueRow[]> {
    return m.query<DueRow[]>(
      `SELECT id, event_id AS "eventId", event_version AS "eventVersion", recipient_kind AS "recipientKind",
              recipient_id AS "recipientId", channel, action, status, digest,
              (SELECT e.kind FROM events e WHERE e.id = notifications.event_id) AS kind,
              (SELECT e.council_id FROM events e WHERE e.id = notifications.event_id) AS "councilId",
              (SELECT (v.plan->'revision'->>'number')::int FROM event_versions v
                WHERE v.event_id = notifications.event_id AND v.version = notifications.event_version) AS revision
         FROM notifications
        WHERE ${DUE_OR_STRANDED}
        ORDER BY send_at
        LIMIT ${limit}`,
      [sweep.afterSeconds, this.leaseSeconds, sweep.attempts],
    );
  }

  /** How long the oldest due row has waited unqueued, in seconds. */
  async oldestDueAge(): Promise<number> {
    const [row] = await this.db.query<[{ age: number }]>(
      `SELECT COALESCE(EXTRACT(EPOCH FROM now() - min(send_at)), 0)::float AS age FROM notifications WHERE status = 'created' AND send_at <= now()`,
    );
    return row.age;
  }

  /**
   * Records a delivery receipt on its row, with an audit line, inside the caller's transaction,
   * when it moves the row's delivery status forward; the same receipt again, or one that arrives
   * after a later one, changes nothing. It may come before the worker marked the row sent: the
   * delivery status is kept apart from the sending status, so neither overwrites the other.
   */
  async recordReceipt(m: EntityManager, receipt: DeliveryReceipt): Promise<ReceiptOutcome> {
    if (!UUID.test(receipt.reference)) return { outcome: 'unknown' };
    const [r] = await m.query<
      Pick<NotificationColumns, 'id' | 'recipient_kind' | 'recipient_id' | 'channel' | 'email' | 'mobile'>[]
    >(
      `WITH r AS (
         UPDATE notifications n SET delivery_status = $2, delivery_at = $3,
                provider_id = COALESCE(n.provider_id, $4)
          WHERE n.id = $1 AND ${stepOf('n.delivery_status')} < ${stepOf('$2::text')}
          RETURNING n.*
       ), delivery AS (
         INSERT INTO audit_log (actor, action, event_id, notification_id, details)
         SELECT 'GOV.UK Notify', $5, r.event_id, r.id,
                ${ROW_DETAILS} || jsonb_build_object('channel', r.channel, 'status', $2::text,
                  'at', to_char($3::timestamptz AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))
           FROM r
       )
       SELECT id, recipient_kind, recipient_id, channel, email, mobile FROM r`,
      [
        receipt.reference,
        receipt.status,
        receipt.at.toISOString(),
        receipt.providerId,
        NOTIFICATION_AUDIT.delivery,
      ],
    );
    if (r)
      return {
        outcome: 'recorded',
        row: {
          id: r.id,
          recipientKind: r.recipient_kind,
          recipientId: r.recipient_id,
          channel: r.channel,
          email: r.email,
          mobile: r.mobile,
          deliveryStatus: receipt.status,
          deliveryAt: receipt.at,
        },
      };
    const found = await m.query<{ id: string }[]>(`SELECT id FROM notifications WHERE id = $1`, [
      receipt.reference,
    ]);
    return { outcome: found.length ? 'unchanged' : 'unknown' };
  }

  /** Records that the member read a sent alert, with its audit line, inside the caller's transaction. */
  async acknowledge(m: EntityManager, n: NotificationEntity, by: Acknowledgement): Promise<void> {
    await m.update(NotificationEntity, { id: n.id }, { status: 'acknowledged', acknowledgedAt: by.at });
    await m.insert(AuditLogEntity, {
      actor: by.actor,
      action: NOTIFICATION_AUDIT.acknowledged,
      eventId: n.eventId,
      notificationId: n.id,
      details: { version: n.eventVersion, to: n.recipientName, via: by.via },
    });
  }

  // Reads. Every query on the table is here, named for what its caller wants to know.

  /** One row, as it is now. */
  async byId(id: string): Promise<NotificationEntity | null> {
    return UUID.test(id) ? this.db.manager.findOne(NotificationEntity, { where: { id } }) : null;
  }

  /** One row, locked for the caller's transaction, so that two decisions on it at once make one. */
  lockForUpdate(m: EntityManager, id: string): Promise<NotificationEntity | null> {
    return m.findOne(NotificationEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** Every row of an event, oldest version first (inside the caller's transaction, if given). */
  ofEvent(eventId: string, m: EntityManager = this.db.manager): Promise<NotificationEntity[]> {
    return m.find(NotificationEntity, { where: { eventId }, order: { eventVersion: 'ASC' } });
  }

  /** Every row of an event as officers read it: newest version first, then by name. */
  ofEventNewestFirst(eventId: string): Promise<NotificationEntity[]> {
    return this.db.manager.find(NotificationEntity, {
      where: { eventId },
      order: { eventVersion: 'DESC', recipientName: 'ASC' },
    });
  }

  /** How many rows one version of an event planned. */
  countOfVersion(eventId: string, eventVersion: number): Promise<number> {
    return this.db.manager.countBy(NotificationEntity, { eventId, eventVersion });
  }

  /** A member's own alerts in their council, newest first, that reached (or will reach) them; and how many in all. */
  memberAlerts(councilId: string, memberId: string, page: RowPage): Promise<[NotificationEntity[], number]> {
    return this.db
      .createQueryBuilder(NotificationEntity, 'n')
      .innerJoin(EventEntity, 'e', 'e.id = n.event_id')
      .where("n.recipient_kind = 'member' AND n.recipient_id = :memberId", { memberId })
      .andWhere('e.council_id = :council', { council: councilId })
      .andWhere(REACHES_MEMBERS)
      .orderBy('n.created_at', 'DESC')
      .addOrderBy('n.event_version', 'DESC')
      .take(page.limit)
      .skip(page.offset)
      .getManyAndCount();
  }

  /** A member's own alerts of one event that reached (or will reach) them, newest version first. */
  memberAlertsOfEvent(eventId: string, memberId: string): Promise<NotificationEntity[]> {
    return this.db
      .createQueryBuilder(NotificationEntity, 'n')
      .where("n.event_id = :eventId AND n.recipient_kind = 'member' AND n.recipient_id = :memberId", {
        eventId,
        memberId,
      })
      .andWhere(REACHES_MEMBERS)
      .orderBy('n.event_version', 'DESC')
      .addOrderBy('n.created_at', 'DESC')
      .getMany();
  }

  /** §36 escalations in a council, newest first, and how many in all. */
  escalations(councilId: string, page: RowPage): Promise<[NotificationEntity[], number]> {
    return this.db
      .createQueryBuilder(NotificationEntity, 'n')
      .innerJoin(EventEntity, 'e', 'e.id = n.event_id')
      .where('e.council_id = :council', { council: councilId })
      .andWhere('n.reasons @> CAST(:escalated AS jsonb)', { escalated: ESCALATED })
      .andWhere(REACHES_MEMBERS)
      .orderBy('n.created_at', 'DESC')
      .addOrderBy('n.event_version', 'DESC')
      .addOrderBy('n.recipient_name', 'ASC')
      .take(page.limit)
      .skip(page.offset)
      .getManyAndCount();
  }

  /** Whether an event was escalated under §36 to anyone it reached. */
  isEscalated(eventId: string): Promise<boolean> {
    return this.db
      .createQueryBuilder(NotificationEntity, 'n')
      .where('n.event_id = :eventId', { eventId })
      .andWhere('n.reasons @> CAST(:escalated AS jsonb)', { escalated: ESCALATED })
      .andWhere(REACHES_MEMBERS)
      .getExists();
  }

  /** Rows not yet sent, and failed ones, counted by state (`due`: waiting to be queued now; `scheduled`: later). */
  countByState(): Promise<{ state: string; n: number }[]> {
    return this.db.query<{ state: string; n: number }[]>(
      `SELECT CASE WHEN status <> 'created' THEN status WHEN send_at <= now() THEN 'due' ELSE 'scheduled' END AS state,
              count(*)::int AS n
         FROM notifications
        WHERE status IN ('created', 'queued', 'sending', 'temporary-failure', 'permanent-failure', 'technical-failure', 'held')
        GROUP BY 1`,
    );
  }
}
