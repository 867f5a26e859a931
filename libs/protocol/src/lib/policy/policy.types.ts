import type { MemberRole } from '@member-alerts/roster';
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
  | { readonly bodyIn: readonly string[] }
  | { readonly allOf: readonly Condition[] }
  | { readonly anyOf: readonly Condition[] };

/** Whether members of adjoining divisions hear of it too. `notifyAdjoining` on an event overrides it. */
export type AdjoiningRule = 'always' | 'never' | { readonly when: Condition };

/** The dates of an event a timing can count back from. */
export type DateField = 'startsAt' | 'endsAt' | 'opensAt' | 'closesAt' | 'respondBy';

/** When to send. */
export type Timing =
  /** §26: as early as possible, i.e. the moment the plan is made. */
  | { readonly at: 'now' }
  /** A fixed time before one of the event's dates, but not before now and never after that date. */
  | { readonly at: 'before'; readonly field: DateField; readonly hours: number }
  /** Working days (not weekends, bank holidays or the council's closure days) before one of its dates. */
  | { readonly at: 'workingDaysBefore'; readonly field: DateField; readonly days: number };

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
  readonly field: DateField | 'body' | 'service' | 'portfolio';
  readonly oneOf?: readonly string[];
  readonly because: string;
}

/** Someone to tell in addition to the local members (§36): the holders of a role. */
export interface RoleTarget {
  /** One of the policy's `roles:`; every member holding it is told (all opposition group leaders). */
  readonly role: MemberRole;
  /** Only the holder of the role whose portfolio is the event's. */
  readonly samePortfolio?: boolean;
  /** The role to tell instead when nobody holds `role` (for the event's portfolio). */
  readonly otherwise?: MemberRole;
}

/** The chair of the body the event's report goes to (its `body`), as the roster says who chairs it. */
export interface ChairTarget {
  readonly chairOfBody: true;
  /** The role to tell instead when nobody on the roster chairs that body. */
  readonly otherwise?: MemberRole;
}

export type EscalationTarget = RoleTarget | ChairTarget;

/** The meeting a report goes to, and what the plan tells members about attending it. */
export interface MeetingRule {
  readonly paragraph: string;
  /** Body codes (as events give them) to the name used in the plan. */
  readonly bodies: Readonly<Record<string, string>>;
  /** `{body}` is replaced with the body's name. */
  readonly rightToAttendAndSpeak: string;
}

/** Where a rule comes from: the protocol's own words, or a choice the council made and its reason. */
export type RuleBasis = { readonly protocol: string } | { readonly choice: string };

/** The rules of a kind that say where they come from. */
export type KindRuleName =
  | 'tell'
  | 'timing'
  | 'adjoining'
  | 'area'
  | 'escalation'
  | 'interest'
  | 'urgent'
  | 'text'
  | 'meeting'
  | 'preElection';

/** A field the form asks for with a kind, with the kind's own words for it. */
export interface FormFieldRule {
  readonly field: DateField | 'body' | 'service' | 'portfolio' | 'affectedArea' | EventFlag;
  readonly label?: string;
  readonly hint?: string;
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
  /** The kind's own fields on the form, in order. */
  readonly form?: readonly FormFieldRule[];
  readonly exclusions: readonly ExclusionRule[];
  readonly escalation: readonly EscalationTarget[];
  /** Whether members who registered an interest in a topic hear of it (§34). */
  readonly interest: boolean;
  readonly meeting?: MeetingRule;
  /** The kind as the form names it, and the one line under it. */
  readonly label?: string;
  readonly hint?: string;
  /** Quiet hours and the daily summary never hold it back. */
  readonly urgent?: boolean;
  /** Also by text: members with a mobile number get a short text as well as the e-mail. */
  readonly text?: boolean;
  /** During a pre-election period: send as usual, or hold it for democratic services. */
  readonly duringPreElection?: 'send' | 'hold';
  /** Where each rule comes from, as the council's file says. */
  readonly basis?: Readonly<Partial<Record<KindRuleName, RuleBasis>>>;
}

/** Paragraph and action for the rules that cut across kinds. */
export interface CrossCuttingRule {
  readonly paragraph: string;
  readonly action: Action;
  readonly basis?: RuleBasis;
}

/** What the council calls things, for the words people read. */
export interface CouncilWords {
  /** "electoral division", "ward". */
  readonly area: string;
  readonly areas: string;
  /** The whole of the council's area, as a sentence says it. */
  readonly wholeArea: string;
  /** The name used in circulation text: "All members of the {circulationName}." */
  readonly circulationName: string;
}

/** A role or a body the council's rules name, with the words people read for it. */
export interface Labelled {
  readonly label: string;
}

/** A role the council's rules name. */
export interface RoleRule extends Labelled {
  /** The role as its holder is called: "Leader of the Council". */
  readonly title?: string;
  /** Held for a portfolio: an event that asks for the role must give its portfolio, for this reason. */
  readonly needsPortfolio?: string;
  /** "one": a single office (the Leader), so the roster refuses a second holder; "many" when absent. */
  readonly holders?: 'one' | 'many';
}

/** The days that do not count as working days, besides weekends. */
export interface WorkingDays {
  readonly bankHolidays: 'england_and_wales';
  /** The council's own closure days, "YYYY-MM-DD" (London). */
  readonly closures: readonly string[];
}

/**
 * From notice of election to close of poll, London dates, both days included; the whole council
 * unless divisions are named (by name, as the boundaries give them).
 */
export interface PreElectionPeriod {
  readonly election: string;
  readonly from: string;
  readonly to: string;
  readonly divisions?: readonly string[];
}

/** A council's reading of its protocol, loaded from its policy file. A new council changes the file, not the code. */
export interface Policy {
  readonly council: string;
  /** The London date this revision takes effect, "YYYY-MM-DD". */
  readonly takesEffect?: string;
  readonly words?: CouncilWords;
  readonly roles?: Readonly<Record<MemberRole, RoleRule>>;
  readonly bodies?: Readonly<Record<string, Labelled>>;
  readonly workingDays?: WorkingDays;
  readonly preElection?: readonly PreElectionPeriod[];
  readonly kinds: Readonly<Record<string, KindPolicy>>;
  /** §34: members with a registered interest in one of the event's topics. */
  readonly interest: CrossCuttingRule;
  /** §36: the leadership, and any roles an event asks for. */
  readonly escalation: CrossCuttingRule;
}
