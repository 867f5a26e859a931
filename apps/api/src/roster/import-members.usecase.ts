import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { MemberEntity } from '@member-alerts/persistence';
import { importMembersCsv, type Member, type RowProblem } from '@member-alerts/roster';
import { DataSource } from 'typeorm';
import type { Principal } from '../auth/principal';
import { CouncilContextService } from '../council/council-context.service';
import { lockRoster, openSeats, seatDates, setSeat } from './member-seat.util';
import { deactivateMembers } from './member-store.util';
import { csvText, rejectFile } from './roster-fields.util';
import { finishImport, labelLimitProblems, textLimitProblems, type ImportCounts } from './roster-import.util';

export interface ImportMembersCommand {
  readonly principal: Principal;
  readonly body: unknown;
}

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

const same = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

function differs(e: MemberEntity, r: Member): boolean {
  return (
    !e.active ||
    e.name !== r.name ||
    e.email !== r.email ||
    e.portfolio !== (r.portfolio ?? null) ||
    !same(e.roles, r.roles) ||
    !same(e.interests, r.interests)
  );
}

/**
 * Replaces the roster with a members CSV. Every row is checked against the current boundaries first;
 * one bad row and nothing is stored. Then, in one transaction: members are matched on their
 * external id, seats follow the file, and members missing from the file leave the roster.
 */
@Injectable()
export class ImportMembersUseCase {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly context: CouncilContextService,
  ) {}

  async execute(cmd: ImportMembersCommand): Promise<ImportCounts> {
    const text = csvText(cmd.body);
    const { councilId } = cmd.principal;
    const divisions = await this.context.divisionSetOf(await this.context.currentGeneration(councilId));
    const parsed = importMembersCsv(text, divisions);
    if (!parsed.ok) throw rejectFile('members', parsed.problems);
    const tooLong = limitProblems(parsed.rows);
    if (tooLong.length) throw rejectFile('members', tooLong);

    const counts = await this.db.transaction(async (m) => {
      await lockRoster(m, councilId);
      const existing = new Map(
        (await m.find(MemberEntity, { where: { councilId } })).map((e) => [e.externalId, e]),
      );
      const dates = await seatDates(m);
      const seats = await openSeats(
        m,
        [...existing.values()].map((e) => e.id),
        dates,
      );
      let created = 0;
      let updated = 0;
      let unchanged = 0;
      for (const r of parsed.rows) {
        const fields = {
          name: r.name,
          email: r.email,
          roles: [...r.roles],
          portfolio: r.portfolio ?? null,
          interests: [...r.interests],
          active: true,
        };
        const e = existing.get(r.id);
        if (!e) {
          const saved = await m.save(m.create(MemberEntity, { councilId, externalId: r.id, ...fields }));
          await setSeat(m, saved.id, r.division, dates, []);
          created++;
          continue;
        }
        const changed = differs(e, r);
        if (changed) await m.update(MemberEntity, { id: e.id }, fields);
        const moved = await setSeat(m, e.id, r.division, dates, seats.get(e.id) ?? []);
        if (changed || moved) updated++;
        else unchanged++;
      }
      return finishImport(m, {
        list: 'members',
        actor: cmd.principal.name,
        existing: existing.values(),
        inFile: parsed.rows.map((r) => r.id),
        counts: { created, updated, unchanged, warnings: parsed.warnings },
        deactivate: (ids) => deactivateMembers(m, ids),
      });
    });
    this.context.rosterChanged();
    return counts;
  }
}
