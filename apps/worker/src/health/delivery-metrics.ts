import { Injectable } from '@nestjs/common';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** Prometheus metrics for delivery. One registry per worker process. */
@Injectable()
export class DeliveryMetrics {
  readonly registry = new Registry();
  private readonly sendSeconds = new Histogram({
    name: 'member_alerts_email_send_seconds',
    help: 'Time for the SMTP server to accept one e-mail',
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  private readonly failures = new Counter({
    name: 'member_alerts_email_failures_total',
    help: 'E-mails that failed, by class (transient, permanent, technical)',
    labelNames: ['class'],
    registers: [this.registry],
  });
  private readonly alerts = new Counter({
    name: 'member_alerts_channel_alerts_total',
    help: "Failures an operator must fix before any message can go (notify-key: a wrong or revoked GOV.UK Notify key; notify-clock: this machine's clock)",
    labelNames: ['alert'],
    registers: [this.registry],
  });
  readonly jobs = new Gauge({
    name: 'member_alerts_queue_jobs',
    help: 'Jobs in the notification queue, by state',
    labelNames: ['state'],
    registers: [this.registry],
  });
  readonly oldestCreated = new Gauge({
    name: 'member_alerts_oldest_created_notification_seconds',
    help: 'Age of the oldest notification still waiting to be queued (created and due)',
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'member_alerts_worker_' });
  }

  sent(ms: number): void {
    this.sendSeconds.observe(ms / 1000);
  }

  alert(alert: 'notify-key' | 'notify-clock'): void {
    this.alerts.inc({ alert });
  }

  failed(kind: string): void {
    this.failures.inc({ class: kind });
  }
}
