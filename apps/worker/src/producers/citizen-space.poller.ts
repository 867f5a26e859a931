import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { WORKER_CONFIG, type WorkerConfig } from '../config/worker-config';
import { citizenSpaceChanges, type SeenConsultation } from './citizen-space-changes.util';
import { readCitizenSpace } from './citizen-space-feed';

// One poller at a time across the worker processes of one installation, as for the scheduler,
// with a lock of its own so that neither waits for the other's pass.
export const CITIZEN_SPACE_LOCK_SQL =
  'SELECT pg_try_advisory_xact_lock(726354002, hashtext(current_schema())) AS locked';

export interface PollResult {
  readonly recorded: number;
  readonly problem?: string;
}

/**
 * Reads the council's Citizen Space consultations, open and forthcoming, and keeps one message
 * per new or changed consultation (and one per withdrawal) in producer_messages for the API to
 * turn into §31 consultation events. It registers nothing itself.
 */
@Injectable()
export class CitizenSpacePoller implements OnModuleInit {
  private readonly logger = new Logger(CitizenSpacePoller.name);
  private running = false;
  private councilId: string | undefined;

  constructor(
    @Inject(WORKER_CONFIG) private readonly config: WorkerConfig,
    @InjectDataSource() private readonly db: DataSource,
    private readonly registry: SchedulerRegistry,
  ) {}

  onModuleInit(): void {
    if (!this.config.citizenSpaceUrl) return;
    const timer = setInterval(() => void this.poll(), this.config.citizenSpaceEveryMs);
    this.registry.addInterval('citizen-space', timer);
    setImmediate(() => void this.poll());
  }

  /** One pass; a site that fails or hangs is reported in plain words and tried again next time. */
  async poll(): Promise<PollResult> {
    const base = this.config.citizenSpaceUrl;
    if (!base || this.running) return { recorded: 0 };
    this.running = true;
    try {
      // Read before taking the lock: a slow site must not hold a transaction open.
      const feed = await readCitizenSpace(base, this.config.citizenSpaceTimeoutMs);
      if (!feed.ok) {
        this.logger.warn(`Citizen Space not read, trying again next time: ${feed.problem}`);
        return { recorded: 0, problem: feed.problem };
      }
      const recorded = await this.db.transaction(async (m) => {
        const [{ locked }] = await m.query<[{ locked: boolean }]>(CITIZEN_SPACE_LOCK_SQL);
        if (!locked) return 0;
        const councilId = await this.council(m);
        const changes = citizenSpaceChanges(await this.seen(m, councilId), feed.consultations, new Date());
        let n = 0;
        for (const msg of changes.messages) {
          const rows = await m.query<unknown[]>(
            `INSERT INTO producer_messages (council_id, source, message_id, ref, message, outcome)
             VALUES ($1, 'citizen-space', $2, $3, $4, 'pending')
             ON CONFLICT (council_id, source, message_id) DO NOTHING RETURNING id`,
            [councilId, msg.messageId, msg.ref, JSON.stringify(msg.message)],
          );
          n += rows.length;
        }
        for (const s of changes.seen) await this.remember(m, councilId, s);
        return n;
      });
      if (recorded) this.logger.log(`Citizen Space: ${recorded} new or changed consultation(s) kept`);
      return { recorded };
    } catch (e) {
      const problem = `Citizen Space pass failed, trying again next time: ${(e as Error).message}`;
      this.logger.warn(problem);
      return { recorded: 0, problem };
    } finally {
      this.running = false;
    }
  }

  private async council(m: EntityManager): Promise<string> {
    if (this.councilId) return this.councilId;
    const [row] = await m.query<{ id: string }[]>(`SELECT id FROM councils WHERE slug = $1`, [
      this.config.councilSlug,
    ]);
    if (!row) throw new Error(`there is no council "${this.config.councilSlug}" yet`);
    this.councilId = row.id;
    return row.id;
  }

  private async seen(m: EntityManager, councilId: string): Promise<Map<string, SeenConsultation>> {
    const rows = await m.query<
      {
        id: string;
        hash: string;
        status: SeenConsultation['status'];
        opensAt: Date | null;
        withdrawals: number;
      }[]
    >(
      `SELECT consultation_id AS id, content_hash AS hash, status, opens_at AS "opensAt", withdrawals
         FROM citizen_space_seen WHERE council_id = $1`,
      [councilId],
    );
    return new Map(rows.map((r) => [r.id, r]));
  }

  private async remember(m: EntityManager, councilId: string, s: SeenConsultation): Promise<void> {
    await m.query(
      `INSERT INTO citizen_space_seen (council_id, consultation_id, content_hash, status, opens_at, withdrawals, last_seen_at)
       VALUES ($1, $2, $3, $4, $5, $6, now())
       ON CONFLICT (council_id, consultation_id) DO UPDATE SET content_hash = EXCLUDED.content_hash,
         status = EXCLUDED.status, opens_at = EXCLUDED.opens_at, withdrawals = EXCLUDED.withdrawals,
         last_seen_at = CASE WHEN EXCLUDED.status = 'withdrawn' THEN citizen_space_seen.last_seen_at ELSE now() END`,
      [councilId, s.id, s.hash, s.status, s.opensAt, s.withdrawals],
    );
  }
}
