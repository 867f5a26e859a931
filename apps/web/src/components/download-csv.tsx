import { useState } from 'react';
import type { ApiClient, RequestOptions } from '../api/api-client';
import { Button } from './fields';

/** Hands text to the browser as a file to save, as a download link would. */
export function saveFile(text: string, filename: string, type = 'text/csv'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A button that fetches a CSV from the API (with the key or the session) and saves it. */
export function DownloadCsvButton(p: {
  readonly api: ApiClient;
  readonly path: string;
  readonly filename: string;
  readonly query?: RequestOptions['query'];
  readonly label?: string;
}) {
  const [error, setError] = useState<string | null>(null);
  const download = async () => {
    try {
      saveFile(await p.api.text(p.path, p.query ? { query: p.query } : {}), p.filename);
      setError(null);
    } catch (e) {
      setError(`The file could not be made: ${e instanceof Error ? e.message : 'try again'}.`);
    }
  };
  return (
    <>
      <Button secondary onClick={() => void download()}>
        {p.label ?? 'Download as CSV'}
      </Button>
      {error && <p className="govuk-error-message">{error}</p>}
    </>
  );
}
