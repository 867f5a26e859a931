import type { DivisionSet } from '@member-alerts/geo';
import { unsafeText, withoutInvisibles } from '@member-alerts/roster';
import type { Feature, FeatureCollection, MultiPolygon } from 'geojson';
import type { FieldProblem } from '../common/bad-input.error';

const MAX_LABEL = 200;
const MAX_DIVISION_NAME = 200;

/** A calendar date written YYYY-MM-DD that exists (no 31 April). */
export function isCalendarDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

export function readUploadQuery(
  label: string | undefined,
  effectiveFrom: string | undefined,
): { label: string; effectiveFrom: string; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const l = withoutInvisibles(label ?? '').trim();
  if (!l)
    problems.push({
      field: 'label',
      message: 'is required: the order that made them, e.g. "The Electoral Changes Order 2025"',
    });
  else if (unsafeText(l)) problems.push({ field: 'label', message: unsafeText(l) as string });
  else if (l.length > MAX_LABEL)
    problems.push({ field: 'label', message: `must be at most ${MAX_LABEL} characters` });
  const e = (effectiveFrom ?? '').trim();
  if (!e)
    problems.push({
      field: 'effectiveFrom',
      message: 'is required: the first day the boundaries apply, YYYY-MM-DD',
    });
  else if (!isCalendarDate(e))
    problems.push({
      field: 'effectiveFrom',
      message: `"${e.slice(0, 40)}" is not a date written YYYY-MM-DD`,
    });
  return { label: l, effectiveFrom: e, problems };
}

/**
 * Division names go into e-mails, circulation text and the roster, so they must be one line of
 * plain text. libs/geo does not check this (yet); it only trims them.
 */
export function divisionNameProblems(set: DivisionSet): FieldProblem[] {
  return set.divisions.flatMap((d, i) => {
    const bad =
      unsafeText(d.name) ??
      (d.name.length > MAX_DIVISION_NAME ? `must be at most ${MAX_DIVISION_NAME} characters` : undefined);
    return bad
      ? [{ field: 'body', message: `feature ${i} ("${d.name.slice(0, 60)}"): the division name ${bad}` }]
      : [];
  });
}

/**
 * The divisions as loaded, in WGS84, as a FeatureCollection that loads back to the same set: a
 * British National Grid upload is stored converted, as CouncilContextService expects. The `name`
 * and `seats` properties carry the values the loader chose, whichever properties they came from.
 */
export function toFeatureCollection(set: DivisionSet): FeatureCollection<MultiPolygon> {
  return {
    type: 'FeatureCollection',
    features: set.divisions.map((d): Feature<MultiPolygon> => ({
      type: 'Feature',
      ...(d.featureId === undefined ? {} : { id: d.featureId }),
      properties: { ...d.properties, name: d.name, seats: d.seats },
      geometry: d.geometry,
    })),
  };
}
