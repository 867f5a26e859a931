export * from './event';
export type { FieldError } from './lib/event/alert-event.types';
export { EventValidationError } from './lib/event/event-validation-error';
export { parseEvent } from './lib/event/parse-event';
export { eventBodySchema, jsonSchemaOf, type JsonSchema } from './lib/event/event-body-schema';
export { fromPortable, toPortable, type ParsedEvent, type PortableEvent } from './lib/event/parsed-event';
export { readContact } from './lib/event/read-contact';
export { hasUserInfo, webAddress } from './lib/event/web-address';
export { LOCATION_LIMITS } from './lib/event/location-limits';
export type {
  Action,
  AdjoiningRule,
  AreaSource,
  Audience,
  Condition,
  CouncilWords,
  CrossCuttingRule,
  DateField,
  ChairTarget,
  EscalationTarget,
  RoleTarget,
  ExclusionRule,
  KindPolicy,
  KindRuleName,
  Labelled,
  MeetingRule,
  Policy,
  PreElectionPeriod,
  Requirement,
  RoleRule,
  FormFieldRule,
  RuleBasis,
  Timing,
  WorkingDays,
} from './lib/policy/policy.types';
export { formatProblem, parsePolicy, PolicyFileError, type PolicyProblem } from './lib/policy/parse-policy';
export { rosterRules } from './lib/policy/roster-rules';
export { consolePolicy } from './lib/policy/console-policy';
export { councilWords } from './lib/policy/council-words';
export { POLICY_FORMAT, policyFileSchema, type PolicyFile } from './lib/policy/policy-file.schema';
export { policyJsonSchema } from './lib/policy/policy-json-schema';
export { withTakesEffect } from './lib/policy/set-takes-effect';
export {
  choicesInWords,
  councilChoices,
  describePolicy,
  kindRulesInWords,
  oneHolderInWords,
  policyRules,
  type KindRules,
  type RuleInWords,
} from './lib/policy/describe-policy';
export {
  londonDate,
  revisionInForce,
  revisionInWords,
  type PolicyRevision,
} from './lib/revision/policy-revision';
export { comparePlans, type PlanChange, type PlanChangePerson } from './lib/revision/compare-plans';
export { BANK_HOLIDAYS } from './lib/policy/bank-holidays';
export { workingDaysBefore } from './lib/policy/working-days.util';
export type { AreaBasis } from './lib/rules/affected-divisions.rule';
export type {
  Exclusion,
  Meeting,
  Plan,
  PlanContext,
  Reason,
  Recipient,
  RecipientTiming,
  Relation,
} from './lib/plan/plan.types';
export { planEvent } from './lib/plan/plan-event';
export { indexRoster, type RosterIndex } from './lib/rules/roster-index.util';
export { CIRCULATION_HEADING, renderCirculation } from './lib/render/render-circulation';
export { formatPlanTable } from './lib/render/format-plan-table';
export {
  DIGEST_AT,
  type DeliveryPreferences,
  type DeliveryTime,
  deliveryTime,
  isUrgent,
  type UrgentRule,
} from './lib/delivery/delivery-time';
export { londonInstant } from './lib/delivery/london-time.util';
export { londonClock, londonDay, londonMoment, plural, whenInWords } from './lib/render/london-wording';
export { kindLabel } from './lib/render/kind-labels';
export { describeChanges } from './lib/render/describe-changes';
export {
  cancellationRows,
  editRows,
  firstVersionRows,
  withPreferences,
  type DeliveryRule,
  type NewNotification,
  type NotificationChange,
  type PriorRecipient,
} from './lib/notify/version-rows';
export { timingInWords, withTimings } from './lib/notify/preview-timing';
export { COMPLIANCE_FIGURE_WORDS, monthInWords, type ComplianceFigure } from './lib/render/compliance-words';
export { holdingPeriod, holdsWaiting, type WaitingNotice, withHolds } from './lib/notify/pre-election-hold';
