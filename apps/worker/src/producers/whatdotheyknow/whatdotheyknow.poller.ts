import {
  EMPTY_WHATDOTHEYKNOW_STATE,
  mapWhatDoTheyKnow,
  type WhatDoTheyKnowItem,
  type WhatDoTheyKnowState,
} from '@member-alerts/producers';
import { Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { readProgress, recordMessage, writeDraft, writeProgress } from '../draft-store';
import type { DraftGazetteer } from '../gazetteer';
import type { PollContext, PollerFactory, PollOutcome, ProducerPoller } from '../producer-poller';

export interface WhatDoTheyKnowSettings {
  /** The Alaveteli site, e.g. https://www.whatdotheyknow.com. */
  readonly site: string;
  /** The council's public body, as its address names it (`url_name`). */
  readonly body: string;
  readonly everyMs: number;
  readonly timeoutMs: number;
  readonly keepOriginalDays: number;
}

const seconds = (ms: number) => {
  const n = Math.max(1, Math.round(ms / 1000));
  return `${n} second${n === 1 ? '' : 's'}`;
};

/** The body's feed as text, or why it could not be read, in words. */
async function readFeed(s: WhatDoTheyKnowSettings): Promise<{ json: string } | { problem: string }> {
  const url = `${s.site}/feed/body/${encodeURIComponent(s.body)}.json`;
  try {
    const answer = await fetch(url, {
      signal: AbortSignal.timeout(s.timeoutMs),
      headers: { accept: 'application/json' },
    });
    if (answer.status === 404)
      return { problem: `WhatDoTheyKnow has no public body "${s.body}" (it answered 404 for ${url})` };
    if (!answer.ok) return { problem: `WhatDoTheyKnow answered ${answer.status} for ${url}` };
    return { json: await answer.text() };
  } catch (e) {
    const timedOut = e instanceof Error && (e.name === 'TimeoutError' || e.name === 'AbortError');
    return {
      problem: timedOut
        ? `WhatDoTheyKnow did not answer within ${seconds(s.timeoutMs)} (${url})`
        : `WhatDoTheyKnow could not be reached (${e instanceof Error ? e.message : String(e)})`,
    };
  }
}

/** The event as the feed gave it, without the requester (`user`): for the officer only. */
function originalOf(json: string, eventId: number): string {
  const feed = JSON.parse(json) as unknown;
  const event = Array.isArray(feed)
    ? (feed as unknown[]).find(
        (e) => typeof e === 'object' && e !== null && (e as { id?: unknown }).id === eventId,
      )
    : undefined;
  if (typeof event !== 'object' || event === null) return '';
  const { user: _user, ...kept } = event as Record<string, unknown>;
  return JSON.stringify(kept, null, 2);
}

/**
 * Reads the council's WhatDoTheyKnow body feed: each new request becomes one FOI request draft,
 * a later event on it (a follow-up, a response) adds to the same draft, and the last event read is
 * kept with the drafts, so a restart carries on after it.
 */
export class WhatDoTheyKnowPoller implements ProducerPoller {
  readonly source = 'whatdotheyknow';
  readonly name: string;
  readonly everyMs: number;
  readonly problemsShown = true;
  private readonly logger = new Logger(WhatDoTheyKnowPoller.name);

  constructor(
    private readonly s: WhatDoTheyKnowSettings,
    private readonly gazetteer: DraftGazetteer,
  ) {
    this.name = s.body;
    this.everyMs = s.everyMs;
  }

  async poll(ctx: PollContext): Promise<PollOutcome> {
    const gazetteer = await this.gazetteer.of(ctx.db, ctx.councilId);
    if (typeof gazetteer === 'string') return { counts: {}, problem: gazetteer };
    const feed = await readFeed(this.s);
    if ('problem' in feed) {
      this.logger.warn(`WhatDoTheyKnow not read, trying again next time: ${feed.problem}`);
      return { counts: {}, problem: feed.problem };
    }
    return ctx.db.transaction(async (m) => {
      const state = await readProgress<WhatDoTheyKnowState>(
        m,
        ctx.councilId,
        'whatdotheyknow',
        this.name,
        EMPTY_WHATDOTHEYKNOW_STATE,
      );
      const result = mapWhatDoTheyKnow(feed.json, state, { site: this.s.site, gazetteer });
      if (result.error)
        return { counts: {}, problem: `WhatDoTheyKnow's feed could not be read: ${result.error}` };
      const counts: Record<string, number> = {};
      for (const item of result.items) {
        const outcome = await this.keep(m, ctx, item, feed.json);
        counts[outcome] = (counts[outcome] ?? 0) + 1;
      }
      await writeProgress(m, ctx.councilId, 'whatdotheyknow', this.name, result.state);
      return { counts };
    });
  }

  private async keep(
    m: EntityManager,
    ctx: PollContext,
    item: WhatDoTheyKnowItem,
    json: string,
  ): Promise<string> {
    const messageId = `event-${item.eventId ?? 'without-id'}`;
    if (item.outcome === 'error') {
      await recordMessage(m, {
        councilId: ctx.councilId,
        source: 'whatdotheyknow',
        messageId: item.eventId === null ? `${messageId}-${ctx.now.getTime()}` : messageId,
        ref: null,
        message: { body: this.name, eventId: item.eventId },
        outcome: 'error',
        reason: item.reason,
      });
      return 'error';
    }
    const link = item.draft.event.link ?? item.draft.key;
    const written = await writeDraft(m, {
      councilId: ctx.councilId,
      origin: this.name,
      draft: item.draft,
      key: link,
      original: originalOf(json, item.eventId),
      keepOriginalDays: this.s.keepOriginalDays,
      now: ctx.now,
    });
    const reason =
      written.written === 'decided'
        ? 'A later event on a request whose draft an officer already confirmed or dismissed; the draft was left as it was.'
        : written.written === 'made'
          ? 'An FOI request draft is waiting for an officer to confirm it.'
          : 'A later event on the request (a follow-up or a response) was added to its draft.';
    await recordMessage(m, {
      councilId: ctx.councilId,
      source: 'whatdotheyknow',
      messageId,
      ref: link,
      message: { body: this.name, eventId: item.eventId, request: link },
      outcome: 'draft',
      reason,
    });
    return written.written;
  }
}

/** The council's body on WhatDoTheyKnow, when WHATDOTHEYKNOW_BODY names it. */
export const whatDoTheyKnowPollers: PollerFactory = ({ config, gazetteer }) =>
  config.whatDoTheyKnowBody
    ? [
        new WhatDoTheyKnowPoller(
          {
            site: config.whatDoTheyKnowUrl,
            body: config.whatDoTheyKnowBody,
            everyMs: config.whatDoTheyKnowEveryMs,
            timeoutMs: config.whatDoTheyKnowTimeoutMs,
            keepOriginalDays: config.draftOriginalDays,
          },
          gazetteer,
        ),
      ]
    : [];
