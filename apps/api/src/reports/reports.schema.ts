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
import { FIGURES } from './compliance-sql.util';
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
    ApiQuery({
      name: 'from',
      required: false,
      schema: DATE,
      description: `The first day (London) of events registered. Neither from nor to: the last full quarter. At most ${LONGEST_PERIOD_YEARS} years.`,
    }),
    ApiQuery({ name: 'to', required: false, schema: DATE, description: 'The last day, included' }),
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
