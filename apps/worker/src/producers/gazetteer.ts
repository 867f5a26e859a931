import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDivisions, type PostcodePlace, postcodeKey, readPostcodeCsv } from '@member-alerts/geo';
import { councilFolder } from '@member-alerts/persistence';
import { type CouncilPlace, type Gazetteer, readCouncilPlaces } from '@member-alerts/producers';
import { Logger } from '@nestjs/common';
import type { DataSource } from 'typeorm';

/**
 * What a draft's text is read against, as the console and the dry runs read it: the council's
 * boundaries in force, the postcode files of POSTCODES_DIR and the council's places list
 * (`fixtures/<council>/places.csv`). Built once per boundary generation.
 */
export class DraftGazetteer {
  private readonly logger = new Logger(DraftGazetteer.name);
  private kept: { generationId: string; gazetteer: Gazetteer } | undefined;
  private postcodes: Map<string, PostcodePlace> | undefined;
  private places: readonly CouncilPlace[] | undefined;

  constructor(
    private readonly postcodesDir: string,
    private readonly councilSlug: string,
  ) {}

  /** The gazetteer, or why there is none (no boundaries in effect yet). */
  async of(db: DataSource, councilId: string): Promise<Gazetteer | string> {
    const [g] = await db.query<{ id: string }[]>(
      `SELECT id FROM boundary_generations WHERE council_id = $1 AND effective_from <= current_date
        ORDER BY effective_from DESC, created_at DESC LIMIT 1`,
      [councilId],
    );
    if (!g) return 'the council has no boundaries in effect yet, so the places in a message cannot be placed';
    if (this.kept?.generationId === g.id) return this.kept.gazetteer;
    const [row] = await db.query<{ text: string }[]>(
      `SELECT geojson::text AS text FROM boundary_generations WHERE id = $1`,
      [g.id],
    );
    const divisions = loadDivisions(JSON.parse(row?.text ?? '{}') as unknown);
    const table = this.postcodeTable();
    const gazetteer: Gazetteer = {
      divisions,
      postcodeAt: (code) => table.get(postcodeKey(code)),
      places: this.councilPlaces(),
    };
    this.kept = { generationId: g.id, gazetteer };
    return gazetteer;
  }

  private postcodeTable(): Map<string, PostcodePlace> {
    if (this.postcodes) return this.postcodes;
    const table = new Map<string, PostcodePlace>();
    const dir = this.postcodesDir;
    const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.toLowerCase().endsWith('.csv')) : [];
    for (const f of files)
      for (const p of readPostcodeCsv(readFileSync(join(dir, f), 'utf8')))
        table.set(postcodeKey(p.postcode), p);
    this.postcodes = table;
    return table;
  }

  private councilPlaces(): readonly CouncilPlace[] {
    if (this.places) return this.places;
    const file = join(councilFolder(this.councilSlug), 'places.csv');
    const read = existsSync(file)
      ? readCouncilPlaces(readFileSync(file, 'utf8'))
      : { places: [], problems: [] };
    for (const p of read.problems) this.logger.warn(`The council's places list: ${p}`);
    this.places = read.places;
    return read.places;
  }
}
