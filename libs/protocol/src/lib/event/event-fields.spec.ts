import { describe, expect, it } from 'vitest';
import { WORDS } from '../../test/plan.fixture';
import { CHANGE_ORDER, describeChanges } from '../render/describe-changes';
import type { AlertEvent } from './alert-event.types';
import { eventBodySchema } from './event-body-schema';
import { EVENT_FIELD_TABLE, EVENT_FIELDS, type EventField } from './event-fields';
import type { FieldDefinition } from './field-definition.types';

// Every field of AlertEvent, given: a field added to the type and not here, or here and not in the
// type, does not compile.
const EVERY_FIELD: Required<AlertEvent> = {
  id: '6f1c0a52-51a4-4e55-9d8e-0d9f7a1b2c3d',
  kind: 'consultation',
  title: 'Oadby library opening hours',
  description: 'Shorter hours on Mondays.',
  venue: 'Oadby Library, Sandhurst Street',
  location: { type: 'Point', coordinates: [-1.08, 52.6] },
  crs: 'EPSG:4326',
  divisions: ['Oadby'],
  countywide: false,
  affectedArea: { type: 'Point', coordinates: [-1.08, 52.6] },
  startsAt: '2027-01-11T08:00:00Z',
  endsAt: '2027-01-11T10:00:00Z',
  opensAt: '2027-01-04T09:00:00Z',
  closesAt: '2027-02-04T17:00:00Z',
  respondBy: '2027-01-05T12:00:00Z',
  contact: { name: 'Sam Patel', email: 'sam.patel@example.org' },
  link: 'https://example.org/consultations/oadby-library',
  body: 'cabinet',
  portfolio: 'Libraries',
  service: 'Libraries',
  topics: ['libraries'],
  servesAdjoining: false,
  controversial: false,
  individualServiceComplaint: false,
  major: false,
  notifyAdjoining: false,
  escalate: ['leader'],
};

function definitionOf(field: EventField): FieldDefinition {
  const definition: FieldDefinition = EVENT_FIELD_TABLE[field];
  return definition;
}

describe('the field table', () => {
  it('has one entry for every field of an event, and nothing else', () => {
    expect([...EVENT_FIELDS].sort()).toEqual(Object.keys(EVERY_FIELD).sort());
  });

  it('gives the OpenAPI event body every field an event is sent with, each with its type', () => {
    const { properties, required } = eventBodySchema();
    expect(Object.keys(properties)).toEqual(EVENT_FIELDS.filter((f) => f !== 'id'));
    expect(required).toEqual(['kind', 'title']);
    for (const schema of Object.values(properties))
      expect(schema.type).toMatch(/^(string|boolean|object|array)$/);
  });

  it('tells members of a change to any field with wording, in a reading order that names each once', () => {
    const worded = EVENT_FIELDS.filter(
      (f) => definitionOf(f).change && !('marked' in (definitionOf(f).change ?? {})),
    );
    expect([...CHANGE_ORDER].sort()).toEqual([...worded].sort());
    const flags = EVENT_FIELDS.filter((f) => 'marked' in (definitionOf(f).change ?? {}));
    const flipped = Object.fromEntries(flags.map((f) => [f, true]));
    expect(describeChanges(EVERY_FIELD, { ...EVERY_FIELD, ...flipped }, WORDS)).toHaveLength(flags.length);
  });
});
