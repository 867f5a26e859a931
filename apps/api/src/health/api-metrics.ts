import { Injectable } from '@nestjs/common';
import { NotificationRepository } from '@member-alerts/outbox';
import type { NextFunction, Request, Response } from 'express';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

// Rows still on their way, and failures an officer must see. `due` and `scheduled` split `created`:
// a due row not yet queued means members are not being told; a scheduled one waits on purpose
// (quiet hours, the morning digest, a §31 notice); a held one waits for democratic services in a
// pre-election period.
const OUTBOX_STATES = [
  'due',
  'scheduled',
  'queued',
  'sending',
  'temporary-failure',
  'permanent-failure',
  'technical-failure',
  'held',
] as const;

/** Prometheus metrics of the API: one registry per API process, read at GET /metrics. */
@Injectable()
export class ApiMetrics {
  readonly registry = new Registry();
  private readonly requests = new Histogram({
    name: 'member_alerts_http_request_duration_seconds',
    help: 'HTTP requests to the API, by method, route and status, and how long each took',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  private readonly events = new Counter({
    name: 'member_alerts_events_registered_total',
    help: 'Events registered through this API process, by kind',
    labelNames: ['kind'],
    registers: [this.registry],
  });

  constructor(notifications: NotificationRepository) {
    collectDefaultMetrics({ register: this.registry, prefix: 'member_alerts_api_' });
    // Read from PostgreSQL at each scrape, so every API process reports the same outbox.
    new Gauge({
      name: 'member_alerts_notifications',
      help: 'Notifications not yet sent, and failed ones, by state (due: waiting to be queued now)',
      labelNames: ['state'],
      registers: [this.registry],
      async collect() {
        const rows = await notifications.countByState();
        for (const state of OUTBOX_STATES) this.set({ state }, rows.find((r) => r.state === state)?.n ?? 0);
      },
    });
    new Gauge({
      name: 'member_alerts_oldest_due_notification_seconds',
      help: 'Age of the oldest notification due and not yet queued; 0 when there is none',
      registers: [this.registry],
      async collect() {
        this.set(await notifications.oldestDueAge());
      },
    });
  }

  registered(kind: string): void {
    this.events.inc({ kind });
  }

  /** Times every request; the route is the pattern matched (`/events/:id`), never the raw path. */
  readonly timeRequests = (req: Request, res: Response, next: NextFunction): void => {
    const end = this.requests.startTimer();
    res.once('finish', () => {
      // Express types the matched route as any.
      const matched: { path?: unknown } | undefined = (req as { route?: { path?: unknown } }).route;
      const route = matched?.path;
      end({
        method: req.method,
        route: typeof route === 'string' ? `${req.baseUrl}${route}` : 'other',
        status: String(res.statusCode),
      });
    });
    next();
  };
}
