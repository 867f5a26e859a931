import { parse } from 'csv-parse/sync';
import type { RowProblem } from './roster.types';

export interface CsvTable {
  readonly header: readonly string[];
  /** Each record with its spreadsheet row number (the header is row 1). */
  readonly records: readonly { row: number; values: Readonly<Record<string, string>> }[];
}

// People per roster file (members or officers). English councils elect at most about 120
// councillors, so this is more than ten times any real members file; each row is stored one by one.
export const MAX_ROSTER_ROWS = 2_000;

/** Parses CSV text with a header row. Returns problems instead of throwing. */
export function readCsv(
  text: string,
  required: readonly string[],
): { table?: CsvTable; problems: RowProblem[] } {
  let rows: string[][];
  try {
    rows = parse(text.replace(/^\uFEFF/, ''), {
      skip_empty_lines: true,
      relax_column_count: true,
      trim: true,
    });
  } catch (e) {
    const err = e as { message: string; lines?: number };
    return { problems: [{ row: err.lines ?? 0, message: `the file is not valid CSV: ${err.message}` }] };
  }
  // Every cell is one line of text (a name, an e-mail address, a list of labels); a cell our own
  // export defused comes back as it was, so that an export imports back unchanged.
  rows = rows.map((cells) => cells.map((c) => undefused(withoutInvisibles(c).trim()).trim()));
  const header = (rows[0] ?? []).map((h) => h.trim());
  if (header.length === 0)
    return { problems: [{ row: 1, message: 'the file is empty: it needs a header row' }] };
  const missing = required.filter((c) => !header.includes(c));
  if (missing.length) {
    return {
      problems: [
        {
          row: 1,
          message: `the header is missing column(s): ${missing.join(', ')} (found: ${header.join(', ')})`,
        },
      ],
    };
  }
  const count = rows.length - 1;
  if (count > MAX_ROSTER_ROWS) {
    return {
      problems: [
        {
          row: MAX_ROSTER_ROWS + 2,
          message: `the file has ${count.toLocaleString('en-GB')} rows after the header; at most ${MAX_ROSTER_ROWS.toLocaleString('en-GB')} are allowed per file`,
        },
      ],
    };
  }
  const problems: RowProblem[] = [];
  const records = rows.slice(1).map((values, i) => {
    const row = i + 2;
    if (values.length > header.length) {
      problems.push({ row, message: `has ${values.length} fields but the header has ${header.length}` });
    }
    const record: Record<string, string> = {};
    header.forEach((h, j) => (record[h] = values[j] ?? ''));
    return { row, values: record };
  });
  return { table: { header, records }, problems };
}

/** What a spreadsheet runs as a formula when a cell starts with it. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A cell as written to a CSV file people open in a spreadsheet: one that would run as a formula
 * gets a leading `'`, which spreadsheets read as "this is text" (OWASP's CSV injection advice).
 */
export function defused(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** The inverse of `defused`, for a file of ours coming back in. */
export function undefused(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}

/** Splits a `;`-separated list cell, dropping blanks. */
export function splitList(cell: string | undefined): string[] {
  return (cell ?? '')
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

// Bidi controls (U+061C, U+200E/F, U+202A-E, U+2066-9) and zero-width or invisible characters
// (U+200B-D, U+2060-4, U+FEFF): unseen, they can reorder or disguise a title in an e-mail subject.
const INVISIBLE = /[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

/** One line of text as typed or pasted, without the invisible characters that come with it. */
export function withoutInvisibles(s: string): string {
  return s.replace(INVISIBLE, '');
}

/** Rejects text that would be unsafe in an e-mail header or a web page. */
export function unsafeText(s: string): string | undefined {
  if (/[\r\n]/.test(s)) return 'must be on one line';
  if (/[<>]/.test(s)) return 'must not contain < or >';
  if (s !== withoutInvisibles(s))
    return 'must not contain invisible formatting characters (bidi controls or zero-width spaces)';
  return undefined;
}
