import { isRecord } from '../street-manager/sns-envelope.util';
import { text } from '../street-manager/read-message.util';
import { clip, htmlToLine, htmlToText } from '../citizen-space/html-text.util';
import type { Draft } from '../mail/mail-draft';
import { MAX_DESCRIPTION, MAX_TITLE } from '../mail/mail-draft';
import { findPlaces, type Gazetteer } from '../places/find-places';

/** Where the feed was read up to: the id of the last event seen. */
export interface WhatDoTheyKnowState {
  readonly lastEventId: number;
}

export const EMPTY_WHATDOTHEYKNOW_STATE: WhatDoTheyKnowState = { lastEventId: 0 };

export type WhatDoTheyKnowItem =
  | { readonly outcome: 'draft' | 'update'; readonly eventId: number; readonly draft: Draft }
  | { readonly outcome: 'error'; readonly eventId: number | null; readonly reason: string };

export interface WhatDoTheyKnowResult {
  readonly items: readonly WhatDoTheyKnowItem[];
  readonly state: WhatDoTheyKnowState;
  /** Set when the feed as a whole could not be read; the state is then unchanged. */
  readonly error?: string;
}

export interface WhatDoTheyKnowOptions {
  /** The Alaveteli site, e.g. https://www.whatdotheyknow.com: request links are made from it. */
  readonly site: string;
  readonly gazetteer: Gazetteer;
}

// A request is new when it is sent; every later event on it (a follow-up, a response, a change
// of status) updates the same draft.
const NEW_REQUEST_EVENTS = new Set(['sent']);

function describe(event: Record<string, unknown>, request: Record<string, unknown>): string {
  const snippet = text(event['snippet']);
  const status = text(event['display_status']) ?? text(request['display_status']);
  return [snippet === undefined ? '' : htmlToText(snippet), status === undefined ? '' : `Status: ${status}.`]
    .filter((s) => s !== '')
    .join('\n\n');
}

/**
 * Reads an Alaveteli public body feed (`/feed/body/<url_name>.json`: an array of request events,
 * newest first, each with its `info_request`) into one `foi_request` draft per request. Events up
 * to `state.lastEventId` are skipped, so a restart resumes where it stopped. The requester's name
 * (`user`, `user_name`) is never read.
 */
export function mapWhatDoTheyKnow(
  json: string,
  state: WhatDoTheyKnowState,
  o: WhatDoTheyKnowOptions,
): WhatDoTheyKnowResult {
  let feed: unknown;
  try {
    feed = JSON.parse(json);
  } catch {
    return { items: [], state, error: 'the feed is not JSON' };
  }
  if (!Array.isArray(feed)) return { items: [], state, error: 'the feed is not a list of events' };
  const site = o.site.replace(/\/+$/, '');
  const events = feed
    .filter(isRecord)
    .map((e) => ({ e, id: typeof e['id'] === 'number' && Number.isSafeInteger(e['id']) ? e['id'] : null }))
    .sort((a, b) => (a.id ?? 0) - (b.id ?? 0));
  const items: WhatDoTheyKnowItem[] = [];
  let last = state.lastEventId;
  for (const { e, id } of events) {
    if (id === null) {
      items.push({ outcome: 'error', eventId: null, reason: 'an event in the feed has no id' });
      continue;
    }
    if (id <= state.lastEventId) continue;
    last = Math.max(last, id);
    const request = e['info_request'];
    const urlTitle = isRecord(request) ? text(request['url_title']) : undefined;
    if (!isRecord(request) || urlTitle === undefined || !/^[a-z0-9_-]+$/i.test(urlTitle)) {
      items.push({
        outcome: 'error',
        eventId: id,
        reason: `event ${id} names no request (info_request.url_title)`,
      });
      continue;
    }
    const title = clip(htmlToLine(text(request['title']) ?? urlTitle), MAX_TITLE);
    const description = clip(describe(e, request), MAX_DESCRIPTION);
    const found = findPlaces(`${title}\n${description}`, o.gazetteer);
    const created = text(e['created_at']);
    items.push({
      outcome: NEW_REQUEST_EVENTS.has(text(e['event_type']) ?? '') ? 'draft' : 'update',
      eventId: id,
      draft: {
        source: 'whatdotheyknow',
        key: `whatdotheyknow-${urlTitle}`,
        event: {
          kind: 'foi_request',
          title,
          description,
          divisions: found.divisions,
          link: `${site}/request/${urlTitle}`,
        },
        places: found.places,
        notes: [...found.notes],
        receivedAt:
          created !== undefined && !Number.isNaN(Date.parse(created))
            ? new Date(created).toISOString()
            : null,
      },
    });
  }
  return { items, state: { lastEventId: last } };
}
