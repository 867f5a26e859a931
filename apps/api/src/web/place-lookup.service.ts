import { foldDivisionName, interiorPoint } from '@member-alerts/geo';
import { Injectable } from '@nestjs/common';
import { CouncilContextService } from '../council/council-context.service';
import { PlaceListService } from './place-list.service';
import { POSTCODE, PostcodeLookupService } from './postcode-lookup.service';

/**
 * How well a name fits what was typed, both folded: 0 the whole name, 1 a name that starts with
 * it, 2 one that has it; undefined when it does not.
 */
function rankOf(wanted: string, name: string): number | undefined {
  const n = foldDivisionName(name);
  if (n === wanted) return 0;
  if (n.startsWith(wanted)) return 1;
  return n.includes(wanted) ? 2 : undefined;
}

/** The entries whose name fits, best first, then by name. */
function fitting<T>(wanted: string, entries: readonly T[], nameOf: (e: T) => string): T[] {
  return entries
    .map((e) => ({ e, r: rankOf(wanted, nameOf(e)) }))
    .filter((x): x is { e: T; r: number } => x.r !== undefined)
    .sort((a, b) => a.r - b.r || nameOf(a.e).localeCompare(nameOf(b.e)))
    .map((x) => x.e);
}

export type PlaceKind = 'postcode' | 'division' | 'place';

/** A place found, where to mark it, and the area to show around it when it has one. */
export interface Place {
  readonly name: string;
  readonly kind: PlaceKind;
  readonly lon: number;
  readonly lat: number;
  /** [west, south, east, north], WGS84. */
  readonly bounds?: readonly [number, number, number, number];
}

/** At most this many places answer one search: enough to choose from, few enough to read. */
export const MAX_PLACES = 10;

/**
 * Finds the places a person types on the map: a full postcode, or a division's name or part of it.
 * Each kind of place is one finder in `FINDERS` order; a council's own list of places and streets
 * joins as one more finder, and the console does not change.
 */
@Injectable()
export class PlaceLookupService {
  constructor(
    private readonly postcodes: PostcodeLookupService,
    private readonly context: CouncilContextService,
    private readonly list: PlaceListService,
  ) {}

  async find(councilId: string, query: string): Promise<Place[]> {
    const finders = [
      () => this.byPostcode(query),
      () => this.byPlaceList(query),
      () => this.byDivision(councilId, query),
    ];
    const found: Place[] = [];
    for (const finder of finders) found.push(...(await finder()));
    return found.slice(0, MAX_PLACES);
  }

  /** The postcode areas the postcode data covers, to say so when one is not found. */
  postcodeAreas(): string[] {
    return this.postcodes.areas();
  }

  private byPostcode(query: string): Place[] {
    if (!POSTCODE.test(query)) return [];
    const p = this.postcodes.find(query);
    return p ? [{ name: p.postcode, kind: 'postcode', lon: p.lon, lat: p.lat }] : [];
  }

  /** The council's own places and streets (PLACES_DIR), by the same rule as division names. */
  private byPlaceList(query: string): Place[] {
    const wanted = foldDivisionName(query);
    if (!wanted) return [];
    return fitting(wanted, this.list.places(), (p) => p.name).map((p) => ({
      name: p.name,
      kind: 'place' as const,
      lon: p.lon,
      lat: p.lat,
    }));
  }

  private async byDivision(councilId: string, query: string): Promise<Place[]> {
    const wanted = foldDivisionName(query);
    if (!wanted) return [];
    const set = await this.context.divisionSetOf(await this.context.currentGeneration(councilId));
    // The whole name first, then names that start with the words, then names that have them.
    return fitting(wanted, set.divisions, (d) => d.name).flatMap((d) => {
      const at = interiorPoint(d.geometry);
      if (!at) return [];
      const points = d.geometry.coordinates.flat(2);
      const lons = points.map((p) => p[0] ?? at[0]);
      const lats = points.map((p) => p[1] ?? at[1]);
      const bounds = [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)] as const;
      return [{ name: d.name, kind: 'division' as const, lon: at[0], lat: at[1], bounds }];
    });
  }
}
