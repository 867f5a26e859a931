import type { ProducerSource } from '@member-alerts/persistence';
import type { DataSource } from 'typeorm';
import type { Channel } from '../channels/channel';
import type { WorkerConfig } from '../config/worker-config';
import type { DraftGazetteer } from './gazetteer';

/** What one poll has to hand: the database, the council it polls for, and the time it started. */
export interface PollContext {
  readonly db: DataSource;
  readonly councilId: string;
  readonly now: Date;
}

/**
 * What one poll did: how many messages ended each way (`draft`, `ignore`, `error`, `recorded`…),
 * and, when the source could not be read at all, why in plain words.
 */
export interface PollOutcome {
  readonly counts: Readonly<Record<string, number>>;
  readonly problem?: string;
}

/**
 * A source the worker reads by itself, on a timer: one per configured site, feed or mailbox.
 * `poll` reads what is new, stores it and returns what it did; it does not throw for a source
 * that cannot be read, but says so in `problem`.
 */
export interface ProducerPoller {
  readonly source: ProducerSource;
  /** Which site, feed or mailbox, as its settings name it: one poll of each at a time. */
  readonly name: string;
  readonly everyMs: number;
  /**
   * A problem reading the source is kept as an `error` message, so the Producers page shows that
   * the source is not connected (one line a day per source, with the latest words).
   */
  readonly problemsShown: boolean;
  poll(ctx: PollContext): Promise<PollOutcome>;
}

/** What a source's pollers are built from. */
export interface PollerDeps {
  readonly config: WorkerConfig;
  readonly channel: Channel;
  /** What drafts' text is read against, shared by the sources that make drafts. */
  readonly gazetteer: DraftGazetteer;
}

/** A source's pollers, for the settings given: none when the source is not configured. */
export type PollerFactory = (deps: PollerDeps) => readonly ProducerPoller[];
