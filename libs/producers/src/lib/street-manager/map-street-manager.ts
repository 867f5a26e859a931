import { GeoInputError, matchGeometry } from '@member-alerts/geo';
import { readMessage, text } from './read-message.util';
import {
  categoryInWords,
  categoryRef,
  qualifies,
  roadWorksBody,
  trafficManagementInWords,
  trafficManagementRef,
} from './road-works-body.util';
import { unwrapSns } from './sns-envelope.util';
import type {
  RoadWorksBody,
  StreetManagerCouncil,
  StreetManagerResult,
  StreetManagerState,
  WorksFields,
  WorksState,
} from './street-manager.types';
import { readWorksGeometry } from './works-geometry.util';
import { worksInstant } from './works-times.util';

const SOURCE = 'street-manager';
const CANCELLING = ['PERMIT_CANCELLED', 'PERMIT_REVOKED'];
const ENDING_BEFORE_ALERT = [...CANCELLING, 'PERMIT_REFUSED'];

function withWorks(state: StreetManagerState, ref: string, works: WorksState): StreetManagerState {
  return { ...state, works: { ...state.works, [ref]: works } };
}

function produced(ref: string, event: RoadWorksBody) {
  return { source: SOURCE, sourceRef: ref, event } as const;
}

function changedFields(before: WorksFields, after: WorksFields): string[] {
  const names: Record<keyof WorksFields, string> = {
    startsAt: 'the start',
    endsAt: 'the end',
    location: 'the location',
    category: 'the category',
    trafficManagement: 'the traffic management',
  };
  return (Object.keys(names) as (keyof WorksFields)[])
    .filter((k) => before[k] !== after[k])
    .map((k) => names[k]);
}

