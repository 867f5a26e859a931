import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { simplifyForDisplay } from '@member-alerts/geo';
import { InjectDataSource } from '@nestjs/typeorm';
import { EventEntity } from '@member-alerts/persistence';
import { DataSource } from 'typeorm';
import type { Principal } from '../auth/principal';
import { toFeatureCollection } from '../boundaries/boundary-input.util';
import { CouncilContextService } from '../council/council-context.service';

const DAY = 24 * 60 * 60 * 1000;

export interface DivisionsText {
  readonly text: string;
  readonly etag: string;
}

/** Reads the console's maps need, for every role: the boundaries in force, and this week's events. */
@Injectable()
export class WebMapQueryService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly context: CouncilContextService,
  ) {}

  // The text for each council's current generation only, as CouncilContextService keeps its set.
  private readonly geojsonByCouncil = new Map<string, { generationId: string } & DivisionsText>();

  /**
   * The divisions in force today as WGS84 GeoJSON, each named in `name` exactly as plans name it
   * (whatever property the uploaded file used), so the map can highlight a plan's divisions.
   * Drawn, not matched: the outlines are simplified to within a few metres, and the ETag changes
   * only when the text does.
   */
  async currentDivisions(principal: Principal): Promise<DivisionsText> {
    const g = await this.context.currentGeneration(principal.councilId);
    const kept = this.geojsonByCouncil.get(g.councilId);
    if (kept?.generationId === g.id) return kept;
    const text = JSON.stringify(simplifyForDisplay(toFeatureCollection(await this.context.divisionSetOf(g))));
    const etag = `"${createHash('sha256').update(text).digest('base64url').slice(0, 27)}"`;
    const made = { generationId: g.id, text, etag };
    this.geojsonByCouncil.set(g.councilId, made);
    return made;
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
