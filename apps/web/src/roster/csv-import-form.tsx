import { useState, type FormEvent } from 'react';
import { ApiError } from '../api/api-client';
import type { ImportCounts } from '../api/types';
import { ErrorSummary } from '../components/error-summary';
import { readFileText } from '../components/read-file';
import { Button, ErrorMessage } from '../components/fields';
import type { FormErrors } from '../components/form-errors';
import { NO_ERRORS } from '../components/form-errors';

export interface RowProblem {
  readonly row: number | null;
  readonly column: string;
  readonly message: string;
}

/** "row 5, division" → row 5, column division; anything else is about the whole file. */
export function rowProblem(field: string, message: string): RowProblem {
  const m = /^row (\d+)(?:, (.+))?$/.exec(field);
  return m ? { row: Number(m[1]), column: m[2] ?? '', message } : { row: null, column: field, message };
}

/**
 * Replaces the roster (or the officers) from a CSV file. A bad file changes nothing: every bad row is
 * listed with its row number, as the spreadsheet shows it, so it can be fixed in one go.
 */
export function CsvImportForm({
  id,
  what,
  columns,
  onImport,
}: {
  id: string;
  what: string;
  columns: string;
  onImport: (csv: string) => Promise<ImportCounts>;
}) {
  const [file, setFile] = useState<File | null>(null);
  const [pasted, setPasted] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [rows, setRows] = useState<RowProblem[]>([]);
  const [done, setDone] = useState<ImportCounts | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (ev: FormEvent) => {
    ev.preventDefault();
    setDone(null);
    setRows([]);
    const text = file ? await readFileText(file) : pasted;
    if (!text.trim()) {
      setErrors({ message: '', items: [{ field: id, message: `Choose a CSV file of ${what}` }] });
      return;
    }
    setBusy(true);
    try {
      setDone(await onImport(text));
      setErrors(NO_ERRORS);
    } catch (e) {
      if (e instanceof ApiError && e.errors.length) {
        const problems = e.errors.map((x) => rowProblem(x.field, x.message));
        setRows(problems);
        const bad = new Set(problems.filter((p) => p.row !== null).map((p) => p.row)).size;
        setErrors({
          message: '',
          items: [
            {
              field: id,
              message: `The file has ${problems.length} problem${problems.length === 1 ? '' : 's'}${
                bad ? ` in ${bad} row${bad === 1 ? '' : 's'}` : ''
              }. Nothing was imported: fix them and upload the file again`,
            },
          ],
        });
      } else {
        setErrors({
          message: '',
          items: [{ field: id, message: e instanceof Error ? e.message : 'The import failed' }],
        });
      }
    } finally {
      setBusy(false);
    }
  };

  const error = errors.items.find((i) => i.field === id)?.message;
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby={`${id}-heading`}>
      <ErrorSummary errors={errors} />
      <h2 className="govuk-heading-m" id={`${id}-heading`}>
        Import {what} from a CSV file
      </h2>
      {done && (
        <div className="govuk-notification-banner govuk-notification-banner--success" role="status">
          <div className="govuk-notification-banner__content">
            <p className="govuk-notification-banner__heading">
              Imported: {done.created} added, {done.updated} changed, {done.unchanged} unchanged,{' '}
              {done.deactivated} left
            </p>
            {done.warnings.length > 0 && (
              <ul className="govuk-list govuk-list--bullet">
                {done.warnings.map((w, i) => (
                  <li key={i}>{w}</li>
                ))}
              </ul>
            )}
          </div>
        </div>
      )}
      <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
        <label className="govuk-label govuk-label--s" htmlFor={id}>
          CSV file
        </label>
        <div id={`${id}-hint`} className="govuk-hint">
          With a header row: {columns}. The file replaces the whole list; anyone missing from it leaves.
        </div>
        <ErrorMessage id={id} error={error} />
        <input
          className={`govuk-file-upload${error ? ' govuk-file-upload--error' : ''}`}
          id={id}
          name={id}
          type="file"
          accept=".csv,text/csv"
          aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        />
      </div>
      {rows.length > 0 && (
        <div className="app-table-wrap">
          <table className="govuk-table" data-testid={`${id}-problems`}>
            <caption className="govuk-table__caption govuk-table__caption--s">Problems in the file</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">
                  Row
                </th>
                <th scope="col" className="govuk-table__header">
                  Column
                </th>
                <th scope="col" className="govuk-table__header">
                  Problem
                </th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {rows.map((r, i) => (
                <tr className="govuk-table__row" key={i}>
                  <td className="govuk-table__cell">{r.row ?? 'File'}</td>
                  <td className="govuk-table__cell">{r.column}</td>
                  <td className="govuk-table__cell">{r.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <details className="govuk-details">
        <summary className="govuk-details__summary">
          <span className="govuk-details__summary-text">Or paste the CSV text</span>
        </summary>
        <div className="govuk-details__text">
          <label className="govuk-label" htmlFor={`${id}-text`}>
            CSV text
          </label>
          <textarea
            className="govuk-textarea"
            id={`${id}-text`}
            rows={6}
            value={pasted}
            onChange={(e) => setPasted(e.target.value)}
          />
        </div>
      </details>
      <Button type="submit" secondary disabled={busy}>
        Import {what}
      </Button>
    </form>
  );
}
