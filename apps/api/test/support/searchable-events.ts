import { expect } from 'vitest';
import { KEYS, type TestApi } from './test-api';

export const MORE_INFORMATION = 'https://www.leicestershire.gov.uk/roads-and-travel/road-maintenance';

// Three events to find: by words in each of title, description and venue, by when they happen (a
// meeting's start and end, a consultation's opening and closing, no dates at all), and one whose
// title a spreadsheet would run as a formula.
export const SEARCHABLE_EVENTS = [
  {
    kind: 'public_meeting',
    title: 'Oadby flood meeting',
    venue: 'Oadby Library, Sandhurst Street',
    description: 'Residents ask about 100% of the drains',
    startsAt: '2027-03-10T18:30:00Z',
    endsAt: '2027-03-10T20:30:00Z',
    divisions: ['Oadby'],
    link: MORE_INFORMATION,
  },
  {
    kind: 'consultation',
    title: 'Bus routes review',
    description: 'Where the number 44 should go',
    opensAt: '2027-04-01',
    closesAt: '2027-05-31',
    divisions: ['North Wigston'],
  },
  {
    kind: 'service_change',
    title: '=HYPERLINK("http://evil.example","Click")',
    venue: 'County Hall, Glenfield',
    divisions: ['Oadby'],
  },
] as const;

/** Registers the events as an officer; answers their ids, in the order above. */
export async function registerSearchableEvents(t: TestApi): Promise<string[]> {
  const ids: string[] = [];
  for (const body of SEARCHABLE_EVENTS) {
    const r = await t.request('POST', '/events', { key: KEYS.officer, body });
    expect(r.status, r.text).toBe(201);
    ids.push((r.body as { id: string }).id);
  }
  return ids;
}
