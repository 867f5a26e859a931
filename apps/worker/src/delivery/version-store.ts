import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Meeting } from '@member-alerts/protocol';
import { DataSource } from 'typeorm';
import type { DigestVersion, MessageInput } from '@member-alerts/render';
import type { PlannedUnder } from '../config/revision-rules';

/** What an e-mail needs of one version of an event. */
export interface MessageVersion extends DigestVersion {
  readonly changes: readonly string[];
  /** The council and the revision of its rules the version was planned under. */
  readonly under: PlannedUnder;
}

interface VersionColumns {
  payload: MessageInput['event'];
  changes: string[];
  title: string | null;
  paragraph: string;
  summary: string;
  countywide: boolean | null;
  meeting: Meeting | null;
  affected: string[] | null;
  council_id: string;
  revision: number | null;
}

/** Versions kept per worker process; each is a few kilobytes at most. */
const CAPACITY = 500;

/**
 * Reads event versions for the e-mails. A version never changes once written (an edit makes a new
 * one), so each is read once per worker process and kept, instead of once per e-mail; and only the
 * fields an e-mail uses are read: a plan for the whole area lists every recipient and every division, which
 * for a large council is megabytes per row.
 */
@Injectable()
export class VersionStore {
  private readonly cache = new Map<string, MessageVersion>();

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async get(eventId: string, version: number): Promise<MessageVersion | undefined> {
    const key = `${eventId}|${version}`;
    const hit = this.cache.get(key);
    if (hit) {
      // Most recently used last, so the oldest entry is the first one a full cache drops.
      this.cache.delete(key);
      this.cache.set(key, hit);
      return hit;
    }
    const [row] = await this.db.query<VersionColumns[]>(
      `SELECT payload - ARRAY['location', 'affectedArea', 'divisions'] AS payload, changes,
              plan->>'title' AS title, plan->>'paragraph' AS paragraph, plan->>'summary' AS summary,
              (plan->>'countywide')::boolean AS countywide, plan->'meeting' AS meeting,
              CASE WHEN (plan->>'countywide')::boolean THEN NULL ELSE plan->'affectedDivisions' END AS affected,
              (plan->'revision'->>'number')::int AS revision,
              (SELECT e.council_id FROM events e WHERE e.id = event_versions.event_id) AS council_id
         FROM event_versions WHERE event_id = $1 AND version = $2`,
      [eventId, version],
    );
    if (!row) return undefined;
    const found: MessageVersion = {
      event: row.payload,
      plan: {
        paragraph: row.paragraph,
        summary: row.summary,
        // A message for the whole area says so in the council's words, never the list.
        affectedDivisions: row.affected ?? [],
        ...(row.title === null ? {} : { title: row.title }),
        ...(row.countywide === null ? {} : { countywide: row.countywide }),
        ...(row.meeting === null ? {} : { meeting: row.meeting }),
      },
      changes: row.changes,
      under: { councilId: row.council_id, revision: row.revision },
    };
    this.cache.set(key, found);
    if (this.cache.size > CAPACITY) this.cache.delete(this.cache.keys().next().value as string);
    return found;
  }
}
