import type { EventField } from '../event/event-fields';
import { londonClock, londonDay, londonMoment } from './london-wording';

const text = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** "The start moved from 19:00 to 19:30 on Wednesday 14 July"; across days it names both. */
function moved(label: string, before: unknown, after: unknown): string {
  const a = text(before);
  const b = text(after);
  if (!b) return `The ${label} was removed.`;
  if (!a) return `The ${label} is now ${londonMoment(b) ?? b}.`;
  const clockA = londonClock(a);
  const clockB = londonClock(b);
  if (clockA && clockB && londonDay(a) === londonDay(b)) {
    return `The ${label} moved from ${clockA} to ${clockB} on ${londonDay(b, false) ?? ''}.`;
  }
  return `The ${label} moved from ${londonMoment(a) ?? a} to ${londonMoment(b) ?? b}.`;
}

function renamed(label: string, before: unknown, after: unknown): string {
  const a = text(before);
  const b = text(after);
  if (!b) return `The ${label} was removed.`;
  return a ? `The ${label} is now "${b}" (it was "${a}").` : `The ${label} is now "${b}".`;
}

function contactName(v: unknown): string | undefined {
  return typeof v === 'object' && v !== null && 'name' in v ? text(v.name) : undefined;
}

const FLAGS: Readonly<Partial<Record<EventField, string>>> = {
  servesAdjoining: 'as serving neighbouring divisions too',
  controversial: 'as controversial',
  individualServiceComplaint: 'as a complaint about a service to one person',
  major: 'as major',
};

type Describe = (before: unknown, after: unknown) => string;

// In the order a reader cares: what, when, where, who to ask; then how it was classified.
const FIELDS: readonly (readonly [EventField, Describe])[] = [
  ['title', (a, b) => renamed('title', a, b)],
  ['startsAt', (a, b) => moved('start', a, b)],
  ['endsAt', (a, b) => moved('end', a, b)],
  ['opensAt', (a, b) => moved('opening date', a, b)],
  ['closesAt', (a, b) => moved('closing date', a, b)],
  ['respondBy', (a, b) => moved('deadline to respond', a, b)],
  ['venue', (a, b) => renamed('venue', a, b)],
  ['location', () => 'The place on the map changed.'],
  ['divisions', () => 'The divisions it affects changed.'],
  [
    'countywide',
    (_a, b) => (b === true ? 'It now affects the whole county.' : 'It no longer affects the whole county.'),
  ],
  ['affectedArea', () => 'The area it affects changed.'],
  [
    'description',
    (_a, b) => (text(b) ? 'The description changed; it is below.' : 'The description was removed.'),
  ],
  [
    'contact',
    (_a, b) => {
      const name = contactName(b);
      return name ? `Please now contact ${name}.` : 'The person to contact changed.';
    },
  ],
  [
    'link',
    (_a, b) =>
      text(b)
        ? 'The web address for more information changed.'
        : 'The web address for more information was removed.',
  ],
  ['body', () => 'The meeting that considers it changed.'],
  ['portfolio', (a, b) => renamed('Cabinet portfolio', a, b)],
  ['service', (a, b) => renamed('service concerned', a, b)],
  ['topics', () => 'The topics it concerns changed.'],
  ['notifyAdjoining', () => 'Whether neighbouring divisions are told changed.'],
  ['escalate', () => 'Who else on the Council is told changed.'],
];

/**
 * What changed between two versions of an event, in sentences a councillor reads: London times in
 * words, never field names or ISO timestamps.
 */
export function describeChanges(beforeEvent: object, afterEvent: object): string[] {
  const before = new Map<string, unknown>(Object.entries(beforeEvent));
  const after = new Map<string, unknown>(Object.entries(afterEvent));
  const out: string[] = [];
  for (const [field, describe] of FIELDS) {
    const [a, b] = [before.get(field), after.get(field)];
    if (!same(a, b)) out.push(describe(a, b));
  }
  for (const [flag, words] of Object.entries(FLAGS)) {
    if (same(before.get(flag) ?? false, after.get(flag) ?? false)) continue;
    out.push(after.get(flag) === true ? `It is now marked ${words}.` : `It is no longer marked ${words}.`);
  }
  return out;
}
