import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { EventEntity } from '@member-alerts/persistence';
import { DataSource } from 'typeorm';
import type { Principal } from '../auth/principal';
import { toFeatureCollection } from '../boundaries/boundary-input.util';
import { CouncilContextService } from '../council/council-context.service';

const DAY = 24 * 60 * 60 * 1000;

/** Reads the console's maps need, for every role: the boundaries in force, and this week's events. */
@Injectable()
export class WebMapQueryService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly context: CouncilContextService,
  ) {}

  // The text for each council's current generation only, as CouncilContextService keeps its set.
  private readonly geojsonByCouncil = new Map<string, { generationId: string; text: string }>();

  /**
   * The divisions in force today as WGS84 GeoJSON, each named in `name` exactly as plans name it
   * (whatever property the uploaded file used), so the map can highlight a plan's divisions.
   */
  async currentDivisions(principal: Principal): Promise<string> {
    const g = await this.context.currentGeneration(principal.councilId);
    const kept = this.geojsonByCouncil.get(g.councilId);
    if (kept?.generationId === g.id) return kept.text;
    const text = JSON.stringify(toFeatureCollection(await this.context.divisionSetOf(g)));
    this.geojsonByCouncil.set(g.councilId, { generationId: g.id, text });
    return text;
  }

  /** Events registered in the last seven days, or starting or opening in the next seven. */
  async weekEvents(principal: Principal, now = new Date()) {
    const from = new Date(now.getTime() - 7 * DAY);
    const to = new Date(now.getTime() + 7 * DAY);
    const rows = await this.db
      .createQueryBuilder(EventEntity, 'e')
      .where('e.council_id = :c', { c: principal.councilId })
      .andWhere("e.status = 'active'")
      .andWhere("(e.created_at >= :from OR e.payload ? 'startsAt' OR e.payload ? 'opensAt')", {
        from: from.toISOString(),
      })
      .orderBy('e.created_at', 'DESC')
      .take(1000)
      .getMany();
    const within = (iso: string | undefined) => {
      const t = iso ? Date.parse(iso) : Number.NaN;
      return t >= now.getTime() - DAY && t <= to.getTime();
    };
    const events = rows
      .filter((e) => {
        const p = e.payload;
        return e.createdAt >= from || within(p.startsAt) || within(p.opensAt);
      })
      .slice(0, 200)
      .map((e) => {
        const p = e.payload;
        const plan = e.plan;
        return {
          id: e.id,
          kind: e.kind,
          title: e.title,
          createdAt: e.createdAt,
          startsAt: p.startsAt ?? null,
          opensAt: p.opensAt ?? null,
          affectedDivisions: plan.affectedDivisions ?? [],
          adjoiningDivisions: plan.adjoiningAlerted ? (plan.adjoiningDivisions ?? []) : [],
          location: p.location ?? null,
          crs: p.crs ?? null,
        };
      });
    return { from: from.toISOString(), to: to.toISOString(), events };
  }
}
