import { readCsv, splitList, unsafeText } from './csv.util';
import { isEmail } from './email-address';
import { sortProblems } from './import-members';
import type { ImportResult, Officer } from './roster.types';

export const OFFICER_COLUMNS = ['id', 'name', 'email', 'services'] as const;

/** Reads and checks an officers CSV (id, name, email, services `;`-separated). All or nothing. */
export function importOfficersCsv(text: string): ImportResult<Officer> {
  const { table, problems } = readCsv(text, OFFICER_COLUMNS);
  if (!table) return { ok: false, problems };
  const officers: Officer[] = [];
  const ids = new Map<string, number>();
  for (const { row, values } of table.records) {
    const bad = (column: string, message: string) => problems.push({ row, column, message });
    const id = values['id'] ?? '';
    const name = values['name'] ?? '';
    const email = (values['email'] ?? '').toLowerCase();
    if (!/^[A-Za-z0-9_.-]{1,64}$/.test(id))
      bad('id', `"${id}" is not a valid id (letters, digits, - _ . only)`);
    else if (ids.has(id)) bad('id', `duplicate id "${id}" (first on row ${ids.get(id)})`);
    else ids.set(id, row);
    if (!name) bad('name', 'is empty');
    else if (unsafeText(name)) bad('name', unsafeText(name) as string);
    if (!isEmail(email)) bad('email', `"${email}" is not an e-mail address`);
    const services = splitList(values['services']);
    if (services.length === 0) bad('services', 'list at least one service, separated by ;');
    officers.push({ id, name, email, services });
  }
  if (problems.length) return { ok: false, problems: sortProblems(problems) };
  return { ok: true, rows: officers, warnings: [] };
}
