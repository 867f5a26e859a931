import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { postcodeKey, type PostcodePlace, readPostcodeCsv } from '@member-alerts/geo';
import { FIXTURES_DIR } from '@member-alerts/persistence';
import { type Gazetteer, readCouncilPlaces } from '@member-alerts/producers';
import { CliError } from './cli-error';
import { councilFolder } from './council-files.util';
import { loadDivisionsFile, readTextFile } from './input.util';
import type { Output } from './output.util';

export const GAZETTEER_OPTIONS = {
  divisions: { type: 'string' },
  postcodes: { type: 'string' },
  places: { type: 'string' },
} as const;

export const GAZETTEER_USAGE = '[--divisions FILE] [--postcodes DIR] [--places FILE.csv]';

/**
 * What a draft's text is read against, as the service reads it: the council's divisions, its
 * postcode CSV files and its places list. Without the options, those of the bundled council
 * (COUNCIL, else the one fixtures/default-council.txt names) and the postcodes that come with
 * the product.
 */
export function loadGazetteer(
  values: { divisions?: string; postcodes?: string; places?: string },
  out: Output,
): Gazetteer {
  const council = councilFolder();
  const divisions = loadDivisionsFile(values.divisions ?? join(council, 'divisions.geojson'));
  const dir = values.postcodes ?? join(FIXTURES_DIR, 'postcodes');
  if (!existsSync(dir)) throw new CliError(`postcodes folder "${dir}" does not exist`);
  const table = new Map<string, PostcodePlace>();
  for (const f of readdirSync(dir).filter((n) => n.toLowerCase().endsWith('.csv'))) {
    for (const p of readPostcodeCsv(readTextFile(join(dir, f), 'postcode file')))
      table.set(postcodeKey(p.postcode), p);
  }
  const placesFile = values.places ?? join(council, 'places.csv');
  const given = values.places !== undefined || existsSync(placesFile);
  const { places, problems } = given
    ? readCouncilPlaces(readTextFile(placesFile, 'places file'))
    : { places: [], problems: [] };
  for (const p of problems) out.note(`warning: places file: ${p}`);
  return { divisions, postcodeAt: (code) => table.get(postcodeKey(code)), places };
}
