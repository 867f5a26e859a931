import { MemberEntity, MemberSeatEntity } from '@member-alerts/persistence';
import { type DivisionLookup, tooManyMembers } from '@member-alerts/roster';
import { Brackets, type EntityManager, In } from 'typeorm';
import type { FieldProblem } from '../common/bad-input.error';

export interface SeatDates {
  readonly today: string;
  readonly yesterday: string;
}

/**
 * Roster writes for one council run one at a time, so the checks that span members (one leader,
 * one e-mail per member) still hold when the write commits.
 */
export async function lockRoster(m: EntityManager, councilId: string): Promise<void> {
  await m.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`roster:${councilId}`]);
}

// The database's date, because the planner reads current seats with CURRENT_DATE.
export async function seatDates(m: EntityManager): Promise<SeatDates> {
  const rows = await m.query<SeatDates[]>(
    'SELECT CURRENT_DATE::text AS today, (CURRENT_DATE - 1)::text AS yesterday',
  );
  const d = rows[0];
  if (!d) throw new Error('the database did not return the date');
  return d;
}

/** Seats the planner still counts today or later (term_end is the last day held, inclusive). */
export async function openSeats(
  m: EntityManager,
  memberIds: readonly string[],
  dates: SeatDates,
): Promise<Map<string, MemberSeatEntity[]>> {
  const out = new Map<string, MemberSeatEntity[]>();
  if (memberIds.length === 0) return out;
  const rows = await m
    .createQueryBuilder(MemberSeatEntity, 's')
    .where({ memberId: In([...memberIds]) })
    .andWhere(new Brackets((q) => q.where('s.term_end IS NULL').orWhere('s.term_end >= :today')))
    .setParameter('today', dates.today)
    .orderBy('s.term_start', 'DESC')
    .getMany();
  for (const s of rows) out.set(s.memberId, [...(out.get(s.memberId) ?? []), s]);
  return out;
}

/**
 * Makes `division` the member's one current seat, keeping term history: an old seat ends yesterday
 * and the new one starts today, so the planner never sees two seats on one day. A seat that began
 * today has no history worth keeping and is rewritten instead. Returns whether anything changed.
 */
export async function setSeat(
  m: EntityManager,
  memberId: string,
  division: string,
  dates: SeatDates,
  open: readonly MemberSeatEntity[],
): Promise<boolean> {
  const keep = open.find((s) => s.divisionName === division) ?? open.find((s) => s.termStart >= dates.today);
  let changed = false;
  for (const s of open) {
    if (s === keep) continue;
    changed = true;
    if (s.termStart < dates.today)
      await m.update(MemberSeatEntity, { id: s.id }, { termEnd: dates.yesterday });
    else await m.delete(MemberSeatEntity, { id: s.id });
  }
  if (!keep) {
    await m.insert(MemberSeatEntity, {
      memberId,
      divisionName: division,
      termStart: dates.today,
      termEnd: null,
    });
    return true;
  }
  if (keep.divisionName !== division || keep.termEnd !== null) {
    await m.update(MemberSeatEntity, { id: keep.id }, { divisionName: division, termEnd: null });
    return true;
  }
  return changed;
}

/** Ends the members' seats today, for members who leave the roster. */
export async function closeSeats(m: EntityManager, memberIds: readonly string[]): Promise<void> {
  if (memberIds.length === 0) return;
  await m
    .createQueryBuilder()
    .update(MemberSeatEntity)
    .set({ termEnd: () => 'GREATEST(term_start, CURRENT_DATE)' })
    .where({ memberId: In([...memberIds]) })
    .andWhere(new Brackets((q) => q.where('term_end IS NULL').orWhere('term_end > CURRENT_DATE')))
    .execute();
}

/**
 * A member added or moved by hand may not give a division more members than it elects, with the
 * words an import uses: otherwise the roster's own export would not import again.
 */
export async function seatProblems(
  m: EntityManager,
  councilId: string,
  divisions: Pick<DivisionLookup, 'seatsOf'>,
  division: string,
  selfId: string | null,
  dates: SeatDates,
): Promise<FieldProblem[]> {
  const seats = divisions.seatsOf?.(division) ?? 1;
  const holders = await m
    .createQueryBuilder(MemberEntity, 'mb')
    .innerJoin(MemberSeatEntity, 's', 's.member_id = mb.id')
    .where('mb.council_id = :councilId AND mb.active AND s.division_name = :division', {
      councilId,
      division,
    })
    .andWhere('s.term_start <= :today AND (s.term_end IS NULL OR s.term_end >= :today)', {
      today: dates.today,
    })
    .andWhere(selfId ? 'mb.id <> :selfId' : 'TRUE', { selfId })
    .orderBy('mb.external_id')
    .getMany();
  if (holders.length < seats) return [];
  const who = holders.map((h) => `${h.name} (${h.externalId})`).join(', ');
  return [
    {
      field: 'division',
      message: `${tooManyMembers(division, seats, holders.length + 1, 'this would give')}: ${who} ${holders.length === 1 ? 'holds it' : 'hold them'}`,
    },
  ];
}
