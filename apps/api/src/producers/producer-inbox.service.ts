import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ProducerMessageEntity, type ProducerSource } from '@member-alerts/persistence';
import { DataSource, IsNull } from 'typeorm';
import { CitizenSpaceProcessor } from './citizen-space.processor';
import type { ProcessedMessage } from './processed-message.util';
import { StreetManagerProcessor } from './street-manager.processor';

// A message the request could not process (the process died, or processing failed) is picked up
// again after this long; younger ones are still being processed by the request that stored them.
const PICKUP_AFTER_MS = 60_000;
// Citizen Space messages are written by the worker's poller, with no request to process them:
// the pickup takes them at once, so it runs often.
const PICKUP_EVERY_MS = 5_000;
const PICKUP_BATCH = 100;
// How long a process has a message in hand before another may take it (the first having died).
const TAKEN_FOR_MS = 5 * 60_000;

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
 * `process()` hands the row to its source's processor, which maps it (`libs/producers`) and
 * registers what it means through the events use cases. It is safe to run twice for one row: the
 * row is taken in hand (a second process skips it), a processed row is left alone, and registration is
 * idempotent by source reference, so a process that dies after registering and before
 * `processed_at` is set sends no second e-mail when the pickup runs it again.
 */
@Injectable()
export class ProducerInboxService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(ProducerInboxService.name);
  private timer: NodeJS.Timeout | undefined;
  // One message at a time in this process, in the order they came.
  private queue: Promise<unknown> = Promise.resolve();
  /** Set on shutdown: a pickup in progress stops after the message in hand. */
  private stopping = false;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly streetManager: StreetManagerProcessor,
    private readonly citizenSpace: CitizenSpaceProcessor,
  ) {}

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

  /**
   * Processes one stored message, once: a row already processed, or being processed by another
   * process, is left as it is. An exception leaves it unprocessed, for the pickup.
   */
  process(id: string): Promise<void> {
    const run = this.queue.then(() => this.processNow(id));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async processNow(id: string): Promise<void> {
    const row = await this.take(id);
    if (!row) return;
    // No transaction is held here: the use cases the processors call take their own connection,
    // and the embedded database has one.
    let done: ProcessedMessage;
    try {
      done = await this.processorFor(row);
    } catch (e) {
      await this.db.manager.update(ProducerMessageEntity, { id }, { takenUntil: null });
      throw e;
    }
    await this.db.manager.update(
      ProducerMessageEntity,
      { id },
      {
        outcome: done.outcome,
        reason: done.reason.slice(0, 1000),
        ref: done.ref?.slice(0, 100) ?? row.ref,
        eventId: done.eventId ?? null,
        processedAt: new Date(),
        takenUntil: null,
      },
    );
  }

  /**
   * Takes an unprocessed message in hand, unless another process has it, or has another message
   * with the same reference (one works): those are applied one at a time, in the order the mapping
   * keeps. A short transaction, so that no connection is held while the message is processed.
   */
  private take(id: string): Promise<ProducerMessageEntity | null> {
    return this.db.transaction(async (m) => {
      const row = await m.findOneBy(ProducerMessageEntity, { id, processedAt: IsNull() });
      if (!row) return null;
      // Two messages with one reference, taken at once, wait here for each other's answer.
      if (row.ref)
        await m.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [
          `${row.councilId}|${row.source}|${row.ref}`,
        ]);
      const taken: unknown = await m.query(
        `UPDATE producer_messages p SET taken_until = now() + make_interval(secs => $2)
          WHERE p.id = $1 AND p.processed_at IS NULL AND (p.taken_until IS NULL OR p.taken_until < now())
            AND NOT EXISTS (
              SELECT 1 FROM producer_messages o
               WHERE o.council_id = p.council_id AND o.source = p.source AND o.ref = p.ref
                 AND o.id <> p.id AND o.processed_at IS NULL AND o.taken_until > now())
          RETURNING p.id`,
        [id, TAKEN_FOR_MS / 1000],
      );
      return Array.isArray(taken) && Array.isArray(taken[0]) && taken[0].length > 0 ? row : null;
    });
  }

  private processorFor(row: ProducerMessageEntity): Promise<ProcessedMessage> {
    switch (row.source) {
      case 'street-manager':
        return this.streetManager.process(row);
      case 'citizen-space':
        return this.citizenSpace.process(row).then((done) => ({ ...done, ref: row.ref }));
      case 'mailbox':
      case 'whatdotheyknow':
        // Mail and WhatDoTheyKnow messages are stored already decided (a draft, or ignored).
        return Promise.reject(new Error(`a ${row.source} message is not processed by the API`));
    }
  }

  /** Processes after the answer has gone; a failure leaves the row for the pickup. */
  processSoon(id: string): void {
    setImmediate(() => {
      this.process(id).catch((e: unknown) =>
        this.logger.warn(`message ${id} not processed yet, left for the pickup: ${String(e)}`),
      );
    });
  }

  /**
   * Every message stored but not processed for a minute, and every Citizen Space message at once,
   * oldest first; how many it went through. Two API processes may list the same rows: `process()`
   * takes each in hand, which the other then skips, and one that a process died holding is taken
   * again once its time in hand has run out.
   */
  async pickUp(): Promise<number> {
    const rows = await this.db
      .createQueryBuilder(ProducerMessageEntity, 'p')
      .select('p.id', 'id')
      .where('p.processed_at IS NULL')
      .andWhere('(p.taken_until IS NULL OR p.taken_until < now())')
      .andWhere("(p.source = 'citizen-space' OR p.received_at < :cutoff)", {
        cutoff: new Date(Date.now() - PICKUP_AFTER_MS),
      })
      .orderBy('p.received_at')
      .limit(PICKUP_BATCH)
      .getRawMany<{ id: string }>();
    let processed = 0;
    for (const r of rows) {
      if (this.stopping) break;
      // One message that fails is logged and tried again next time; it does not hold up the rest.
      try {
        await this.process(r.id);
        processed++;
      } catch (e) {
        this.logger.warn(`message ${r.id} not processed yet, left for the next pickup: ${String(e)}`);
      }
    }
    return processed;
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

  /** Lets the message in hand finish before the database closes. */
  async onModuleDestroy(): Promise<void> {
    this.stopping = true;
    clearInterval(this.timer);
    await this.queue;
  }
}
