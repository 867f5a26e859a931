import { ImapFlow } from 'imapflow';

/** A shared mailbox, as its settings give it. */
export interface MailboxSettings {
  readonly host: string;
  readonly port: number;
  /** true for IMAPS (port 993); false for a plain connection that upgrades with STARTTLS when offered. */
  readonly secure: boolean;
  readonly user: string;
  readonly password: string;
  /** The folder read; INBOX unless set. */
  readonly folder?: string;
  readonly timeoutMs?: number;
}

/**
 * How far the mailbox has been read: the last UID taken, valid only with the UIDVALIDITY it was
 * taken under. Plain data, so that it can be stored in the same transaction as the drafts made.
 */
export interface MailboxState {
  readonly uidValidity: string | null;
  readonly lastUid: number;
}

export const EMPTY_MAILBOX_STATE: MailboxState = { uidValidity: null, lastUid: 0 };

export interface MailboxMessage {
  readonly uid: number;
  /** The raw message, as the server holds it. */
  readonly source: Buffer;
}

export type MailboxRead =
  | {
      readonly outcome: 'read';
      readonly messages: readonly MailboxMessage[];
      /** Where the next read starts, once these messages are stored. */
      readonly state: MailboxState;
      /** Set when the server's UIDVALIDITY changed and the folder is read from its start again. */
      readonly note?: string;
    }
  | { readonly outcome: 'error'; readonly reason: string };

/** Messages taken in one read, so one large mailbox cannot hold the worker. */
export const MAX_MESSAGES_PER_READ = 100;

function why(e: unknown, s: MailboxSettings): string {
  const err = e as { authenticationFailed?: boolean; code?: string; message?: string };
  const where = `${s.host}:${s.port}`;
  if (err.authenticationFailed)
    return `the mailbox at ${where} refused the login for ${s.user}: check the user name and password`;
  if (err.code === 'ECONNREFUSED')
    return `the mailbox at ${where} could not be reached: nothing answers on that port`;
  if (err.code === 'ENOTFOUND') return `the mailbox's server ${s.host} is not known (no such host name)`;
  if (err.code === 'ETIMEDOUT' || err.code === 'CONNECT_TIMEOUT' || /timeout/i.test(err.message ?? ''))
    return `the mailbox at ${where} did not answer in time`;
  return `the mailbox at ${where} could not be read: ${err.message ?? String(e)}`;
}

/**
 * The messages that arrived since `state`, oldest first. Nothing is marked or moved on the
 * server: progress is the returned state alone, so a reader that dies before storing what it read
 * reads the same messages again, and one that stored them reads none of them twice.
 */
export async function readMailbox(s: MailboxSettings, state: MailboxState): Promise<MailboxRead> {
  const client = new ImapFlow({
    host: s.host,
    port: s.port,
    secure: s.secure,
    auth: { user: s.user, pass: s.password },
    logger: false,
    connectionTimeout: s.timeoutMs ?? 20_000,
    greetingTimeout: s.timeoutMs ?? 20_000,
    socketTimeout: (s.timeoutMs ?? 20_000) * 3,
    disableAutoIdle: true,
  });
  // An error after the connection is made must not become an unhandled 'error' event.
  client.on('error', () => undefined);
  try {
    await client.connect();
    const lock = await client.getMailboxLock(s.folder ?? 'INBOX', { readOnly: true });
    try {
      const box = client.mailbox;
      if (!box) return { outcome: 'error', reason: `the folder ${s.folder ?? 'INBOX'} could not be opened` };
      const validity = box.uidValidity.toString();
      const changed = state.uidValidity !== null && state.uidValidity !== validity;
      const after = changed ? 0 : state.lastUid;
      // "N:*" always names the newest message, even below N: the filter drops it. Only the
      // sources of the messages taken this time are fetched.
      const found = box.exists > 0 ? await client.search({ uid: `${after + 1}:*` }, { uid: true }) : [];
      const uids = (found || [])
        .filter((u) => u > after)
        .sort((a, b) => a - b)
        .slice(0, MAX_MESSAGES_PER_READ);
      const taken: MailboxMessage[] = [];
      if (uids.length > 0) {
        for await (const m of client.fetch(uids.join(','), { uid: true, source: true }, { uid: true })) {
          if (m.source) taken.push({ uid: m.uid, source: m.source });
        }
      }
      taken.sort((a, b) => a.uid - b.uid);
      const lastUid = uids.at(-1) ?? after;
      return {
        outcome: 'read',
        messages: taken,
        state: { uidValidity: validity, lastUid },
        ...(changed
          ? {
              note: `the mailbox was renumbered by its server (UIDVALIDITY ${state.uidValidity} → ${validity}), so it is read again from the start; messages already read are recognised by their Message-ID`,
            }
          : {}),
      };
    } finally {
      lock.release();
    }
  } catch (e) {
    return { outcome: 'error', reason: why(e, s) };
  } finally {
    await client.logout().catch(() => client.close());
  }
}
