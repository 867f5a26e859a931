import type { ReactNode } from 'react';
import { TextInput } from './fields';
import { errorFor, type FormErrors } from './form-errors';

export interface ContactValues {
  readonly contactName: string;
  readonly contactEmail: string;
  readonly contactPhone: string;
}

/** Whom members should ask about an event: a name, an e-mail and perhaps a phone, as the API's contact reads them. */
export function ContactFields({
  legend,
  hint,
  value,
  onChange,
  errors,
}: {
  legend: string;
  hint: ReactNode;
  value: ContactValues;
  onChange: (v: Partial<ContactValues>) => void;
  errors: FormErrors;
}) {
  return (
    <fieldset className="govuk-fieldset" aria-describedby="contact-hint">
      <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
      <div id="contact-hint" className="govuk-hint">
        {hint}
      </div>
      <TextInput
        id="contactName"
        label="Name"
        value={value.contactName}
        onChange={(contactName) => onChange({ contactName })}
        error={errorFor(errors, 'contactName')}
        autoComplete="name"
        width="20"
      />
      <TextInput
        id="contactEmail"
        label="E-mail"
        type="email"
        value={value.contactEmail}
        onChange={(contactEmail) => onChange({ contactEmail })}
        error={errorFor(errors, 'contactEmail')}
        autoComplete="email"
        spellCheck={false}
        width="30"
      />
      <TextInput
        id="contactPhone"
        label="Phone (optional)"
        type="tel"
        value={value.contactPhone}
        onChange={(contactPhone) => onChange({ contactPhone })}
        error={errorFor(errors, 'contactPhone')}
        autoComplete="tel"
        width="20"
      />
    </fieldset>
  );
}

/** Where the API's contact problems ("contact.email") are shown. */
export const CONTACT_FIELD_MAP: Readonly<Record<string, string>> = {
  contact: 'contactName',
  'contact.name': 'contactName',
  'contact.email': 'contactEmail',
  'contact.phone': 'contactPhone',
};

/** How the error summary names the contact's inputs. */
export const CONTACT_LABELS: Readonly<Record<string, string>> = {
  contactName: 'Contact name',
  contactEmail: 'Contact e-mail',
  contactPhone: 'Contact phone',
};

/** The API's contact, or undefined when every field is empty. */
export function contactBody(v: ContactValues): { name: string; email: string; phone?: string } | undefined {
  if (!v.contactName.trim() && !v.contactEmail.trim() && !v.contactPhone.trim()) return undefined;
  const phone = v.contactPhone.trim();
  return { name: v.contactName.trim(), email: v.contactEmail.trim(), ...(phone ? { phone } : {}) };
}
