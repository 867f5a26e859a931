import type { DivisionSet } from '@member-alerts/geo';
import type { Member, Officer } from '@member-alerts/roster';
import type { EventKind } from '../event/event-kind';
import type { Action, Policy } from '../policy/policy.types';
import type { PolicyRevision } from '../revision/policy-revision';
import type { AreaBasis } from '../rules/affected-divisions.rule';
import type { RosterIndex } from '../rules/roster-index.util';

export interface PlanContext {
  readonly divisions: DivisionSet;
  readonly members: readonly Member[];
  /**
   * `members` grouped by indexRoster, for a caller that plans many events with one roster to build
   * once. Without it, each plan groups the roster itself.
   */
  readonly roster?: RosterIndex;
  readonly officers?: readonly Officer[];
  /** The clock: plans depend on it only through this. */
  readonly now: Date;
  /** The council's rules, from its policy file. */
  readonly policy: Policy;
  /** Which revision of the council's rules `policy` is, named in the plan. */
  readonly revision?: PolicyRevision;
}

export type Relation = 'local' | 'adjoining' | 'interest' | 'escalation' | 'officer';

/** Why one person is told, and the paragraph of the protocol that says so. */
export interface Reason {
  relation: Relation;
  /** "28", "26, 35". */
  paragraph: string;
  /** The division that makes the member local or adjoining. */
  division?: string;
  /** The role an escalation went to. */
  role?: string;
  /** The body (its key) whose chair an escalation went to. */
  chairOf?: string;
  /** The interest that matched (§34). */
  topic?: string;
  /** The service that matched an officer (§30). */
  service?: string;
}

export interface Recipient {
  id: string;
  name: string;
  email: string;
  kind: 'member' | 'officer';
  /** The strongest action any reason asks for: invite, then notify, then inform. */
  action: Action;
  /** The member's own division. */
  division?: string;
  reasons: Reason[];
  /** Only in a preview: when the member's quiet hours or daily summary put their message. */
  timing?: RecipientTiming;
}

export interface RecipientTiming {
  sendAt: string;
  digest: boolean;
  /** "after quiet hours, at 7am tomorrow", "in the daily summary at 8am today". */
  words: string;
}

export interface Exclusion {
  reason: string;
  paragraph: string;
}

export interface Meeting {
  /** The body code the event gave ("cabinet"). */
  body: string;
  /** Its name ("the Cabinet"). */
  bodyName: string;
  /** The meeting date, from the event's startsAt. */
  date?: string;
  /** §33, worded for the member. */
  rightToAttendAndSpeak: string;
  paragraph: string;
}

export interface Plan {
  eventId?: string;
  kind: EventKind;
  title: string;
  /** The paragraph the kind comes under. */
  paragraph: string;
  /** What the protocol asks for this kind, in one line. */
  summary: string;
  /** What decided the affected divisions. */
  basis: AreaBasis;
  countywide: boolean;
  affectedDivisions: string[];
  /** Divisions next to an affected one that are not affected themselves. */
  adjoiningDivisions: string[];
  /** Whether the adjoining divisions' members are told. */
  adjoiningAlerted: boolean;
  /** ISO 8601. In the past or now means: send straight away. */
  sendAt: string;
  recipients: Recipient[];
  /** Why nobody is told, when nobody is. */
  excluded?: Exclusion[];
  meeting?: Meeting;
  /** Things democratic services should look at: a vacancy, a late notice, an unmatched portfolio. */
  warnings?: string[];
  /** The revision of the council's rules the plan was made under. */
  revision?: PolicyRevision;
}
