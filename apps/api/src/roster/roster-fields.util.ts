import { isEmail, unsafeText, withoutInvisibles, type RowProblem } from '@member-alerts/roster';
import { BadInputError, type FieldProblem } from '../common/bad-input.error';

// The same shape of id the roster CSV importers accept, so a record made here survives a re-import.
export const EXTERNAL_ID = /^[A-Za-z0-9_.-]{1,64}$/;
export const MAX_NAME = 200;
export const MAX_TOPICS = 50;
export const MAX_TOPIC_LENGTH = 100;

export type Problems = FieldProblem[];

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The body as an object of fields, naming any field the record does not have. */
export function readObject(
  body: unknown,
  known: readonly string[],
  problems: Problems,
): Record<string, unknown> {
  if (!isRecord(body)) {
    problems.push({ field: 'body', message: 'expected a JSON object' });
    return {};
  }
  for (const k of Object.keys(body)) {
    if (!known.includes(k)) problems.push({ field: k, message: `is not a field; use ${known.join(', ')}` });
  }
  return body;
}

/** The fields members and officers share. */
export interface PersonPatch {
  externalId?: string;
  name?: string;
  email?: string;
}

/**
 * Reads a member's or officer's body: the fields it may have (`fields.create`, or `fields.patch`
 * for a change), its id (as `externalId` or `id`, not two different ones), name and email. On
 * create, requires the id, name, email and the record's own `required` fields. Returns the body,
 * for the record's own fields, with `has` telling which of them were given.
 */
export function readPerson(
  body: unknown,
  mode: 'create' | 'patch',
  fields: { readonly create: readonly string[]; readonly patch: readonly string[] },
  required: readonly string[],
  problems: Problems,
): { b: Record<string, unknown>; has: (field: string) => boolean; person: PersonPatch } {
  const b = readObject(body, mode === 'create' ? fields.create : fields.patch, problems);
  if ('externalId' in b && 'id' in b && b['externalId'] !== b['id'])
    problems.push({ field: 'id', message: 'give externalId or id, not two different ones' });
  const idField = 'id' in b && !('externalId' in b) ? 'id' : 'externalId';
  if (mode === 'create') {
    for (const f of [idField, 'name', 'email', ...required])
      if (b[f] === undefined) problems.push({ field: f, message: 'is required' });
  }
  const has = (f: string) => b[f] !== undefined;
  const person: PersonPatch = {};
  if (has(idField)) person.externalId = externalIdField(b[idField], idField, problems);
  if (has('name')) person.name = textField(b['name'], 'name', problems);
  if (has('email')) person.email = emailField(b['email'], 'email', problems);
  return { b, has, person };
}

/** `active`, when given: true or false. */
export function activeField(v: unknown, problems: Problems): boolean | undefined {
  if (typeof v === 'boolean') return v;
  problems.push({ field: 'active', message: 'must be true or false' });
  return undefined;
}

export function externalIdField(v: unknown, field: string, problems: Problems): string | undefined {
  if (typeof v !== 'string' || !EXTERNAL_ID.test(v.trim())) {
    problems.push({ field, message: 'must be 1 to 64 letters, digits, "-", "_" or "."' });
    return undefined;
  }
  return v.trim();
}

/** One line of plain text: it ends up in e-mail headers and web pages. */
export function textField(v: unknown, field: string, problems: Problems, max = MAX_NAME): string | undefined {
  if (typeof v !== 'string') {
    problems.push({ field, message: 'must be text' });
    return undefined;
  }
  const s = withoutInvisibles(v).trim();
  const unsafe = unsafeText(s);
  if (!s) problems.push({ field, message: 'is empty' });
  else if (unsafe) problems.push({ field, message: unsafe });
  else if (s.length > max) problems.push({ field, message: `must be at most ${max} characters` });
  else return s;
  return undefined;
}

export function emailField(v: unknown, field: string, problems: Problems): string | undefined {
  const s = typeof v === 'string' ? withoutInvisibles(v).trim().toLowerCase() : '';
  if (!isEmail(s)) {
    problems.push({ field, message: 'is not an e-mail address' });
    return undefined;
  }
  return s;
}

/** A list of short labels, each one line of plain text, without duplicates. */
export function labelList(
  v: unknown,
  field: string,
  problems: Problems,
  opts: { lowerCase: boolean; nonEmpty: boolean },
): string[] | undefined {
  if (!Array.isArray(v)) {
    problems.push({ field, message: 'must be a list of text' });
    return undefined;
  }
  if (v.length > MAX_TOPICS) {
    problems.push({ field, message: `must have at most ${MAX_TOPICS} entries, got ${v.length}` });
    return undefined;
  }
  if (opts.nonEmpty && v.length === 0) {
    problems.push({ field, message: 'must list at least one' });
    return undefined;
  }
  const out: string[] = [];
  const before = problems.length;
  v.forEach((item, i) => {
    const at = `${field}[${i}]`;
    const s = textField(item, at, problems, MAX_TOPIC_LENGTH);
    // Lists are `;`-separated in the roster CSV; a `;` inside one entry would split on re-import.
    if (s?.includes(';')) problems.push({ field: at, message: 'must not contain ;' });
    else if (s !== undefined) {
      const label = opts.lowerCase ? s.toLowerCase() : s;
      if (!out.includes(label)) out.push(label);
    }
  });
  return problems.length === before ? out : undefined;
}

/** §34 interests: lower-cased and trimmed, as the planner matches them against event topics. */
export function topicsField(v: unknown, field: string, problems: Problems): string[] | undefined {
  return labelList(v, field, problems, { lowerCase: true, nonEmpty: false });
}

/** Duplicates are conflicts with what is stored; anything else is the caller's input. */
export function rejectRecord(
  what: string,
  problems: readonly FieldProblem[],
  conflicts: readonly FieldProblem[],
) {
  const all = [...problems, ...conflicts];
  const status = problems.length === 0 ? 409 : 400;
  return new BadInputError(
    `the ${what} was not saved: ${all.map((p) => `${p.field} ${p.message}`).join('; ')}`,
    all,
    status,
  );
}

/** Every bad row of an imported file, each named "row 5, division" as a spreadsheet user reads it. */
export function rejectFile(what: string, problems: readonly RowProblem[]): BadInputError {
  return new BadInputError(
    `the ${what} file has ${problems.length} problem(s); nothing was imported`,
    problems.map((p) => ({ field: `row ${p.row}${p.column ? `, ${p.column}` : ''}`, message: p.message })),
  );
}

/** The CSV text of an import, or 415 when the file was sent as something else. */
export function csvText(body: unknown): string {
  if (typeof body === 'string') return body;
  throw new BadInputError(
    'send the file as CSV with "Content-Type: text/csv"',
    [{ field: 'body', message: 'expected text/csv' }],
    415,
  );
}
