import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { NotificationRepository } from '@member-alerts/outbox';
import { EventVersionEntity, IdempotencyKeyEntity } from '@member-alerts/persistence';
import { DataSource, type EntityManager } from 'typeorm';
import { BadInputError } from '../common/bad-input.error';
import { IDEMPOTENCY_HOURS, type IdempotencyClaim } from './idempotency.util';
import type { RegisteredEvent } from './registered-event';

const EXPIRED = `created_at < now() - interval '${IDEMPOTENCY_HOURS} hours'`;

/** The Idempotency-Key answers of registrations: a retry gets the first answer, never a second event. */
@Injectable()
export class IdempotencyStore {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly notifications: NotificationRepository,
  ) {}

  /**
   * The first answer given for this key, or null if the key is new (or older than a day). The same
   * key with a different body is refused: it would otherwise hide a second, different event.
   */
  async replay(claim: IdempotencyClaim): Promise<RegisteredEvent | null> {
    const row = await this.db
      .getRepository(IdempotencyKeyEntity)
      .createQueryBuilder('k')
      .where('k.council_id = :c AND k.caller = :who AND k.key = :key', {
        c: claim.councilId,
        who: claim.caller,
        key: claim.key,
      })
      .andWhere(`NOT (k.${EXPIRED})`)
      .getOne();
    if (!row) return null;
    if (row.requestHash !== claim.requestHash)
      throw new BadInputError(
        'this Idempotency-Key was already used for a different event; use a new key for each new event',
        [{ field: 'Idempotency-Key', message: 'was used before with a different request body' }],
        422,
      );
    return (row.answer as RegisteredEvent | null) ?? this.rebuild(row.eventId);
  }

  /** Notes the key in the transaction that stores the event, so that a crash cannot part them. */
  async remember(m: EntityManager, claim: IdempotencyClaim, eventId: string): Promise<void> {
    await m.query(`DELETE FROM idempotency_keys WHERE ${EXPIRED}`);
    await m.insert(IdempotencyKeyEntity, { ...claim, eventId, answer: null });
  }

  /** Keeps the answer once it is known; an answer given without a new event is noted here alone. */
  async keep(claim: IdempotencyClaim, answer: RegisteredEvent): Promise<void> {
    await this.db.query(
      `INSERT INTO idempotency_keys (council_id, caller, key, request_hash, event_id, answer)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (council_id, caller, key) DO UPDATE SET answer = EXCLUDED.answer
       WHERE idempotency_keys.answer IS NULL AND idempotency_keys.request_hash = EXCLUDED.request_hash`,
      [claim.councilId, claim.caller, claim.key, claim.requestHash, answer.id, JSON.stringify(answer)],
    );
  }

  /** The process stopped between storing the event and its answer: the answer is that of version 1. */
  private async rebuild(eventId: string): Promise<RegisteredEvent> {
    const first = await this.db.getRepository(EventVersionEntity).findOneByOrFail({ eventId, version: 1 });
    const queued = await this.notifications.countOfVersion(eventId, 1);
    return {
      id: eventId,
      version: 1,
      status: 'active',
      plan: first.plan,
      queued,
      outcome: 'registered',
    };
  }
}
