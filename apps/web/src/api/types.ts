import type { AlertEvent } from '@member-alerts/protocol/event';
import type { Geometry } from 'geojson';
import type { operations } from './openapi';

/*
 * The console's wire types are the API's contract: ./openapi.d.ts is generated from the OpenAPI
 * document (npm run api-types) and a test of the API fails when it is out of date. The names below
 * are aliases of its answers; where the console reads a field more narrowly than the document says
 * (a GeoJSON geometry, the protocol's event), the comment says so.
 */

/** The JSON answer of an operation on success. */
type Answer<Op extends keyof operations> = operations[Op]['responses'] extends {
  200: { content: { 'application/json': infer B } };
}
  ? B
  : operations[Op]['responses'] extends { 201: { content: { 'application/json': infer B } } }
    ? B
    : never;
/** The JSON body an operation takes. */
type Body<Op extends keyof operations> = operations[Op] extends {
  requestBody?: { content: { 'application/json': infer B } };
}
  ? B
  : never;
type Item<T> = T extends readonly (infer U)[] ? U : never;

export type Session = Answer<'AuthSessionController_session'>;
export type Role = Session['role'];

/** A person members can ask: what the API's contact fields hold. */
export type ContactDetails = NonNullable<Session['contact']>;

export type WebSettings = Answer<'AuthSessionController_webConfig'>;

export type Plan = Answer<'EventsController_preview'>;
export type Recipient = Item<Plan['recipients']>;
export type Reason = Item<Recipient['reasons']>;
export type Relation = Reason['relation'];
export type Action = Recipient['action'];

export type EventList = Answer<'EventsController_list'>;
export type EventListItem = Item<EventList['events']>;

export type HeldNotices = Answer<'HeldNoticesController_list'>;
/** From notice of election to close of poll (London dates); divisions null for the whole council. */
export type PreElectionPeriodView = Item<HeldNotices['periods']>;
/** A notice a pre-election period holds for democratic services to release or withdraw. */
export type HeldNoticeView = Item<HeldNotices['notices']>;

export type Drafts = Answer<'DraftsController_list'>;
/** An FOI request or press enquiry waiting for an officer, as the list shows it. */
export type DraftSummary = Item<Drafts['drafts']>;
/** One draft, with its text, where the places found are named in it, and the original for the officer. */
export type DraftDetail = Answer<'DraftsController_one'>;

type Sent<T> = T extends readonly (infer U)[] ? U[] : T;
// The console sends the kind and roles as chosen from the council's rules (the API checks them) and
// draws plain geometries, not Features.
type Given = Omit<AlertEvent, 'id' | 'kind' | 'escalate' | 'location' | 'affectedArea'>;

/**
 * The event as the officer gave it (the API's payload): the protocol's event, as the form builds it.
 * The document says only "an object" here; the console reads it as the protocol's event.
 */
export type EventBody = { -readonly [K in keyof Given]: Sent<Given[K]> } & {
  kind: string;
  escalate?: string[];
  location?: Geometry & { crs?: string };
  /** The area an issue concerns, when that is not where the meeting is. */
  affectedArea?: Geometry;
};

type EventRead = Answer<'EventsController_get'>;
type OfficerRead = Extract<EventRead, { notifications: unknown }>;
type MemberRead = Exclude<EventRead, { notifications: unknown }>;

/** GET /events/{id} as an officer reads it, with the event as the protocol's event. */
export type EventDetail = Omit<OfficerRead, 'event'> & { event: EventBody };
/** What every read of one event starts with. */
export type EventHead = Pick<
  OfficerRead,
  'id' | 'kind' | 'title' | 'status' | 'version' | 'createdAt' | 'updatedAt'
>;
export type NotificationView = Item<OfficerRead['notifications']>;
export type DeliveryStatus = NotificationView['status'];

/**
 * What a member may read of an event they were told of; who else was told is for officers. The
 * document gives the location as "GeoJSON, as registered"; the console reads it as a geometry.
 */
export type ReaderDetails = Omit<MemberRead['details'], 'location'> & Pick<EventBody, 'location'>;

type Alert = Item<Answer<'AlertsController_mine'>['alerts']>;
/** An alert of the caller's, with what they may read of its event (a geometry, as above). */
export type AlertView = Omit<Alert, 'event'> & {
  event: Omit<Alert['event'], 'details'> & { details: ReaderDetails | null };
};

