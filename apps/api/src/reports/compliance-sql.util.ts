import { COMPLIANCE_FIGURE_WORDS, type ComplianceFigure } from '@member-alerts/protocol';

// The compliance report's SQL: one statement for every figure, grouped several ways at once.
// Each member's first notice of an event (a later version's 'new' row for someone added by an
// edit; superseded rows left out) is judged against the event's own dates, as the council's rules
// time it. Officers (§30) are told, not notified, and are not counted.

/** The notices statuses that mean it was never delivered and will not be. */
export const NEVER_DELIVERED = ['permanent-failure', 'technical-failure'] as const;

/**
 * A notice held for democratic services during a pre-election period. No code writes this status
 * yet; counting it costs nothing, and the figure fills in once notices are held.
 */
export const HELD_STATUS = 'held';

/** How long after delivery an acknowledgement still counts as prompt. */
export const ACKNOWLEDGED_WITHIN = '7 days';

/** For kinds timed "now" (§26, as early as possible): how long the pipeline may take before a notice is late. */
export const NOW_GRACE = '1 hour';

export type Figure = ComplianceFigure;
export const FIGURES = Object.keys(COMPLIANCE_FIGURE_WORDS) as readonly Figure[];

/**
 * $1 council, $2 first day, $3 last day (London), $4 {kind: date field its timing counts from},
 * $5 kind, $6 service ('none': events that name none), $7 division.
 */
export const REPORT_ROWS = `
  WITH ev AS (
    SELECT e.id, e.kind, e.title, e.created_at,
           NULLIF(btrim(e.payload ->> 'service'), '') AS service,
           to_char(e.created_at AT TIME ZONE 'Europe/London', 'YYYY-MM') AS month,
           (e.payload ->> ($4::jsonb ->> e.kind))::timestamptz AS due_at,
           COALESCE(e.payload ->> 'startsAt', e.payload ->> 'closesAt')::timestamptz AS happens_at
      FROM events e
     WHERE e.council_id = $1
       AND e.created_at >= ($2::date)::timestamp AT TIME ZONE 'Europe/London'
       AND e.created_at < ($3::date + 1)::timestamp AT TIME ZONE 'Europe/London'
       AND ($5::text IS NULL OR e.kind = $5)
       AND ($6::text IS NULL OR COALESCE(NULLIF(btrim(e.payload ->> 'service'), ''), 'none') = $6)
       AND ($7::text IS NULL OR e.plan -> 'affectedDivisions' ? $7
            OR (e.plan ->> 'adjoiningAlerted' = 'true' AND e.plan -> 'adjoiningDivisions' ? $7))
  ), n AS (
    SELECT ev.*, x.id AS notice, x.status, x.sent_at,
           ev.created_at > COALESCE(ev.due_at, ev.happens_at) AS registered_late,
           x.reasons @> '[{"relation":"escalation"}]' AS escalated,
           x.status IN ('${NEVER_DELIVERED.join("', '")}') AS failed,
           x.status = '${HELD_STATUS}' AS held,
           x.acknowledged_at <= x.sent_at + interval '${ACKNOWLEDGED_WITHIN}' AS acknowledged,
           CASE WHEN x.sent_at IS NULL THEN NULL
                WHEN x.sent_at > ev.happens_at THEN 'after'
                WHEN x.sent_at > COALESCE(ev.due_at, x.send_at + interval '${NOW_GRACE}') THEN 'late'
                ELSE 'on time' END AS timeliness
      FROM ev
      LEFT JOIN notifications x
        ON x.event_id = ev.id AND x.recipient_kind = 'member' AND x.change = 'new' AND x.status <> 'cancelled'
  )`;

/** Each figure as a condition on one row of n (the whole row for the event counts). */
export const FIGURE_TEST: Readonly<Record<Figure, string>> = {
  events: 'true',
  membersTold: 'sent_at IS NOT NULL',
  onTime: "timeliness = 'on time'",
  late: "timeliness = 'late'",
  afterEvent: "timeliness = 'after'",
  registeredLate: 'registered_late',
  failed: 'failed',
  acknowledgedIn7Days: 'acknowledged',
  escalations: 'escalated AND notice IS NOT NULL',
  held: 'held',
};

const COUNTS = FIGURES.map((f) =>
  f === 'events' || f === 'registeredLate'
    ? `count(DISTINCT id) FILTER (WHERE ${FIGURE_TEST[f]})::int AS "${f}"`
    : `count(notice) FILTER (WHERE ${FIGURE_TEST[f]})::int AS "${f}"`,
).join(',\n         ');

/** Every figure for the whole period, each kind, each service and each month, in one statement. */
export const REPORT_FIGURES = `${REPORT_ROWS}
  SELECT GROUPING(kind, service, month)::int AS grouping, kind, service, month,
         ${COUNTS}
    FROM n
   GROUP BY GROUPING SETS ((), (kind), (service), (month))`;

/** The events behind one figure, with how many of their notices it counts, newest first. */
export function figureEvents(figure: Figure, limit: number): string {
  const test = FIGURE_TEST[figure];
  return `${REPORT_ROWS}
  SELECT id, title, kind, created_at AS "registeredAt",
         ${figure === 'events' || figure === 'registeredLate' ? 'count(notice)' : `count(notice) FILTER (WHERE ${test})`}::int AS notices
    FROM n
   GROUP BY id, title, kind, created_at
  HAVING bool_or(${test})
   ORDER BY created_at DESC, id
   LIMIT ${limit}`;
}
