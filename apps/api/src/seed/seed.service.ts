import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { loadDivisions } from '@member-alerts/geo';
import {
  ApiKeyEntity,
  BoundaryGenerationEntity,
  CouncilEntity,
  DivisionEntity,
  MemberEntity,
  MemberSeatEntity,
  OfficerEntity,
  type ApiRole,
} from '@member-alerts/persistence';
import { formatProblems, importMembersCsv, importOfficersCsv } from '@member-alerts/roster';
import { DataSource, type EntityManager } from 'typeorm';
import { appendAudit } from '../audit/audit.util';
import { keyPrefix } from '../auth/api-key.util';
import { hashSecret } from '../auth/secret-hash.util';
import { APP_CONFIG, type AppConfig } from '../config/app-config';

export const FIXTURES_DIR = join(__dirname, '..', '..', '..', '..', 'fixtures', 'leicestershire');

/** Development keys for the seeded people. Only made when DEV_KEYS is on, never in production. */
export const DEV_KEYS: readonly {
  key: string;
  name: string;
  role: ApiRole;
  member?: string;
  /** The seeded officer (officers.csv) members are told to contact about events the key registers. */
  contact?: string;
}[] = [
  { key: 'dev-officer', name: 'Development officer', role: 'officer', contact: 'o001' },
  {
    key: 'dev-democratic-services',
    name: 'Development democratic services',
    role: 'democratic_services',
    contact: 'o011',
  },
  { key: 'dev-leader', name: 'Development leader (m035)', role: 'leader', member: 'm035' },
  { key: 'dev-member', name: 'Development member (m043, Oadby)', role: 'member', member: 'm043' },
  { key: 'dev-monitoring-officer', name: 'Development Monitoring Officer', role: 'monitoring_officer' },
];

export interface SeedResult {
  councilId: string;
  seeded: boolean;
}

/** On an empty database, loads the Leicestershire fixtures so a newcomer can register an event at once. */
@Injectable()
export class SeedService {
  private readonly logger = new Logger(SeedService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async ensureCouncil(): Promise<SeedResult> {
    const existing = await this.db.manager.findOne(CouncilEntity, {
      where: { slug: this.config.councilSlug },
    });
    if (existing) {
      if (this.config.devKeys) await this.db.transaction((m) => this.devKeys(m, existing.id));
      return { councilId: existing.id, seeded: false };
    }
    if (
      !this.config.seedFixtures ||
      this.config.councilSlug !== 'leicestershire' ||
      !existsSync(FIXTURES_DIR)
    ) {
      const c = await this.db.manager.save(
        this.db.manager.create(CouncilEntity, {
          slug: this.config.councilSlug,
          name: this.config.councilSlug,
        }),
      );
      this.logger.log(
        `created council "${c.slug}" with no boundaries or roster: upload them through the API`,
      );
      return { councilId: c.id, seeded: false };
    }
    const councilId = await this.db.transaction(async (m) => {
      const council = await m.save(
        m.create(CouncilEntity, { slug: 'leicestershire', name: 'Leicestershire County Council' }),
      );
      await this.seedLeicestershire(m, council.id);
      if (this.config.devKeys) await this.devKeys(m, council.id);
      return council.id;
    });
    this.logger.log('seeded Leicestershire County Council: 53 divisions, 55 members, 12 officers');
    return { councilId, seeded: true };
  }

  private async seedLeicestershire(m: EntityManager, councilId: string): Promise<void> {
    const geojson = JSON.parse(readFileSync(join(FIXTURES_DIR, 'divisions.geojson'), 'utf8')) as unknown;
    const set = loadDivisions(geojson);
    const generation = await m.save(
      m.create(BoundaryGenerationEntity, {
        councilId,
        label: 'Leicestershire (Electoral Changes) Order 2016',
        effectiveFrom: '2017-05-04',
        sourceCrs: set.sourceCrs,
        divisionCount: set.size,
        geojson,
        warnings: [...set.warnings],
        createdBy: 'seed',
      }),
    );
    await m.insert(
      DivisionEntity,
      set.divisions.map((d) => ({
        generationId: generation.id,
        name: d.name,
        seats: d.seats,
        neighbours: set.neighboursOf(d.name),
      })),
    );
    const members = importMembersCsv(readFileSync(join(FIXTURES_DIR, 'members.csv'), 'utf8'), set);
    if (!members.ok) throw new Error(`fixture members.csv is invalid:\n${formatProblems(members.problems)}`);
    for (const row of members.rows) {
      const saved = await m.save(
        m.create(MemberEntity, {
          councilId,
          externalId: row.id,
          name: row.name,
          email: row.email,
          roles: [...row.roles],
          portfolio: row.portfolio ?? null,
          interests: [...row.interests],
        }),
      );
      await m.insert(MemberSeatEntity, {
        memberId: saved.id,
        divisionName: row.division,
        termStart: '2025-05-01',
        termEnd: null,
      });
    }
    const officers = importOfficersCsv(readFileSync(join(FIXTURES_DIR, 'officers.csv'), 'utf8'));
    if (!officers.ok)
      throw new Error(`fixture officers.csv is invalid:\n${formatProblems(officers.problems)}`);
    await m.insert(
      OfficerEntity,
      officers.rows.map((o) => ({
        councilId,
        externalId: o.id,
        name: o.name,
        email: o.email,
        services: [...o.services],
      })),
    );
    await appendAudit(m, [
      { actor: 'seed', action: 'council.seeded', details: { council: 'leicestershire' } },
    ]);
  }

  private async devKeys(m: EntityManager, councilId: string): Promise<void> {
    for (const k of DEV_KEYS) {
      const hash = hashSecret(k.key);
      const officer = k.contact
        ? await m.findOne(OfficerEntity, { where: { councilId, externalId: k.contact } })
        : null;
      const defaultContact = officer ? { name: officer.name, email: officer.email } : null;
      const existing = await m.findOne(ApiKeyEntity, { where: { keyHash: hash } });
      if (existing) {
        // Development keys made before keys carried a contact get one, so the console keeps working.
        if (!existing.defaultContact && defaultContact)
          await m.update(ApiKeyEntity, { id: existing.id }, { defaultContact });
        continue;
      }
      const member = k.member
        ? await m.findOne(MemberEntity, { where: { councilId, externalId: k.member } })
        : null;
      await m.insert(ApiKeyEntity, {
        councilId,
        name: k.name,
        role: k.role,
        keyHash: hash,
        keyPrefix: keyPrefix(k.key),
        memberId: member?.id ?? null,
        defaultContact,
        createdBy: 'Development set-up',
      });
    }
  }
}
