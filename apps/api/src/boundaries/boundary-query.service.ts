import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { BoundaryGenerationEntity, DivisionEntity } from '@member-alerts/persistence';
import { DataSource, type FindOptionsSelect } from 'typeorm';
import type { Principal } from '../auth/principal';
import { CouncilContextService } from '../council/council-context.service';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type GenerationStatus = 'in_effect' | 'future' | 'superseded';

// Without the geometry: a whole council's boundaries are megabytes.
const META: FindOptionsSelect<BoundaryGenerationEntity> = {
  id: true,
  label: true,
  effectiveFrom: true,
  sourceCrs: true,
  divisionCount: true,
  warnings: true,
  createdBy: true,
  createdAt: true,
};

/** Reads of the boundary generations: which is in force, their divisions, their geometry. */
@Injectable()
export class BoundaryQueryService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly context: CouncilContextService,
  ) {}

  async list(principal: Principal) {
    const rows = await this.db.manager.find(BoundaryGenerationEntity, {
      select: META,
      where: { councilId: principal.councilId },
      order: { effectiveFrom: 'DESC', createdAt: 'DESC' },
    });
    const status = await this.statusOf(principal.councilId);
    const generations = rows.map((g) => this.meta(g, status(g)));
    return { inEffect: generations.find((g) => g.status === 'in_effect')?.id ?? null, generations };
  }

  async get(principal: Principal, id: string) {
    const g = await this.find(principal, id);
    const divisions = await this.db.manager.find(DivisionEntity, {
      where: { generationId: g.id },
      order: { name: 'ASC' },
    });
    const status = await this.statusOf(principal.councilId);
    return {
      ...this.meta(g, status(g)),
      divisions: divisions.map((d) => ({ name: d.name, seats: d.seats, neighbours: d.neighbours })),
    };
  }

  /** The stored WGS84 FeatureCollection, as text straight from the database. */
  async geojson(principal: Principal, id: string): Promise<string> {
    const g = await this.find(principal, id);
    const rows = await this.db
      .createQueryBuilder(BoundaryGenerationEntity, 'g')
      .select('g.geojson::text', 'geojson')
      .where('g.id = :id', { id: g.id })
      .getRawMany<{ geojson: string }>();
    return rows[0]?.geojson ?? '';
  }

  private async find(principal: Principal, id: string): Promise<BoundaryGenerationEntity> {
    const g = UUID.test(id)
      ? await this.db.manager.findOne(BoundaryGenerationEntity, {
          select: META,
          where: { id, councilId: principal.councilId },
        })
      : null;
    if (!g) throw new NotFoundException(`no boundary generation ${JSON.stringify(id.slice(0, 64))}`);
    return g;
  }

  private meta(g: BoundaryGenerationEntity, status: GenerationStatus) {
    return {
      id: g.id,
      label: g.label,
      effectiveFrom: g.effectiveFrom,
      status,
      sourceCrs: g.sourceCrs,
      divisionCount: g.divisionCount,
      warnings: g.warnings,
      createdBy: g.createdBy,
      createdAt: g.createdAt,
    };
  }

  /** The same rule planning uses: the latest generation effective on or before today is in effect. */
  private async statusOf(councilId: string): Promise<(g: BoundaryGenerationEntity) => GenerationStatus> {
    const current = await this.context.currentGeneration(councilId).catch(() => undefined);
    return (g) =>
      g.id === current?.id
        ? 'in_effect'
        : current && g.effectiveFrom <= current.effectiveFrom
          ? 'superseded'
          : 'future';
  }
}
