import { useState, type FormEvent } from 'react';
import { Button, Checkbox, TextInput } from '../components/fields';
import { ErrorSummary } from '../components/error-summary';
import { errorFor, type FormErrors, NO_ERRORS } from '../components/form-errors';
import { useCouncilWords } from '../components/council-words';

export interface AreaMapping {
  readonly name: string;
  readonly countywide: boolean;
  readonly divisions: readonly string[];
}

/** Map one Citizen Space area name to the council's whole area, or to the divisions ticked. */
export function AreaMappingForm({
  initial,
  divisionNames,
  errors,
  onSave,
  onCancel,
}: {
  initial: AreaMapping;
  divisionNames: readonly string[];
  errors: FormErrors;
  onSave: (m: AreaMapping) => void;
  onCancel: () => void;
}) {
  const words = useCouncilWords();
  const [form, setForm] = useState<AreaMapping>(initial);
  const [own, setOwn] = useState<FormErrors>(NO_ERRORS);
  const shown = own === NO_ERRORS ? errors : own;
  const submit = (ev: FormEvent) => {
    ev.preventDefault();
    if (!form.name.trim())
      return setOwn({ message: '', items: [{ field: 'name', message: 'Enter the area name' }] });
    if (!form.countywide && form.divisions.length === 0)
      return setOwn({
        message: '',
        items: [
          {
            field: 'divisions',
            message: `Tick the divisions the area covers, or ${words.wholeArea.toLowerCase()}`,
          },
        ],
      });
    setOwn(NO_ERRORS);
    onSave(form);
  };
  const toggle = (d: string, on: boolean) =>
    setForm({ ...form, divisions: on ? [...form.divisions, d] : form.divisions.filter((x) => x !== d) });
  return (
    <form onSubmit={submit} aria-label="Map an area" className="govuk-!-margin-bottom-6">
      <ErrorSummary errors={shown} labels={{ name: 'Area name', divisions: 'Divisions' }} />
      <TextInput
        id="name"
        label="Area name, as Citizen Space spells it"
        value={form.name}
        error={errorFor(shown, 'name')}
        onChange={(name) => setForm({ ...form, name })}
      />
      <Checkbox
        id="countywide"
        label={words.wholeArea}
        hint="Every member hears of consultations for this area."
        checked={form.countywide}
        onChange={(countywide) => setForm({ ...form, countywide })}
      />
      {!form.countywide && (
        <fieldset className="govuk-fieldset" aria-describedby="divisions-hint">
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Divisions it covers</legend>
          <div id="divisions-hint" className="govuk-hint">
            {form.divisions.length ? `${form.divisions.length} ticked` : 'Tick one or more'}
          </div>
          {errorFor(shown, 'divisions') && (
            <p id="divisions-error" className="govuk-error-message">
              <span className="govuk-visually-hidden">Error:</span> {errorFor(shown, 'divisions')}
            </p>
          )}
          <div className="app-checkbox-columns" id="divisions" tabIndex={-1}>
            {divisionNames.map((d, i) => (
              <Checkbox
                key={d}
                id={`division-${i}`}
                label={d}
                checked={form.divisions.includes(d)}
                onChange={(on) => toggle(d, on)}
              />
            ))}
          </div>
        </fieldset>
      )}
      <div className="govuk-button-group">
        <Button type="submit">Save the area</Button>
        <Button secondary onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
