import type { DivisionSet } from '@member-alerts/geo';
import { indexRoster, parseEvent, planEvent, type AlertEvent } from '@member-alerts/protocol';
import { notificationJobId, QUEUES } from '@member-alerts/queue';
import { Redis } from 'ioredis';
import type { Member } from '@member-alerts/roster';
import { acceptedCount, floorRate, sameMessages, sendThroughFloor } from './floor.util';
import { clock, percentile, progress, sleep } from './measure.util';
import { check, OFFICER_KEY, type Pipeline } from './pipeline';
import type { Row } from './report.util';
import { leicestershirePolicy } from '../testing/fixtures';

const POLICY = leicestershirePolicy();

interface Registered {
  readonly id: string;
  readonly recipients: number;
  readonly returnedAt: number;
}

async function register(p: Pipeline, event: AlertEvent): Promise<Registered> {
  const res = await p.request('POST', '/events', { key: OFFICER_KEY, body: event });
  const returnedAt = clock();
  check(res, 201, 'POST /events');
  const body = res.body as { id: string; plan: { recipients: unknown[] } };
  return { id: body.id, recipients: body.plan.recipients.length, returnedAt };
}

/** Percentiles of the stages of each e-mail's journey, in ms after its event's POST returned. */
async function latencyBreakdown(
  p: Pipeline,
  registered: readonly Registered[],
): Promise<Record<string, unknown>> {
  const returned = new Map(registered.map((e) => [e.id, e.returnedAt]));
  const rows = await p.sql<{
    event_id: string;
    recipient_kind: string;
    recipient_id: string;
    created: number;
    queued: number | null;
    sent: number | null;
  }>(
    `SELECT event_id, recipient_kind, recipient_id, extract(epoch FROM created_at) * 1000 AS created,
            extract(epoch FROM queued_at) * 1000 AS queued, extract(epoch FROM sent_at) * 1000 AS sent
       FROM notifications WHERE event_id = ANY($1)`,
    [registered.map((e) => e.id)],
  );
  const redis = new Redis(p.api.redisUrl);
  const prefix = `${p.api.queuePrefix}:${QUEUES.notifications}`;
  const jobs = await Promise.all(
    rows.map((r) =>
      redis.hmget(
        `${prefix}:${notificationJobId(r.event_id, 1, r.recipient_kind, r.recipient_id)}`,
        'timestamp',
        'processedOn',
      ),
    ),
  );
  redis.disconnect();
  const stage = (f: (r: (typeof rows)[number], i: number) => number | null) => {
    const xs = rows.map((r, i) => f(r, i)).filter((x): x is number => x !== null && Number.isFinite(x));
    return { p50: percentile(xs, 50), p95: percentile(xs, 95), p99: percentile(xs, 99) };
  };
  const after = (r: (typeof rows)[number], t: number | null) =>
    t === null ? null : Number(t) - (returned.get(r.event_id) ?? NaN);
  return {
    rowCreated: stage((r) => after(r, r.created)),
    jobAdded: stage((r, i) => after(r, Number(jobs[i]?.[0] ?? NaN))),
    rowQueued: stage((r) => after(r, r.queued)),
    jobTaken: stage((r, i) => after(r, Number(jobs[i]?.[1] ?? NaN))),
    rowSent: stage((r) => after(r, r.sent)),
  };
}

/** E-mails per second offered in the latency run. */
const LATENCY_OFFERED_EMAILS_PER_S = 80;

const inHours = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString();

/**
 * A burst of consultations, each naming a slice of divisions, registered one after another as
 * officers' systems would; timed from the first POST to the listener's last "250".
 */
async function burst(
  p: Pipeline,
  slices: readonly (readonly string[])[],
  label: string,
): Promise<{ rate: number; emails: number; eventIds: string[] }> {
  const from = p.accepted.length;
  const t0 = clock();
  const events: Registered[] = [];
  for (const [i, divisions] of slices.entries()) {
    events.push(
      await register(p, {
        kind: 'consultation',
        title: `${label} consultation ${i + 1}`,
        divisions,
        opensAt: inHours(2),
        closesAt: inHours(24 * 30),
      }),
    );
  }
  const emails = events.reduce((n, e) => n + e.recipients, 0);
  let shown = 0;
  p.onAccept = () => {
    const done = p.accepted.length - from;
    if (done >= shown + emails / 4) {
      shown = done;
      progress(
        `  ${label}: ${done.toLocaleString('en-GB')} of ${emails.toLocaleString('en-GB')} e-mails accepted`,
      );
    }
  };
  const last = await acceptedCount(p, from, emails, 300_000);
  p.onAccept = undefined;
  return { rate: emails / ((last.at - t0) / 1000), emails, eventIds: events.map((e) => e.id) };
}

