import { unsafeText, type RowProblem } from '@member-alerts/roster';
import type { EntityManager } from 'typeorm';
import { appendAudit } from '../audit/audit.util';
import { MAX_NAME, MAX_TOPIC_LENGTH, MAX_TOPICS } from './roster-fields.util';

export interface ImportCounts {
  readonly created: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly deactivated: number;
  readonly warnings: readonly string[];
}

/** A CSV cell of one line of text, by the length the single-record endpoints allow. */
export function textLimitProblems(
  row: number,
  column: string,
  value: string | null | undefined,
): RowProblem[] {
  return (value?.length ?? 0) > MAX_NAME
    ? [{ row, column, message: `must be at most ${MAX_NAME} characters` }]
    : [];
}

/**
 * A CSV cell listing labels (§34 topics, §30 services), by the limits the single-record endpoints
 * apply: how many, how long, and safe to put in an e-mail.
 */
export function labelLimitProblems(
  row: number,
  column: string,
  labels: readonly string[],
  noun: string,
): RowProblem[] {
  const out: RowProblem[] = [];
  if (labels.length > MAX_TOPICS)
    out.push({ row, column, message: `must have at most ${MAX_TOPICS} ${noun}` });
  for (const l of labels) {
    const bad =
      unsafeText(l) ?? (l.length > MAX_TOPIC_LENGTH ? `at most ${MAX_TOPIC_LENGTH} characters` : undefined);
    if (bad) out.push({ row, column, message: `"${l.slice(0, 40)}": ${bad}` });
  }
  return out;
}

/**
 * The end of a confirmed roster import, inside its transaction: the people missing from the file
 * leave (`deactivate`) only when the preview asked for it, and the counts go into the audit trail
 * under the importer's name.
 */
export async function finishImport(
  m: EntityManager,
  opts: {
    readonly list: 'members' | 'officers';
    readonly actor: string;
    readonly previewId: string;
    readonly removeMissing: boolean;
    readonly existing: Iterable<{
      readonly id: string;
      readonly externalId: string;
      readonly active: boolean;
    }>;
    readonly inFile: readonly string[];
    readonly counts: Pick<ImportCounts, 'created' | 'updated' | 'unchanged' | 'warnings'>;
    readonly deactivate: (ids: string[]) => Promise<void>;
  },
): Promise<ImportCounts> {
  const inFile = new Set(opts.inFile);
  const leaving = opts.removeMissing
    ? [...opts.existing].filter((e) => e.active && !inFile.has(e.externalId))
    : [];
  if (leaving.length) await opts.deactivate(leaving.map((e) => e.id));
  const result: ImportCounts = {
    created: opts.counts.created,
    updated: opts.counts.updated,
    unchanged: opts.counts.unchanged,
    deactivated: leaving.length,
    warnings: opts.counts.warnings,
  };
  await appendAudit(m, [
    {
      actor: opts.actor,
      action: 'roster.imported',
      details: {
        list: opts.list,
        previewId: opts.previewId,
        ...result,
        left: leaving.map((e) => e.externalId),
      },
    },
  ]);
  return result;
}
