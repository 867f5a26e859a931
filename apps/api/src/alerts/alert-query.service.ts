import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { EventEntity, NotificationEntity } from '@member-alerts/persistence';
import { DataSource, In } from 'typeorm';
import type { Principal } from '../auth/principal';
import { ESCALATED, REACHES_MEMBERS, alertView, escalationView, type Page } from './alert-view.util';
import { ownMemberId } from './own-member.util';

/** Reads for members and the Leader: their own alerts, escalations, and what a signed link points at. */
@Injectable()
export class AlertQueryService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async mine(principal: Principal, page: Page) {
    const memberId = ownMemberId(principal);
    const [rows, total] = await this.db
      .createQueryBuilder(NotificationEntity, 'n')
      .innerJoin(EventEntity, 'e', 'e.id = n.event_id')
      .where("n.recipient_kind = 'member' AND n.recipient_id = :memberId", { memberId })
      .andWhere('e.council_id = :council', { council: principal.councilId })
      .andWhere(REACHES_MEMBERS)
      .orderBy('n.created_at', 'DESC')
      .addOrderBy('n.event_version', 'DESC')
      .take(page.limit)
      .skip(page.offset)
      .getManyAndCount();
    const events = await this.eventsOf(rows);
    return { memberId, total, ...page, alerts: rows.map((n) => alertView(n, events.get(n.eventId))) };
  }

  async escalations(principal: Principal, page: Page) {
    const [rows, total] = await this.db
      .createQueryBuilder(NotificationEntity, 'n')
      .innerJoin(EventEntity, 'e', 'e.id = n.event_id')
      .where('e.council_id = :council', { council: principal.councilId })
      .andWhere('n.reasons @> CAST(:escalated AS jsonb)', { escalated: ESCALATED })
      .andWhere(REACHES_MEMBERS)
      .orderBy('n.created_at', 'DESC')
      .addOrderBy('n.event_version', 'DESC')
      .addOrderBy('n.recipient_name', 'ASC')
      .take(page.limit)
      .skip(page.offset)
      .getManyAndCount();
    const events = await this.eventsOf(rows);
    return { total, ...page, escalations: rows.map((n) => escalationView(n, events.get(n.eventId))) };
  }

  /** What an acknowledgement page shows. The caller has already checked the link's signature. */
  async forLink(notificationId: string) {
    const n = await this.db.manager.findOne(NotificationEntity, { where: { id: notificationId } });
    if (!n) throw new NotFoundException(`no alert ${notificationId}`);
    const e = await this.db.manager.findOne(EventEntity, { where: { id: n.eventId } });
    return { ...alertView(n, e ?? undefined), recipientName: n.recipientName };
  }

  private async eventsOf(rows: readonly NotificationEntity[]): Promise<Map<string, EventEntity>> {
    const ids = [...new Set(rows.map((n) => n.eventId))];
    if (ids.length === 0) return new Map();
    const events = await this.db.manager.find(EventEntity, { where: { id: In(ids) } });
    return new Map(events.map((e) => [e.id, e]));
  }
}
