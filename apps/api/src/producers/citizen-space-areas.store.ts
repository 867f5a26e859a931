import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CitizenSpaceAreaEntity } from '@member-alerts/persistence';
import { type ConsultationAreaTable, mapCitizenSpace } from '@member-alerts/producers';
import { DataSource } from 'typeorm';

export interface CitizenSpaceAreaView {
  name: string;
  divisions: string[];
  countywide: boolean;
  updatedAt: Date;
  updatedBy: string;
}

export interface HeldConsultationView {
  /** The stored message's id. */
  id: string;
  ref: string | null;
  title: string;
  /** Its area names that are not mapped yet. */
  areas: string[];
  reason: string | null;
  receivedAt: Date;
}

export interface CitizenSpaceAreasView {
  areas: CitizenSpaceAreaView[];
  held: HeldConsultationView[];
}

/** The council's table of Citizen Space areas, and the consultations waiting for one. */
@Injectable()
export class CitizenSpaceAreasStore {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async table(councilId: string): Promise<ConsultationAreaTable> {
    const rows = await this.db.manager.find(CitizenSpaceAreaEntity, { where: { councilId } });
    return Object.fromEntries(rows.map((r) => [r.name, r.countywide ? 'countywide' : r.divisions]));
  }

  /**
   * The newest message of each consultation, where that one is held. An older held message is
   * superseded by whatever came after it.
   */
  async heldRows(
    councilId: string,
  ): Promise<{ id: string; ref: string | null; message: object; reason: string | null; receivedAt: Date }[]> {
    return this.db.query(
      `SELECT m.id, m.ref, m.message, m.reason, m.received_at AS "receivedAt"
         FROM producer_messages m
        WHERE m.council_id = $1 AND m.source = 'citizen-space' AND m.outcome = 'held'
          AND NOT EXISTS (SELECT 1 FROM producer_messages n
                           WHERE n.council_id = m.council_id AND n.source = m.source AND n.ref = m.ref
                             AND n.received_at > m.received_at)
        ORDER BY m.received_at`,
      [councilId],
    );
  }

  async view(councilId: string): Promise<CitizenSpaceAreasView> {
    const rows = await this.db.manager.find(CitizenSpaceAreaEntity, {
      where: { councilId },
      order: { name: 'ASC' },
    });
    const table = await this.table(councilId);
    const held = (await this.heldRows(councilId)).map((h) => {
      const m = h.message as Record<string, unknown>;
      const mapped = mapCitizenSpace(h.message, table);
      return {
        id: h.id,
        ref: h.ref,
        title: typeof m['title'] === 'string' ? m['title'] : (h.ref ?? 'A consultation'),
        areas: [...(mapped.unmappedAreas ?? [])],
        reason: h.reason,
        receivedAt: h.receivedAt,
      };
    });
    return {
      areas: rows.map((r) => ({
        name: r.name,
        divisions: r.divisions,
        countywide: r.countywide,
        updatedAt: r.updatedAt,
        updatedBy: r.updatedBy,
      })),
      held,
    };
  }
}
