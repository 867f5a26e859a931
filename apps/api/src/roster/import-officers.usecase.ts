import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { OfficerEntity } from '@member-alerts/persistence';
import { importOfficersCsv, unsafeText, type Officer, type RowProblem } from '@member-alerts/roster';
import { DataSource, In } from 'typeorm';
import { appendAudit } from '../audit/audit.util';
import type { Principal } from '../auth/principal';
import { CouncilContextService } from '../council/council-context.service';
import type { ImportCounts } from './import-members.usecase';
import { lockRoster } from './member-seat.util';
import { MAX_NAME, MAX_TOPIC_LENGTH, MAX_TOPICS, csvText, rejectFile } from './roster-fields.util';

export interface ImportOfficersCommand {
  readonly principal: Principal;
  readonly body: unknown;
}

/** What the officer endpoints require and the roster library's CSV check does not (yet). */
function limitProblems(rows: readonly Officer[]): RowProblem[] {
  const out: RowProblem[] = [];
  // importOfficersCsv returns rows only when every record was good, one per record in file order.
  rows.forEach((r, i) => {
    const row = i + 2;
    if (r.name.length > MAX_NAME)
      out.push({ row, column: 'name', message: `must be at most ${MAX_NAME} characters` });
    if (r.services.length > MAX_TOPICS)
      out.push({ row, column: 'services', message: `must have at most ${MAX_TOPICS} services` });
    for (const s of r.services) {
      const bad =
        unsafeText(s) ?? (s.length > MAX_TOPIC_LENGTH ? `at most ${MAX_TOPIC_LENGTH} characters` : undefined);
      if (bad) out.push({ row, column: 'services', message: `"${s.slice(0, 40)}": ${bad}` });
    }
  });
  return out;
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
      const inFile = new Set(parsed.rows.map((r) => r.id));
      const leaving = [...existing.values()].filter((e) => e.active && !inFile.has(e.externalId));
      if (leaving.length)
        await m.update(OfficerEntity, { id: In(leaving.map((e) => e.id)) }, { active: false });
      const result: ImportCounts = {
        created,
        updated,
        unchanged,
        deactivated: leaving.length,
        warnings: parsed.warnings,
      };
      await appendAudit(m, [
        {
          actor: cmd.principal.name,
          action: 'roster.imported',
          details: { list: 'officers', ...result, left: leaving.map((e) => e.externalId) },
        },
      ]);
      return result;
    });
    this.context.rosterChanged();
    return counts;
  }
}
