// The floor runs in a process of its own, as a worker does, so that it does not share an event loop
// with the SMTP listener: a bare pooled nodemailer transport, and nothing else.
import { performance } from 'node:perf_hooks';
import { createTransport } from 'nodemailer';
import type { Message } from '@member-alerts/render';

export interface FloorJob {
  readonly port: number;
  readonly poolSize: number;
  readonly from: string;
  /** Sent one batch per `intervalMs`, every message of a batch at once. */
  readonly batches: readonly (readonly Message[])[];
  readonly intervalMs: number;
}

export interface FloorDone {
  /** When each batch was handed to nodemailer, in milliseconds since the epoch. */
  readonly startedAt: readonly number[];
}

const clock = () => performance.timeOrigin + performance.now();

async function run(job: FloorJob): Promise<FloorDone> {
  const transporter = createTransport({
    pool: true,
    maxConnections: job.poolSize,
    host: '127.0.0.1',
    port: job.port,
    secure: false,
    ignoreTLS: true,
  });
  const startedAt: number[] = [];
  const sends: Promise<unknown>[] = [];
  const t0 = clock();
  for (const [i, batch] of job.batches.entries()) {
    const wait = t0 + i * job.intervalMs - clock();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    startedAt.push(clock());
    for (const m of batch) {
      sends.push(
        transporter.sendMail({
          from: job.from,
          to: m.to,
          subject: m.subject,
          text: m.text,
          html: m.html,
          messageId: `<${m.reference}@member-alerts>`,
          headers: { 'X-Member-Alerts-Notification': m.about.notifications?.join(', ') ?? '' },
          ...(m.calendar ? { icalEvent: { method: m.calendar.method, content: m.calendar.content } } : {}),
        }),
      );
    }
  }
  await Promise.all(sends);
  transporter.close();
  return { startedAt };
}

process.on('message', (job: FloorJob) => {
  run(job).then(
    (done) => process.send?.(done, () => process.exit(0)),
    (e: unknown) => {
      process.stderr.write(`bench floor: ${(e as Error).message}\n`);
      process.exit(1);
    },
  );
});
