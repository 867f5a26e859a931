import type { DivisionSet } from '@member-alerts/geo';
import { planEvent, type AlertEvent } from '@member-alerts/protocol';
import type { Member } from '@member-alerts/roster';
import { acceptedCount, floorRate, sameMessages, sendThroughFloor } from './floor.util';
import { clock, percentile, progress, sleep } from './measure.util';
import { check, OFFICER_KEY, type Pipeline } from './pipeline';
import type { Row } from './report.util';

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

/** E-mails per second offered in the latency run. */
const LATENCY_OFFERED_EMAILS_PER_S = 40;

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
  // invitation each) at a steady, fixed offered load, well inside what one worker sustains even on
  // a busy machine, so that it measures waiting rather than a backlog; for a fixed time.
  const durationS = opts.quick ? 10 : 30;
  const offered = LATENCY_OFFERED_EMAILS_PER_S;
  const plans = ctx.inside
    .slice(0, 400)
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
        recipients: planEvent(event, { divisions: ctx.set, members: ctx.members, now: new Date() }).recipients
          .length,
      };
    })
    .filter((e) => e.recipients > 0);
  const meanRecipients = plans.reduce((n, e) => n + e.recipients, 0) / plans.length;
  const intervalMs = (meanRecipients / offered) * 1000;
  const count = Math.min(plans.length, Math.max(10, Math.floor((durationS * 1000) / intervalMs)));
  progress(
    `latency: ${count} facility openings (${meanRecipients.toFixed(1)} recipients each) at one per ${intervalMs.toFixed(0)} ms, about ${offered.toFixed(0)} e-mails/s offered, 1 worker`,
  );
  const from = p.accepted.length;
  const t0 = clock();
  const pending: Promise<Registered>[] = [];
  for (let i = 0; i < count; i++) {
    const wait = t0 + i * intervalMs - clock();
    if (wait > 0) await sleep(wait);
    const { recipients: _r, ...event } = plans[i] as AlertEvent & { recipients: number };
    pending.push(register(p, event));
  }
  const registered = await Promise.all(pending);
  const expected = registered.reduce((n, e) => n + e.recipients, 0);
  await acceptedCount(p, from, expected, 300_000);
  const owner = new Map(
    (
      await p.sql<{ id: string; event_id: string }>(
        `SELECT id, event_id FROM notifications WHERE event_id = ANY($1)`,
        [registered.map((e) => e.id)],
      )
    ).map((r) => [r.id, r.event_id]),
  );
  const lastAt = new Map<string, number>();
  for (const a of p.accepted.slice(from)) {
    const e = owner.get(a.notificationId);
    if (e) lastAt.set(e, Math.max(lastAt.get(e) ?? 0, a.at));
  }
  const latencies = registered.map((e) => (lastAt.get(e.id) ?? NaN) - e.returnedAt);

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

  progress('latency: the floor, the same batches through the bare nodemailer loop at the same pace');
  const batches = await sameMessages(
    p,
    registered.map((e) => e.id),
  );
  const batchOf = new Map<string, string>();
  for (const [eventId, list] of batches)
    for (const m of list) batchOf.set(m.headers?.['X-Member-Alerts-Notification'] ?? '', eventId);
  const floorFrom = p.accepted.length;
  const done = await sendThroughFloor(
    p,
    registered.map((e) => batches.get(e.id) ?? []),
    intervalMs,
  );
  await acceptedCount(p, floorFrom, expected, 120_000);
  const started = new Map(registered.map((e, i) => [e.id, done.startedAt[i] ?? NaN]));
  const floorLast = new Map<string, number>();
  for (const a of p.accepted.slice(floorFrom)) {
    const e = batchOf.get(a.notificationId);
    if (e) floorLast.set(e, Math.max(floorLast.get(e) ?? 0, a.at));
  }
  const floorLatencies = registered.map((e) => (floorLast.get(e.id) ?? NaN) - (started.get(e.id) ?? NaN));

  const pct = (xs: number[], q: number) => percentile(xs, q);
  details['latency'] = {
    events: count,
    emails: expected,
    offeredEmailsPerSecond: offered,
    intervalMs,
    pipelineMs: {
      p50: pct(latencies, 50),
      p95: pct(latencies, 95),
      p99: pct(latencies, 99),
      max: Math.max(...latencies),
    },
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
