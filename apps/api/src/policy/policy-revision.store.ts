import { PolicyRevisionEntity } from '@member-alerts/persistence';
import type { EntityManager } from 'typeorm';
import { londonDay } from '@member-alerts/protocol';
import { appendAudit } from '../audit/audit.util';
import { BadInputError } from '../common/bad-input.error';

export interface NewRevision {
  readonly councilId: string;
  /** The file as checked, saying the date it takes effect. */
  readonly text: string;
  readonly takesEffect: string;
  readonly publishedBy: string;
  /** What the audit line says of it. */
  readonly details: Record<string, unknown>;
  /** Refuse a date before the last revision's: revisions take effect in the order they are published. */
  readonly inOrder: boolean;
}

/**
 * Stores the council's next revision, numbered after the last, with an audit line, in the caller's
 * transaction. Revisions are only ever added.
 */
export async function storeRevision(m: EntityManager, r: NewRevision): Promise<PolicyRevisionEntity> {
  // Two publications at once must not both take the same number.
  await m.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`policy_revisions:${r.councilId}`]);
  const last = await m.findOne(PolicyRevisionEntity, {
    where: { councilId: r.councilId },
    select: { number: true, takesEffect: true },
    order: { number: 'DESC' },
  });
  if (r.inOrder && last && r.takesEffect < last.takesEffect) {
    const message = `must be on or after ${londonDay(last.takesEffect) ?? last.takesEffect}, when revision ${last.number} takes effect`;
    throw new BadInputError(`the date the revision takes effect ${message}`, [
      { field: 'inForceFrom', message },
    ]);
  }
  const saved = await m.save(
    m.create(PolicyRevisionEntity, {
      councilId: r.councilId,
      number: (last?.number ?? 0) + 1,
      text: r.text,
      takesEffect: r.takesEffect,
      publishedBy: r.publishedBy,
    }),
  );
  await appendAudit(m, [
    {
      actor: r.publishedBy,
      action: 'policy.published',
      details: { revision: saved.number, takesEffect: r.takesEffect, ...r.details },
    },
  ]);
  return saved;
}
