import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { loadDivisions } from '@member-alerts/geo';
import {
  ApiKeyEntity,
  BoundaryGenerationEntity,
  councilFolder,
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
import { CouncilContextService } from '../council/council-context.service';

/** What a council's folder says of its sample data beyond the files themselves (seed.json). */
interface SeedNotes {
  readonly boundaries: { readonly label: string; readonly effectiveFrom: string };
  /** The day the seeded members' seats began. */
  readonly seatsFrom: string;
}

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
];

export interface SeedResult {
  councilId: string;
  seeded: boolean;
}

/** On an empty database, loads the council's fixtures (COUNCIL's folder) so a newcomer can register an event at once. */
@Injectable()
export class SeedService {
  private readonly logger = new Logger(SeedService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly context: CouncilContextService,
  ) {}

  async ensureCouncil(): Promise<SeedResult> {
    const existing = await this.db.manager.findOne(CouncilEntity, {
      where: { slug: this.config.councilSlug },
    });
    if (existing) {
      if (this.config.devKeys) await this.db.transaction((m) => this.devKeys(m, existing.id));
      return { councilId: existing.id, seeded: false };
    }
    const folder = councilFolder(this.config.councilSlug);
    if (!this.config.seedFixtures || !existsSync(join(folder, 'seed.json'))) {
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
    // The council's name is its rules' own.
    const name = this.context.bootPolicy().council;
    const { councilId, counts } = await this.db.transaction(async (m) => {
      const council = await m.save(m.create(CouncilEntity, { slug: this.config.councilSlug, name }));
      const counts = await this.seedFolder(m, council.id, folder);
      if (this.config.devKeys) await this.devKeys(m, council.id);
      return { councilId: council.id, counts };
    });
    this.logger.log(`seeded ${name}: ${counts}`);
    return { councilId, seeded: true };
  }

  private async seedFolder(m: EntityManager, councilId: string, folder: string): Promise<string> {
    const notes = JSON.parse(readFileSync(join(folder, 'seed.json'), 'utf8')) as SeedNotes;
    const geojson = JSON.parse(readFileSync(join(folder, 'divisions.geojson'), 'utf8')) as unknown;
    const set = loadDivisions(geojson);
    const generation = await m.save(
      m.create(BoundaryGenerationEntity, {
        councilId,
        label: notes.boundaries.label,
        effectiveFrom: notes.boundaries.effectiveFrom,
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
    const members = importMembersCsv(readFileSync(join(folder, 'members.csv'), 'utf8'), set);
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
        termStart: notes.seatsFrom,
        termEnd: null,
      });
    }
    const officers = importOfficersCsv(readFileSync(join(folder, 'officers.csv'), 'utf8'));
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
      { actor: 'seed', action: 'council.seeded', details: { council: this.config.councilSlug } },
    ]);
    return `${set.size} divisions, ${members.rows.length} members, ${officers.rows.length} officers`;
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
