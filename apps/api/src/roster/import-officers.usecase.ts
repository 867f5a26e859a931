import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { OfficerEntity } from '@member-alerts/persistence';
import { diffOfficers, importOfficersCsv, type Officer, type RowProblem } from '@member-alerts/roster';
import { DataSource, type EntityManager, In } from 'typeorm';
import { CouncilContextService } from '../council/council-context.service';
import { lockRoster } from './member-seat.util';
import { csvText, rejectFile } from './roster-fields.util';
import { finishImport, labelLimitProblems, textLimitProblems, type ImportCounts } from './roster-import.util';
import {
  markConfirmed,
  previewToConfirm,
  rosterFingerprint,
  savePreview,
  staleRoster,
  type ConfirmImportCommand,
  type ImportPreview,
  type PreviewImportCommand,
} from './roster-preview.util';

/** What the officer endpoints require and the roster library's CSV check does not (yet). */
function limitProblems(rows: readonly Officer[]): RowProblem[] {
  // importOfficersCsv returns rows only when every record was good, one per record in file order.
  return rows.flatMap((r, i) => [
    ...textLimitProblems(i + 2, 'name', r.name),
    ...labelLimitProblems(i + 2, 'services', r.services, 'services'),
  ]);
}

async function officersNow(m: EntityManager, councilId: string) {
  const list = await m.find(OfficerEntity, { where: { councilId }, order: { externalId: 'ASC' } });
  const states = list.map((e) => ({
    id: e.externalId,
    name: e.name,
    email: e.email,
    services: e.services,
    active: e.active,
  }));
  return {
    entities: new Map(list.map((e) => [e.externalId, e])),
    states,
    fingerprint: rosterFingerprint(states),
  };
}

/** Officers import as members do: a preview first, applied on confirmation; absent officers stay unless asked. */
@Injectable()
export class ImportOfficersUseCase {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly context: CouncilContextService,
  ) {}

  async preview(cmd: PreviewImportCommand): Promise<ImportPreview> {
    const parsed = importOfficersCsv(csvText(cmd.body));
    if (!parsed.ok) throw rejectFile('officers', parsed.problems);
    const tooLong = limitProblems(parsed.rows);
    if (tooLong.length) throw rejectFile('officers', tooLong);
    const { councilId } = cmd.principal;
    return this.db.transaction(async (m) => {
      const now = await officersNow(m, councilId);
      return savePreview(m, {
        councilId,
        list: 'officers',
        actor: cmd.principal.name,
        rows: parsed.rows,
        diff: diffOfficers(now.states, parsed.rows, cmd.removeMissing),
        removeMissing: cmd.removeMissing,
        rosterSize: now.states.filter((s) => s.active).length,
        warnings: parsed.warnings,
        fingerprint: now.fingerprint,
      });
    });
  }

  async confirm(cmd: ConfirmImportCommand): Promise<ImportCounts> {
    const { councilId } = cmd.principal;
    const counts = await this.db.transaction(async (m) => {
      await lockRoster(m, councilId);
      const { entity, preview } = await previewToConfirm(m, { councilId, list: 'officers', ...cmd });
      const now = await officersNow(m, councilId);
      if (now.fingerprint !== entity.fingerprint) throw staleRoster();
      const rows = entity.rows as Officer[];
      let created = 0;
      let updated = 0;
      const changedIds = new Set(preview.changed.map((c) => c.id));
      for (const r of rows) {
        const fields = { name: r.name, email: r.email, services: [...r.services], active: true };
        const e = now.entities.get(r.id);
        if (!e) {
          await m.insert(OfficerEntity, { councilId, externalId: r.id, ...fields });
          created++;
        } else if (changedIds.has(r.id)) {
          await m.update(OfficerEntity, { id: e.id }, fields);
          updated++;
        }
      }
      await markConfirmed(m, entity);
      return finishImport(m, {
        list: 'officers',
        actor: cmd.principal.name,
        previewId: entity.id,
        removeMissing: entity.removeMissing,
        existing: now.entities.values(),
        inFile: rows.map((r) => r.id),
        counts: { created, updated, unchanged: rows.length - created - updated, warnings: preview.warnings },
        deactivate: async (ids) => {
          await m.update(OfficerEntity, { id: In(ids) }, { active: false });
        },
      });
    });
    this.context.rosterChanged();
    return counts;
  }
}
