import { useState, type FormEvent } from 'react';
import { TextInput } from '../components/fields';
import { errorFor, formErrorsFrom, NO_ERRORS, type FormErrors } from '../components/form-errors';

export interface PersonValues {
  readonly externalId: string;
  readonly name: string;
  readonly email: string;
}

/** The council's reference for the person (asked only when adding someone), name and e-mail, shared by members and officers. */
export function PersonFields({
  adding,
  list,
  idExample,
  value,
  onChange,
  errors,
}: {
  adding: boolean;
  /** Whose list the reference comes from: the council keeps one for members and one for officers. */
  list: 'members' | 'officers';
  idExample: string;
  value: PersonValues;
  onChange: (v: PersonValues) => void;
  errors: FormErrors;
}) {
  return (
    <>
      {adding && (
        <TextInput
          id="externalId"
          label={`Reference in the ${list} list`}
          hint={`The id your council gives them in its ${list} spreadsheet, for example ${idExample}. Letters, digits, - _ . only`}
          value={value.externalId}
          onChange={(externalId) => onChange({ ...value, externalId })}
          error={errorFor(errors, 'externalId')}
          width="10"
          spellCheck={false}
        />
      )}
      <TextInput
        id="name"
        label="Name"
        value={value.name}
        onChange={(name) => onChange({ ...value, name })}
        error={errorFor(errors, 'name')}
      />
      <TextInput
        id="email"
        label="E-mail"
        type="email"
        value={value.email}
        onChange={(email) => onChange({ ...value, email })}
        error={errorFor(errors, 'email')}
        spellCheck={false}
      />
    </>
  );
}

/** The fields of the body a person's form sends: the council's id only when adding. */
export const personBody = (adding: boolean, v: PersonValues) => ({
  ...(adding ? { externalId: v.externalId.trim() } : {}),
  name: v.name.trim(),
  email: v.email.trim(),
});

/** One label per line, blanks dropped: interests and services. */
export const lines = (text: string) =>
  text
    .split('\n')
    .map((t) => t.trim())
    .filter(Boolean);

/** A person's form: the name, e-mail and id fields, and a submit that shows the API's refusal by field. */
export function usePersonForm(
  initial: { name?: string; email?: string } | undefined,
  fields: readonly string[],
) {
  const [person, setPerson] = useState<PersonValues>({
    externalId: '',
    name: initial?.name ?? '',
    email: initial?.email ?? '',
  });
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);
  const submit = async (ev: FormEvent, save: () => Promise<void>) => {
    ev.preventDefault();
    setBusy(true);
    try {
      await save();
      setErrors(NO_ERRORS);
    } catch (e) {
      setErrors(formErrorsFrom(e, fields, {}, 'name'));
    } finally {
      setBusy(false);
    }
  };
  return { person, setPerson, errors, busy, submit };
}
