import { readCsv, splitList, unsafeText } from './csv.util';
import { isEmail } from './email-address';
import { MOBILE_RULE, ukMobile } from './mobile-number';
import {
  type ImportResult,
  type Member,
  type MemberRole,
  type RosterRules,
  type RowProblem,
} from './roster.types';

export const MEMBER_COLUMNS = [
  'id',
  'name',
  'email',
  'division',
  'roles',
  'portfolio',
  'interests',
  'chairs',
  'mobile',
] as const;

/** A role or body as a file or form may write it: "Cabinet lead member", "deputy-leader". */
export const asKey = (given: string) =>
  given
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');

const oneOf = (keys: readonly string[]) =>
  keys.length ? keys.join(', ') : "none: the council's rules define none";

/** Why a role cannot be held, or undefined when the council's rules define it. */
export function unknownRole(given: string, rules: RosterRules): string | undefined {
  return rules.roles.includes(asKey(given))
    ? undefined
    : `"${given}" is not a role the council's rules define; use ${oneOf(rules.roles)}`;
}

/** Why a body cannot be chaired, or undefined when the council's rules define it. */
export function unknownBody(given: string, rules: RosterRules): string | undefined {
  return rules.bodies.includes(asKey(given))
    ? undefined
    : `"${given}" is not a body the council's rules define; use ${oneOf(rules.bodies)}`;
}

/** The first role held that needs a portfolio, when none is given: what to say. */
export function missingPortfolio(
  roles: readonly string[],
  portfolio: string | null | undefined,
  rules: RosterRules,
): string | undefined {
  if (portfolio) return undefined;
  const role = roles.find((r) => rules.needsPortfolio[r] !== undefined);
  return role === undefined ? undefined : `a ${role.replace(/_/g, ' ')} needs a portfolio`;
}

export interface DivisionLookup {
  /** The exact division name for a name given loosely, or undefined when there is no such division. */
  resolveName(name: string): string | undefined;
  /** Councillors per division: more members than seats is refused, fewer is a warning. */
  seatsOf?(name: string): number | undefined;
  readonly names?: readonly string[];
}

/**
 * Reads and checks a members CSV. Every bad row is reported; one bad row means nothing is imported.
 * Columns: id, name, email, division, roles (`;`-separated), portfolio, interests (`;`-separated),
 * chairs (`;`-separated bodies), mobile (a UK mobile number; empty removes it). Roles and bodies
 * are those the council's rules define. A file without a mobile column leaves members' numbers as
 * they are: their rows have no `mobile`.
 */
export function importMembersCsv(
  text: string,
  divisions: DivisionLookup,
  rules: RosterRules,
): ImportResult<Member> {
  const { table, problems } = readCsv(text, ['id', 'name', 'email', 'division']);
  if (!table) return { ok: false, problems };
  const members: Member[] = [];
  const memberRows: number[] = [];
  const ids = new Map<string, number>();
  const emails = new Map<string, number>();
  for (const { row, values } of table.records) {
    const bad = (column: string, message: string) => problems.push({ row, column, message });
    const id = values['id'] ?? '';
    const name = values['name'] ?? '';
    const email = (values['email'] ?? '').toLowerCase();
    const divisionGiven = values['division'] ?? '';
    const portfolio = values['portfolio'] ?? '';
    const mobileGiven = values['mobile']?.trim();

    if (!/^[A-Za-z0-9_.-]{1,64}$/.test(id))
      bad('id', `"${id}" is not a valid id (letters, digits, - _ . only)`);
    else if (ids.has(id)) bad('id', `duplicate id "${id}" (first on row ${ids.get(id)})`);
    else ids.set(id, row);
    if (!name) bad('name', 'is empty');
    else if (unsafeText(name)) bad('name', unsafeText(name) as string);
    if (!isEmail(email)) bad('email', `"${email}" is not an e-mail address`);
    else if (emails.has(email))
      bad('email', `duplicate e-mail "${email}" (first on row ${emails.get(email)})`);
    else emails.set(email, row);
    const division = divisionGiven ? divisions.resolveName(divisionGiven) : undefined;
    if (!divisionGiven) bad('division', 'is empty');
    else if (!division) bad('division', `"${divisionGiven}" is not a division of this council`);

    const roles: MemberRole[] = [];
    for (const r of splitList(values['roles'])) {
      const problem = unknownRole(r, rules);
      if (problem) bad('roles', problem);
      else if (!roles.includes(asKey(r))) roles.push(asKey(r));
    }
    const chairs: string[] = [];
    for (const b of splitList(values['chairs'])) {
      const problem = unknownBody(b, rules);
      if (problem) bad('chairs', problem);
      else if (!chairs.includes(asKey(b))) chairs.push(asKey(b));
    }
    const noPortfolio = missingPortfolio(roles, portfolio, rules);
    if (noPortfolio) bad('portfolio', noPortfolio);
    if (portfolio && unsafeText(portfolio)) bad('portfolio', unsafeText(portfolio) as string);
    const interests = splitList(values['interests']).map((t) => t.toLowerCase());
    const mobile = mobileGiven ? ukMobile(mobileGiven) : null;
    if (mobile === undefined) bad('mobile', `"${mobileGiven}" ${MOBILE_RULE}`);

    if (division) {
      memberRows.push(row);
      members.push({
        id,
        name,
        email,
        division,
        roles,
        ...(portfolio ? { portfolio } : {}),
        interests,
        ...(chairs.length ? { chairs } : {}),
        ...(mobileGiven === undefined ? {} : { mobile: mobile ?? null }),
      });
    }
  }
  if (table.records.length === 0) problems.push({ row: 2, message: 'the file has a header but no members' });
  problems.push(
    ...uniqueRoleProblems(
      members,
      table.records.map((r) => r.row),
      rules,
    ),
  );
  problems.push(...surplusProblems(members, memberRows, divisions));
  if (problems.length) return { ok: false, problems: sortProblems(problems) };
  return { ok: true, rows: members, warnings: vacancyWarnings(members, divisions) };
}

