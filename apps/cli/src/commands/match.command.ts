import {
  matchGeometry,
  parseCrs,
  type DivisionSet,
  type MatchOptions,
  type MatchResult,
} from '@member-alerts/geo';
import { UsageError } from '../lib/cli-error';
import { loadDivisionsFile, parseNumber, readGeoJsonArgument, requireOption } from '../lib/input.util';
import { runBatch } from '../lib/batch.util';
import { table, type Output } from '../lib/output.util';
import type { CommandSpec } from './command';

export const matchCommand: CommandSpec = {
  name: 'match',
  summary: 'which divisions a point, line or area falls in',
  usage:
    'member-alerts match --divisions FILE (--point X,Y | --geometry GEOJSON|@FILE | --input FILE.ndjson) [--crs EPSG:27700] [--within METRES] [--json]',
  options: {
    divisions: { type: 'string' },
    point: { type: 'string' },
    geometry: { type: 'string' },
    input: { type: 'string' },
    crs: { type: 'string' },
    within: { type: 'string' },
  },
  async run(values, out) {
    const divisionsPath = requireOption(values.divisions, '--divisions', 'the divisions GeoJSON file');
    const sources = (['point', 'geometry', 'input'] as const).filter((k) => values[k] !== undefined);
    if (sources.length !== 1) throw new UsageError('give exactly one of --point, --geometry or --input');
    const options: MatchOptions = {};
    if (values.crs !== undefined) {
      const crs = parseCrs(values.crs);
      if (!crs) throw new UsageError(`--crs must be EPSG:4326 or EPSG:27700, got "${values.crs}"`);
      options.crs = crs;
    }
    const within = parseNumber(values.within, '--within');
    if (within !== undefined) options.withinMetres = within;

    const set = loadDivisionsFile(divisionsPath);
    for (const w of set.warnings) out.note(`warning: ${w.message}`);

    if (values.input !== undefined) return matchStream(set, values.input, options, out);
    const geometry =
      values.point !== undefined ? pointFrom(values.point) : readGeoJsonArgument(values.geometry as string);
    const result = matchGeometry(set, geometry, options);
    out.result(result, () => describe(result));
  },
};

function pointFrom(value: string): unknown {
  const parts = value.split(',').map((s) => s.trim());
  const [x, y] = parts.map(Number);
  if (parts.length !== 2 || !Number.isFinite(x) || !Number.isFinite(y) || parts.some((p) => p === '')) {
    throw new UsageError(
      `--point must be X,Y (longitude,latitude, or easting,northing with --crs EPSG:27700), got "${value}"`,
    );
  }
  return { type: 'Point', coordinates: [x, y] };
}

function describe(r: MatchResult): string {
  const rows = r.divisions.map((d) => [
    d.name,
    d.relation,
    d.relation === 'nearby' ? `${d.distanceMetres} m` : '',
  ]);
  const body = rows.length ? table(['Division', 'Relation', 'Distance'], rows) : '';
  return [r.message, body].filter(Boolean).join('\n');
}

function matchStream(set: DivisionSet, path: string, options: MatchOptions, out: Output): Promise<void> {
  return runBatch(path, { file: 'input file', verb: 'match', noun: 'features' }, out, ({ value }) => {
    const { divisions } = matchGeometry(set, value, options);
    const names = divisions.map((d) =>
      d.relation === 'nearby' ? `${d.name} (${d.distanceMetres} m)` : d.name,
    );
    return { json: { divisions }, text: `: ${names.join('; ') || '(outside the council area)'}` };
  });
}
