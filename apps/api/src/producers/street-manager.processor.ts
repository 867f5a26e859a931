import { Inject, Injectable } from '@nestjs/common';
import { EventEntity, type ProducerMessageEntity, ProducerStateEntity } from '@member-alerts/persistence';
import { mapStreetManager, type StreetManagerResult, type WorksState } from '@member-alerts/producers';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Principal } from '../auth/principal';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { CouncilContextService } from '../council/council-context.service';
import { CancelEventUseCase } from '../events/cancel-event.usecase';
import { RegisterEventUseCase } from '../events/register-event.usecase';
import { producerPrincipal, refusalOf, type ProcessedMessage } from './processed-message.util';

const SOURCE = 'street-manager';
/** The actor in the audit log for everything Street Manager's messages do. */
export const STREET_MANAGER_ACTOR = 'Street Manager';

/**
 * Turns one kept Street Manager notification into what members are told: the shared mapping, with
 * the state kept for its works reference, then the same use cases as POST /events and its cancel.
 * The inbox gives it one message per works reference at a time, so messages for one works are
 * applied one after another, in the order the mapping keeps (by event_time: an older one is ignored).
 */
@Injectable()
export class StreetManagerProcessor {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly db: DataSource,
    private readonly context: CouncilContextService,
    private readonly register: RegisterEventUseCase,
    private readonly canceller: CancelEventUseCase,
  ) {}

  async process(row: ProducerMessageEntity): Promise<ProcessedMessage> {
    const stored = row.ref ? await this.state(row.councilId, row.ref) : undefined;
    const ctx = await this.context.load(row.councilId);
    // Redeliveries are caught by producer_messages' unique message id, so the mapping is given
    // no message ids, and only this works reference's state.
    const result = mapStreetManager(
      row.message,
      { works: row.ref && stored ? { [row.ref]: stored } : {}, messageIds: {} },
      { swaCodes: this.config.streetManager.swaCodes, divisions: ctx.divisions },
    );
    const done: ProcessedMessage = { outcome: result.outcome, reason: result.reason, ref: result.ref };
    if (result.outcome !== 'alert' && result.outcome !== 'update' && result.outcome !== 'cancel') {
      await this.keepState(row, result);
      return done;
    }
    const contact = this.config.streetManager.contact;
    if (!contact) {
      return {
        ...done,
        outcome: 'error',
        reason: `${result.reason}, but members were not told: set STREET_MANAGER_CONTACT_NAME and STREET_MANAGER_CONTACT_EMAIL, whom members should ask about works`,
      };
    }
    let eventId: string | null;
    try {
      eventId =
        result.outcome === 'cancel'
          ? await this.cancel(row.councilId, result)
          : await this.registerEvent(row.councilId, result, contact);
    } catch (e) {
      // Refused as it stands (the event cannot be read, or cannot change): trying again cannot help.
      const refusal = refusalOf(e);
      if (refusal === undefined) throw e;
      return { ...done, outcome: 'error', reason: `${result.reason}, but members were not told: ${refusal}` };
    }
    if (!eventId) {
      return {
        ...done,
        outcome: 'error',
        reason: `${result.reason}, but no event for these works was found`,
      };
    }
    await this.keepState(row, result);
    return { ...done, eventId };
  }

  private principal(councilId: string): Principal {
    return producerPrincipal(STREET_MANAGER_ACTOR, councilId);
  }

  private async registerEvent(
    councilId: string,
    result: StreetManagerResult,
    contact: { name: string; email: string },
  ): Promise<string | null> {
    if (!result.event) return null;
    const { event, source, sourceRef } = result.event;
    const principal = this.principal(councilId);
    const origin = { source, sourceRef };
    const registered = await this.register.registerParsed({
      principal,
      ...(await this.register.parse(principal, { ...event, contact }, origin)),
      origin,
    });
    return registered.answer.id;
  }

  /** Cancels the works' event; one already cancelled (a re-run) is left as it is. */
  private async cancel(councilId: string, result: StreetManagerResult): Promise<string | null> {
    if (!result.event) return null;
    const { source, sourceRef } = result.event;
    const event = await this.db.manager.findOne(EventEntity, { where: { councilId, source, sourceRef } });
    if (!event) return null;
    if (event.status !== 'cancelled') {
      await this.canceller.execute({
        principal: this.principal(councilId),
        eventId: event.id,
        reason: result.reason,
      });
    }
    return event.id;
  }

  private async state(councilId: string, ref: string): Promise<WorksState | undefined> {
    const row = await this.db.manager.findOne(ProducerStateEntity, {
      where: { councilId, source: SOURCE, ref },
    });
    return row ? (row.state as WorksState) : undefined;
  }

  private async keepState(row: ProducerMessageEntity, result: StreetManagerResult) {
    const works = row.ref && result.ref === row.ref ? result.state.works[row.ref] : undefined;
    if (!row.ref || !works) return;
    await this.db.manager.upsert(
      ProducerStateEntity,
      { councilId: row.councilId, source: SOURCE, ref: row.ref, state: works, updatedAt: new Date() },
      ['councilId', 'source', 'ref'],
    );
  }
}
