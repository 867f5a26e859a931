import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { LAST_READ_REF } from '@member-alerts/persistence';
import { DataSource } from 'typeorm';

/** The worker's latest read of one mailbox or feed. */
export interface PollReading {
  name: string;
  at: Date;
  problem: string | null;
}

/** A source the worker reads by itself, as its latest reads show it. */
export interface PolledConnection {
  connected: boolean;
  howToConnect: string | null;
  readings: PollReading[];
}

type PolledSource = 'mailbox' | 'whatdotheyknow';

const NOT_SET: Record<PolledSource, string> = {
  mailbox:
    'Ask whoever runs Member Alerts to set MAILBOXES and, for each mailbox, its MAILBOX_<NAME>_HOST, _USER and _PASSWORD for the worker.',
  whatdotheyknow:
    'Ask whoever runs Member Alerts to set WHATDOTHEYKNOW_BODY to the council’s public body on WhatDoTheyKnow for the worker.',
};

const NOT_READ: Record<PolledSource, string> = {
  mailbox:
    'Ask whoever runs Member Alerts to check the mailbox’s MAILBOX_<NAME>_… settings for the worker, and that the mail server lets it in.',
  whatdotheyknow:
    'Ask whoever runs Member Alerts to check WHATDOTHEYKNOW_BODY and WHATDOTHEYKNOW_URL for the worker. The worker keeps trying.',
};

/**
 * Whether the sources the worker polls are connected. The API does not see the worker's settings:
 * it reads the note the worker keeps after each read of each mailbox or feed (producer_state,
 * `last-read:<name>`), so the page says what actually happened, not what was meant to.
 */
@Injectable()
export class ProducerConnectionsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async polled(councilId: string): Promise<Record<PolledSource, PolledConnection>> {
    const rows = await this.db.query<
      { source: PolledSource; ref: string; problem: string | null; updated_at: Date }[]
    >(
      `SELECT source, ref, state->>'problem' AS problem, updated_at FROM producer_state
        WHERE council_id = $1 AND source IN ('mailbox', 'whatdotheyknow') AND starts_with(ref, $2)
        ORDER BY source, ref`,
      [councilId, LAST_READ_REF],
    );
    const of = (source: PolledSource): PolledConnection => {
      const readings = rows
        .filter((r) => r.source === source)
        .map((r) => ({ name: r.ref.slice(LAST_READ_REF.length), at: r.updated_at, problem: r.problem }));
      const connected = readings.length > 0 && readings.every((r) => r.problem === null);
      const howToConnect = connected ? null : readings.length === 0 ? NOT_SET[source] : NOT_READ[source];
      return { connected, howToConnect, readings };
    };
    return { mailbox: of('mailbox'), whatdotheyknow: of('whatdotheyknow') };
  }
}