/** GET /events/{id} as a member or leader told of the event reads it. */
export type MemberEventView = Omit<MemberRead, 'details' | 'alerts'> & {
  details: ReaderDetails;
  alerts: AlertView[];
};

export type EscalationView = AlertView &
  Pick<Item<Answer<'AlertsController_escalations'>['escalations']>, 'recipient'>;

export type Preferences = Answer<'PreferencesController_get'>;
export type PreferencesChange = Body<'PreferencesController_put'>;

export type MemberView = Item<Answer<'MembersController_list'>['members']>;
/** GET /members/{id}: the member with the seats held over time, latest first. */
export type MemberDetail = Answer<'MembersController_get'>;
export type OfficerView = Answer<'OfficersController_get'>;
export type ImportCounts = Answer<'MembersController_confirmImport'>;
/** What a roster import would do (POST …/import); nothing is stored until its token is confirmed. */
export type ImportPreview = Answer<'MembersController_import'>;
export type PersonRef = Item<ImportPreview['added']>;

export type GenerationMeta = Item<Answer<'BoundariesController_list'>['generations']>;
/** POST /boundaries: the generation as stored, before it is listed. */
export type StoredGeneration = Answer<'BoundariesController_create'>;

type WeekRead = Item<Answer<'WebMapController_week'>['events']>;
/** An event of the week's map; the document's "GeoJSON" location is read as a geometry. */
export type WeekEvent = Omit<WeekRead, 'location'> & { location: (Geometry & { crs?: string }) | null };

/** An API key as listed: never its secret. */
export type ApiKeyView = Item<Answer<'ApiKeysController_list'>['keys']>;
export type ApiKeyStatus = ApiKeyView['status'];
/** The answer to creating a key: the only time the key itself is seen. */
export type CreatedApiKey = Answer<'ApiKeysController_add'>;
export type NewApiKey = Body<'ApiKeysController_add'>;

export type ProducerMessageList = Answer<'ProducerMessagesController_list'>;
/** A message from another council system, as GET /producers/messages lists it. */
export type ProducerMessageView = Item<ProducerMessageList['messages']>;
export type ProducerSource = ProducerMessageView['source'];
export type ProducerOutcome = ProducerMessageView['outcome'];

export type CitizenSpaceAreas = Answer<'CitizenSpaceAreasController_list'>;
/** A Citizen Space area name and the divisions it covers. */
export type CitizenSpaceArea = Item<CitizenSpaceAreas['areas']>;
/** A consultation waiting for its area names to be mapped. */
export type HeldConsultation = Item<CitizenSpaceAreas['held']>;

/** GET /producers/connections: whether each producer is set up on the server, and if not, how to. */
export type ProducerConnections = Answer<'ProducerMessagesController_connections'>;

/** A policy file's rules in words (GET /policy/rules, POST /policy/check). */
export type RulesInWords = Omit<Answer<'PolicyController_rules'>, 'revision'>;
/** One rule of a kind in words, and where it comes from: the protocol's words or the council's reason. */
export type RuleInWords = Item<Item<RulesInWords['kinds']>['rules']>;
export type PolicyRevisionRef = Answer<'PolicyController_rules'>['revision'];
export type RevisionListing = Answer<'PolicyController_publish'>;

/** What a policy file would change for recent events (POST /policy/preview). */
export type PolicyPreview = Answer<'PolicyController_preview'>;
export type PreviewPerson = Item<NonNullable<Item<PolicyPreview['events']>['added']>>;

/** GET /reports/compliance. */
export type ComplianceReport = Answer<'ReportsController_compliance'>;
export type ComplianceFigures = ComplianceReport['totals'];
/** GET /reports/compliance/events. */
export type FigureEvents = Answer<'ReportsController_figureEvents'>;
/** One figure of the compliance report, as GET /reports/compliance names it. */
export type ComplianceFigure = FigureEvents['figure'];

type RecordRead = Answer<'ReportsController_memberRecord'>;
/**
 * GET /members/me/record: a councillor's own alerts over a period. The document gives an alert's
 * change and status as any text; the console reads them as the words it knows.
 */
export type MemberRecord = Omit<RecordRead, 'alerts'> & {
  alerts: (Omit<Item<RecordRead['alerts']>, 'change' | 'status'> & {
    change: NotificationView['change'];
    status: DeliveryStatus;
  })[];
};
