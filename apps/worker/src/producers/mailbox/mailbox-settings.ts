import type { DraftKind } from '@member-alerts/producers';
import { type Env, matching, oneOf, readSettings, text, wholeNumber, yesNo } from '@member-alerts/settings';
import type { MailboxSettings } from './mailbox-reader';

/** MAILBOXES: names separated by commas, or nothing. */
export const MAILBOX_NAMES = /^\s*([a-z0-9-]+\s*(,\s*[a-z0-9-]+\s*)*)?$/;

/** What a mailbox's messages become: a press enquiry, an FOI request, or the officer says ("ask"). */
export const MAILBOX_KINDS = ['press_enquiry', 'foi_request', 'ask'] as const;

const ADDRESSES = /^\s*([^\s@,]+@[^\s@,]+\.[^\s@,]+\s*(,\s*[^\s@,]+@[^\s@,]+\.[^\s@,]+\s*)*)?$/;

/** One shared mailbox, as its MAILBOX_<NAME>_… settings give it. */
export interface MailboxConfig extends MailboxSettings {
  /** As MAILBOXES names it ("press"): the mailbox's name on the Producers page and in drafts. */
  readonly name: string;
  readonly kind: DraftKind | null;
  /** The mailbox's officers, told by e-mail of each new draft; none: nobody is told. */
  readonly announceTo: readonly string[];
}

/** The variable-name stem of a mailbox: "press-office" → MAILBOX_PRESS_OFFICE_. */
export const mailboxPrefix = (name: string) => `MAILBOX_${name.toUpperCase().replace(/-/g, '_')}_`;

function mailboxShape(p: string) {
  return {
    [`${p}HOST`]: matching(/^[A-Za-z0-9.-]*$/, 'must be a host name, such as imap.council.gov.uk', ''),
    [`${p}PORT`]: wholeNumber(993, 1, 65_535),
    [`${p}TLS`]: yesNo(true),
    [`${p}USER`]: text(''),
    [`${p}PASSWORD`]: text(''),
    [`${p}FOLDER`]: text('INBOX'),
    [`${p}KIND`]: oneOf(MAILBOX_KINDS, 'ask'),
    [`${p}ANNOUNCE_TO`]: matching(ADDRESSES, 'must be e-mail addresses separated by commas', ''),
  };
}

/**
 * The mailboxes MAILBOXES names, each from its own MAILBOX_<NAME>_… settings, adding a line to
 * `problems` for each bad or missing one.
 */
export function readMailboxes(
  names: string | undefined,
  env: Env,
  problems: string[],
  timeoutMs?: number,
): MailboxConfig[] {
  const list = [
    ...new Set(
      (names ?? '')
        .split(',')
        .map((n) => n.trim())
        .filter(Boolean),
    ),
  ];
  return list.map((name) => {
    const p = mailboxPrefix(name);
    const v = readSettings(mailboxShape(p), env, problems);
    const str = (key: string) => String(v[`${p}${key}`] ?? '');
    for (const required of ['HOST', 'USER', 'PASSWORD'])
      if (!str(required).trim())
        problems.push(`${p}${required} is required, as MAILBOXES names the mailbox "${name}"`);
    const kind = str('KIND');
    return {
      name,
      host: str('HOST'),
      port: Number(v[`${p}PORT`]),
      secure: v[`${p}TLS`] === true,
      user: str('USER'),
      password: str('PASSWORD'),
      folder: str('FOLDER') || 'INBOX',
      ...(timeoutMs ? { timeoutMs } : {}),
      kind: kind === 'press_enquiry' || kind === 'foi_request' ? kind : null,
      announceTo: str('ANNOUNCE_TO')
        .split(',')
        .map((a) => a.trim())
        .filter(Boolean),
    };
  });
}
