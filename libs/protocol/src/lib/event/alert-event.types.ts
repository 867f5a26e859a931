import type { Crs, SupportedGeometry } from '@member-alerts/geo';
import type { MemberRole } from '@member-alerts/roster';
import type { Feature } from 'geojson';
import type { EventKind } from './event-kind';

/**
 * A GeoJSON geometry or Feature, in WGS84 [lon, lat] or, with `crs: "EPSG:27700"` on it or on the
 * event, in British National Grid eastings/northings.
 */
export type EventLocation = (SupportedGeometry | Feature<SupportedGeometry>) & { readonly crs?: string };

/** The flags an officer can set on an event; an absent flag counts as false. */
export type EventFlag = 'servesAdjoining' | 'controversial' | 'individualServiceComplaint' | 'major';

/** Something that happens in the council's area that members may need to hear about (§26). */
export interface AlertEvent {
  readonly id?: string;
  readonly kind: EventKind;
  readonly title: string;
  readonly description?: string;
  /** The place as people know it: "Oadby Library, Sandhurst Street". */
  readonly venue?: string;
  /** Where it happens: the venue, the site, the route. */
  readonly location?: EventLocation;
  /** The CRS of `location` and `affectedArea` when they do not declare one. WGS84 when absent. */
  readonly crs?: Crs;
  /** Divisions named instead of a location; loose spellings are resolved to the exact names. */
  readonly divisions?: readonly string[];
  readonly countywide?: boolean;
  /** The area an issue concerns, when that is not where it happens (a public meeting's venue, §29). */
  readonly affectedArea?: EventLocation;
  /** ISO 8601. For a sensitive report, the date of the meeting that considers it (§33). */
  readonly startsAt?: string;
  readonly endsAt?: string;
  /** ISO 8601. When a consultation opens (§31). */
  readonly opensAt?: string;
  readonly closesAt?: string;
  /** ISO 8601. For a press enquiry, when the answer is due. */
  readonly respondBy?: string;
  /** The officer members should ask; the caller's default contact when not given. */
  readonly contact?: EventContact;
  /** A https web address with more information. */
  readonly link?: string;
  /** The body considering a sensitive report: cabinet, scrutiny, regulatory, informal_panel, working_party. */
  readonly body?: string;
  /** The Cabinet portfolio the matter falls under (§36). */
  readonly portfolio?: string;
  /** The service concerned, matched against officers' services (§30). */
  readonly service?: string;
  /** Topics, matched against members' registered interests (§34); lower-cased. */
  readonly topics?: readonly string[];
  readonly servesAdjoining?: boolean;
  readonly controversial?: boolean;
  readonly individualServiceComplaint?: boolean;
  readonly major?: boolean;
  /** Overrides the kind's adjoining rule in either direction. */
  readonly notifyAdjoining?: boolean;
  /** Roles to tell as well, whatever the kind (§36). */
  readonly escalate?: readonly MemberRole[];
}

/** The officer members ask about an event. */
export interface EventContact {
  readonly name: string;
  readonly email: string;
  readonly phone?: string;
}

/** One bad field of an event, named as the sender wrote it ("kind", "topics[2]"). */
export interface FieldError {
  readonly field: string;
  readonly message: string;
}
