import type { MultiPolygon } from 'geojson';
import { BoundaryIndex } from './boundary-index';
import type { Crs } from './crs.util';
import { PointIndex } from './point-index';
import { computeTopology, type Topology, type TopologyWarning } from './topology';

export interface Division {
  readonly name: string;
  /** Councillors elected for the division. */
  readonly seats: number;
  readonly featureId?: string | number;
  readonly properties: Readonly<Record<string, unknown>>;
  /** WGS84 [lon, lat]. */
  readonly geometry: MultiPolygon;
}

export type GeoWarning = TopologyWarning;

/** Folds a division name for lookup: case, "&"/"and", apostrophes and spacing do not matter. */
export function foldDivisionName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[’'`.]/g, '')
    .replace(/\band\b/g, '&')
    .replace(/[^a-z0-9&]+/g, ' ')
    .trim();
}

/**
 * A council's divisions, loaded and checked, with their spatial index and adjacency worked out once.
 * Build one with `loadDivisions`.
 */
export class DivisionSet {
  readonly index: BoundaryIndex;
  readonly warnings: readonly GeoWarning[];
  private readonly byName = new Map<string, number>();
  private readonly byFoldedName = new Map<string, number>();
  private readonly topology: Topology;
  private points?: PointIndex;

  constructor(
    readonly divisions: readonly Division[],
    readonly sourceCrs: Crs,
  ) {
    divisions.forEach((d, i) => {
      this.byName.set(d.name, i);
      this.byFoldedName.set(foldDivisionName(d.name), i);
    });
    this.index = new BoundaryIndex(divisions.map((d) => d.geometry));
    this.topology = computeTopology(
      this.index,
      divisions.map((d) => d.name),
    );
    this.warnings = this.topology.warnings;
  }

  /**
   * The index that answers point lookups in bulk (matchPoints), built on first use and kept with
   * the set, so that each set of boundaries builds it once.
   */
  get pointIndex(): PointIndex {
    this.points ??= new PointIndex(
      this.index,
      this.divisions.map((d) => d.name),
    );
    return this.points;
  }

  get names(): string[] {
    return this.divisions.map((d) => d.name);
  }

  get size(): number {
    return this.divisions.length;
  }

  get(name: string): Division | undefined {
    const i = this.indexOf(name);
    return i === undefined ? undefined : this.divisions[i];
  }

  /** Councillors elected for the division. */
  seatsOf(name: string): number | undefined {
    return this.get(name)?.seats;
  }

  /** The exact name for a name given loosely ("St Mary's", "Oadby", "castle donington and kegworth"). */
  resolveName(name: string): string | undefined {
    return this.get(name)?.name;
  }

  indexOf(name: string): number | undefined {
    return this.byName.get(name) ?? this.byFoldedName.get(foldDivisionName(name));
  }

  /** Divisions whose boundary shares an edge of positive length with this one, by name. */
  neighboursOf(name: string): string[] {
    const i = this.indexOf(name);
    if (i === undefined) return [];
    return (this.topology.neighbours[i] ?? []).map((j) => (this.divisions[j] as Division).name);
  }

  /** Length of boundary, in metres, that two divisions share (0 when they are not neighbours). */
  sharedBoundaryMetres(a: string, b: string): number {
    const i = this.indexOf(a);
    const j = this.indexOf(b);
    if (i === undefined || j === undefined) return 0;
    return this.topology.sharedLength.get(i < j ? `${i}|${j}` : `${j}|${i}`) ?? 0;
  }

  /** Every division with its neighbours, names sorted. */
  adjacency(): Record<string, string[]> {
    const out: Record<string, string[]> = {};
    for (const name of [...this.names].sort((a, b) => a.localeCompare(b)))
      out[name] = this.neighboursOf(name);
    return out;
  }

  /** Divisions adjoining any of `names` that are not themselves in `names`. */
  adjoining(names: readonly string[]): string[] {
    const given = new Set(names.map((n) => this.resolveName(n) ?? n));
    const out = new Set<string>();
    for (const n of given) for (const m of this.neighboursOf(n)) if (!given.has(m)) out.add(m);
    return [...out].sort((a, b) => a.localeCompare(b));
  }
}
