import { readFileSync } from 'node:fs';
import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { loadDivisions, type DivisionSet } from '@member-alerts/geo';
import {
  BoundaryGenerationEntity,
  CouncilEntity,
  MemberEntity,
  MemberSeatEntity,
  OfficerEntity,
} from '@member-alerts/persistence';
import { parsePolicy, type Policy } from '@member-alerts/protocol';
import type { Member, MemberRole, Officer } from '@member-alerts/roster';
import { DataSource, type EntityManager, LessThanOrEqual } from 'typeorm';
import { POLICY_FILE } from './policy-file';

/** The council, its boundaries in force and its roster, without the division set built from them. */
export interface CouncilFacts {
  readonly council: CouncilEntity;
  readonly generation: BoundaryGenerationEntity;
  /** Members holding a seat today, in the planner's shape (id = database id). */
  readonly members: readonly Member[];
  readonly officers: readonly Officer[];
  /** Names this reading of the roster: the same number, the same members and officers. */
  readonly rosterKey: number;
  /** The rules the council's events are checked and planned under: Leicestershire's policy file for every council today. */
  readonly policy: Policy;
}

export interface CouncilContext extends CouncilFacts {
  readonly divisions: DivisionSet;
}

const today = () => new Date().toISOString().slice(0, 10);

/**
 * The council's current boundaries and roster, as the planner needs them. A division set is built
 * once per boundary generation and kept while that generation is the one asked for; the roster is
 * re-read when it changes.
 */
@Injectable()
export class CouncilContextService {
  // One set per council: a county file's set runs to tens of megabytes, and once a newer generation
  // is in force nothing plans with the older one, so keeping every generation's set would hold each
  // upload for the life of the process.
  private readonly divisionSets = new Map<string, { generationId: string; set: DivisionSet }>();
  private rosterCache:
    { councilId: string; stamp: number; key: number; members: Member[]; officers: Officer[] } | undefined;
  private rosterStamp = 0;
  private rosterReads = 0;
  // Read at boot, so a bad file stops the API with its problems rather than failing a request.
  private readonly policy: Policy = parsePolicy(readFileSync(POLICY_FILE, 'utf8'));

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The rules a council's events are checked and planned under. */
  policyOf(_councilId: string): Policy {
    return this.policy;
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

  async load(councilId: string, manager: EntityManager = this.db.manager): Promise<CouncilContext> {
    const facts = await this.facts(councilId, manager);
    return { ...facts, divisions: await this.divisionSetOf(facts.generation, manager) };
  }

  /** What load gives, without building the division set here (planning threads build their own). */
  async facts(councilId: string, manager: EntityManager = this.db.manager): Promise<CouncilFacts> {
    const council = await this.council(councilId, manager);
    const generation = await this.currentGeneration(councilId, manager);
    const { members, officers, key } = await this.roster(councilId, manager);
    return { council, generation, members, officers, rosterKey: key, policy: this.policy };
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
        division: string;
      }>();
    const members: Member[] = rows.map((r) => ({
      id: r.id,
      name: r.name,
      email: r.email,
      division: r.division,
      roles: r.roles as MemberRole[],
      ...(r.portfolio ? { portfolio: r.portfolio } : {}),
      interests: r.interests,
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
