import { ConflictException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { EventEntity, type ProducerMessageEntity } from '@member-alerts/persistence';
import { mapCitizenSpace } from '@member-alerts/producers';
import { DataSource } from 'typeorm';
import { CancelEventUseCase } from '../events/cancel-event.usecase';
import { RegisterEventUseCase } from '../events/register-event.usecase';
import { CitizenSpaceAreasStore } from './citizen-space-areas.store';
import { producerPrincipal, refusalOf, type ProcessedMessage } from './processed-message.util';

const SOURCE = 'citizen-space';
const WITHDRAWN = 'the consultation was withdrawn before it opened';

/** What became of the message; its reference is the consultation's id, already on the row. */
type Processed = Omit<ProcessedMessage, 'ref'>;

/** The poller's messages act as Citizen Space itself, as an officer would through POST /events. */
const producer = (councilId: string) => producerPrincipal('Citizen Space', councilId);

/**
 * A consultation the worker read from Citizen Space becomes a §31 consultation event, or a new
 * version of it; a withdrawal cancels its notice; one with an area not yet mapped is held for
 * democratic services. Safe to run twice: registration is idempotent by the consultation's id.
 */
@Injectable()
export class CitizenSpaceProcessor {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly register: RegisterEventUseCase,
    private readonly canceller: CancelEventUseCase,
    private readonly areas: CitizenSpaceAreasStore,
  ) {}

  async process(row: ProducerMessageEntity): Promise<Processed> {
    const message = row.message as Record<string, unknown>;
    if (message['withdrawn'] === true) return this.withdraw(row);
    const mapped = mapCitizenSpace(message, await this.areas.table(row.councilId));
    switch (mapped.outcome) {
      case 'ignore':
      case 'error':
      case 'held':
        return { outcome: mapped.outcome, reason: mapped.reason, eventId: null };
      case 'alert':
        break;
    }
    if (!mapped.event) return { outcome: 'error', reason: mapped.reason, eventId: null };
    try {
      const principal = producer(row.councilId);
      const origin = { source: SOURCE, sourceRef: mapped.event.sourceRef };
      const { created, answer } = await this.register.registerParsed({
        principal,
        ...(await this.register.parse(principal, mapped.event.event, origin)),
        origin,
      });
      if (created) return { outcome: 'alert', reason: mapped.reason, eventId: answer.id };
      if (answer.status === 'cancelled')
        return {
          outcome: 'error',
          reason: 'it is back on Citizen Space, but its event was cancelled: register it again by hand',
          eventId: answer.id,
        };
      if (answer.outcome === 'updated')
        return {
          outcome: 'update',
          reason: `a new version: ${(answer.changes ?? []).join('; ')}`,
          eventId: answer.id,
        };
      return { outcome: 'ignore', reason: 'nothing members read has changed', eventId: answer.id };
    } catch (e) {
      // Refused as it stands (the event cannot be read, or cannot change): trying again cannot help.
      const refusal = refusalOf(e);
      if (refusal === undefined) throw e;
      return { outcome: 'error', reason: refusal, eventId: null };
    }
  }

  private async withdraw(row: ProducerMessageEntity): Promise<Processed> {
    const event = row.ref
      ? await this.db.manager.findOneBy(EventEntity, {
          councilId: row.councilId,
          source: SOURCE,
          sourceRef: row.ref,
        })
      : null;
    if (!event)
      return { outcome: 'ignore', reason: 'withdrawn, and no event was registered for it', eventId: null };
    if (event.status === 'cancelled')
      return { outcome: 'ignore', reason: 'withdrawn; its event was already cancelled', eventId: event.id };
    const opensAt = event.payload.opensAt;
    if (opensAt && new Date(opensAt) <= new Date())
      return {
        outcome: 'ignore',
        reason: 'gone from the site after it opened: nothing to cancel',
        eventId: event.id,
      };
    try {
      await this.canceller.execute({
        principal: producer(row.councilId),
        eventId: event.id,
        reason: WITHDRAWN,
      });
    } catch (e) {
      // Cancelled meanwhile by someone else: there is nothing left to do.
      if (e instanceof ConflictException)
        return { outcome: 'ignore', reason: 'withdrawn; its event was already cancelled', eventId: event.id };
      throw e;
    }
    return { outcome: 'cancel', reason: WITHDRAWN, eventId: event.id };
  }
}
