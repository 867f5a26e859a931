import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as turf from '@turf/turf';
import type { LineString, Point, Polygon } from 'geojson';
import { seededRandom } from './measure.util';
import { ROOT } from './synthetic-council';

/** Every postcode in the LE and NG fixture files, as [lon, lat], in file order. */
export function postcodePositions(): [number, number][] {
  const out: [number, number][] = [];
  for (const area of ['LE', 'NG']) {
    const lines = readFileSync(join(ROOT, 'fixtures', 'postcodes', `${area}-codepoint-2014.csv`), 'utf8')
      .trim()
      .split(/\r?\n/);
    const header = (lines[0] ?? '').split(',');
    const lon = header.indexOf('lon');
    const lat = header.indexOf('lat');
    for (const line of lines.slice(1)) {
      const cells = line.split(',');
      const p: [number, number] = [Number(cells[lon]), Number(cells[lat])];
      if (Number.isFinite(p[0]) && Number.isFinite(p[1])) out.push(p);
    }
  }
  return out;
}

/** `n` positions spread evenly through the list, so both postcode areas are represented. */
export function spread<T>(list: readonly T[], n: number): T[] {
  const step = list.length / n;
  return Array.from({ length: Math.min(n, list.length) }, (_, i) => list[Math.floor(i * step)] as T);
}

const M_PER_DEG = 111_195;

/** Road-works routes: 2 to 7 legs of 150–900 m each, wandering from a postcode. */
export function roadWorks(starts: readonly [number, number][], seed: number): LineString[] {
  const rnd = seededRandom(seed);
  return starts.map(([lon, lat]) => {
    const coords: [number, number][] = [[lon, lat]];
    let bearing = rnd() * 2 * Math.PI;
    const legs = 2 + Math.floor(rnd() * 6);
    let [x, y] = [lon, lat];
    for (let i = 0; i < legs; i++) {
      bearing += (rnd() - 0.5) * 1.2;
      const m = 150 + rnd() * 750;
      y += (m * Math.cos(bearing)) / M_PER_DEG;
      x += (m * Math.sin(bearing)) / (M_PER_DEG * Math.cos((y * Math.PI) / 180));
      coords.push([x, y]);
    }
    return { type: 'LineString', coordinates: coords };
  });
}

/**
 * Lines of `vertices` points scattered at random over the extent of `divisions`: every segment runs
 * for kilometres in its own direction, the hardest line there is to match.
 */
export function scatteredLines(
  divisions: Parameters<typeof turf.bbox>[0],
  count: number,
  vertices: number,
  seed: number,
): LineString[] {
  const rnd = seededRandom(seed);
  const [minLon, minLat, maxLon, maxLat] = turf.bbox(divisions);
  return Array.from({ length: count }, () => ({
    type: 'LineString',
    coordinates: Array.from({ length: vertices }, () => [
      minLon + rnd() * (maxLon - minLon),
      minLat + rnd() * (maxLat - minLat),
    ]),
  }));
}

/** Affected areas: circles of 200 m to 1.5 km round a postcode, as 24-sided polygons. */
export function affectedAreas(centres: readonly [number, number][], seed: number): Polygon[] {
  const rnd = seededRandom(seed);
  return centres.map((c) => turf.circle(c, 0.2 + rnd() * 1.3, { steps: 24, units: 'kilometers' }).geometry);
}

export function points(positions: readonly [number, number][]): Point[] {
  return positions.map((p) => ({ type: 'Point', coordinates: p }));
}