/**
 * Waits until the listener has accepted every e-mail of these events since `from`; returns when it
 * accepted each event's last one. `eventOf` names the event of each accepted notification id.
 */
async function lastAcceptedPerEvent(
  p: Pipeline,
  from: number,
  registered: readonly Registered[],
  eventOf: ReadonlyMap<string, string>,
  timeoutMs: number,
): Promise<Map<string, number>> {
  await acceptedCount(
    p,
    from,
    registered.reduce((n, e) => n + e.recipients, 0),
    timeoutMs,
  );
  const last = new Map<string, number>();
  for (const a of p.accepted.slice(from)) {
    const e = eventOf.get(a.notificationId);
    if (e) last.set(e, Math.max(last.get(e) ?? 0, a.at));
  }
  return last;
}

/** Registers events one per `intervalMs`; returns each one's latency to its last e-mail accepted. */
async function latencyWindow(
  p: Pipeline,
  plans: readonly (AlertEvent & { recipients: number })[],
  intervalMs: number,
): Promise<{ registered: Registered[]; latencies: number[] }> {
  const from = p.accepted.length;
  const t0 = clock();
  const pending: Promise<Registered>[] = [];
  for (const [i, plan] of plans.entries()) {
    const wait = t0 + i * intervalMs - clock();
    if (wait > 0) await sleep(wait);
    const { recipients: _r, ...event } = plan;
    pending.push(register(p, event));
  }
  const registered = await Promise.all(pending);
  const owner = new Map(
    (
      await p.sql<{ id: string; event_id: string }>(
        `SELECT id, event_id FROM notifications WHERE event_id = ANY($1)`,
        [registered.map((e) => e.id)],
      )
    ).map((r) => [r.id, r.event_id]),
  );
  const lastAt = await lastAcceptedPerEvent(p, from, registered, owner, 300_000);
  return { registered, latencies: registered.map((e) => (lastAt.get(e.id) ?? NaN) - e.returnedAt) };
}

/** The same events' messages through the bare nodemailer loop at the same pace; their latencies. */
async function floorWindow(
  p: Pipeline,
  registered: readonly Registered[],
  intervalMs: number,
): Promise<number[]> {
  const batches = await sameMessages(
    p,
    registered.map((e) => e.id),
  );
  const batchOf = new Map<string, string>();
  for (const [eventId, list] of batches)
    for (const m of list) batchOf.set(m.about.notifications?.join(', ') ?? '', eventId);
  const from = p.accepted.length;
  const done = await sendThroughFloor(
    p,
    registered.map((e) => batches.get(e.id) ?? []),
    intervalMs,
  );
  const last = await lastAcceptedPerEvent(p, from, registered, batchOf, 120_000);
  return registered.map((e, i) => (last.get(e.id) ?? NaN) - (done.startedAt[i] ?? NaN));
}

export interface DeliveryResult {
  readonly rows: Row[];
  readonly details: Record<string, unknown>;
  /** E-mails per second of the bare nodemailer loop, for the scale figure. */
  readonly floorRate: number;
}

