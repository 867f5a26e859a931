import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { InjectDataSource } from '@nestjs/typeorm';
import { SIGN_IN_LINK_RETENTION_SQL } from '@member-alerts/outbox';
import { DataSource } from 'typeorm';
import { WORKER_CONFIG, type WorkerConfig } from '../config/worker-config';

// One purge at a time across the worker processes of one installation (its schema).
const PURGE_LOCK_SQL = 'SELECT pg_try_advisory_xact_lock(726354002, hashtext(current_schema())) AS locked';

/**
 * What is kept only while it is of use, and goes after. Events, notifications, the audit log,
 * producer messages and the roster are the record of what members were told and why: never purged.
 */
export const RETENTION = [
  // A session past its absolute end can never be used again.
  { what: 'console sessions', sql: `DELETE FROM web_sessions WHERE expires_at < now()` },
  // A day's grace, as the API's own sweep allows, so "this link has expired" can still be said.
  { what: 'sign-in links', sql: SIGN_IN_LINK_RETENTION_SQL },
  // The API answers a repeated Idempotency-Key for 24 hours only.
  {
    what: 'idempotency keys',
    sql: `DELETE FROM idempotency_keys WHERE created_at < now() - interval '24 hours'`,
  },
  // A preview holds the whole file (names, e-mail addresses) and can be confirmed for minutes only.
  {
    what: 'roster import previews',
    sql: `DELETE FROM roster_import_previews WHERE expires_at < now() - interval '1 day'`,
  },
] as const;

/**
 * A draft's original message and its sender are for the officer who decides it, and go when their
 * keeping time passes: the date set when it arrived, or DRAFT_ORIGINAL_DAYS after, whichever is
 * sooner, so that lowering the setting reaches the drafts already kept (LEAST passes over a null).
 * The draft itself, and the event it may have become, stay as the record.
 */
const DRAFT_ORIGINALS_SQL = `UPDATE drafts SET original = NULL, sender = NULL, original_deleted_at = now()
  WHERE original_deleted_at IS NULL
    AND LEAST(keep_original_until, created_at + make_interval(days => $1::int)) < now()`;

/** Deletes what has outlived its use, every PURGE_EVERY_MS (an hour unless set), in the worker only. */
@Injectable()
export class RetentionPurge implements OnModuleInit {
  private readonly logger = new Logger(RetentionPurge.name);
  private running = false;

  constructor(
    @Inject(WORKER_CONFIG) private readonly config: WorkerConfig,
    @InjectDataSource() private readonly db: DataSource,
    private readonly registry: SchedulerRegistry,
  ) {}

  onModuleInit(): void {
    const timer = setInterval(() => void this.run(), this.config.purgeEveryMs);
    this.registry.addInterval('retention-purge', timer);
  }

  /** One pass; how many rows went, by what they were. Nothing when another worker holds the lock. */
  async run(): Promise<Record<string, number>> {
    if (this.running) return {};
    this.running = true;
    try {
      const removed = await this.db.transaction(async (m) => {
        const [{ locked }] = await m.query<[{ locked: boolean }]>(PURGE_LOCK_SQL);
        if (!locked) return {};
        const out: Record<string, number> = {};
        for (const { what, sql } of RETENTION) {
          const [, count] = await m.query<[unknown[], number]>(sql);
          if (count) out[what] = count;
        }
        const [, originals] = await m.query<[unknown[], number]>(DRAFT_ORIGINALS_SQL, [
          this.config.draftOriginalDays,
        ]);
        if (originals) out['draft originals'] = originals;
        return out;
      });
      const words = Object.entries(removed).map(([what, n]) => `${n} ${what}`);
      if (words.length) this.logger.log(`removed what has outlived its use: ${words.join(', ')}`);
      return removed;
    } catch (e) {
      this.logger.warn(`retention purge failed: ${(e as Error).message}`);
      return {};
    } finally {
      this.running = false;
    }
  }
}
