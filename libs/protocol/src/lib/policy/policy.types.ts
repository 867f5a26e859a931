import type { MemberRole } from '@member-alerts/roster';
import type { EventKind } from '../event/event-kind';
import type { EventFlag } from '../event/alert-event.types';

/** What a recipient is asked to do: come (invite), know (notify), or, for officers, be told (inform). */
export type Action = 'invite' | 'notify' | 'inform';

/** Who a kind is addressed to: the members for the affected divisions, or the officers for the service. */
export type Audience = 'local_members' | 'service_officers';

/** A test on an event, written as data so the policy table can say when a rule applies. */
export type Condition =
  /** The flag has this value; an absent flag counts as false. */
  | { readonly flag: EventFlag; readonly is: boolean }
  /** The event's `body` is one of these. */
  | { readonly bodyIn: readonly string[] };

/** Whether members of adjoining divisions hear of it too. `notifyAdjoining` on an event overrides it. */
export type AdjoiningRule = 'always' | 'never' | { readonly when: Condition };

/** When to send. */
export type Timing =
  /** §26: as early as possible, i.e. the moment the plan is made. */
  | { readonly at: 'now' }
  /** A fixed time before one of the event's dates, but not before now and never after that date. */
  | { readonly at: 'before'; readonly field: 'opensAt' | 'startsAt'; readonly hours: number };

/** Where a geometry decides the affected divisions: the first of these the event gives is used. */
export type AreaSource = 'location' | 'affectedArea';

/** A case the protocol carves out: nobody is told, and the plan quotes why. */
export interface ExclusionRule {
  readonly when: Condition;
  readonly paragraph: string;
  readonly reason: string;
}

/** A field an event of this kind must give, and (optionally) the values it may take. */
export interface Requirement {
  readonly field: 'opensAt' | 'startsAt' | 'body' | 'service' | 'portfolio';
  readonly oneOf?: readonly string[];
  readonly because: string;
}

/** Someone to tell in addition to the local members (§36). */
export interface EscalationTarget {
  readonly role: MemberRole;
  /** Only the holder of the role whose portfolio is the event's. */
  readonly samePortfolio?: boolean;
  /** The role to tell instead when nobody holds `role` (for the event's portfolio). */
  readonly otherwise?: MemberRole;
}

/** The meeting a report goes to, and what the plan tells members about attending it. */
export interface MeetingRule {
  readonly paragraph: string;
  /** Body codes (as events give them) to the name used in the plan. */
  readonly bodies: Readonly<Record<string, string>>;
  /** `{body}` is replaced with the body's name. */
  readonly rightToAttendAndSpeak: string;
}

/** One row of the policy table: everything the code needs to know about one kind of event. */
export interface KindPolicy {
  readonly paragraph: string;
  /** What the protocol asks for, in one line, for people reading a plan. */
  readonly summary: string;
  readonly audience: Audience;
  readonly action: Action;
  readonly timing: Timing;
  readonly adjoining: AdjoiningRule;
  readonly area: readonly AreaSource[];
  readonly requires: readonly Requirement[];
  readonly exclusions: readonly ExclusionRule[];
  readonly escalation: readonly EscalationTarget[];
  /** Whether members who registered an interest in a topic hear of it (§34). */
  readonly interest: boolean;
  readonly meeting?: MeetingRule;
}

/** Paragraph and action for the rules that cut across kinds. */
export interface CrossCuttingRule {
  readonly paragraph: string;
  readonly action: Action;
}

/** A council's reading of its protocol. A new council changes this table, not the code. */
export interface Policy {
  readonly council: string;
  readonly kinds: Readonly<Record<EventKind, KindPolicy>>;
  /** §34: members with a registered interest in one of the event's topics. */
  readonly interest: CrossCuttingRule;
  /** §36: the leadership, and any roles an event asks for. */
  readonly escalation: CrossCuttingRule;
}
