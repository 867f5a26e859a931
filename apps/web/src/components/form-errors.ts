import { ApiError, baseField, type FieldProblem } from '../api/api-client';

/** Problems in the order they are shown in the error summary, each tied to the input it concerns. */
export interface FormErrors {
  readonly message: string;
  readonly items: readonly { readonly field: string; readonly message: string }[];
}

export const NO_ERRORS: FormErrors = { message: '', items: [] };

export function hasErrors(e: FormErrors): boolean {
  return e.message !== '' || e.items.length > 0;
}

/** The first message for a field, for showing beside it. */
export function errorFor(e: FormErrors, field: string): string | undefined {
  const found = e.items.filter((i) => i.field === field).map((i) => i.message);
  return found.length ? found.join('; ') : undefined;
}

/**
 * Turns an API refusal into form errors. `fieldMap` renames API fields to the form's own ("geometry"
 * is the location); a field the form does not show goes to `fallback`, so nothing is lost.
 */
export function formErrorsFrom(
  e: unknown,
  known: readonly string[],
  fieldMap: Readonly<Record<string, string>> = {},
  fallback = known[0] ?? 'form',
): FormErrors {
  if (!(e instanceof ApiError)) {
    return { message: e instanceof Error ? e.message : 'something went wrong', items: [] };
  }
  const items = e.errors.map((p: FieldProblem) => {
    const base = baseField(p.field);
    // A part of a field with an input of its own ("contact.email") goes to that input.
    const exact = fieldMap[p.field];
    const field = exact ?? fieldMap[base] ?? base;
    const shown = known.includes(field) ? field : fallback;
    // Keep the API's own name when it is more precise than the input ("divisions[2]").
    const prefix = !exact && shown !== p.field && !known.includes(p.field) ? `${p.field}: ` : '';
    return { field: shown, message: `${prefix}${p.message}` };
  });
  return { message: items.length ? '' : e.message, items };
}