/** Items 3 and 4: throughput through the whole pipeline with 1 and 2 workers, then latency under load. */
export async function deliveryBench(
  p: Pipeline,
  ctx: {
    set: DivisionSet;
    members: readonly Member[];
    staffed: readonly string[];
    inside: readonly [number, number][];
  },
  opts: { quick: boolean },
): Promise<DeliveryResult> {
  const perEvent = opts.quick ? 50 : 100;
  const events = opts.quick ? 5 : 10;
  const slices = (offset: number) =>
    Array.from({ length: events }, (_, i) =>
      ctx.staffed.slice(offset + i * perEvent, offset + (i + 1) * perEvent),
    );
  const details: Record<string, unknown> = {};

  progress(`delivery: ${events} consultations of ${perEvent * 2} members each, 1 worker process`);
  await p.startWorkers(1);
  const one = await burst(p, slices(0), '1 worker');
  // Latency: invitations to facility openings (local and adjoining members, with a calendar
  // invitation each) at a steady, fixed offered load, the same in every run so that runs compare.
  // Windows of the pipeline alternate with windows of the floor sending the same batches at the
  // same pace, so that both meet the same spells of noise from the machine's other tenants.
  const rounds = opts.quick ? 2 : 3;
  const windowS = opts.quick ? 5 : 10;
  const offered = LATENCY_OFFERED_EMAILS_PER_S;
  const roster = indexRoster(ctx.members);
  const plans = ctx.inside
    .slice(0, 600)
    .map((position, i): AlertEvent & { recipients: number } => {
      const event: AlertEvent = {
        kind: 'facility_event',
        title: `Opening ${i + 1}`,
        location: { type: 'Point', coordinates: position },
        servesAdjoining: true,
        startsAt: inHours(24 * 14),
      };
      return {
        ...event,
        recipients: planEvent(parseEvent(event, ctx.set, POLICY), {
          divisions: ctx.set,
          members: ctx.members,
          roster,
          now: new Date(),
          policy: POLICY,
        }).recipients.length,
      };
    })
    .filter((e) => e.recipients > 0);
  const meanRecipients = plans.reduce((n, e) => n + e.recipients, 0) / plans.length;
  const intervalMs = (meanRecipients / offered) * 1000;
  const perWindow = Math.max(5, Math.floor((windowS * 1000) / intervalMs));
  progress(
    `latency: ${rounds} rounds of ${perWindow} facility openings (${meanRecipients.toFixed(1)} recipients each), one per ${intervalMs.toFixed(0)} ms (about ${offered} e-mails/s), 1 worker, each round then through the floor`,
  );
  // A short warm-up window first, not counted: the worker has just finished a burst.
  await latencyWindow(p, plans.slice(0, Math.ceil(perWindow / 3)), intervalMs);
  const warm = Math.ceil(perWindow / 3);
  const latencies: number[] = [];
  const floorLatencies: number[] = [];
  const registered: Registered[] = [];
  const windows: Record<string, unknown>[] = [];
  for (let round = 0; round < rounds; round++) {
    const slice = plans.slice(warm + round * perWindow, warm + (round + 1) * perWindow);
    const pipeline = await latencyWindow(p, slice, intervalMs);
    const floor = await floorWindow(p, pipeline.registered, intervalMs);
    latencies.push(...pipeline.latencies);
    floorLatencies.push(...floor);
    registered.push(...pipeline.registered);
    windows.push({
      round: round + 1,
      pipelineP50: percentile(pipeline.latencies, 50),
      floorP50: percentile(floor, 50),
    });
  }
  const expected = registered.reduce((n, e) => n + e.recipients, 0);
  // Where the time went, per e-mail, from the POST's return: to the row being marked queued (the
  // API), to the job being taken (BullMQ), to the row being marked sent (the worker).
  const breakdown = await latencyBreakdown(p, registered);

  await p.stopWorkers();

  progress(`delivery: the same burst again with 2 worker processes`);
  await p.startWorkers(2);
  const two = await burst(p, slices(events * perEvent), '2 workers');
  await p.stopWorkers();

  progress('delivery: the floor, a bare pooled nodemailer loop sending the same messages (twice)');
  const messages = [...(await sameMessages(p, one.eventIds)).values()].flat();
  const floors = [await floorRate(p, messages), await floorRate(p, messages)];
  const floor = Math.max(...floors);
  details['throughput'] = {
    oneWorker: one,
    twoWorkers: two,
    floorRuns: floors,
    floor,
    emails: messages.length,
  };

  const pct = (xs: number[], q: number) => percentile(xs, q);
  details['latency'] = {
    events: registered.length,
    windows,
    emails: expected,
    offeredEmailsPerSecond: offered,
    intervalMs,
    pipelineMs: {
      p50: pct(latencies, 50),
      p95: pct(latencies, 95),
      p99: pct(latencies, 99),
      max: Math.max(...latencies),
    },
    breakdownMs: breakdown,
    floorMs: { p50: pct(floorLatencies, 50), p95: pct(floorLatencies, 95), p99: pct(floorLatencies, 99) },
  };

  const rows: Row[] = [
    {
      item: 3,
      measure: 'deliver consultations, POST /events to SMTP "250", 1 worker process',
      value: one.rate,
      unit: 'e-mails/s',
      baseline: floor,
      baselineLabel: 'bare pooled nodemailer',
      ratio: one.rate / floor,
      ratioMeans: 'of the floor',
      note: `${one.emails} e-mails`,
    },
    {
      item: 3,
      measure: 'the same, 2 worker processes',
      value: two.rate,
      unit: 'e-mails/s',
      baseline: floor,
      baselineLabel: 'bare pooled nodemailer',
      ratio: two.rate / floor,
      ratioMeans: 'of the floor',
      note: `${two.emails} e-mails`,
    },
    ...([50, 95, 99] as const).map((q): Row => ({
      item: 4,
      measure: `latency p${q}, POST returned to the event's last e-mail accepted, ~${offered.toFixed(0)} e-mails/s offered, 1 worker`,
      value: pct(latencies, q),
      unit: 'ms',
      baseline: pct(floorLatencies, q),
      baselineLabel: 'bare nodemailer, same batches and pace',
      ratio: pct(latencies, q) / pct(floorLatencies, q),
      ratioMeans: "the floor's latency",
    })),
  ];
  return { rows, details, floorRate: floor };
}
