import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { NotificationRepository } from '@member-alerts/outbox';
import { EventEntity, type NotificationEntity } from '@member-alerts/persistence';
import { DataSource, In } from 'typeorm';
import type { Principal } from '../auth/principal';
import { alertView, escalationView, type Page } from './alert-view.util';
import { ownMemberId } from './own-member.util';

/** Reads for members and the Leader: their own alerts, escalations, and what a signed link points at. */
@Injectable()
export class AlertQueryService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly notifications: NotificationRepository,
  ) {}

  async mine(principal: Principal, page: Page) {
    const memberId = ownMemberId(principal);
    const [rows, total] = await this.notifications.memberAlerts(principal.councilId, memberId, page);
    const events = await this.eventsOf(rows);
    return { memberId, total, ...page, alerts: rows.map((n) => alertView(n, events.get(n.eventId))) };
  }

  async escalations(principal: Principal, page: Page) {
    const [rows, total] = await this.notifications.escalations(principal.councilId, page);
    const events = await this.eventsOf(rows);
    return { total, ...page, escalations: rows.map((n) => escalationView(n, events.get(n.eventId))) };
  }

  /** What an acknowledgement page shows. The caller has already checked the link's signature. */
  async forLink(notificationId: string) {
    const n = await this.notifications.byId(notificationId);
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
