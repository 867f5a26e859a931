import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  PRODUCER_OUTCOMES,
  PRODUCER_SOURCES,
  ProducerMessageEntity,
  type ProducerOutcome,
  type ProducerSource,
} from '@member-alerts/persistence';
import { DataSource } from 'typeorm';
import { pageOf } from '../alerts/alert-view.util';
import type { Principal } from '../auth/principal';
import { BadInputError } from '../common/bad-input.error';

export interface ProducerMessageView {
  id: string;
  source: ProducerSource;
  messageId: string;
  ref: string | null;
  outcome: ProducerOutcome;
  reason: string | null;
  eventId: string | null;
  receivedAt: Date;
  processedAt: Date | null;
}

function oneOf<T extends string>(v: unknown, field: string, allowed: readonly T[]): T | undefined {
  if (v === undefined || v === '') return undefined;
  const found = allowed.find((a) => a === v);
  if (found) return found;
  const message = `must be one of ${allowed.join(', ')}`;
  throw new BadInputError(`${field} ${message}`, [{ field, message }]);
}

/** The council's messages from other systems, newest first, filtered by source, outcome and text. */
@Injectable()
export class ProducerMessageQueryService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async list(p: Principal, query: Readonly<Record<string, unknown>>) {
    const page = pageOf(query);
    const source = oneOf(query['source'], 'source', PRODUCER_SOURCES);
    const outcome = oneOf(query['outcome'], 'outcome', PRODUCER_OUTCOMES);
    const text = typeof query['q'] === 'string' ? query['q'].trim().slice(0, 200) : '';
    const qb = this.db.manager
      .createQueryBuilder(ProducerMessageEntity, 'm')
      // Not the message itself, which can run to hundreds of kilobytes.
      .select(['m.id', 'm.source', 'm.messageId', 'm.ref', 'm.outcome', 'm.reason', 'm.eventId'])
      .addSelect(['m.receivedAt', 'm.processedAt'])
      .where('m.council_id = :council', { council: p.councilId });
    if (source) qb.andWhere('m.source = :source', { source });
    if (outcome) qb.andWhere('m.outcome = :outcome', { outcome });
    if (text) {
      const like = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      qb.andWhere('(m.ref ILIKE :like OR m.reason ILIKE :like OR m.message_id ILIKE :like)', { like });
    }
    const [rows, total] = await qb
      .orderBy('m.received_at', 'DESC')
      .addOrderBy('m.id', 'ASC')
      .take(page.limit)
      .skip(page.offset)
      .getManyAndCount();
    return { total, limit: page.limit, offset: page.offset, messages: rows.map(view) };
  }
}

function view(m: ProducerMessageEntity): ProducerMessageView {
  return {
    id: m.id,
    source: m.source,
    messageId: m.messageId,
    ref: m.ref,
    outcome: m.outcome,
    reason: m.reason,
    eventId: m.eventId,
    receivedAt: m.receivedAt,
    processedAt: m.processedAt,
  };
}
