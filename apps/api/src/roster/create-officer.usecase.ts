import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { OfficerEntity } from '@member-alerts/persistence';
import { DataSource } from 'typeorm';
import { appendAudit } from '../audit/audit.util';
import type { Principal } from '../auth/principal';
import { CouncilContextService } from '../council/council-context.service';
import { completeOfficer, officerIdConflict, readOfficer } from './officer-fields.util';
import { lockRoster } from './member-seat.util';
import { officerView } from './roster-view.util';
import { rejectRecord } from './roster-fields.util';

export interface CreateOfficerCommand {
  readonly principal: Principal;
  readonly body: unknown;
}

@Injectable()
export class CreateOfficerUseCase {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly context: CouncilContextService,
  ) {}

  async execute(cmd: CreateOfficerCommand) {
    const { councilId } = cmd.principal;
    const { value, problems } = readOfficer(cmd.body, 'create');
    const result = await this.db.transaction(async (m) => {
      await lockRoster(m, councilId);
      const conflicts = await officerIdConflict(m, councilId, null, value.externalId);
      const f = completeOfficer(value);
      if (!f || problems.length || conflicts.length) throw rejectRecord('officer', problems, conflicts);
      const saved = await m.save(m.create(OfficerEntity, { councilId, ...f, services: [...f.services] }));
      await appendAudit(m, [
        {
          actor: cmd.principal.name,
          action: 'officer.created',
          details: { officer: saved.externalId, name: saved.name, services: saved.services },
        },
      ]);
      return officerView(saved);
    });
    this.context.rosterChanged();
    return result;
  }
}
