import { applyDecorators } from '@nestjs/common';
import { ApiQuery, type SchemaObject } from '@nestjs/swagger';
import { COMPLIANCE_FIGURE_WORDS } from '@member-alerts/protocol';
import {
  arrayOf,
  BOOLEAN,
  DATE,
  DATE_TIME,
  INTEGER,
  nullable,
  objectOf,
  oneOfStrings,
  STRING,
  UUID,
} from '../common/schema.util';
import { FIGURES } from '@member-alerts/outbox';
import { LONGEST_PERIOD_YEARS } from './report-period.util';

const FIGURE_PROPERTIES: Record<string, SchemaObject> = Object.fromEntries(
  FIGURES.map((f) => [f, { ...INTEGER, description: COMPLIANCE_FIGURE_WORDS[f] }]),
);

const PERIOD = objectOf({
  from: DATE,
  to: DATE,
  words: { ...STRING, description: '"1 July 2026 to 30 September 2026"' },
});

export const COMPLIANCE_REPORT_SCHEMA: SchemaObject = objectOf({
  period: PERIOD,
  filter: objectOf({ kind: nullable(STRING), service: nullable(STRING), division: nullable(STRING) }),
  council: STRING,
  source: { ...STRING, description: 'Where the figures come from, for a committee paper' },
  madeAt: DATE_TIME,
  totals: objectOf(FIGURE_PROPERTIES),
  byKind: arrayOf(objectOf({ kind: STRING, label: STRING, paragraph: STRING, ...FIGURE_PROPERTIES })),
  byService: arrayOf(
    objectOf({
      service: { ...nullable(STRING), description: 'null: events that name no service' },
      ...FIGURE_PROPERTIES,
    }),
  ),
  byMonth: arrayOf(
    objectOf({
      month: { ...STRING, description: 'YYYY-MM, London, the month registered' },
      ...FIGURE_PROPERTIES,
    }),
  ),
});

export const FIGURE_EVENTS_SCHEMA: SchemaObject = objectOf({
  figure: oneOfStrings(FIGURES),
  period: PERIOD,
  more: { ...BOOLEAN, description: 'More events than listed count towards the figure' },
  events: arrayOf(
    objectOf({
      id: UUID,
      title: STRING,
      kind: STRING,
      registeredAt: DATE_TIME,
      notices: { ...INTEGER, description: 'How many of its notices the figure counts' },
    }),
  ),
});

/** The report's filters, the same for the JSON, the CSV and the events behind a figure. */
export function ReportFilterQueries() {
  return applyDecorators(
    PeriodQueries(),
    ApiQuery({ name: 'kind', required: false, schema: STRING }),
    ApiQuery({
      name: 'service',
      required: false,
      schema: STRING,
      description: 'The service the event names; none: events that name no service',
    }),
    ApiQuery({
      name: 'division',
      required: false,
      schema: STRING,
      description: 'Affected, or adjoining and told',
    }),
  );
}

export const MEMBER_RECORD_SCHEMA: SchemaObject = objectOf({
  period: PERIOD,
  total: { ...INTEGER, description: 'Alerts to you in the period (at most 500 are listed)' },
  delivered: { ...INTEGER, description: 'Of them, accepted by your mail server' },
  acknowledged: INTEGER,
  alerts: arrayOf(
    objectOf({
      id: UUID,
      eventId: UUID,
      title: STRING,
      kind: STRING,
      change: { ...STRING, description: 'new, updated, removed or cancelled' },
      status: STRING,
      sentAt: nullable(DATE_TIME),
      acknowledgedAt: nullable(DATE_TIME),
    }),
  ),
});

/** The period of a councillor's own record. */
export function PeriodQueries() {
  return applyDecorators(
    ApiQuery({
      name: 'from',
      required: false,
      schema: DATE,
      description: `The first day (London). Neither from nor to: the last full quarter. At most ${LONGEST_PERIOD_YEARS} years.`,
    }),
    ApiQuery({ name: 'to', required: false, schema: DATE, description: 'The last day, included' }),
  );
}
