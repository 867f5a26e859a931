import type { DraftEntity, DraftSourceName } from '@member-alerts/persistence';
import { workingDaysBefore, type WorkingDays } from '@member-alerts/protocol';

/** §35 asks for a judgement soon: a draft left this many working days is marked for the officers. */
export const WAITING_WORKING_DAYS = 3;

const SOURCE_WORDS: Readonly<Record<DraftSourceName, string>> = {
  mailbox: 'E-mail to a shared mailbox',
  whatdotheyknow: 'Request on WhatDoTheyKnow',
};

interface StoredPlace {
  readonly text: string;
  readonly kind: 'postcode' | 'division' | 'place' | 'street';
  readonly divisions: readonly string[];
}

function isPlace(p: unknown): p is StoredPlace {
  const o = p as Partial<StoredPlace> | null;
  return typeof o?.text === 'string' && typeof o.kind === 'string' && Array.isArray(o.divisions);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Where each place found is named in the text, so the console can mark it: whole words, any case,
 * and a postcode with or without its space.
 */
export function placePositions(
  text: string,
  places: readonly StoredPlace[],
): { start: number; end: number; place: number }[] {
  const out: { start: number; end: number; place: number }[] = [];
  places.forEach((p, place) => {
    const words = p.text.trim().split(/\s+/).map(escape).join('\\s*');
    if (!words) return;
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${words}(?![\\p{L}\\p{N}])`, 'giu');
    for (const m of text.matchAll(re)) out.push({ start: m.index, end: m.index + m[0].length, place });
  });
  // In text order; where two overlap ("Oadby" inside "Oadby and Wigston"), the longer wins.
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  return out.filter((s, i) => !out.slice(0, i).some((t) => s.start < t.end && t.start < s.end));
}

/** Whether an open draft has been left alone for WAITING_WORKING_DAYS working days by `now`. */
export function isWaiting(
  draft: Pick<DraftEntity, 'status' | 'updatedAt'>,
  now: Date,
  workingDays: WorkingDays | undefined,
): boolean {
  if (draft.status !== 'open') return false;
  const since = workingDaysBefore(now, WAITING_WORKING_DAYS, workingDays?.closures ?? []);
  return since !== undefined && draft.updatedAt.getTime() <= since.getTime();
}

/** A draft in the list: where it came from, when, the places found and whether it waits too long. */
export function draftSummary(d: DraftEntity, waiting: boolean) {
  return {
    id: d.id,
    source: d.source,
    sourceInWords: SOURCE_WORDS[d.source],
    origin: d.origin,
    kind: d.kind,
    title: d.title,
    receivedAt: d.receivedAt.toISOString(),
    updatedAt: d.updatedAt.toISOString(),
    status: d.status,
    places: d.places
      .filter(isPlace)
      .map((p) => ({ text: p.text, kind: p.kind, divisions: [...p.divisions] })),
    divisions: [...d.divisions],
    waiting,
    eventId: d.eventId,
  };
}

/** One draft for the officer: the summary, the text with the places marked, and the original. */
export function draftDetail(d: DraftEntity, waiting: boolean) {
  const summary = draftSummary(d, waiting);
  return {
    ...summary,
    description: d.description,
    placesInText: placePositions(d.description, summary.places),
    notes: [...d.notes],
    link: d.link,
    sender: d.sender ? { name: d.sender.name, address: d.sender.address } : null,
    original: d.original,
    keepOriginalUntil: d.keepOriginalUntil?.toISOString() ?? null,
    originalDeletedAt: d.originalDeletedAt?.toISOString() ?? null,
    decidedBy: d.decidedBy,
    decidedAt: d.decidedAt?.toISOString() ?? null,
    dismissReason: d.dismissReason,
  };
}
export type DraftDetail = ReturnType<typeof draftDetail>;
