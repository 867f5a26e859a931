import { COMPLIANCE_FIGURE_WORDS, type ComplianceFigure } from '@member-alerts/protocol';

// The compliance report's SQL: one statement for every figure, grouped several ways at once.
// Each member's first notice of an event (a later version's 'new' row for someone added by an
// edit; superseded rows left out) is judged against the event's own dates, as the council's rules
// time it. Officers (§30) are told, not notified, and are not counted.

/** The notices statuses that mean it was never delivered and will not be. */
export const NEVER_DELIVERED = ['permanent-failure', 'technical-failure'] as const;

/**
 * A notice a pre-election period held for democratic services: still waiting, or released since
 * (a held row keeps its period when released). One withdrawn is cancelled, and left out as
 * cancelled notices are.
 */
export const HELD_TEST = 'held_for IS NOT NULL';

/** How long after delivery an acknowledgement still counts as prompt. */
export const ACKNOWLEDGED_WITHIN = '7 days';

/** For kinds timed "now" (§26, as early as possible): how long the pipeline may take before a notice is late. */
export const NOW_GRACE = '1 hour';

export type Figure = ComplianceFigure;
export const FIGURES = Object.keys(COMPLIANCE_FIGURE_WORDS) as readonly Figure[];

/** The figures counted over notices, each as a condition on one notice (a row of timed). */
const NOTICE_TEST = {
  membersTold: 'sent_at IS NOT NULL',
  onTime: "timeliness = 'on time'",
  late: "timeliness = 'late'",
  afterEvent: "timeliness = 'after'",
  failed: `status IN ('${NEVER_DELIVERED.join("', '")}')`,
  acknowledgedIn7Days: `acknowledged_at <= sent_at + interval '${ACKNOWLEDGED_WITHIN}'`,
  escalations: `reasons @> '[{"relation":"escalation"}]'`,
  held: HELD_TEST,
} as const satisfies Partial<Record<Figure, string>>;
const NOTICE_FIGURES = Object.keys(NOTICE_TEST) as (keyof typeof NOTICE_TEST)[];

/** The figures that count an event once, not its notices. */
const EVENT_FIGURES: readonly Figure[] = ['events', 'registeredLate'];

/**
 * One row per event with each of its figures. $1 council, $2 first day, $3 last day (London),
 * $4 {kind: the date field its timing counts from}, $5 kind, $6 service ('none': events that name
 * none), $7 division.
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
  ), timed AS (
    SELECT x.event_id, x.sent_at, x.status, x.reasons, x.acknowledged_at, x.held_for,
           CASE WHEN x.sent_at IS NULL THEN NULL
                WHEN x.sent_at > ev.happens_at THEN 'after'
                WHEN x.sent_at > COALESCE(ev.due_at, x.send_at + interval '${NOW_GRACE}') THEN 'late'
                ELSE 'on time' END AS timeliness
      FROM ev
      JOIN notifications x
        ON x.event_id = ev.id AND x.recipient_kind = 'member' AND x.change = 'new' AND x.status <> 'cancelled'
  ), per_event AS (
    -- Each event's notices are counted first, so that the grouping below sorts events, not notices.
    SELECT event_id, count(*) AS notices,
           ${NOTICE_FIGURES.map((f) => `count(*) FILTER (WHERE ${NOTICE_TEST[f]}) AS "${f}"`).join(',\n           ')}
      FROM timed
     GROUP BY event_id
  ), fe AS (
    SELECT ev.id, ev.kind, ev.title, ev.created_at, ev.service, ev.month,
           1 AS events,
           (ev.created_at > COALESCE(ev.due_at, ev.happens_at))::int AS "registeredLate",
           COALESCE(p.notices, 0) AS notices,
           ${NOTICE_FIGURES.map((f) => `COALESCE(p."${f}", 0) AS "${f}"`).join(',\n           ')}
      FROM ev LEFT JOIN per_event p ON p.event_id = ev.id
  )`;

/** Every figure for the whole period, each kind, each service and each month, in one statement. */
export const REPORT_FIGURES = `${REPORT_ROWS}
  SELECT GROUPING(kind, service, month)::int AS grouping, kind, service, month,
         ${FIGURES.map((f) => `COALESCE(sum("${f}"), 0)::int AS "${f}"`).join(',\n         ')}
    FROM fe
   GROUP BY GROUPING SETS ((), (kind), (service), (month))`;

/** The events behind one figure, with how many of their notices it counts, newest first. */
export function figureEvents(figure: Figure, limit: number): string {
  const notices = EVENT_FIGURES.includes(figure) ? 'notices' : `"${figure}"`;
  return `${REPORT_ROWS}
  SELECT id, title, kind, created_at AS "registeredAt", ${notices}::int AS notices
    FROM fe
   WHERE "${figure}" > 0
   ORDER BY created_at DESC, id
   LIMIT ${limit}`;
}
