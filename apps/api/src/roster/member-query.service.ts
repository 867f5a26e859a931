import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { MemberEntity, MemberSeatEntity } from '@member-alerts/persistence';
import { DataSource, type EntityManager } from 'typeorm';
import type { Principal } from '../auth/principal';
import { BadInputError } from '../common/bad-input.error';
import { CouncilContextService } from '../council/council-context.service';
import { seatDates } from './member-seat.util';
import { findMember } from './member-store.util';
import { memberView, seatView, type MemberView } from './roster-view.util';

export interface MemberFilter {
  active?: string;
  division?: string;
}

// The seat the planner counts today (CouncilContextService reads seats the same way).
const CURRENT_SEAT =
  's.member_id = m.id AND s.term_start <= CURRENT_DATE AND (s.term_end IS NULL OR s.term_end >= CURRENT_DATE)';

/** Reads of the roster: members with the division they sit for today, their terms and interests. */
@Injectable()
export class MemberQueryService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly context: CouncilContextService,
  ) {}

  async list(principal: Principal, f: MemberFilter = {}): Promise<{ total: number; members: MemberView[] }> {
    const q = this.db
      .createQueryBuilder(MemberEntity, 'm')
      .leftJoin(MemberSeatEntity, 's', CURRENT_SEAT)
      .addSelect('s.division_name', 'division')
      .where('m.council_id = :c', { c: principal.councilId })
      .orderBy('m.name', 'ASC')
      .addOrderBy('m.external_id', 'ASC');
    if (f.active !== undefined) {
      if (f.active !== 'true' && f.active !== 'false')
        throw new BadInputError('active must be true or false', [
          { field: 'active', message: 'true or false' },
        ]);
      q.andWhere('m.active = :active', { active: f.active === 'true' });
    }
    if (f.division) {
      const divisions = await this.context.divisionSetOf(
        await this.context.currentGeneration(principal.councilId),
      );
      q.andWhere('s.division_name = :division', {
        division: divisions.resolveName(f.division) ?? f.division,
      });
    }
    const { entities, raw } = await q.getRawAndEntities<{ m_id: string; division: string | null }>();
    const divisionOf = new Map(raw.map((r) => [r.m_id, r.division]));
    const members = entities.map((m) => memberView(m, divisionOf.get(m.id) ?? null));
    return { total: members.length, members };
  }

  async get(principal: Principal, ref: string) {
    return this.describe(this.db.manager, principal.councilId, ref);
  }

  /** One member with the term history of their seats. Also what the writes answer with. */
  async describe(m: EntityManager, councilId: string, ref: string) {
    const member = await findMember(m, councilId, ref);
    const seats = await m.find(MemberSeatEntity, {
      where: { memberId: member.id },
      order: { termStart: 'DESC' },
    });
    const d = (await seatDates(m)).today;
    const current = seats.find((s) => s.termStart <= d && (s.termEnd === null || s.termEnd >= d));
    return { ...memberView(member, current?.divisionName ?? null), seats: seats.map(seatView) };
  }

  async interests(principal: Principal, ref: string) {
    const member = await findMember(this.db.manager, principal.councilId, ref);
    return { id: member.id, externalId: member.externalId, name: member.name, topics: member.interests };
  }
}