function uniqueRoleProblems(
  members: readonly Member[],
  rows: readonly number[],
  rules: RosterRules,
): RowProblem[] {
  const out: RowProblem[] = [];
  for (const role of rules.oneHolder) {
    const holders = members.flatMap((m, i) => (m.roles.includes(role) ? [i] : []));
    for (const i of holders.slice(1)) {
      out.push({ row: rows[i] ?? 0, column: 'roles', message: `there can be only one ${role}` });
    }
  }
  return out;
}

function membersPerDivision(members: readonly Member[]): Map<string, number> {
  const count = new Map<string, number>();
  for (const m of members) count.set(m.division, (count.get(m.division) ?? 0) + 1);
  return count;
}

const plural = (n: number, one: string, many: string) =>
  `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

/**
 * The one refusal for a division given more members than it elects, whether a file or a single
 * member does it: the roster's own export must import again.
 */
export function tooManyMembers(
  division: string,
  seats: number,
  members: number,
  by: 'the file gives' | 'this would give',
): string {
  return `"${division}" has ${plural(seats, 'seat', 'seats')} but ${by} it ${plural(members, 'member', 'members')}`;
}

/**
 * A division cannot have more members than it elects: one problem per such division, on the row of
 * its first member past its seats, so a file that puts everyone in one division says so at once.
 */
function surplusProblems(
  members: readonly Member[],
  rows: readonly number[],
  divisions: DivisionLookup,
): RowProblem[] {
  if (!divisions.seatsOf) return [];
  const seen = new Map<string, number>();
  const total = membersPerDivision(members);
  const out: RowProblem[] = [];
  members.forEach((m, i) => {
    const n = (seen.get(m.division) ?? 0) + 1;
    seen.set(m.division, n);
    const seats = divisions.seatsOf?.(m.division) ?? 1;
    if (n !== seats + 1) return;
    out.push({
      row: rows[i] ?? 0,
      column: 'division',
      message: tooManyMembers(m.division, seats, total.get(m.division) ?? n, 'the file gives'),
    });
  });
  return out;
}

function vacancyWarnings(members: readonly Member[], divisions: DivisionLookup): string[] {
  if (!divisions.seatsOf || !divisions.names) return [];
  const count = membersPerDivision(members);
  const warnings: string[] = [];
  for (const d of divisions.names) {
    const seats = divisions.seatsOf(d) ?? 1;
    const n = count.get(d) ?? 0;
    if (n < seats) warnings.push(`"${d}" elects ${seats} but has ${n} member(s): its alerts go to ${n}`);
  }
  return warnings;
}

export function sortProblems(problems: RowProblem[]): RowProblem[] {
  return problems.sort((a, b) => a.row - b.row || (a.column ?? '').localeCompare(b.column ?? ''));
}

export function formatProblems(problems: readonly RowProblem[]): string {
  return problems.map((p) => `row ${p.row}${p.column ? `, ${p.column}` : ''}: ${p.message}`).join('\n');
}
