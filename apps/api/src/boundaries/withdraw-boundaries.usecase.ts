import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { BoundaryGenerationEntity, DivisionEntity, EventEntity } from '@member-alerts/persistence';
import { DataSource } from 'typeorm';
import { appendAudit } from '../audit/audit.util';
import type { Principal } from '../auth/principal';

export interface WithdrawBoundariesCommand {
  readonly principal: Principal;
  readonly id: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const inWords = (day: string) =>
  new Intl.DateTimeFormat('en-GB', {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(`${day}T00:00:00Z`));

/**
 * Removes an upload that was wrong before it takes effect. Boundaries that are or were in force
 * stay, as does any generation an event was planned against: past alerts keep their divisions.
 */
@Injectable()
export class WithdrawBoundariesUseCase {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async execute(cmd: WithdrawBoundariesCommand): Promise<{ id: string; label: string }> {
    const { councilId } = cmd.principal;
    return this.db.transaction(async (m) => {
      const g = UUID.test(cmd.id)
        ? await m.findOne(BoundaryGenerationEntity, {
            where: { id: cmd.id, councilId },
            select: { id: true, label: true, effectiveFrom: true, divisionCount: true },
            lock: { mode: 'pessimistic_write' },
          })
        : null;
      if (!g) throw new NotFoundException('there are no such boundaries');
      // The same "today" the council's current generation is chosen by.
      const today = new Date().toISOString().slice(0, 10);
      if (g.effectiveFrom <= today)
        throw new ConflictException(
          `"${g.label}" ${g.effectiveFrom === today ? 'took effect today' : `has been in effect since ${inWords(g.effectiveFrom)}`}, so it cannot be withdrawn: boundaries once in use stay, so that past alerts keep the divisions they were sent for. Upload corrected boundaries with a later start date instead.`,
        );
      const events = await m.count(EventEntity, { where: { generationId: g.id } });
      if (events > 0)
        throw new ConflictException(
          `"${g.label}" cannot be withdrawn: ${events === 1 ? 'an event was' : `${events} events were`} planned with these boundaries, and ${events === 1 ? 'its' : 'their'} alerts name their divisions.`,
        );
      await m.delete(DivisionEntity, { generationId: g.id });
      await m.delete(BoundaryGenerationEntity, { id: g.id });
      await appendAudit(m, [
        {
          actor: cmd.principal.name,
          action: 'boundaries.withdrawn',
          details: {
            generation: g.id,
            label: g.label,
            effectiveFrom: g.effectiveFrom,
            divisions: g.divisionCount,
          },
        },
      ]);
      return { id: g.id, label: g.label };
    });
  }
}
