import { fork } from 'node:child_process';
import { join } from 'node:path';
import type { Meeting, Reason } from '@member-alerts/protocol';
import { ackLink, eventPageLink } from '@member-alerts/auth';
import {
  composeMessage,
  councilWording,
  senderAsContact,
  type Message,
  type MessageInput,
} from '@member-alerts/render';
import { leicestershirePolicy } from '../testing/fixtures';
import type { FloorDone, FloorJob } from './floor-process';
import { clock } from './measure.util';
import { PROFILE_ARGS, type Accepted, type Pipeline } from './pipeline';

// The bench's council is Leicestershire's, so its e-mails use that file's words.
const COUNCIL = councilWording(leicestershirePolicy());

const MAIL_FROM = 'Member Alerts <member-alerts@council.example>';
/** nodemailer's own default pool size: what a user who writes the loop gets. */
export const FLOOR_POOL_SIZE = 5;

interface Row {
  id: string;
  event_id: string;
  event_version: number;
  recipient_name: string;
  email: string;
  action: 'invite' | 'notify' | 'inform';
  change: 'new' | 'updated' | 'removed' | 'cancelled';
  reasons: Reason[];
}

interface Version {
  event_id: string;
  version: number;
  payload: MessageInput['event'];
  plan: {
    paragraph: string;
    summary: string;
    affectedDivisions: string[];
    countywide?: boolean;
    meeting?: Meeting;
  };
  changes: string[];
}

/**
 * The very messages the worker sent for these events, composed the way the worker composes them,
 * so the floor sends the same bytes. Composed before the clock starts: the floor is nodemailer alone.
 */
export async function sameMessages(
  p: Pipeline,
  eventIds: readonly string[],
): Promise<Map<string, Message[]>> {
  const rows = await p.sql<Row>(
    `SELECT id, event_id, event_version, recipient_name, email, action, change, reasons
       FROM notifications WHERE event_id = ANY($1) ORDER BY event_id, id`,
    [eventIds],
  );
  // Each version once: a countywide plan is megabytes.
  const versions = new Map(
    (
      await p.sql<Version>(
        `SELECT event_id, version, payload, plan, changes FROM event_versions WHERE event_id = ANY($1)`,
        [eventIds],
      )
    ).map((v) => [`${v.event_id}|${v.version}`, v]),
  );
  const out = new Map<string, Message[]>();
  for (const r of rows) {
    const v = versions.get(`${r.event_id}|${r.event_version}`);
    if (!v) throw new Error(`no version ${r.event_version} of event ${r.event_id}`);
    const message = composeMessage({
      notification: {
        id: r.id,
        eventId: r.event_id,
        eventVersion: r.event_version,
        recipientName: r.recipient_name,
        email: r.email,
        action: r.action,
        change: r.change,
        reasons: r.reasons,
      },
      event: v.payload,
      plan: v.plan,
      changes: v.changes,
      ackUrl: ackLink(p.api.publicUrl, p.api.ackSecret, r.id, 30),
      eventUrl: eventPageLink(p.api.publicUrl, r.event_id),
      organiser: senderAsContact(MAIL_FROM),
      council: COUNCIL,
    });
    const list = out.get(r.event_id) ?? [];
    list.push({
      ...message,
      reference: `floor-${message.reference}`,
      about: { notifications: [`floor-${r.id}`] },
    });
    out.set(r.event_id, list);
  }
  return out;
}

/**
 * Sends batches of messages through a bare pooled nodemailer transport in a child process, one batch
 * per `intervalMs`; resolves with when each batch started (epoch milliseconds).
 */
export function sendThroughFloor(
  p: Pipeline,
  batches: readonly (readonly Message[])[],
  intervalMs: number,
): Promise<FloorDone> {
  const child = fork(join(__dirname, 'floor-process.ts'), [], {
    execArgv: [...PROFILE_ARGS, '-r', '@swc-node/register'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const job: FloorJob = {
    port: p.sink.port,
    poolSize: FLOOR_POOL_SIZE,
    from: MAIL_FROM,
    batches,
    intervalMs,
  };
  return new Promise((resolve, reject) => {
    child.once('message', (m) => resolve(m as FloorDone));
    child.once('exit', (code) => {
      if (code !== 0) reject(new Error(`the floor process exited with ${String(code)}`));
    });
    child.send(job);
  });
}

/** Waits until the listener has accepted `n` messages since index `from`; returns the last one. */
export async function acceptedCount(
  p: Pipeline,
  from: number,
  n: number,
  timeoutMs: number,
): Promise<Accepted> {
  const end = clock() + timeoutMs;
  while (p.accepted.length - from < n) {
    if (clock() > end) {
      throw new Error(
        `the listener accepted ${p.accepted.length - from} of ${n} messages within ${timeoutMs} ms`,
      );
    }
    await new Promise((r) => setTimeout(r, 5));
  }
  return p.accepted[from + n - 1] as Accepted;
}

/** The floor's rate: every message handed to the pooled transport at once, timed to the last "250". */
export async function floorRate(p: Pipeline, messages: readonly Message[]): Promise<number> {
  const from = p.accepted.length;
  const done = await sendThroughFloor(p, [messages], 0);
  const last = await acceptedCount(p, from, messages.length, 60_000);
  return messages.length / ((last.at - (done.startedAt[0] ?? NaN)) / 1000);
}
