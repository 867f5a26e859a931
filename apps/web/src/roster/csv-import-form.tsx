import { useState, type FormEvent } from 'react';
import { ApiError, type ApiClient } from '../api/api-client';
import type { ImportCounts, ImportPreview } from '../api/types';
import { ErrorSummary } from '../components/error-summary';
import { readFileText } from '../components/read-file';
import { Button, Checkbox, ErrorMessage, TextInput } from '../components/fields';
import type { FormErrors } from '../components/form-errors';
import { NO_ERRORS } from '../components/form-errors';
import { SuccessBanner } from '../components/success-banner';
import { ImportPreviewView } from './import-preview';

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

const oneError = (field: string, message: string): FormErrors => ({
  message: '',
  items: [{ field, message }],
});

/**
 * Imports the roster (or the officers) from a CSV file in two steps: a preview of who is added, who
 * changes and who would leave, then a confirmation. A bad file changes nothing: every bad row is
 * listed with its row number, as the spreadsheet shows it, so it can be fixed in one go. People
 * missing from the file stay unless "Remove … not in this file" is ticked.
 */
export function CsvImportForm({
  id,
  what,
  columns,
  onPreview,
  onConfirm,
}: {
  id: string;
  what: string;
  columns: string;
  onPreview: (csv: string, removeMissing: boolean) => Promise<ImportPreview>;
  onConfirm: (token: string, removeCount: number | undefined) => Promise<ImportCounts>;
}) {
  const [file, setFile] = useState<File | null>(null);
  const [pasted, setPasted] = useState('');
  const [removeMissing, setRemoveMissing] = useState(false);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [rows, setRows] = useState<RowProblem[]>([]);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [typed, setTyped] = useState('');
  const [done, setDone] = useState<ImportCounts | null>(null);
  const [busy, setBusy] = useState(false);
  const countId = `${id}-count`;

  const confirm = async () => {
    if (!preview) return;
    const n = preview.leaving.length;
    if (preview.removeCountRequired && typed.trim() !== String(n)) {
      setErrors(oneError(countId, `Type ${n}, the number of ${what} who will leave, to confirm`));
      return;
    }
    setBusy(true);
    try {
      setDone(await onConfirm(preview.token, preview.removeCountRequired ? n : undefined));
      setPreview(null);
      setTyped('');
      setErrors(NO_ERRORS);
    } catch (e) {
      // A stale or expired preview cannot be confirmed: the file must be previewed again.
      if (e instanceof ApiError && (e.status === 409 || e.status === 410 || e.status === 404))
        setPreview(null);
      setErrors(oneError(id, e instanceof Error ? e.message : 'The import failed'));
    } finally {
      setBusy(false);
    }
  };

  const submit = async (ev: FormEvent) => {
    ev.preventDefault();
    setDone(null);
    setRows([]);
    setPreview(null);
    setTyped('');
    const text = file ? await readFileText(file) : pasted;
    if (!text.trim()) {
      setErrors({ message: '', items: [{ field: id, message: `Choose a CSV file of ${what}` }] });
      return;
    }
    setBusy(true);
    try {
      setPreview(await onPreview(text, removeMissing));
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
  const countError = errors.items.find((i) => i.field === countId)?.message;
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby={`${id}-heading`}>
      <ErrorSummary errors={errors} />
      <h2 className="govuk-heading-m" id={`${id}-heading`}>
        Import {what} from a CSV file
      </h2>
      {done && (
        // The confirm button is far below, past the preview: the banner takes focus so it is seen.
        <SuccessBanner
          testId={`${id}-done`}
          heading={`Imported: ${done.created} added, ${done.updated} changed, ${done.unchanged} unchanged, ${done.deactivated} left`}
        >
          {done.warnings.length > 0 && (
            <ul className="govuk-list govuk-list--bullet">
              {done.warnings.map((w, i) => (
                <li key={i}>{w}</li>
              ))}
            </ul>
          )}
        </SuccessBanner>
      )}
      <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
        <label className="govuk-label govuk-label--s" htmlFor={id}>
          CSV file
        </label>
        <div id={`${id}-hint`} className="govuk-hint">
          With a header row: {columns}. You see what the file would change before anything is stored.
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
      <Checkbox
        id={`${id}-remove`}
        label={`Remove ${what} not in this file`}
        hint={`Otherwise ${what} missing from the file stay on the list`}
        checked={removeMissing}
        onChange={setRemoveMissing}
      />
      <Button type="submit" secondary disabled={busy}>
        Preview the {what} import
      </Button>
      {preview && (
        <>
          <ImportPreviewView id={id} what={what} preview={preview} />
          {preview.removeCountRequired && (
            <TextInput
              id={countId}
              label={`Type the number of ${what} who will leave (${preview.leaving.length}) to confirm`}
              hint={`More than a quarter of the ${preview.rosterSize} ${what} on the list would leave`}
              error={countError}
              value={typed}
              onChange={setTyped}
              width="3"
              inputMode="numeric"
            />
          )}
          <Button onClick={() => void confirm()} warning={preview.leaving.length > 0} disabled={busy}>
            Confirm the {what} import
          </Button>
        </>
      )}
    </form>
  );
}

/** The two calls of an import, for CsvImportForm: preview the file, then confirm its token. */
export function importCalls(api: ApiClient, path: '/members/import' | '/officers/import', after: () => void) {
  return {
    onPreview: (csv: string, removeMissing: boolean) =>
      api.json<ImportPreview>(path, {
        method: 'POST',
        body: csv,
        contentType: 'text/csv',
        query: { remove: removeMissing ? 'missing' : undefined },
      }),
    onConfirm: async (token: string, removeCount: number | undefined) => {
      const r = await api.json<ImportCounts>(`${path}/${encodeURIComponent(token)}/confirm`, {
        method: 'POST',
        body: removeCount === undefined ? {} : { removeCount },
      });
      after();
      return r;
    },
  };
}
