import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { MemberEntity } from '@member-alerts/persistence';
import {
  diffMembers,
  importMembersCsv,
  type Member,
  type MemberState,
  type RowProblem,
  type Stored,
} from '@member-alerts/roster';
import { rosterRules } from '@member-alerts/protocol';
import { DataSource, type EntityManager } from 'typeorm';
import { CouncilContextService } from '../council/council-context.service';
import { lockRoster, openSeats, seatDates, setSeat, type SeatDates } from './member-seat.util';
import { deactivateMembers } from './member-store.util';
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

/**
 * Limits the single-record endpoints apply that the roster library's CSV check does not (yet):
 * lengths, and §34 topics that are safe to put in an e-mail.
 */
function limitProblems(rows: readonly Member[]): RowProblem[] {
  // importMembersCsv returns rows only when every record was good, one per record in file order.
  return rows.flatMap((r, i) => [
    ...textLimitProblems(i + 2, 'name', r.name),
    ...textLimitProblems(i + 2, 'portfolio', r.portfolio),
    ...labelLimitProblems(i + 2, 'interests', r.interests, 'topics'),
  ]);
}

/**
 * Members who stay because they are not in the file must not clash with it: one e-mail per active
 * member, and one holder of each role only one member may hold (the council's rules' `holders: one`).
 */
function keptClashes(
  kept: readonly MemberEntity[],
  rows: readonly Member[],
  oneHolder: readonly string[],
): RowProblem[] {
  const out: RowProblem[] = [];
  rows.forEach((r, i) => {
    const sameEmail = kept.find((k) => k.email === r.email);
    if (sameEmail)
      out.push({
        row: i + 2,
        column: 'email',
        message: `"${r.email}" is used by ${sameEmail.name} (${sameEmail.externalId}), who is not in this file and stays`,
      });
    for (const role of oneHolder) {
      const holder = r.roles.includes(role) && kept.find((k) => k.roles.includes(role));
      if (holder)
        out.push({
          row: i + 2,
          column: 'roles',
          message: `there can be only one ${role}: ${holder.name} (${holder.externalId}) is not in this file and stays`,
        });
    }
  });
  return out;
}

interface RosterNow {
  readonly entities: Map<string, MemberEntity>;
  readonly states: Stored<MemberState>[];
  readonly fingerprint: string;
  readonly dates: SeatDates;
  readonly seats: Awaited<ReturnType<typeof openSeats>>;
}

async function rosterNow(m: EntityManager, councilId: string, generationId: string): Promise<RosterNow> {
  const list = await m.find(MemberEntity, { where: { councilId }, order: { externalId: 'ASC' } });
  const dates = await seatDates(m);
  const seats = await openSeats(
    m,
    list.map((e) => e.id),
    dates,
  );
  const states = list.map((e) => ({
    id: e.externalId,
    name: e.name,
    email: e.email,
    division: e.active ? (seats.get(e.id)?.[0]?.divisionName ?? null) : null,
    roles: e.roles,
    ...(e.portfolio ? { portfolio: e.portfolio } : {}),
    interests: e.interests,
    ...(e.chairs.length ? { chairs: e.chairs } : {}),
    mobile: e.mobile,
    active: e.active,
  }));
  return {
    entities: new Map(list.map((e) => [e.externalId, e])),
    states,
    fingerprint: rosterFingerprint({ generationId, states, seats: [...seats.values()] }),
    dates,
    seats,
  };
}

/**
 * A members CSV is previewed first: every row is checked against the current boundaries (one bad
 * row and nothing is stored), and the answer says who is added, who changes and who would leave.
 * Confirming the preview's token applies exactly those rows, unless the roster changed meanwhile.
 * Members missing from the file stay unless removal was asked for.
 */
@Injectable()
export class ImportMembersUseCase {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly context: CouncilContextService,
  ) {}

  async preview(cmd: PreviewImportCommand): Promise<ImportPreview> {
    const text = csvText(cmd.body);
    const { councilId } = cmd.principal;
    const generation = await this.context.currentGeneration(councilId);
    // Roles and chairs are those of the revision of the council's rules in force.
    const rules = rosterRules((await this.context.policyOf(councilId)).policy);
    const parsed = importMembersCsv(text, await this.context.divisionSetOf(generation), rules);
    if (!parsed.ok) throw rejectFile('members', parsed.problems);
    const tooLong = limitProblems(parsed.rows);
    if (tooLong.length) throw rejectFile('members', tooLong);

    return this.db.transaction(async (m) => {
      const now = await rosterNow(m, councilId, generation.id);
      const diff = diffMembers(now.states, parsed.rows, cmd.removeMissing);
      const kept = diff.kept.flatMap((p) => now.entities.get(p.id) ?? []);
      const clashes = keptClashes(kept, parsed.rows, rules.oneHolder);
      if (clashes.length) throw rejectFile('members', clashes);
      return savePreview(m, {
        councilId,
        list: 'members',
        actor: cmd.principal.name,
        rows: parsed.rows,
        diff,
        removeMissing: cmd.removeMissing,
        rosterSize: now.states.filter((s) => s.active).length,
        warnings: parsed.warnings,
        fingerprint: now.fingerprint,
      });
    });
  }

  async confirm(cmd: ConfirmImportCommand): Promise<ImportCounts> {
    const { councilId } = cmd.principal;
    const generation = await this.context.currentGeneration(councilId);
    const counts = await this.db.transaction(async (m) => {
      await lockRoster(m, councilId);
      const { entity, preview } = await previewToConfirm(m, { councilId, list: 'members', ...cmd });
      const now = await rosterNow(m, councilId, generation.id);
      if (now.fingerprint !== entity.fingerprint) throw staleRoster();
      const rows = entity.rows as Member[];
      let created = 0;
      let updated = 0;
      let unchanged = 0;
      const changedIds = new Set(preview.changed.map((c) => c.id));
      for (const r of rows) {
        const fields = {
          name: r.name,
          email: r.email,
          roles: [...r.roles],
          portfolio: r.portfolio ?? null,
          interests: [...r.interests],
          // As the preview compares them: no bodies in the file is none.
          chairs: [...(r.chairs ?? [])],
          // A file without a mobile column leaves numbers as they are.
          ...(r.mobile === undefined ? {} : { mobile: r.mobile }),
          active: true,
        };
        const e = now.entities.get(r.id);
        if (!e) {
          const saved = await m.save(m.create(MemberEntity, { councilId, externalId: r.id, ...fields }));
          await setSeat(m, saved.id, r.division, now.dates, []);
          created++;
          continue;
        }
        const changed = changedIds.has(r.id);
        if (changed) await m.update(MemberEntity, { id: e.id }, fields);
        const moved = await setSeat(m, e.id, r.division, now.dates, now.seats.get(e.id) ?? []);
        if (changed || moved) updated++;
        else unchanged++;
      }
      await markConfirmed(m, entity);
      return finishImport(m, {
        list: 'members',
        actor: cmd.principal.name,
        previewId: entity.id,
        removeMissing: entity.removeMissing,
        existing: now.entities.values(),
        inFile: rows.map((r) => r.id),
        counts: { created, updated, unchanged, warnings: preview.warnings },
        deactivate: (ids) => deactivateMembers(m, ids),
      });
    });
    this.context.rosterChanged();
    return counts;
  }
}
