import type { EventOrigin } from '@member-alerts/events';
import { BadInputError, type FieldProblem } from '../common/bad-input.error';

export type { EventOrigin };

const SOURCE = /^[a-z][a-z0-9-]{0,39}$/;
// One line of visible text: no control characters.
const ONE_LINE = /^[^\p{Cc}]{1,200}$/u;

/**
 * Takes `source` and `sourceRef` off a registration body: they say where the event came from, and
 * are not fields of the event itself. Both or neither.
 */
export function takeOrigin(body: unknown): { origin: EventOrigin | null; fields: unknown } {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return { origin: null, fields: body };
  const { source, sourceRef, ...fields } = body as Record<string, unknown>;
  if (source === undefined && sourceRef === undefined) return { origin: null, fields };
  const problems: FieldProblem[] = [];
  if (typeof source !== 'string' || !SOURCE.test(source))
    problems.push({
      field: 'source',
      message:
        source === undefined
          ? 'is needed with sourceRef: the system the event came from, e.g. "street-manager"'
          : 'must be the short name of the system, in lower case letters, digits and hyphens, e.g. "street-manager"',
    });
  const ref = typeof sourceRef === 'string' ? sourceRef.trim() : sourceRef;
  if (typeof ref !== 'string' || !ONE_LINE.test(ref))
    problems.push({
      field: 'sourceRef',
      message:
        sourceRef === undefined
          ? "is needed with source: that system's own reference for the event"
          : "must be that system's own reference for the event: one line, at most 200 characters",
    });
  if (problems.length > 0)
    throw new BadInputError('source and sourceRef go together: the system and its reference', problems);
  return { origin: { source: source as string, sourceRef: ref as string }, fields };
}

/** "Street Manager works WRK-1", "Citizen Space consultation 123", or the source as given. */
export function describeOrigin(origin: EventOrigin): string {
  const known: Record<string, string> = {
    'street-manager': 'Street Manager works',
    'citizen-space': 'Citizen Space consultation',
  };
  return `${known[origin.source] ?? origin.source} ${origin.sourceRef}`;
}
