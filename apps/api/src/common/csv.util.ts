import { defused } from '@member-alerts/roster';

/** One CSV cell: quoted when needed, and defused when a spreadsheet would read it as a formula. */
export function csvCell(value: unknown): string {
  const s = defused(cellText(value));
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return String(value);
  return JSON.stringify(value) ?? '';
}

export function csvLine(values: readonly unknown[]): string {
  return values.map(csvCell).join(',');
}

/**
 * Where the character at `index` of a CSV file falls, as the roster imports name it: "row 3, name"
 * (the header is row 1; blank lines are not rows).
 */
export function csvPlace(text: string, index: number): string {
  const header: string[] = [];
  let cell = '';
  let row = 1;
  let column = 0;
  let quoted = false;
  let blank = true;
  for (let i = 0; i < index; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    if (!quoted && c === '\n') {
      if (row === 1 && !blank) header.push(cell);
      if (!blank) [row, column, blank, cell] = [row + 1, 0, true, ''];
      continue;
    }
    if (c !== '\r') blank = false;
    if (!quoted && c === ',') {
      if (row === 1) header.push(cell);
      [column, cell] = [column + 1, ''];
    } else if (row === 1 && c !== '"') cell += c;
  }
  const name = header[column]?.replace(/^\uFEFF/, '').trim();
  return `row ${row}, ${name || `column ${column + 1}`}`;
}
