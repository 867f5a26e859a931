import type { Plan } from '@member-alerts/protocol';

/**
 * The answer to a registration. `registered`: a new event. A source and reference already known
 * answer the event stored for them: `unchanged` when nothing members read has changed, `updated`
 * when it made a new version, exactly as an edit does.
 */
export interface RegisteredEvent {
  readonly id: string;
  readonly version: number;
  readonly status: 'active' | 'cancelled';
  readonly plan: Plan;
  /** Alerts handed to the queue by this request. */
  readonly queued: number;
  readonly outcome: 'registered' | 'unchanged' | 'updated';
  readonly source?: string;
  readonly sourceRef?: string;
  /** What changed, in words, when the outcome is `updated`. */
  readonly changes?: string[];
}

/** The answer and whether a new event was made (201) or an existing one answered (200). */
export interface Registration {
  readonly created: boolean;
  readonly answer: RegisteredEvent;
}
