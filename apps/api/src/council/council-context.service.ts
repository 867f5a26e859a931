import { readFileSync } from 'node:fs';
import { Inject, Injectable, Logger, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { loadDivisions, type DivisionSet } from '@member-alerts/geo';
import {
  BoundaryGenerationEntity,
  CouncilEntity,
  type EventEntity,
  MemberEntity,
  MemberSeatEntity,
  OfficerEntity,
  PolicyRevisionEntity,
} from '@member-alerts/persistence';
import {
  formatProblem,
  parsePolicy,
  PolicyFileError,
  revisionInForce,
  type Policy,
  type PolicyRevision,
} from '@member-alerts/protocol';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { councilPolicyFile } from '@member-alerts/persistence';
import type { Member, Officer } from '@member-alerts/roster';
import { DataSource, type EntityManager, LessThanOrEqual } from 'typeorm';

/** The file a council's rules start from, as read once at boot. */
export interface StartingRules {
  readonly file: string;
  readonly text: string;
  readonly policy: Policy;
}

/** Reads the starting file; one with problems stops the start with them, rather than failing a request. */
function readStartingRules(file: string): StartingRules {
  const text = readFileSync(file, 'utf8');
  try {
    return { file, text, policy: parsePolicy(text) };
  } catch (e) {
    if (e instanceof PolicyFileError)
      throw new Error(`the policy file ${file} cannot be loaded:\n${e.message}`, { cause: e });
    throw e;
  }
}

/** The council, its boundaries in force and its roster, without the division set built from them. */
export interface CouncilFacts {
  readonly council: CouncilEntity;
  readonly generation: BoundaryGenerationEntity;
  /** Members holding a seat today, in the planner's shape (id = database id). */
  readonly members: readonly Member[];
  readonly officers: readonly Officer[];
  /** Names this reading of the roster: the same number, the same members and officers. */
  readonly rosterKey: number;
  /** The rules the council's events are checked and planned under. */
  readonly policy: Policy;
  /** Which revision of the council's rules `policy` is. */
  readonly revision: PolicyRevision;
}

export interface CouncilContext extends CouncilFacts {
  readonly divisions: DivisionSet;
}

/** A revision of a council's rules, read from its file. */
export interface RevisionRules {
  readonly revision: PolicyRevision;
  readonly policy: Policy;
}

/** Which revision to plan under: the one in force at an instant (now, unless given), or one by number. */
export type RevisionChoice = { readonly at?: Date } | { readonly number: number };

/** The revision an event was registered under: named in its plan, else the one in force that day. */
export function registeredUnder(event: Pick<EventEntity, 'plan' | 'createdAt'>): RevisionChoice {
  const number = event.plan.revision?.number;
  return number === undefined ? { at: event.createdAt } : { number };
}

const today = () => new Date().toISOString().slice(0, 10);

/**
 * The council's current boundaries and roster, as the planner needs them. A division set is built
 * once per boundary generation and kept while that generation is the one asked for; the roster is
 * re-read when it changes.
 */
@Injectable()
export class CouncilContextService {
  // One set per council: a large council's set runs to tens of megabytes, and once a newer generation
  // is in force nothing plans with the older one, so keeping every generation's set would hold each
  // upload for the life of the process.
  private readonly divisionSets = new Map<string, { generationId: string; set: DivisionSet }>();
  private rosterCache:
    { councilId: string; stamp: number; key: number; members: Member[]; officers: Officer[] } | undefined;
  private rosterStamp = 0;
  private rosterReads = 0;
  private readonly logger = new Logger(CouncilContextService.name);
  // Each revision's file is read once: a revision is never rewritten.
  private readonly parsed = new Map<string, Policy>();
  // Per council, the last revision that loaded, kept should a later one fail to.
  private readonly lastGood = new Map<string, RevisionRules>();
  // The file a council's rules start from, read at boot: the OpenAPI document lists its kinds, and
  // the seed publishes it as revision 1.
  private readonly starting: StartingRules;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.starting = readStartingRules(config.policyFile ?? councilPolicyFile(config.councilSlug));
  }

  /**
   * The rules the API booted with (the council's starting file): its OpenAPI document lists their
   * kinds, bodies and roles. Planning always uses the revision in force, from `policyOf`.
   */
  bootPolicy(): Policy {
    return this.starting.policy;
  }

  /** The starting file itself: its path, its text and its rules. */
  startingRules(): StartingRules {
    return this.starting;
  }

  /**
   * The revision of a council's rules in force at `at` (the latest to have taken effect by that
   * London day; before the first, the first), or the one numbered. A stored file that no longer
   * loads is never half-used: the council's last good revision stays in force, with an error logged.
   */
  async policyOf(
    councilId: string,
    choice: RevisionChoice = {},
    manager: EntityManager = this.db.manager,
  ): Promise<RevisionRules> {
    const rows = await manager.find(PolicyRevisionEntity, {
      where: { councilId },
      select: { id: true, number: true, takesEffect: true },
      order: { number: 'ASC' },
    });
    const listed = rows.map((r) => ({ id: r.id, number: r.number, inForceFrom: r.takesEffect }));
    const row =
      'number' in choice
        ? listed.find((r) => r.number === choice.number)
        : (revisionInForce(listed, choice.at ?? new Date()) ?? listed[0]);
    if (!row)
      throw new NotFoundException(
        'number' in choice
          ? `the council has no revision ${choice.number} of its rules`
          : 'this council has no rules yet: publish its policy file first',
      );
    const revision: PolicyRevision = { number: row.number, inForceFrom: row.inForceFrom };
    let policy = this.parsed.get(row.id);
    if (!policy) {
      const text = await manager.findOne(PolicyRevisionEntity, {
        where: { id: row.id },
        select: { text: true },
      });
      try {
        policy = parsePolicy(text?.text ?? '');
      } catch (e) {
        const kept = this.lastGood.get(councilId);
        if (!(e instanceof PolicyFileError) || !kept) throw e;
        this.logger.error(
          `revision ${row.number} of the council's rules does not load, so revision ${kept.revision.number} stays in force: ${e.problems.map(formatProblem).join('; ')}`,
        );
        return kept;
      }
      this.parsed.set(row.id, policy);
    }
    const rules = { revision, policy };
    if (!('number' in choice)) this.lastGood.set(councilId, rules);
    return rules;
  }

  /**
   * Every revision the council has published that loads, oldest first: what the API's document
   * lists as kinds, bodies and roles. A revision that does not load is left out.
   */
  async publishedPolicies(councilId: string, manager: EntityManager = this.db.manager): Promise<Policy[]> {
    const rows = await manager.find(PolicyRevisionEntity, {
      where: { councilId },
      select: { id: true, text: true },
      order: { number: 'ASC' },
    });
    return rows.flatMap((row) => {
      const known = this.parsed.get(row.id);
      if (known) return [known];
      try {
        const policy = parsePolicy(row.text);
        this.parsed.set(row.id, policy);
        return [policy];
      } catch (e) {
        if (e instanceof PolicyFileError) return [];
        throw e;
      }
    });
  }

  /** Called after any roster write, so the next plan sees it. */
  rosterChanged(): void {
    this.rosterStamp++;
  }

  async council(councilId: string, manager: EntityManager = this.db.manager): Promise<CouncilEntity> {
    const c = await manager.findOne(CouncilEntity, { where: { id: councilId } });
    if (!c) throw new NotFoundException('council not found');
    return c;
  }

  async currentGeneration(
    councilId: string,
    manager: EntityManager = this.db.manager,
  ): Promise<BoundaryGenerationEntity> {
    // The boundaries themselves (megabytes of GeoJSON) are read only when not yet cached.
    const g = await manager.findOne(BoundaryGenerationEntity, {
      where: { councilId, effectiveFrom: LessThanOrEqual(today()) },
      order: { effectiveFrom: 'DESC', createdAt: 'DESC' },
      select: {
        id: true,
        councilId: true,
        label: true,
        effectiveFrom: true,
        sourceCrs: true,
        divisionCount: true,
        warnings: true,
        createdBy: true,
        createdAt: true,
      },
    });
    if (!g)
      throw new NotFoundException(
        'this council has no boundaries in effect yet: upload them first (POST /boundaries)',
      );
    return g;
  }

  async divisionSetOf(
    generation: BoundaryGenerationEntity,
    manager: EntityManager = this.db.manager,
  ): Promise<DivisionSet> {
    const kept = this.divisionSets.get(generation.councilId);
    let set = kept?.generationId === generation.id ? kept.set : undefined;
    if (!set) {
      const geojson =
        generation.geojson ??
        (
          await manager.findOne(BoundaryGenerationEntity, {
            where: { id: generation.id },
            select: { id: true, geojson: true },
          })
        )?.geojson;
      set = loadDivisions(geojson);
      this.divisionSets.set(generation.councilId, { generationId: generation.id, set });
    }
    return set;
  }

  async generationById(
    id: string,
    manager: EntityManager = this.db.manager,
  ): Promise<BoundaryGenerationEntity> {
    const g = await manager.findOne(BoundaryGenerationEntity, { where: { id } });
    if (!g) throw new NotFoundException('boundary generation not found');
    return g;
  }

  /**
   * A generation's boundaries as the GeoJSON text stored, for a planning thread to build its own
   * division set from (text crosses to a thread as one copy; a parsed object would be cloned part by part).
   */
  async boundariesText(generationId: string, manager: EntityManager = this.db.manager): Promise<string> {
    const row = await manager
      .createQueryBuilder(BoundaryGenerationEntity, 'g')
      .select('g.geojson::text', 'text')
      .where('g.id = :id', { id: generationId })
      .getRawOne<{ text: string }>();
    if (!row) throw new NotFoundException('boundary generation not found');
    return row.text;
  }

  async load(
    councilId: string,
    manager: EntityManager = this.db.manager,
    rules: RevisionChoice = {},
  ): Promise<CouncilContext> {
    const facts = await this.facts(councilId, manager, rules);
    return { ...facts, divisions: await this.divisionSetOf(facts.generation, manager) };
  }

  /** What load gives, without building the division set here (planning threads build their own). */
  async facts(
    councilId: string,
    manager: EntityManager = this.db.manager,
    rules: RevisionChoice = {},
  ): Promise<CouncilFacts> {
    const council = await this.council(councilId, manager);
    const { policy, revision } = await this.policyOf(councilId, rules, manager);
    const generation = await this.currentGeneration(councilId, manager);
    const { members, officers, key } = await this.roster(councilId, manager);
    return { council, generation, members, officers, rosterKey: key, policy, revision };
  }

  private async roster(
    councilId: string,
    manager: EntityManager,
  ): Promise<{ members: Member[]; officers: Officer[]; key: number }> {
    const c = this.rosterCache;
    if (c && c.councilId === councilId && c.stamp === this.rosterStamp) return c;
    const stamp = this.rosterStamp;
    const rows = await manager
      .createQueryBuilder(MemberEntity, 'm')
      .innerJoin(MemberSeatEntity, 's', 's.member_id = m.id')
      .select([
        'm.id AS id',
        'm.name AS name',
        'm.email AS email',
        'm.roles AS roles',
        'm.portfolio AS portfolio',
        'm.interests AS interests',
        'm.chairs AS chairs',
        's.division_name AS division',
      ])
      .where('m.council_id = :councilId AND m.active', { councilId })
      .andWhere('s.term_start <= CURRENT_DATE AND (s.term_end IS NULL OR s.term_end >= CURRENT_DATE)')
      .orderBy('m.name')
      .getRawMany<{
        id: string;
        name: string;
        email: string;
        roles: string[];
        portfolio: string | null;
        interests: string[];
        chairs: string[];
        division: string;
      }>();
    const members: Member[] = rows.map((r) => ({
      id: r.id,
      name: r.name,
      email: r.email,
      division: r.division,
      roles: r.roles,
      ...(r.portfolio ? { portfolio: r.portfolio } : {}),
      interests: r.interests,
      ...(r.chairs.length ? { chairs: r.chairs } : {}),
    }));
    const officerRows = await manager.find(OfficerEntity, {
      where: { councilId, active: true },
      order: { name: 'ASC' },
    });
    const officers: Officer[] = officerRows.map((o) => ({
      id: o.id,
      name: o.name,
      email: o.email,
      services: o.services,
    }));
    const key = ++this.rosterReads;
    this.rosterCache = { councilId, stamp, key, members, officers };
    return { members, officers, key };
  }
}
