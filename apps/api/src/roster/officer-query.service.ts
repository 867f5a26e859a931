import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { OfficerEntity } from '@member-alerts/persistence';
import { DataSource } from 'typeorm';
import type { Principal } from '../auth/principal';
import { BadInputError } from '../common/bad-input.error';
import { findOfficer } from './officer-fields.util';
import { officerView } from './roster-view.util';

/** Reads of the officers and the services they answer for (§30). */
@Injectable()
export class OfficerQueryService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async list(principal: Principal, active?: string) {
    if (active !== undefined && active !== 'true' && active !== 'false')
      throw new BadInputError('active must be true or false', [
        { field: 'active', message: 'true or false' },
      ]);
    const rows = await this.db.manager.find(OfficerEntity, {
      where: { councilId: principal.councilId, ...(active ? { active: active === 'true' } : {}) },
      order: { name: 'ASC', externalId: 'ASC' },
    });
    return { total: rows.length, officers: rows.map(officerView) };
  }

  async get(principal: Principal, ref: string) {
    return officerView(await findOfficer(this.db.manager, principal.councilId, ref));
  }
}
