import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { OfficerEntity } from '@member-alerts/persistence';
import { DataSource } from 'typeorm';
import { appendAudit } from '../audit/audit.util';
import type { Principal } from '../auth/principal';
import { CouncilContextService } from '../council/council-context.service';
import { lockRoster } from './member-seat.util';
import { findOfficer, officerIdConflict, readOfficer } from './officer-fields.util';
import { rejectRecord } from './roster-fields.util';
import { officerView } from './roster-view.util';

export interface UpdateOfficerCommand {
  readonly principal: Principal;
  readonly ref: string;
  readonly body: unknown;
  /** DELETE /officers/:id is a patch of `active: false`: officers are never deleted. */
  readonly deactivate?: boolean;
}

@Injectable()
export class UpdateOfficerUseCase {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly context: CouncilContextService,
  ) {}

  async execute(cmd: UpdateOfficerCommand) {
    const { councilId } = cmd.principal;
    const { value, problems } = cmd.deactivate
      ? { value: { active: false }, problems: [] }
      : readOfficer(cmd.body, 'patch');
    const result = await this.db.transaction(async (m) => {
      await lockRoster(m, councilId);
      const officer = await findOfficer(m, councilId, cmd.ref);
      const conflicts = await officerIdConflict(m, councilId, officer.id, value.externalId);
      if (problems.length || conflicts.length) throw rejectRecord('officer', problems, conflicts);
      const next = {
        externalId: value.externalId ?? officer.externalId,
        name: value.name ?? officer.name,
        email: value.email ?? officer.email,
        services: value.services ? [...value.services] : officer.services,
        active: value.active ?? officer.active,
      };
      const changes = (Object.keys(next) as (keyof typeof next)[]).filter(
        (k) => JSON.stringify(next[k]) !== JSON.stringify(officer[k]),
      );
      if (changes.length) {
        await m.update(OfficerEntity, { id: officer.id }, next);
        await appendAudit(m, [
          {
            actor: cmd.principal.name,
            action: !changes.includes('active')
              ? 'officer.updated'
              : next.active
                ? 'officer.reactivated'
                : 'officer.deactivated',
            details: { officer: next.externalId, changes },
          },
        ]);
      }
      return officerView((await m.findOne(OfficerEntity, { where: { id: officer.id } })) ?? officer);
    });
    this.context.rosterChanged();
    return result;
  }
}
