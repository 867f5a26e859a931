import { useState, type FormEvent } from 'react';
import { ErrorSummary } from '../components/error-summary';
import { readFileText } from '../components/read-file';
import { Button, ErrorMessage, TextInput } from '../components/fields';
import { errorFor, formErrorsFrom, NO_ERRORS, type FormErrors } from '../components/form-errors';

export interface BoundaryUpload {
  label: string;
  effectiveFrom: string;
  geojson: string;
}

const FIELDS = ['label', 'effectiveFrom', 'boundaryFile'];
const LABELS = { label: 'Name', effectiveFrom: 'Takes effect on', boundaryFile: 'GeoJSON file' };

/** A new boundary generation: checked by the API before anything changes; shown on the map before it applies. */
export function BoundaryUploadForm({ onUpload }: { onUpload: (u: BoundaryUpload) => Promise<void> }) {
  const [label, setLabel] = useState('');
  const [effectiveFrom, setEffectiveFrom] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);

  const submit = async (ev: FormEvent) => {
    ev.preventDefault();
    const items: { field: string; message: string }[] = [];
    if (!label.trim())
      items.push({ field: 'label', message: 'Enter a name, such as the Electoral Changes Order' });
    if (!/^\d{4}-\d{2}-\d{2}$/.test(effectiveFrom))
      items.push({ field: 'effectiveFrom', message: 'Enter the date the boundaries take effect' });
    if (!file) items.push({ field: 'boundaryFile', message: 'Choose a GeoJSON file of the divisions' });
    if (items.length || !file) {
      setErrors({ message: '', items });
      return;
    }
    setBusy(true);
    try {
      await onUpload({ label: label.trim(), effectiveFrom, geojson: await readFileText(file) });
      setErrors(NO_ERRORS);
    } catch (e) {
      // "body" and "geometry" problems are about the file; the API names each feature.
      setErrors(
        formErrorsFrom(
          e,
          FIELDS,
          { body: 'boundaryFile', geometry: 'boundaryFile', features: 'boundaryFile' },
          'boundaryFile',
        ),
      );
    } finally {
      setBusy(false);
    }
  };
  const fileError = errorFor(errors, 'boundaryFile');
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="upload-heading">
      <ErrorSummary errors={errors} labels={LABELS} />
      <h2 className="govuk-heading-m" id="upload-heading">
        Upload new boundaries
      </h2>
      <TextInput
        id="label"
        label="Name"
        hint="For example: the Electoral Changes Order 2025 that made them"
        value={label}
        onChange={setLabel}
        error={errorFor(errors, 'label')}
      />
      <TextInput
        id="effectiveFrom"
        label="Takes effect on"
        hint="Events before this date keep the boundaries in force now"
        type="date"
        value={effectiveFrom}
        onChange={setEffectiveFrom}
        error={errorFor(errors, 'effectiveFrom')}
      />
      <div className={`govuk-form-group${fileError ? ' govuk-form-group--error' : ''}`}>
        <label className="govuk-label govuk-label--s" htmlFor="boundaryFile">
          GeoJSON file
        </label>
        <div className="govuk-hint" id="boundaryFile-hint">
          A FeatureCollection of division polygons, in WGS84 or British National Grid
        </div>
        <ErrorMessage id="boundaryFile" error={fileError} />
        <input
          className={`govuk-file-upload${fileError ? ' govuk-file-upload--error' : ''}`}
          id="boundaryFile"
          type="file"
          accept=".geojson,.json,application/geo+json,application/json"
          aria-describedby={`boundaryFile-hint${fileError ? ' boundaryFile-error' : ''}`}
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        />
      </div>
      <Button type="submit" disabled={busy}>
        Upload and check
      </Button>
    </form>
  );
}
