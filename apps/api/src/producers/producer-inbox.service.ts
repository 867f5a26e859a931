import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ProducerMessageEntity, type ProducerSource } from '@member-alerts/persistence';
import { DataSource, IsNull, LessThan } from 'typeorm';

// A message the request could not process (the process died, or processing failed) is picked up
// again after this long; younger ones are still being processed by the request that stored them.
const PICKUP_AFTER_MS = 60_000;
const PICKUP_EVERY_MS = 60_000;
const PICKUP_BATCH = 100;

export interface RecordedMessage {
  readonly id: string;
  /** The same message id was stored before: nothing was written. */
  readonly duplicate: boolean;
}

/**
 * The inbox of messages from council systems. `record()` keeps a message durably before the sender
 * is answered; `process()` is the one step that acts on it, run after the answer and again by the
 * pickup for any row left unprocessed.
 *
 * The seam: `process()` is where a message is mapped (`libs/producers`) and registered through the
 * events use cases. Until that is wired it marks the row `received`. Whatever it becomes, it must be
 * safe to run twice for one row (a pickup can meet a slow request), and set `processed_at` last.
 */
@Injectable()
export class ProducerInboxService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(ProducerInboxService.name);
  private timer: NodeJS.Timeout | undefined;

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async record(m: {
    councilId: string;
    source: ProducerSource;
    messageId: string;
    message: object;
    ref: string | null;
  }): Promise<RecordedMessage> {
    const inserted = await this.db
      .createQueryBuilder()
      .insert()
      .into(ProducerMessageEntity)
      .values({ ...m, outcome: 'pending' })
      .orIgnore()
      .returning(['id'])
      .execute();
    const id = (inserted.raw as { id: string }[])[0]?.id;
    if (id) return { id, duplicate: false };
    const existing = await this.db.manager.findOneOrFail(ProducerMessageEntity, {
      where: { councilId: m.councilId, source: m.source, messageId: m.messageId },
      select: { id: true },
    });
    return { id: existing.id, duplicate: true };
  }

  /** Processes one stored message, once: a row already processed is left as it is. */
  async process(id: string): Promise<void> {
    await this.db.manager.update(
      ProducerMessageEntity,
      { id, processedAt: IsNull() },
      {
        outcome: 'received',
        reason: 'Kept. Turning these messages into events is not switched on yet.',
        processedAt: new Date(),
      },
    );
  }

  /** Processes after the answer has gone; a failure leaves the row for the pickup. */
  processSoon(id: string): void {
    setImmediate(() => {
      this.process(id).catch((e: unknown) =>
        this.logger.warn(`message ${id} not processed yet, left for the pickup: ${String(e)}`),
      );
    });
  }

  /** Every message stored but not processed for a minute, oldest first; how many it processed. */
  async pickUp(): Promise<number> {
    const rows = await this.db.manager.find(ProducerMessageEntity, {
      where: { processedAt: IsNull(), receivedAt: LessThan(new Date(Date.now() - PICKUP_AFTER_MS)) },
      order: { receivedAt: 'ASC' },
      select: { id: true },
      take: PICKUP_BATCH,
    });
    for (const r of rows) await this.process(r.id);
    return rows.length;
  }

  onApplicationBootstrap(): void {
    const run = () => {
      this.pickUp().then(
        (n) => {
          if (n) this.logger.log(`processed ${n} message(s) left unprocessed`);
        },
        (e: unknown) => this.logger.warn(`pickup of unprocessed messages failed: ${String(e)}`),
      );
    };
    run();
    this.timer = setInterval(run, PICKUP_EVERY_MS);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }
}
