import type { ListedConsultation } from './citizen-space-changes.util';

export type FeedResult =
  | { readonly ok: true; readonly consultations: readonly ListedConsultation[] }
  | { readonly ok: false; readonly problem: string };

async function readList(
  base: string,
  st: 'open' | 'forthcoming',
  timeoutMs: number,
): Promise<ListedConsultation[] | string> {
  const url = `${base}/api/2.4/json_search_results?st=${st}&fields=all`;
  let answer: Response;
  try {
    answer = await fetch(url, {
      signal: AbortSignal.timeout(timeoutMs),
      headers: { accept: 'application/json' },
    });
  } catch (e) {
    const timedOut = e instanceof Error && (e.name === 'TimeoutError' || e.name === 'AbortError');
    return timedOut
      ? `the ${st} consultations did not come within ${Math.round(timeoutMs / 1000)} seconds`
      : `the site could not be reached for the ${st} consultations (${e instanceof Error ? e.message : String(e)})`;
  }
  if (!answer.ok) return `the site answered ${answer.status} for the ${st} consultations`;
  let body: unknown;
  try {
    body = JSON.parse(await answer.text());
  } catch {
    return `the site's answer for the ${st} consultations is not JSON`;
  }
  if (!Array.isArray(body)) return `the site's answer for the ${st} consultations is not a list`;
  return body.flatMap((c: unknown) => {
    if (!c || typeof c !== 'object' || Array.isArray(c)) return [];
    const record = c as Record<string, unknown>;
    const id = record['id'];
    const ref = typeof id === 'number' ? String(id) : typeof id === 'string' ? id.trim() : '';
    return ref ? [{ id: ref, status: st, consultation: record }] : [];
  });
}

/**
 * Citizen Space's public search results, open and forthcoming. Both or neither: with one list
 * missing, a consultation in it would look withdrawn.
 */
export async function readCitizenSpace(base: string, timeoutMs: number): Promise<FeedResult> {
  const [open, forthcoming] = await Promise.all([
    readList(base, 'open', timeoutMs),
    readList(base, 'forthcoming', timeoutMs),
  ]);
  if (typeof open === 'string') return { ok: false, problem: open };
  if (typeof forthcoming === 'string') return { ok: false, problem: forthcoming };
  return { ok: true, consultations: [...open, ...forthcoming] };
}