function listInWords(items: readonly string[]): string {
  return items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Why a redelivered SNS message is not read again, naming the works it repeats when it named one. */
export function duplicateReason(ref: string | true | null): string {
  const of = typeof ref === 'string' ? `duplicate of ${ref}: ` : '';
  return `${of}this SNS message was received before`;
}

/**
 * Maps one Street Manager notification (an SNS message or a bare message, as JSON text or parsed)
 * to what members must be told, given what earlier messages did. Pure: the new state is returned.
 */
export function mapStreetManager(
  input: unknown,
  state: StreetManagerState,
  council: StreetManagerCouncil,
): StreetManagerResult {
  const unwrapped = unwrapSns(input);
  const sns = unwrapped.sns ? { sns: unwrapped.sns } : {};
  const id = unwrapped.messageId;
  const before = id === undefined ? undefined : state.messageIds[id];
  if (before !== undefined)
    return { outcome: 'duplicate', ref: null, reason: duplicateReason(before), ...sns, state };
  const seen: StreetManagerState =
    id === undefined ? state : { ...state, messageIds: { ...state.messageIds, [id]: true } };
  const done = (
    r: Omit<StreetManagerResult, 'state' | 'sns'>,
    next: StreetManagerState = seen,
  ): StreetManagerResult => ({
    ...r,
    ...sns,
    // The reference is kept with the message id, so that a redelivery can say which works it repeats.
    state:
      id === undefined || r.ref === null
        ? next
        : { ...next, messageIds: { ...next.messageIds, [id]: r.ref } },
  });
  if (!unwrapped.ok) return done({ outcome: 'error', ref: null, reason: unwrapped.problem });
  if (unwrapped.sns === 'SubscriptionConfirmation' || unwrapped.sns === 'UnsubscribeConfirmation') {
    const what = unwrapped.sns === 'SubscriptionConfirmation' ? 'a subscription' : 'an unsubscription';
    return done({
      outcome: 'ignore',
      ref: null,
      reason: `confirms ${what} to the feed; it tells of no works`,
    });
  }

  const message = readMessage(unwrapped.message);
  if (message.kind === 'bad') return done({ outcome: 'error', ref: message.ref, reason: message.problem });
  if (message.kind === 'activity') {
    return done({
      outcome: 'ignore',
      ref: message.ref,
      reason: 'an activity (a skip, scaffolding, a hoarding or the like), not road works',
    });
  }
  const { ref, data, eventType, eventTime } = message;
  const swa = text(data['highway_authority_swa_code']);
  if (swa === undefined || !council.swaCodes.includes(swa)) {
    const who = text(data['highway_authority']);
    return done({
      outcome: 'ignore',
      ref,
      reason: `the highway authority${who ? ` (${who})` : ''} is not this council${swa ? ` (code ${swa})` : ''}`,
    });
  }

  const works = state.works[ref];
  if (works && Date.parse(eventTime) < Date.parse(works.lastEventTime)) {
    return done({ outcome: 'ignore', ref, reason: 'older than a message already applied for these works' });
  }
  if (works?.cancelled) {
    return done({ outcome: 'ignore', ref, reason: 'these works were cancelled, and members were told' });
  }
  const alerted = works?.alerted;
  if (!alerted && ENDING_BEFORE_ALERT.includes(eventType)) {
    const what =
      eventType === 'PERMIT_REFUSED' ? 'refused' : eventType === 'PERMIT_REVOKED' ? 'revoked' : 'cancelled';
    return done(
      { outcome: 'ignore', ref, reason: `the permit was ${what} before members were told of the works` },
      withWorks(seen, ref, { ...works, lastEventTime: eventTime }),
    );
  }
  if (alerted && CANCELLING.includes(eventType)) {
    const what = eventType === 'PERMIT_REVOKED' ? 'revoked' : 'cancelled';
    return done(
      { outcome: 'cancel', ref, reason: `the permit was ${what}`, event: produced(ref, alerted) },
      withWorks(seen, ref, { ...works, lastEventTime: eventTime, cancelled: true }),
    );
  }
  if (alerted && eventType === 'PERMIT_REFUSED') {
    return done({
      outcome: 'ignore',
      ref,
      reason: 'a later application was refused; the works members know of stand',
    });
  }

  if (!alerted && !qualifies(data)) {
    return done({
      outcome: 'ignore',
      ref,
      reason:
        `${categoryInWords(data)} with ${trafficManagementInWords(data)}: only major works, provisional ` +
        'advance authorisations and road closures are told to members (§35)',
    });
  }

  let location;
  try {
    location = readWorksGeometry(data['works_location_coordinates']);
    if (matchGeometry(council.divisions, location).outsideCouncilArea) {
      return done({ outcome: 'ignore', ref, reason: 'the works are outside the council area' });
    }
  } catch (e) {
    if (!(e instanceof GeoInputError)) throw e;
    return done({ outcome: 'error', ref, reason: e.message });
  }
  const startsAt = worksInstant(data['proposed_start_date'], data['proposed_start_time'], false);
  const endsAt = worksInstant(data['proposed_end_date'], data['proposed_end_time'], true);
  if (!startsAt || !endsAt) {
    return done({ outcome: 'error', ref, reason: 'the proposed start or end date cannot be read' });
  }
  if (endsAt < startsAt)
    return done({ outcome: 'error', ref, reason: 'the proposed end is before the start' });

  const event = roadWorksBody(data, location, startsAt, endsAt);
  const fields: WorksFields = {
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    location: JSON.stringify(location),
    category: categoryRef(data),
    trafficManagement: trafficManagementRef(data),
  };
  if (!alerted || !works.fields) {
    return done(
      {
        outcome: 'alert',
        ref,
        reason: `${categoryInWords(data)} with ${trafficManagementInWords(data)}`,
        event: produced(ref, event),
      },
      withWorks(seen, ref, { lastEventTime: eventTime, fields, alerted: event }),
    );
  }
  const changed = changedFields(works.fields, fields);
  if (changed.length === 0) {
    return done(
      { outcome: 'ignore', ref, reason: 'nothing members need has changed' },
      withWorks(seen, ref, { ...works, lastEventTime: eventTime }),
    );
  }
  return done(
    { outcome: 'update', ref, reason: `${listInWords(changed)} changed`, event: produced(ref, event) },
    withWorks(seen, ref, { lastEventTime: eventTime, fields, alerted: event }),
  );
}
