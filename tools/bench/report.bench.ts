// Item 9: the compliance report over a year of a large council (100,000 notifications), through
// GET /reports/compliance, against counting the same rows in one SQL statement.
import { performance } from 'node:perf_hooks';
import { median, progress } from './measure.util';
import { DEMOCRATIC_SERVICES_KEY, type Pipeline } from './pipeline';
import type { Row } from './report.util';

const KINDS = [
  'consultation',
  'road_works',
  'facility_event',
  'public_meeting',
  'press_enquiry',
  'service_change',
];
const SERVICES = ['Highways', 'Libraries', 'Adult Social Care', 'Waste', 'Public Health'];
const PER_EVENT = 10;
const ROUNDS = 5;

const londonDay = (d: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(d);

/**
 * A year of events, registered evenly, each to ten members: most on time, some registered after
 * they started, one in fifty refused by the mail server, a third acknowledged, one escalated.
 */
export async function fillYear(p: Pipeline, notifications: number): Promise<void> {
  const [c] = await p.sql<{ council: string; generation: string }>(
    `SELECT c.id AS council, g.id AS generation FROM councils c JOIN boundary_generations g ON g.council_id = c.id LIMIT 1`,
  );
  if (!c) throw new Error('the API seeded no council');
  await p.sql(
    `INSERT INTO events (council_id, kind, title, payload, plan, generation_id, created_by, created_at, updated_at)
     SELECT $1, ($3::text[])[1 + i % cardinality($3::text[])], 'Bench event ' || i,
            jsonb_build_object(
              'service', ($4::text[])[1 + i % cardinality($4::text[])],
              'startsAt', to_jsonb(at + CASE WHEN i % 17 = 0 THEN interval '-1 day' ELSE interval '14 days' END),
              'opensAt', to_jsonb(at + interval '3 days'),
              'closesAt', to_jsonb(at + interval '40 days')),
            jsonb_build_object('affectedDivisions', jsonb_build_array('Oadby')),
            $2, 'bench', at, at
       FROM (SELECT i, now() - i * (interval '364 days' / $5::int) AS at FROM generate_series(1, $5::int) i) s`,
    [c.council, c.generation, KINDS, SERVICES, notifications / PER_EVENT],
  );
  await p.sql(
    `INSERT INTO notifications (event_id, event_version, recipient_kind, recipient_id, recipient_name, email, action,
                                change, reasons, send_at, status, sent_at, acknowledged_at, created_at, updated_at)
     SELECT e.id, 1, 'member', gen_random_uuid(), 'Member ' || j, 'member' || j || '@bench.example', 'notify', 'new',
            CASE WHEN j = 1 THEN '[{"relation":"escalation","paragraph":"36"}]'::jsonb
                 ELSE '[{"relation":"local","paragraph":"35"}]'::jsonb END,
            e.created_at,
            CASE WHEN (h % 50) = 0 THEN 'permanent-failure' WHEN (h % 3) = 0 THEN 'acknowledged' ELSE 'sent' END,
            CASE WHEN (h % 50) = 0 THEN NULL ELSE e.created_at + (h % 120) * interval '1 minute' END,
            CASE WHEN (h % 50) <> 0 AND (h % 3) = 0 THEN e.created_at + (h % 240) * interval '1 hour' END,
            e.created_at, e.created_at
       FROM events e CROSS JOIN generate_series(1, ${PER_EVENT}) j
       CROSS JOIN LATERAL (SELECT abs(hashtext(e.id::text || j)) AS h) x
      WHERE e.created_by = 'bench'`,
  );
  await p.sql('ANALYZE events');
  await p.sql('ANALYZE notifications');
}

async function timed<T>(op: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await op();
  return { ms: performance.now() - started, value };
}

export async function reportBench(
  p: Pipeline,
  opts: { quick: boolean },
): Promise<{ rows: Row[]; details: unknown }> {
  const notifications = opts.quick ? 20_000 : 100_000;
  progress(`report: a year of ${notifications.toLocaleString('en-GB')} notifications`);
  await fillYear(p, notifications);
  const to = londonDay(new Date());
  const from = londonDay(new Date(Date.now() - 365 * 86_400_000));
  const [council] = await p.sql<{ id: string }>(`SELECT id FROM councils LIMIT 1`);

  const reportMs: number[] = [];
  const countMs: number[] = [];
  let counted = 0;
  let told = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const r = await timed(() =>
      p.request('GET', `/reports/compliance?from=${from}&to=${to}`, { key: DEMOCRATIC_SERVICES_KEY }),
    );
    if (r.value.status !== 200) throw new Error(`GET /reports/compliance answered ${r.value.status}`);
    reportMs.push(r.ms);
    told = (r.value.body as { totals: { membersTold: number } }).totals.membersTold;
    const c = await timed(() =>
      p.sql<{ n: number }>(
        `SELECT count(*)::int AS n FROM events e
           LEFT JOIN notifications n ON n.event_id = e.id AND n.recipient_kind = 'member'
          WHERE e.council_id = $1
            AND e.created_at >= ($2::date)::timestamp AT TIME ZONE 'Europe/London'
            AND e.created_at < ($3::date + 1)::timestamp AT TIME ZONE 'Europe/London'`,
        [council?.id, from, to],
      ),
    );
    countMs.push(c.ms);
    counted = c.value[0]?.n ?? 0;
  }
  const report = median(reportMs);
  const count = median(countMs);
  return {
    rows: [
      {
        item: 9,
        measure: `compliance report over a year, ${notifications.toLocaleString('en-GB')} notifications: GET /reports/compliance (median of ${ROUNDS})`,
        value: report,
        unit: 'ms',
        baseline: count,
        baselineLabel: 'counting the same rows in one SQL statement (median)',
        ratio: report / count,
        ratioMeans: 'the count (goal: the report under 1 s)',
        note: `${counted.toLocaleString('en-GB')} rows counted; the report found ${told.toLocaleString('en-GB')} members told`,
      },
    ],
    details: { reportMs, countMs, counted, told },
  };
}
