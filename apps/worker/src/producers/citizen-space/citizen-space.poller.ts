import { Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { WorkerConfig } from '../../config/worker-config';
import type { PollContext, PollerFactory, PollOutcome, ProducerPoller } from '../producer-poller';
import { citizenSpaceChanges, type SeenConsultation } from './citizen-space-changes.util';
import { readCitizenSpace } from './citizen-space-feed';

/**
 * Reads the council's Citizen Space consultations, open and forthcoming, and keeps one message
 * per new or changed consultation (and one per withdrawal) in producer_messages for the API to
 * turn into §31 consultation events. It registers nothing itself.
 */
export class CitizenSpacePoller implements ProducerPoller {
  readonly source = 'citizen-space';
  readonly name = 'site';
  readonly everyMs: number;
  readonly problemsShown = false;
  private readonly logger = new Logger(CitizenSpacePoller.name);

  constructor(
    private readonly config: Pick<WorkerConfig, 'citizenSpaceEveryMs' | 'citizenSpaceTimeoutMs'>,
    private readonly base: string,
  ) {
    this.everyMs = config.citizenSpaceEveryMs;
  }

  /** One pass; a site that fails or hangs is reported in plain words and tried again next time. */
  async poll(ctx: PollContext): Promise<PollOutcome> {
    try {
      const feed = await readCitizenSpace(this.base, this.config.citizenSpaceTimeoutMs);
      if (!feed.ok) {
        this.logger.warn(`Citizen Space not read, trying again next time: ${feed.problem}`);
        return { counts: {}, problem: feed.problem };
      }
      const recorded = await ctx.db.transaction(async (m) => {
        const changes = citizenSpaceChanges(await this.seen(m, ctx.councilId), feed.consultations, ctx.now);
        let n = 0;
        for (const msg of changes.messages) {
          const rows = await m.query<unknown[]>(
            `INSERT INTO producer_messages (council_id, source, message_id, ref, message, outcome)
             VALUES ($1, 'citizen-space', $2, $3, $4, 'pending')
             ON CONFLICT (council_id, source, message_id) DO NOTHING RETURNING id`,
            [ctx.councilId, msg.messageId, msg.ref, JSON.stringify(msg.message)],
          );
          n += rows.length;
        }
        for (const s of changes.seen) await this.remember(m, ctx.councilId, s);
        return n;
      });
      if (recorded) this.logger.log(`Citizen Space: ${recorded} new or changed consultation(s) kept`);
      return { counts: { recorded } };
    } catch (e) {
      const problem = `Citizen Space pass failed, trying again next time: ${(e as Error).message}`;
      this.logger.warn(problem);
      return { counts: {}, problem };
    }
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

/** Citizen Space, when CITIZEN_SPACE_URL names the council's site. */
export const citizenSpacePollers: PollerFactory = ({ config }) =>
  config.citizenSpaceUrl ? [new CitizenSpacePoller(config, config.citizenSpaceUrl)] : [];
