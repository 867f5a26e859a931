import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { OfficerEntity } from '@member-alerts/persistence';
import { importOfficersCsv, type Officer, type RowProblem } from '@member-alerts/roster';
import { DataSource, In } from 'typeorm';
import type { Principal } from '../auth/principal';
import { CouncilContextService } from '../council/council-context.service';
import { lockRoster } from './member-seat.util';
import { csvText, rejectFile } from './roster-fields.util';
import { finishImport, labelLimitProblems, textLimitProblems, type ImportCounts } from './roster-import.util';

export interface ImportOfficersCommand {
  readonly principal: Principal;
  readonly body: unknown;
}

/** What the officer endpoints require and the roster library's CSV check does not (yet). */
function limitProblems(rows: readonly Officer[]): RowProblem[] {
  // importOfficersCsv returns rows only when every record was good, one per record in file order.
  return rows.flatMap((r, i) => [
    ...textLimitProblems(i + 2, 'name', r.name),
    ...labelLimitProblems(i + 2, 'services', r.services, 'services'),
  ]);
}

const sameOfficer = (e: OfficerEntity, r: Officer) =>
  e.active &&
  e.name === r.name &&
  e.email === r.email &&
  JSON.stringify(e.services) === JSON.stringify(r.services);

/** Replaces the officers with an officers CSV: all rows good or nothing stored; absent officers leave. */
@Injectable()
export class ImportOfficersUseCase {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly context: CouncilContextService,
  ) {}

  async execute(cmd: ImportOfficersCommand): Promise<ImportCounts> {
    const parsed = importOfficersCsv(csvText(cmd.body));
    if (!parsed.ok) throw rejectFile('officers', parsed.problems);
    const tooLong = limitProblems(parsed.rows);
    if (tooLong.length) throw rejectFile('officers', tooLong);
    const { councilId } = cmd.principal;

    const counts = await this.db.transaction(async (m) => {
      await lockRoster(m, councilId);
      const existing = new Map(
        (await m.find(OfficerEntity, { where: { councilId } })).map((e) => [e.externalId, e]),
      );
      let created = 0;
      let updated = 0;
      let unchanged = 0;
      for (const r of parsed.rows) {
        const fields = { name: r.name, email: r.email, services: [...r.services], active: true };
        const e = existing.get(r.id);
        if (!e) {
          await m.insert(OfficerEntity, { councilId, externalId: r.id, ...fields });
          created++;
        } else if (sameOfficer(e, r)) unchanged++;
        else {
          await m.update(OfficerEntity, { id: e.id }, fields);
          updated++;
        }
      }
      return finishImport(m, {
        list: 'officers',
        actor: cmd.principal.name,
        existing: existing.values(),
        inFile: parsed.rows.map((r) => r.id),
        counts: { created, updated, unchanged, warnings: parsed.warnings },
        deactivate: async (ids) => {
          await m.update(OfficerEntity, { id: In(ids) }, { active: false });
        },
      });
    });
    this.context.rosterChanged();
    return counts;
  }
}
