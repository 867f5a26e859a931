import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
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
  PolicyRevisionEntity,
  type ApiRole,
  FIXTURES_DIR,
} from '@member-alerts/persistence';
import { rosterRules } from '@member-alerts/protocol';
import { formatProblems, importMembersCsv, importOfficersCsv } from '@member-alerts/roster';
import { DataSource, type EntityManager } from 'typeorm';
import { appendAudit } from '../audit/audit.util';
import { keyPrefix } from '../auth/api-key.util';
import { hashSecret } from '../auth/secret-hash.util';
import { storeRevision } from '../policy/policy-revision.store';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { CouncilContextService } from '../council/council-context.service';
import { canSeed, councilFiles, readSeedFile, type CouncilFiles } from '../council/council-files.util';

/**
 * Development keys for the seeded people, by their ids in the council's fixtures: every council's
 * fictional roster has officers o001 and o011 and members m035 (the Leader) and m043. Only made
 * when DEV_KEYS is on, never in production.
 */
export const DEV_KEYS: readonly {
  key: string;
  name: string;
  role: ApiRole;
  member?: string;
  /** The seeded officer (officers.csv) members are told to contact about events the key registers. */
  contact?: string;
  /** The key's name gives the member's division too ("Development member (m043, Oadby)"). */
  withDivision?: boolean;
}[] = [
  { key: 'dev-officer', name: 'Development officer', role: 'officer', contact: 'o001' },
  {
    key: 'dev-democratic-services',
    name: 'Development democratic services',
    role: 'democratic_services',
    contact: 'o011',
  },
  { key: 'dev-leader', name: 'Development leader', role: 'leader', member: 'm035' },
  { key: 'dev-member', name: 'Development member', role: 'member', member: 'm043', withDivision: true },
  { key: 'dev-monitoring-officer', name: 'Development Monitoring Officer', role: 'monitoring_officer' },
];

export interface SeedResult {
  councilId: string;
  seeded: boolean;
}

/**
 * On an empty database, loads the fixtures of the council COUNCIL names (its boundaries and a
 * fictional roster), so a newcomer can register an event at once.
 */
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
      await this.ensureRules(existing.id);
      if (this.config.devKeys) await this.db.transaction((m) => this.devKeys(m, existing.id));
      return { councilId: existing.id, seeded: false };
    }
    const files = councilFiles(this.config.councilSlug);
    // The council's name, as its policy file gives it (COUNCIL is checked at boot to have one).
    const name = this.context.startingRules().policy.council;
    if (!this.config.seedFixtures || !canSeed(files)) {
      const c = await this.db.manager.save(
        this.db.manager.create(CouncilEntity, { slug: this.config.councilSlug, name }),
      );
      this.logger.log(
        `created council "${c.slug}" with no boundaries or roster: upload them through the API`,
      );
      await this.ensureRules(c.id);
      return { councilId: c.id, seeded: false };
    }
    const { councilId, counts } = await this.db.transaction(async (m) => {
      const council = await m.save(m.create(CouncilEntity, { slug: this.config.councilSlug, name }));
      const seeded = await this.seedFixtures(m, council.id, files);
      if (this.config.devKeys) await this.devKeys(m, council.id);
      return { councilId: council.id, counts: seeded };
    });
    await this.ensureRules(councilId);
    this.logger.log(
      `seeded ${name}: ${counts.divisions} divisions, ${counts.members} members, ${counts.officers} officers`,
    );
    return { councilId, seeded: true };
  }

  private async seedFixtures(
    m: EntityManager,
    councilId: string,
    files: CouncilFiles,
  ): Promise<{ divisions: number; members: number; officers: number }> {
    const about = readSeedFile(files);
    const geojson = JSON.parse(readFileSync(files.divisions, 'utf8')) as unknown;
    const set = loadDivisions(geojson);
    const generation = await m.save(
      m.create(BoundaryGenerationEntity, {
        councilId,
        label: about.boundaries.label,
        effectiveFrom: about.boundaries.effectiveFrom,
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
    // The roster holds the roles and bodies of the rules the council starts with.
    const rules = rosterRules(this.context.startingRules().policy);
    const members = importMembersCsv(readFileSync(files.members, 'utf8'), set, rules);
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
          chairs: [...(row.chairs ?? [])],
        }),
      );
      await m.insert(MemberSeatEntity, {
        memberId: saved.id,
        divisionName: row.division,
        termStart: about.termsStart,
        termEnd: null,
      });
    }
    const officers = importOfficersCsv(readFileSync(files.officers, 'utf8'));
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
    return { divisions: set.size, members: members.rows.length, officers: officers.rows.length };
  }

  /**
   * A council with no rules yet gets its policy file as revision 1, taking effect on the date the
   * file gives. A file with problems stops the start with them, rather than failing a request.
   */
  private async ensureRules(councilId: string): Promise<void> {
    const { file, text, policy } = this.context.startingRules();
    await this.db.transaction(async (m) => {
      await m.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`policy_revisions:${councilId}`]);
      if (await m.exists(PolicyRevisionEntity, { where: { councilId } })) return;
      const takesEffect = policy.takesEffect ?? '2000-01-01';
      await storeRevision(m, {
        councilId,
        text,
        takesEffect,
        publishedBy: 'seed',
        inOrder: false,
        details: { file: relative(join(FIXTURES_DIR, '..'), file) },
      });
      this.logger.log(
        `published ${relative(join(FIXTURES_DIR, '..'), file)} as revision 1 of the council's rules`,
      );
    });
  }

  private async devKeys(m: EntityManager, councilId: string): Promise<void> {
    for (const k of DEV_KEYS) {
      const hash = hashSecret(k.key);
      const officer = k.contact
        ? await m.findOne(OfficerEntity, { where: { councilId, externalId: k.contact } })
        : null;
      const defaultContact = officer ? { name: officer.name, email: officer.email } : null;
      const member = k.member
        ? await m.findOne(MemberEntity, { where: { councilId, externalId: k.member } })
        : null;
      const seat =
        member && k.withDivision
          ? await m.findOne(MemberSeatEntity, { where: { memberId: member.id } })
          : null;
      const whose = [k.member, seat?.divisionName].filter(Boolean).join(', ');
      const holder = {
        councilId,
        name: whose ? `${k.name} (${whose})` : k.name,
        memberId: member?.id ?? null,
        defaultContact,
      };
      const existing = await m.findOne(ApiKeyEntity, { where: { keyHash: hash } });
      if (!existing) {
        await m.insert(ApiKeyEntity, {
          ...holder,
          role: k.role,
          keyHash: hash,
          keyPrefix: keyPrefix(k.key),
          createdBy: 'Development set-up',
        });
      } else if (existing.councilId !== councilId) {
        // The same database started for another council (COUNCIL changed): the keys serve this one.
        await m.update(ApiKeyEntity, { id: existing.id }, holder);
      } else if (!existing.defaultContact && defaultContact) {
        // Development keys made before keys carried a contact get one, so the console keeps working.
        await m.update(ApiKeyEntity, { id: existing.id }, { defaultContact });
      }
    }
  }
}
