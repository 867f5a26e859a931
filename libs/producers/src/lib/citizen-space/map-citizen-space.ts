import { foldDivisionName } from '@member-alerts/geo';
import { londonInstant, webAddress } from '@member-alerts/protocol';
import { isEmail } from '@member-alerts/roster';
import type { ProducedEvent } from '../producer-outcome.types';
import { isRecord } from '../street-manager/sns-envelope.util';
import { text } from '../street-manager/read-message.util';
import { clip, htmlToLine, htmlToText } from './html-text.util';

/** The body of a `POST /events` for a consultation (§31), as made from Citizen Space. */
export interface ConsultationBody {
  readonly kind: 'consultation';
  readonly title: string;
  readonly description?: string;
  readonly opensAt: string;
  readonly closesAt: string;
  readonly link?: string;
  readonly contact?: { readonly name: string; readonly email: string };
  readonly topics?: readonly string[];
  readonly divisions?: readonly string[];
  readonly countywide?: true;
}

/**
 * A council's table of Citizen Space area names (as its site spells them) to the divisions they
 * cover, by division name, or to "countywide". Democratic services keep it.
 */
export type ConsultationAreaTable = Readonly<Record<string, readonly string[] | 'countywide'>>;

export type CitizenSpaceOutcome = 'alert' | 'held' | 'ignore' | 'error';

export interface CitizenSpaceResult {
  readonly outcome: CitizenSpaceOutcome;
  /** The consultation's id, when it has one. */
  readonly ref: string | null;
  readonly reason: string;
  readonly event?: ProducedEvent<ConsultationBody>;
  /** For a held consultation, the area names the table does not map. */
  readonly unmappedAreas?: readonly string[];
}

const LAST_MINUTE = 23 * 60 + 59;

/** "2026/07/14" (or 2026-07-14) at `minutes` past midnight, London time. */
function londonDate(v: unknown, minutes: number): Date | undefined {
  const m = typeof v === 'string' ? /^(\d{4})[/-](\d{2})[/-](\d{2})$/.exec(v.trim()) : null;
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  // Midday UTC is on the same calendar day in London, whatever the season.
  const noon = new Date(Date.UTC(y, mo - 1, d, 12));
  if (noon.getUTCMonth() !== mo - 1 || noon.getUTCDate() !== d) return undefined;
  return londonInstant(noon, minutes);
}

function names(v: unknown): string[] {
  if (!Array.isArray(v)) return [];
  return v.flatMap((x) => {
    const name = isRecord(x) ? text(x['name']) : text(x);
    return name === undefined ? [] : [htmlToLine(name)];
  });
}

function httpsLink(v: unknown): string | undefined {
  const s = text(v);
  return s !== undefined && webAddress(s) ? s : undefined;
}

function areasOf(
  given: readonly string[],
  table: ConsultationAreaTable,
): { countywide: boolean; divisions: string[]; unmapped: string[] } {
  const folded = new Map(Object.entries(table).map(([k, v]) => [foldDivisionName(k), v]));
  const divisions = new Set<string>();
  const unmapped: string[] = [];
  let countywide = false;
  for (const area of given) {
    const found = folded.get(foldDivisionName(area));
    if (found === undefined) unmapped.push(area);
    else if (found === 'countywide') countywide = true;
    else found.forEach((d) => divisions.add(d));
  }
  return { countywide, divisions: [...divisions], unmapped };
}

/**
 * Maps one consultation from Citizen Space's `json_search_results` (`fields=all`) to a §31
 * consultation event: it opens at the start of its start date and closes at the last minute of its
 * end date, London time. An area the council's table does not map holds it for democratic
 * services; it is never dropped.
 */
export function mapCitizenSpace(consultation: unknown, areas: ConsultationAreaTable): CitizenSpaceResult {
  if (!isRecord(consultation)) {
    return { outcome: 'error', ref: null, reason: 'the consultation is not a JSON object' };
  }
  const ref = text(consultation['id']) ?? null;
  if (ref === null) return { outcome: 'error', ref, reason: 'the consultation has no id' };
  const status = text(consultation['status'])?.toLowerCase();
  if (status === 'closed') return { outcome: 'ignore', ref, reason: 'the consultation has closed' };
  const title = htmlToLine(text(consultation['title']) ?? '');
  if (title === '') return { outcome: 'error', ref, reason: 'the consultation has no title' };
  const opens = londonDate(consultation['startdate'], 0);
  const closes = londonDate(consultation['enddate'], LAST_MINUTE);
  if (!opens || !closes) {
    return { outcome: 'error', ref, reason: 'its start or end date is not a date like 2026/07/14' };
  }
  if (closes < opens) return { outcome: 'error', ref, reason: 'it ends before it starts' };

  const given = names(consultation['areas']);
  if (given.length === 0) {
    return {
      outcome: 'held',
      ref,
      reason: 'it names no area: say which divisions it concerns',
      unmappedAreas: [],
    };
  }
  const area = areasOf(given, areas);
  if (area.unmapped.length > 0) {
    const list = area.unmapped.map((a) => `"${a}"`).join(', ');
    return {
      outcome: 'held',
      ref,
      reason: `the area${area.unmapped.length > 1 ? 's' : ''} ${list} ${area.unmapped.length > 1 ? 'are' : 'is'} not yet mapped to divisions`,
      unmappedAreas: area.unmapped,
    };
  }

  if (!area.countywide && area.divisions.length === 0) {
    return { outcome: 'held', ref, reason: 'its areas are mapped to no division', unmappedAreas: [] };
  }

  const overview = htmlToText(text(consultation['overview']) ?? '');
  const email = text(consultation['contact_email']);
  const department = text(consultation['department']);
  const topics = [...new Set(names(consultation['interests']).map((t) => clip(t.toLowerCase(), 100)))].slice(
    0,
    50,
  );
  const link = httpsLink(consultation['participate_url']) ?? httpsLink(consultation['url']);
  const event: ConsultationBody = {
    kind: 'consultation',
    title: clip(title, 200),
    ...(overview ? { description: clip(overview, 5000) } : {}),
    opensAt: opens.toISOString(),
    closesAt: closes.toISOString(),
    ...(link ? { link } : {}),
    ...(email && isEmail(email)
      ? { contact: { name: clip(department ? htmlToLine(department) : 'Consultation team', 200), email } }
      : {}),
    ...(topics.length ? { topics } : {}),
    ...(area.countywide ? { countywide: true as const } : { divisions: area.divisions }),
  };
  return {
    outcome: 'alert',
    ref,
    reason: area.countywide
      ? 'a consultation for the whole area'
      : `a consultation for ${area.divisions.join(', ')}`,
    event: { source: 'citizen-space', sourceRef: ref, event },
  };
}
