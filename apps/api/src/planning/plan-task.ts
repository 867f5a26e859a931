import type { FieldError, Plan, Policy, PolicyRevision, PortableEvent } from '@member-alerts/protocol';
import type { Member, Officer } from '@member-alerts/roster';

/**
 * One piece of work for a planning thread. A thread keeps each council's division set (by boundary
 * generation) and roster (by roster key) once it has them, so they are sent only when it says it lacks them.
 */
export interface PlanTask {
  readonly councilId: string;
  readonly generationId: string;
  readonly rosterKey: number;
  /** The revision of the council's rules to check and plan under. */
  readonly revision: PolicyRevision;
  /** That revision's rules. */
  readonly policy?: Policy;
  /** The generation's GeoJSON text. */
  readonly boundaries?: string;
  readonly roster?: { readonly members: readonly Member[]; readonly officers: readonly Officer[] };
  /** An event's fields to check, or an event already checked. */
  readonly input: { readonly fields: unknown } | { readonly parsed: PortableEvent };
  /** Plan the event at this instant (ms since 1970) as well. */
  readonly planAt?: number;
}

export type PlanAnswer =
  | {
      readonly kind: 'lacks';
      readonly boundaries: boolean;
      readonly roster: boolean;
      readonly policy: boolean;
    }
  | { readonly kind: 'done'; readonly parsed: PortableEvent; readonly plan?: Plan }
  | { readonly kind: 'invalid'; readonly errors: readonly FieldError[] }
  | { readonly kind: 'bad-geometry'; readonly message: string; readonly problems: readonly string[] }
  | { readonly kind: 'failed'; readonly message: string; readonly stack?: string };
