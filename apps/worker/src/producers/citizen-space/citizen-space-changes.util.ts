import { createHash } from 'node:crypto';

/** What the poller last saw of one consultation (a row of citizen_space_seen). */
export interface SeenConsultation {
  readonly id: string;
  readonly hash: string;
  readonly status: 'open' | 'forthcoming' | 'withdrawn';
  readonly opensAt: Date | null;
  readonly withdrawals: number;
}

/** A consultation as read from the site, with the list it came from. */
export interface ListedConsultation {
  readonly id: string;
  readonly status: 'open' | 'forthcoming';
  readonly consultation: Readonly<Record<string, unknown>>;
}

export interface ProducerMessageToRecord {
  readonly messageId: string;
  readonly ref: string;
  readonly message: object;
}

export interface CitizenSpaceChanges {
  readonly messages: readonly ProducerMessageToRecord[];
  /** What to remember for next time. */
  readonly seen: readonly SeenConsultation[];
}

function stable(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(stable);
  if (v && typeof v === 'object') {
    return Object.fromEntries(
      Object.keys(v)
        .sort()
        .map((k) => [k, stable((v as Record<string, unknown>)[k])]),
    );
  }
  return v;
}

/** The same fields, in whatever order the site sends them, give the same hash. */
export function contentHash(consultation: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify(stable(consultation)))
    .digest('hex')
    .slice(0, 32);
}

/** "2026/07/14" as the start of that day in UTC: only compared with now, a day either way. */
function startDate(v: unknown): Date | null {
  const m = typeof v === 'string' ? /^(\d{4})[/-](\d{2})[/-](\d{2})$/.exec(v.trim()) : null;
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
}

/**
 * Compares what the site lists now with what was seen last time: a consultation new or changed is
 * one message (its id and content hash, so the same content again is a duplicate); one that was
 * forthcoming and has gone before its start date is a withdrawal, so its notice is cancelled.
 */
export function citizenSpaceChanges(
  seen: ReadonlyMap<string, SeenConsultation>,
  listed: readonly ListedConsultation[],
  now: Date,
): CitizenSpaceChanges {
  const messages: ProducerMessageToRecord[] = [];
  const next: SeenConsultation[] = [];
  const present = new Set<string>();
  for (const l of listed) {
    if (present.has(l.id)) continue;
    present.add(l.id);
    const hash = contentHash(l.consultation);
    const before = seen.get(l.id);
    const withdrawals = before?.withdrawals ?? 0;
    if (!before || before.hash !== hash || before.status === 'withdrawn') {
      // Back after a withdrawal: a message of its own, since the same content was seen before.
      const again = before?.status === 'withdrawn' ? `:after-withdrawal-${withdrawals}` : '';
      messages.push({ messageId: `${l.id}:${hash}${again}`, ref: l.id, message: l.consultation });
    }
    next.push({
      id: l.id,
      hash,
      status: l.status,
      opensAt: startDate(l.consultation['startdate']),
      withdrawals,
    });
  }
  for (const s of seen.values()) {
    if (present.has(s.id) || s.status !== 'forthcoming') continue;
    if (s.opensAt && s.opensAt.getTime() + 86_400_000 <= now.getTime()) continue;
    const n = s.withdrawals + 1;
    messages.push({
      messageId: `${s.id}:withdrawn:${n}`,
      ref: s.id,
      message: { id: s.id, withdrawn: true, lastSeenHash: s.hash },
    });
    next.push({ ...s, status: 'withdrawn', withdrawals: n });
  }
  return { messages, seen: next };
}
