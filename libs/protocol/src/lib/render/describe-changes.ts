import { EVENT_FIELD_TABLE, EVENT_FIELDS, type EventField } from '../event/event-fields';
import type { ChangeWording, FieldDefinition } from '../event/field-definition.types';
import { londonClock, londonDay, londonMoment } from './london-wording';
import type { CouncilWords } from '../policy/policy.types';

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

type Wording = ChangeWording | undefined;
type Words = Pick<CouncilWords, 'wholeArea'>;

function sentence(wording: Wording, before: unknown, after: unknown, words: Words): string | undefined {
  if (!wording || 'marked' in wording) return undefined;
  if ('moved' in wording) return moved(wording.moved, before, after);
  if ('renamed' in wording) return renamed(wording.renamed, before, after);
  if ('askNow' in wording) {
    const name = contactName(after);
    return name ? `${wording.askNow} ${name}.` : wording.changed;
  }
  if ('now' in wording)
    return (after === true ? wording.now : wording.noLonger).replace('{wholeArea}', words.wholeArea);
  return wording.removed && !text(after) ? wording.removed : wording.changed;
}

/** In the order a reader cares: what, when, where, who to ask; then how it was classified (the flags). */
export const CHANGE_ORDER = [
  'title',
  'startsAt',
  'endsAt',
  'opensAt',
  'closesAt',
  'respondBy',
  'venue',
  'location',
  'divisions',
  'countywide',
  'affectedArea',
  'description',
  'contact',
  'link',
  'body',
  'portfolio',
  'service',
  'topics',
  'notifyAdjoining',
  'escalate',
] as const satisfies readonly EventField[];

function wordingOf(field: EventField): Wording {
  const definition: FieldDefinition = EVENT_FIELD_TABLE[field];
  return definition.change;
}

const FLAGS = EVENT_FIELDS.flatMap((field) => {
  const wording = wordingOf(field);
  return wording && 'marked' in wording ? [[field, wording.marked] as const] : [];
});

/**
 * What changed between two versions of an event, in sentences a councillor reads: London times in
 * words, never field names or ISO timestamps.
 */
export function describeChanges(beforeEvent: object, afterEvent: object, council: Words): string[] {
  const before = new Map<string, unknown>(Object.entries(beforeEvent));
  const after = new Map<string, unknown>(Object.entries(afterEvent));
  const out: string[] = [];
  for (const field of CHANGE_ORDER) {
    const [a, b] = [before.get(field), after.get(field)];
    const words = same(a, b) ? undefined : sentence(wordingOf(field), a, b, council);
    if (words) out.push(words);
  }
  for (const [flag, words] of FLAGS) {
    if (same(before.get(flag) ?? false, after.get(flag) ?? false)) continue;
    out.push(after.get(flag) === true ? `It is now marked ${words}.` : `It is no longer marked ${words}.`);
  }
  return out;
}
