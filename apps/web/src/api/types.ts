import type { AlertEvent } from '@member-alerts/protocol/event';
import type { Geometry } from 'geojson';

export type Role = 'officer' | 'democratic_services' | 'member' | 'leader' | 'monitoring_officer';

/** A person members can ask: what the API's contact fields hold. */
export interface ContactDetails {
  name: string;
  email: string;
  phone?: string;
}

export interface Session {
  role: Role;
  name: string;
  memberId: string | null;
  member: { id: string; externalId: string; name: string; division: string | null } | null;
  /** How the server knows the caller: a session cookie (single sign-on) or an API key. */
  via: 'session' | 'key';
  /** Whom members contact about an event registered without one: the signed-in officer, or the key's contact. */
  contact: ContactDetails | null;
  /** For a session: sent as X-CSRF-Token with every change. */
  csrfToken: string | null;
}

export interface WebSettings {
  basemapUrl: string | null;
  basemapAttribution: string | null;
  basemapAttributionUrl: string | null;
  devSignIn: boolean;
  /** The server signs people in through the council's identity provider (GET /auth/login). */
  singleSignOn: boolean;
}

export type Relation = 'local' | 'adjoining' | 'interest' | 'escalation' | 'officer';
export type Action = 'invite' | 'notify' | 'inform';

export interface Reason {
  relation: Relation;
  paragraph: string;
  division?: string;
  role?: string;
  topic?: string;
  service?: string;
}

export interface Recipient {
  id: string;
  name: string;
  email: string;
  kind: 'member' | 'officer';
  action: Action;
  division?: string;
  reasons: Reason[];
  /** In a preview: when the member's quiet hours or daily summary put their message. */
  timing?: { sendAt: string; digest: boolean; words: string };
}

export interface Plan {
  kind: string;
  title: string;
  paragraph: string;
  summary: string;
  countywide: boolean;
  affectedDivisions: string[];
  adjoiningDivisions: string[];
  adjoiningAlerted: boolean;
  sendAt: string;
  recipients: Recipient[];
  excluded?: { reason: string; paragraph: string }[];
  warnings?: string[];
  meeting?: { bodyName: string; date?: string; rightToAttendAndSpeak: string; paragraph: string };
}

export type DeliveryStatus =
  | 'created'
  | 'queued'
  | 'sending'
  | 'sent'
  | 'temporary-failure'
  | 'permanent-failure'
  | 'technical-failure'
  | 'cancelled'
  | 'acknowledged'
  | 'held';

/** From notice of election to close of poll (London dates); divisions null for the whole council. */
export interface PreElectionPeriodView {
  election: string;
  from: string;
  to: string;
  divisions: string[] | null;
}

/** A notice a pre-election period holds for democratic services to release or withdraw. */
export interface HeldNoticeView {
  id: string;
  event: { id: string; title: string; kind: string; version: number };
  recipient: { kind: 'member' | 'officer'; name: string };
  action: Action;
  change: 'new' | 'updated' | 'removed' | 'cancelled';
  sendAt: string;
  heldAt: string;
  status: DeliveryStatus;
  heldFor: PreElectionPeriodView;
}

export interface HeldNotices {
  periods: PreElectionPeriodView[];
  notices: HeldNoticeView[];
}

export interface NotificationView {
  id: string;
  version: number;
  recipient: { kind: 'member' | 'officer'; id: string; name: string; email: string };
  action: Action;
  change: string;
  reasons: Reason[];
  sendAt: string;
  status: DeliveryStatus;
  attempts: number;
  lastError: string | null;
  sentAt: string | null;
  acknowledgedAt: string | null;
}

type Sent<T> = T extends readonly (infer U)[] ? U[] : T;
// The console sends the kind and roles as chosen from the council's rules (the API checks them) and
// draws plain geometries, not Features.
type Given = Omit<AlertEvent, 'id' | 'kind' | 'escalate' | 'location' | 'affectedArea'>;

/** The event as the officer gave it (the API's payload): the protocol's event, as the form builds it. */
export type EventBody = { -readonly [K in keyof Given]: Sent<Given[K]> } & {
  kind: string;
  escalate?: string[];
  location?: Geometry & { crs?: string };
  /** The area an issue concerns, when that is not where the meeting is. */
  affectedArea?: Geometry;
};

