import type { DivisionSet, SupportedGeometry } from '@member-alerts/geo';
import type { ProducedEvent, ProducerOutcome } from '../producer-outcome.types';

/** The body of a `POST /events` for road works, as made from a permit. */
export interface RoadWorksBody {
  readonly kind: 'road_works';
  readonly title: string;
  readonly description: string;
  readonly venue: string;
  readonly location: SupportedGeometry;
  readonly startsAt: string;
  readonly endsAt: string;
  readonly major: true;
}

/** What members are told about, compared message to message to see whether anything changed. */
export interface WorksFields {
  readonly startsAt: string;
  readonly endsAt: string;
  /** The works location as given, so a re-sent identical location is no change. */
  readonly location: string;
  readonly category: string;
  readonly trafficManagement: string;
}

export interface WorksState {
  /** The event_time of the last message applied. */
  readonly lastEventTime: string;
  readonly fields?: WorksFields;
  /** The event members were told of, once they have been. */
  readonly alerted?: RoadWorksBody;
  readonly cancelled?: boolean;
}

/** Everything the mapping remembers between messages; plain data, so it can be stored as JSON. */
export interface StreetManagerState {
  readonly works: Readonly<Record<string, WorksState>>;
  /** Each SNS message id read, with the works reference it named (true when it named none). */
  readonly messageIds: Readonly<Record<string, string | true>>;
}

export const EMPTY_STREET_MANAGER_STATE: StreetManagerState = { works: {}, messageIds: {} };

/** The council the messages are read for. */
export interface StreetManagerCouncil {
  /** The council's Street Manager highway authority codes (SWA codes), e.g. "2465". */
  readonly swaCodes: readonly string[];
  readonly divisions: DivisionSet;
}

/** The kinds of Amazon SNS message: the one list, which the API's SNS endpoint checks against too. */
export const SNS_TYPES = ['Notification', 'SubscriptionConfirmation', 'UnsubscribeConfirmation'] as const;
export type SnsKind = (typeof SNS_TYPES)[number];

export interface StreetManagerResult {
  readonly outcome: ProducerOutcome;
  /** The works reference (or, for an activity, the activity reference), when the message names one. */
  readonly ref: string | null;
  /** Why, in plain words. */
  readonly reason: string;
  /** For alert and update the event to register; for cancel the event to cancel. */
  readonly event?: ProducedEvent<RoadWorksBody>;
  /** The SNS message type, when the input was an SNS message. */
  readonly sns?: SnsKind;
  readonly state: StreetManagerState;
}
