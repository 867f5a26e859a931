import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CitizenSpaceAreaEntity, ProducerMessageEntity } from '@member-alerts/persistence';
import { DataSource, In } from 'typeorm';
import { appendAudit } from '../audit/audit.util';
import type { Principal } from '../auth/principal';
import { BadInputError } from '../common/bad-input.error';
import { CouncilContextService } from '../council/council-context.service';
import { type CitizenSpaceAreasView, CitizenSpaceAreasStore } from './citizen-space-areas.store';
import { ProducerInboxService } from './producer-inbox.service';

function areaName(raw: string): string {
  const name = raw.trim();
  if (name === '' || name.length > 200 || /[\u0000-\u001f\u007f]/.test(name))
    throw new BadInputError('the area name must be one line of at most 200 characters', [
      { field: 'name', message: 'one line, at most 200 characters' },
    ]);
  return name;
}

/**
 * Democratic services map a Citizen Space area name to divisions, or to the council's whole area. Held
 * consultations are then processed again: one whose areas are now all mapped becomes an event.
 */
@Injectable()
export class MapCitizenSpaceAreaUseCase {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly context: CouncilContextService,
    private readonly store: CitizenSpaceAreasStore,
    private readonly inbox: ProducerInboxService,
  ) {}

  async put(p: Principal, rawName: string, body: unknown): Promise<CitizenSpaceAreasView> {
    const name = areaName(rawName);
    const mapping = await this.read(p.councilId, body);
    await this.db.transaction(async (m) => {
      await m.upsert(
        CitizenSpaceAreaEntity,
        { councilId: p.councilId, name, ...mapping, updatedAt: new Date(), updatedBy: p.name },
        ['councilId', 'name'],
      );
      await appendAudit(m, [
        {
          actor: p.name,
          action: 'citizen-space.area-mapped',
          details: { area: name, ...mapping },
        },
      ]);
    });
    await this.reprocessHeld(p.councilId);
    return this.store.view(p.councilId);
  }

  async remove(p: Principal, rawName: string): Promise<CitizenSpaceAreasView> {
    const name = areaName(rawName);
    await this.db.transaction(async (m) => {
      const gone = await m.delete(CitizenSpaceAreaEntity, { councilId: p.councilId, name });
      if (!gone.affected) throw new NotFoundException(`the area "${name}" is not mapped`);
      await appendAudit(m, [
        { actor: p.name, action: 'citizen-space.area-removed', details: { area: name } },
      ]);
    });
    return this.store.view(p.councilId);
  }

  private async read(
    councilId: string,
    body: unknown,
  ): Promise<{ divisions: string[]; countywide: boolean }> {
    const b =
      body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
    if (b['countywide'] === true) return { divisions: [], countywide: true };
    const given = b['divisions'];
    if (!Array.isArray(given) || given.length === 0 || !given.every((d) => typeof d === 'string'))
      throw new BadInputError('say which divisions the area covers, or that it is countywide', [
        { field: 'divisions', message: 'a list of division names, or "countywide": true' },
      ]);
    const { divisions } = await this.context.load(councilId);
    const unknown = given.filter((d) => divisions.resolveName(d) === undefined);
    if (unknown.length)
      throw new BadInputError(
        `there is no division called ${unknown.map((d) => `"${d}"`).join(', ')}`,
        unknown.map((d) => ({ field: 'divisions', message: `"${d}" is not one of the council's divisions` })),
      );
    const names = [...new Set(given.map((d) => divisions.resolveName(d) ?? d))];
    return { divisions: names, countywide: false };
  }

  private async reprocessHeld(councilId: string): Promise<void> {
    const ids = (await this.store.heldRows(councilId)).map((h) => h.id);
    if (ids.length === 0) return;
    await this.db.manager.update(
      ProducerMessageEntity,
      { id: In(ids), outcome: 'held' },
      { outcome: 'pending', reason: null, processedAt: null },
    );
    for (const id of ids) await this.inbox.process(id);
  }
}
