// A loopback WhatDoTheyKnow (Alaveteli) site for tests, following Alaveteli's routes
// (config/routes.rb: `/:feed/body/:url_name` → track#track_public_body, which answers the body's
// events as JSON for `.json`, newest first; `/request/:url_title`) and its event JSON fields.
import type { ServerResponse } from 'node:http';
import { readFixture } from './fixtures';
import { LoopbackSite } from './loopback-site';

export type FeedEvent = Record<string, unknown>;

/** The fixture feed of a council's public body (fixtures/producers/whatdotheyknow). */
export function fixtureFeed(): FeedEvent[] {
  return JSON.parse(
    readFixture('producers', 'whatdotheyknow', 'leicestershire_county_council.json'),
  ) as FeedEvent[];
}

/**
 * One event on a request, with the fields Alaveteli's feed gives (`id`, `event_type`, `created_at`,
 * `described_state`, `display_status`, `snippet`, `info_request`, `public_body`, `user`).
 */
export function requestEvent(e: {
  id: number;
  eventType: 'sent' | 'followup_sent' | 'response' | 'status_update';
  urlTitle: string;
  title: string;
  snippet: string;
  body?: string;
}): FeedEvent {
  const at = new Date().toISOString();
  return {
    id: e.id,
    event_type: e.eventType,
    created_at: at,
    described_state: 'waiting_response',
    calculated_state: 'waiting_response',
    last_described_at: at,
    incoming_message_id: e.eventType === 'response' ? e.id + 1000 : null,
    outgoing_message_id: e.eventType === 'response' ? null : e.id + 2000,
    comment_id: null,
    display_status: e.eventType === 'sent' ? 'Awaiting response.' : 'Follow up',
    snippet: e.snippet,
    info_request: {
      id: e.id + 5000,
      url_title: e.urlTitle,
      title: e.title,
      created_at: at,
      updated_at: at,
      described_state: 'waiting_response',
      display_status: 'Awaiting response.',
      awaiting_description: false,
      prominence: 'normal',
      law_used: 'foi',
      tags: [],
    },
    public_body: { id: 1234, url_name: e.body ?? 'a_council', name: 'A Council', short_name: '' },
    user: { id: 777, url_name: 'a_requester', name: 'A Requester', ban_text: '', about_me: '' },
  };
}

/**
 * `GET /feed/body/<url_name>.json` answers the events of that body (those whose
 * `public_body.url_name` is it), newest first; an unknown body is 404, as Alaveteli's
 * RecordNotFound. `GET /request/<url_title>` answers a page. The feed can fail (500) or hang.
 */
export class WhatDoTheyKnowServer extends LoopbackSite {
  events: FeedEvent[] = [];

  constructor(readonly bodies: readonly string[]) {
    super();
  }

  private body(url: URL): string | undefined {
    return /^\/feed\/body\/([^/.]+)\.json$/.exec(url.pathname)?.[1];
  }

  protected serves(url: URL): boolean {
    return this.bodies.includes(this.body(url) ?? '');
  }

  protected override always(url: URL, res: ServerResponse): boolean {
    const request = /^\/request\/([a-z0-9_-]+)$/i.exec(url.pathname);
    if (request) res.writeHead(200, { 'content-type': 'text/html' }).end(`<h1>${request[1]}</h1>`);
    return request !== null;
  }

  protected answer(url: URL, res: ServerResponse): void {
    const body = this.body(url);
    const events = this.events
      .filter((e) => (e['public_body'] as { url_name?: string } | undefined)?.url_name === body)
      .sort((a, b) => Number(b['id']) - Number(a['id']));
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(events));
  }
}