/** What every read of one event starts with. */
export interface EventHead {
  id: string;
  kind: string;
  title: string;
  status: 'active' | 'cancelled';
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface EventDetail extends EventHead {
  createdBy: string;
  event: EventBody;
  /** The council system that sent it, e.g. label "Street Manager works WRK-1"; null when typed in. */
  origin: { source: string; sourceRef: string; label: string } | null;
  plan: Plan;
  delivery: Record<string, number>;
  versions: { version: number; changes: string[]; createdAt: string; createdBy: string }[];
  notifications: NotificationView[];
}

export interface EventListItem {
  id: string;
  kind: string;
  title: string;
  status: 'active' | 'cancelled';
  version: number;
  createdAt: string;
  createdBy: string;
  affectedDivisions: string[];
  recipients: number;
}

export interface EventList {
  total: number;
  limit: number;
  offset: number;
  events: EventListItem[];
}

/** What a member may read of an event they were told of; who else was told is for officers. */
export type ReaderDetails = Pick<
  EventBody,
  | 'description'
  | 'venue'
  | 'startsAt'
  | 'endsAt'
  | 'opensAt'
  | 'closesAt'
  | 'respondBy'
  | 'contact'
  | 'link'
  | 'location'
  | 'crs'
> & {
  countywide: boolean;
  affectedDivisions: string[];
  adjoiningDivisions: string[];
};

export interface AlertView {
  id: string;
  event: {
    id: string;
    kind: string | null;
    title: string | null;
    status: string | null;
    currentVersion: number | null;
    details: ReaderDetails | null;
  };
  version: number;
  change: string;
  action: Action;
  reasons: Reason[];
  sendAt: string;
  status: DeliveryStatus;
  sentAt: string | null;
  acknowledgedAt: string | null;
}

/** GET /events/{id} as a member or leader told of the event reads it. */
export interface MemberEventView extends EventHead {
  details: ReaderDetails;
  alerts: AlertView[];
}

export interface EscalationView extends AlertView {
  recipient: { kind: string; id: string; name: string };
}

export interface Preferences {
  quietHoursStart: string | null;
  quietHoursEnd: string | null;
  digest: boolean;
  digestAt?: string;
  timeZone?: string;
}

export interface MemberView {
  id: string;
  externalId: string;
  name: string;
  email: string;
  division: string | null;
  roles: string[];
  portfolio: string | null;
  interests: string[];
  active: boolean;
  /** When a former member's personal details were erased; null while they are kept. */
  erasedAt: string | null;
}

/** GET /members/{id}: the member with the seats held over time, latest first. */
export interface MemberDetail extends MemberView {
  seats: { division: string; termStart: string; termEnd: string | null }[];
}

export interface OfficerView {
  id: string;
  externalId: string;
  name: string;
  email: string;
  services: string[];
  active: boolean;
}

export interface ImportCounts {
  created: number;
  updated: number;
  unchanged: number;
  deactivated: number;
  warnings: string[];
}

export interface PersonRef {
  id: string;
  name: string;
}

/** What a roster import would do (POST …/import); nothing is stored until its token is confirmed. */
export interface ImportPreview {
  token: string;
  expiresAt: string;
  removeMissing: boolean;
  rosterSize: number;
  removeCountRequired: boolean;
  added: PersonRef[];
  changed: (PersonRef & { changes: { field: string; from: string; to: string; text: string }[] })[];
  unchanged: number;
  leaving: PersonRef[];
  kept: PersonRef[];
  warnings: string[];
}

export interface GenerationMeta {
  id: string;
  label: string;
  effectiveFrom: string;
  status: 'in_effect' | 'future' | 'superseded';
  sourceCrs: string;
  divisionCount: number;
  warnings: string[];
  createdBy: string;
  createdAt: string;
}

export interface WeekEvent {
  id: string;
  kind: string;
  title: string;
  createdAt: string;
  startsAt: string | null;
  opensAt: string | null;
  affectedDivisions: string[];
  adjoiningDivisions: string[];
  location: (Geometry & { crs?: string }) | null;
  crs: string | null;
}

export type ApiKeyStatus = 'active' | 'expired' | 'revoked';

/** An API key as listed: never its secret. */
export interface ApiKeyView {
  id: string;
  name: string;
  role: Role;
  prefix: string;
  member: { id: string; externalId: string; name: string } | null;
  /** Officer keys: whom members contact about events registered with the key that name nobody. */
  contact: ContactDetails | null;
  createdBy: string | null;
  createdAt: string;
  lastUsedAt: string | null;
  expiresAt: string | null;
  revokedAt: string | null;
  revokedBy: string | null;
  status: ApiKeyStatus;
}

/** The answer to creating a key: the only time the key itself is seen. */
export interface CreatedApiKey extends ApiKeyView {
  key: string;
}

export interface NewApiKey {
  name: string;
  role: Role;
  expiresAt?: string;
  member?: string;
  contact?: ContactDetails;
}

export type ProducerSource = 'street-manager' | 'citizen-space';
export type ProducerOutcome =
  'pending' | 'received' | 'alert' | 'update' | 'cancel' | 'ignore' | 'duplicate' | 'error' | 'held';

/** A message from another council system, as GET /producers/messages lists it. */
export interface ProducerMessageView {
  id: string;
  source: ProducerSource;
  messageId: string;
  ref: string | null;
  outcome: ProducerOutcome;
  reason: string | null;
  eventId: string | null;
  receivedAt: string;
  processedAt: string | null;
}

/** A Citizen Space area name and the divisions it covers. */
export interface CitizenSpaceArea {
  name: string;
  divisions: string[];
  countywide: boolean;
  updatedAt: string;
  updatedBy: string;
}

/** A consultation waiting for its area names to be mapped. */
export interface HeldConsultation {
  id: string;
  ref: string | null;
  title: string;
  areas: string[];
  reason: string | null;
  receivedAt: string;
}

export interface CitizenSpaceAreas {
  areas: CitizenSpaceArea[];
  held: HeldConsultation[];
}

/** GET /producers/connections: whether each producer is set up on the server, and if not, how to. */
export type ProducerConnections = Readonly<
  Record<ProducerSource, { connected: boolean; howToConnect: string | null } | undefined>
>;

export interface ProducerMessageList {
  total: number;
  limit: number;
  offset: number;
  messages: ProducerMessageView[];
}

/** One rule of a kind in words, and where it comes from: the protocol's words or the council's reason. */
export interface RuleInWords {
  rule: string;
  says: string;
  basis?: { protocol?: string; choice?: string };
}

/** A policy file's rules in words (GET /policy/rules, POST /policy/check). */
export interface RulesInWords {
  council: string;
  kinds: { key: string; title: string; paragraph: string; covers: string; rules: RuleInWords[] }[];
  choices: { rule: string; reason: string; kinds: string[] }[];
}

export interface PolicyRevisionRef {
  number: number;
  inForceFrom: string;
}

export interface RevisionListing extends PolicyRevisionRef {
  status: 'in_force' | 'future' | 'superseded';
  publishedBy: string;
  publishedAt: string;
}

export interface PreviewPerson {
  id: string;
  name: string;
  kind: 'member' | 'officer';
  division?: string;
  reasons: Reason[];
}

/** What a policy file would change for recent events (POST /policy/preview). */
export interface PolicyPreview {
  from: string;
  checked: number;
  more: boolean;
  unchanged: number;
  events: {
    id: string;
    title: string;
    kind: string;
    registeredAt: string;
    revision: number;
    added?: PreviewPerson[];
    dropped?: PreviewPerson[];
    reasonsChanged?: PreviewPerson[];
    timing?: string;
    excluded?: string[];
    refused?: string;
  }[];
}

/** One figure of the compliance report, as GET /reports/compliance names it. */
export type ComplianceFigure =
  | 'events'
  | 'membersTold'
  | 'onTime'
  | 'late'
  | 'afterEvent'
  | 'registeredLate'
  | 'failed'
  | 'acknowledgedIn7Days'
  | 'escalations'
  | 'held';
export type ComplianceFigures = Record<ComplianceFigure, number>;

/** GET /reports/compliance. */
export interface ComplianceReport {
  period: { from: string; to: string; words: string };
  filter: { kind: string | null; service: string | null; division: string | null };
  council: string;
  source: string;
  madeAt: string;
  totals: ComplianceFigures;
  byKind: (ComplianceFigures & { kind: string; label: string; paragraph: string })[];
  byService: (ComplianceFigures & { service: string | null })[];
  byMonth: (ComplianceFigures & { month: string })[];
}

/** GET /reports/compliance/events. */
export interface FigureEvents {
  figure: ComplianceFigure;
  period: { from: string; to: string; words: string };
  more: boolean;
  events: { id: string; title: string; kind: string; registeredAt: string; notices: number }[];
}

/** GET /members/me/record: a councillor's own alerts over a period. */
export interface MemberRecord {
  period: { from: string; to: string; words: string };
  total: number;
  delivered: number;
  acknowledged: number;
  alerts: {
    id: string;
    eventId: string;
    title: string;
    kind: string;
    change: 'new' | 'updated' | 'removed' | 'cancelled';
    status: DeliveryStatus;
    sentAt: string | null;
    acknowledgedAt: string | null;
  }[];
}
