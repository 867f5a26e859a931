import { formatProblem, parsePolicy, PolicyFileError, type Policy } from '@member-alerts/protocol';
import { BadInputError } from '../common/bad-input.error';

/** The uploaded file as text: YAML or JSON sent as text, or JSON the body parser has already read. */
export function policyText(body: unknown): string {
  if (typeof body === 'string' && body.trim()) return body;
  if (body && typeof body === 'object' && !Array.isArray(body)) return JSON.stringify(body, null, 2);
  throw new BadInputError(
    'send the policy file, YAML or JSON, as the body (Content-Type: application/yaml)',
    [{ field: 'body', message: 'is empty: send the policy file' }],
  );
}

/**
 * The file's rules, or a 400 naming every problem with its line and key. Nothing of a file that
 * fails is kept.
 */
export function checkedPolicy(text: string): Policy {
  try {
    return parsePolicy(text);
  } catch (e) {
    if (!(e instanceof PolicyFileError)) throw e;
    const count = e.problems.length;
    throw new BadInputError(
      `the policy file has ${count === 1 ? 'a problem' : `${count} problems`}, so nothing of it was used: ${e.problems
        .map(formatProblem)
        .join('; ')}`.slice(0, 2000),
      e.problems.map((p) => ({
        field: p.key || 'file',
        message: p.line === undefined ? p.message : `line ${p.line}: ${p.message}`,
      })),
    );
  }
}
