import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { LAST_READ_REF } from '@member-alerts/persistence';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CHANNEL, type Channel } from '../channels/channel';
import { WORKER_CONFIG, type WorkerConfig } from '../config/worker-config';
import { writeProgress } from './draft-store';
import { DraftGazetteer } from './gazetteer';
import type { PollOutcome, ProducerPoller } from './producer-poller';
import { PRODUCER_POLLERS } from './producer-pollers';

// One poll of each source at a time across the worker processes of one installation: a session
// lock on a connection of its own, held for the poll and let go with it (or with the connection,
// when a process dies), so no transaction stays open while a slow site or mailbox is read.
const LOCK_CLASS = 726354003;
export const POLL_LOCK_SQL = `SELECT pg_try_advisory_lock(${LOCK_CLASS}, hashtext(current_schema() || '|' || $1)) AS locked`;
const POLL_UNLOCK_SQL = `SELECT pg_advisory_unlock(${LOCK_CLASS}, hashtext(current_schema() || '|' || $1))`;

/**
 * Runs every configured producer poller on its own timer, in every worker process; the lock makes
 * one of them poll at a time. Progress is in the database (producer_state and the sources' own
 * tables), so a restarted worker carries on where the last poll stopped.
 */
@Injectable()
export class ProducerPollersService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('ProducerPollers');
  private readonly pollers: readonly ProducerPoller[];
  private readonly running = new Set<ProducerPoller>();
  private readonly timers: NodeJS.Timeout[] = [];
  private councilId: string | undefined;
  private stopping = false;

  constructor(
    @Inject(WORKER_CONFIG) private readonly config: WorkerConfig,
    @InjectDataSource() private readonly db: DataSource,
    @Inject(CHANNEL) channel: Channel,
  ) {
    const gazetteer = new DraftGazetteer(config.postcodesDir, config.councilSlug);
    this.pollers = PRODUCER_POLLERS.flatMap((make) => make({ config, channel, gazetteer }));
  }

  onModuleInit(): void {
    for (const p of this.pollers) {
      this.timers.push(setInterval(() => void this.run(p), p.everyMs));
      setImmediate(() => void this.run(p));
    }
  }

  onModuleDestroy(): void {
    this.stopping = true;
    for (const t of this.timers) clearInterval(t);
  }

  /** One poll of `p`, unless this process or another is polling it already. */
  async run(p: ProducerPoller): Promise<PollOutcome | undefined> {
    if (this.running.has(p) || this.stopping) return undefined;
    this.running.add(p);
    const key = `${p.source}|${p.name}`;
    // The embedded database has one connection, which the poll needs: there the lock is not taken
    // (it serves one installation's processes through one session anyway).
    const qr = this.config.embeddedDatabase ? undefined : this.db.createQueryRunner();
    let locked = false;
    try {
      if (qr) {
        await qr.connect();
        const rows = (await qr.query(POLL_LOCK_SQL, [key])) as { locked: boolean }[];
        locked = rows[0]?.locked === true;
        if (!locked) return undefined;
      }
      const councilId = await this.council();
      const outcome = await p.poll({ db: this.db, councilId, now: new Date() });
      if (outcome.problem && p.problemsShown) await this.showProblem(p, councilId, outcome.problem);
      await this.noteLastRead(p, councilId, outcome.problem);
      return outcome;
    } catch (e) {
      this.logger.warn(`${key}: the poll failed, trying again next time: ${(e as Error).message}`);
      return undefined;
    } finally {
      if (locked) await qr?.query(POLL_UNLOCK_SQL, [key]).catch(() => undefined);
      await qr?.release().catch(() => undefined);
      this.running.delete(p);
    }
  }

  /**
   * The source could not be read: kept as an `error` message, one a day per source with the latest
   * words and time, so the Producers page shows it without a line every few minutes.
   */
  private async showProblem(p: ProducerPoller, councilId: string, problem: string): Promise<void> {
    const day = new Date().toISOString().slice(0, 10);
    await this.db.query(
      `INSERT INTO producer_messages (council_id, source, message_id, ref, message, outcome, reason, processed_at)
       VALUES ($1, $2, $3, $4, $5, 'error', $6, now())
       ON CONFLICT (council_id, source, message_id)
       DO UPDATE SET reason = EXCLUDED.reason, processed_at = now(), message = EXCLUDED.message`,
      [
        councilId,
        p.source,
        `not-read-${p.name}-${day}`,
        p.name,
        JSON.stringify({ notRead: p.name, problem }),
        `Not read, trying again next time: ${problem}`.slice(0, 1000),
      ],
    );
  }

  /**
   * When the source was last read, and whether it could be: one producer_state line per source and
   * name (`last-read:<name>`), which the Producers page's connections read.
   */
  private async noteLastRead(
    p: ProducerPoller,
    councilId: string,
    problem: string | undefined,
  ): Promise<void> {
    await writeProgress(this.db.manager, councilId, p.source, `${LAST_READ_REF}${p.name}`, {
      problem: problem ?? null,
    });
  }

  private async council(): Promise<string> {
    if (this.councilId) return this.councilId;
    const [row] = await this.db.query<{ id: string }[]>(`SELECT id FROM councils WHERE slug = $1`, [
      this.config.councilSlug,
    ]);
    if (!row) throw new Error(`there is no council "${this.config.councilSlug}" yet`);
    this.councilId = row.id;
    return row.id;
  }
}
