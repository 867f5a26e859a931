import { HttpException } from '@nestjs/common';
import type { ProducerOutcome } from '@member-alerts/persistence';
import type { Principal } from '../auth/principal';
import { BadInputError } from '../common/bad-input.error';

/** What processing made of a kept message, to store on its row. */
export interface ProcessedMessage {
  readonly outcome: ProducerOutcome;
  /** Why, in plain words. */
  readonly reason: string;
  readonly ref: string | null;
  readonly eventId?: string | null;
}

/**
 * The plain words of a refusal by the events use cases (bad input, not found, a conflict), which
 * no retry can change; undefined for anything else (the database or the queue away), to retry.
 */
export function refusalOf(e: unknown): string | undefined {
  if (e instanceof BadInputError) return e.message;
  if (e instanceof HttpException && e.getStatus() < 500) return e.message;
  return undefined;
}

/** A council system acting as an officer would through POST /events, named in the audit trail. */
export function producerPrincipal(name: string, councilId: string): Principal {
  return { keyId: null, name, role: 'officer', councilId, memberId: null };
}
