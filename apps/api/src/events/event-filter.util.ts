import { applyDecorators } from '@nestjs/common';
import { ApiQuery } from '@nestjs/swagger';
import { DATE_TIME, STRING } from '../common/schema.util';
import type { EventFilter } from './event-query.service';
import { MAX_SEARCH } from './event-search.util';

const TEXT_FILTERS = ['kind', 'division', 'status', 'from', 'to', 'q', 'happensFrom', 'happensTo'] as const;

/** The filters of the events list, as the query gives them; the list and its export read the same. */
export function eventFilter(q: Readonly<Record<string, string | undefined>>): EventFilter {
  const f: EventFilter = {};
  for (const name of TEXT_FILTERS) {
    const v = q[name];
    if (v) f[name] = v;
  }
  return f;
}

/** The documented filters of GET /events and GET /events/export.csv. */
export function EventFilterQueries() {
  return applyDecorators(
    ApiQuery({
      name: 'q',
      required: false,
      schema: { type: 'string', maxLength: MAX_SEARCH },
      description: 'Words in the title, description or venue, case aside',
    }),
    ApiQuery({ name: 'kind', required: false, schema: STRING }),
    ApiQuery({
      name: 'division',
      required: false,
      schema: STRING,
      description: 'Affected, or adjoining and told',
    }),
    ApiQuery({ name: 'status', required: false, schema: { type: 'string', enum: ['active', 'cancelled'] } }),
    ApiQuery({ name: 'from', required: false, schema: DATE_TIME, description: 'Registered at or after' }),
    ApiQuery({ name: 'to', required: false, schema: DATE_TIME, description: 'Registered at or before' }),
    ApiQuery({
      name: 'happensFrom',
      required: false,
      schema: DATE_TIME,
      description: 'Happens (starts to ends, opens to closes) at or after, in part',
    }),
    ApiQuery({
      name: 'happensTo',
      required: false,
      schema: DATE_TIME,
      description: 'Happens at or before, in part',
    }),
  );
}
