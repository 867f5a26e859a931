import { useState, type FormEvent } from 'react';
import type { MemberView, NewApiKey, Role } from '../api/types';
import {
  CONTACT_FIELD_MAP,
  CONTACT_LABELS,
  contactBody,
  ContactFields,
  type ContactValues,
} from '../components/contact-fields';
import { ErrorSummary } from '../components/error-summary';
import { Button, Select, TextInput } from '../components/fields';
import { errorFor, formErrorsFrom, NO_ERRORS, type FormErrors } from '../components/form-errors';

export const MAX_KEY_NAME = 100;

/** What each role lets a key do, in the words democratic services use. */
export const KEY_ROLE_OPTIONS: readonly { value: Role; label: string }[] = [
  { value: 'officer', label: 'Officer: registers events and sees who was told (for other council systems)' },
  {
    value: 'democratic_services',
    label: 'Democratic services: everything, including the roster and API keys',
  },
  { value: 'member', label: "Member: reads one member's own alerts" },
  { value: 'leader', label: "Leader: one member's own alerts, and the escalations across the council" },
  {
    value: 'monitoring_officer',
    label: 'Monitoring Officer: reads the compliance report and the events behind it, and changes nothing',
  },
];

const FIELDS = ['name', 'role', 'member', 'contactName', 'contactEmail', 'contactPhone', 'expiresAt'];
const LABELS = {
  name: 'Name of the key',
  role: 'What the key may do',
  member: 'Member',
  ...CONTACT_LABELS,
  expiresAt: 'Expiry date',
};
const NO_CONTACT: ContactValues = { contactName: '', contactEmail: '', contactPhone: '' };

const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());

/** A new key: its name, what it may do, whose alerts a member key reads, and when it stops working. */
export function ApiKeyForm({
  onCreate,
  members,
}: {
  onCreate: (k: NewApiKey) => Promise<void>;
  /** The roster, for member and leader keys; undefined while it loads. */
  members: readonly MemberView[] | undefined;
}) {
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('officer');
  const [member, setMember] = useState('');
  const [expiresAt, setExpiresAt] = useState('');
  const [contact, setContact] = useState<ContactValues>(NO_CONTACT);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);
  const forMember = role === 'member' || role === 'leader';
  // Keys that register events: an event that names no contact is refused unless the key has one.
  const registers = role === 'officer' || role === 'democratic_services';

  const submit = async (ev: FormEvent) => {
    ev.preventDefault();
    const items: { field: string; message: string }[] = [];
    if (!name.trim())
      items.push({ field: 'name', message: 'Enter a name, such as the system that will use the key' });
    else if (name.trim().length > MAX_KEY_NAME)
      items.push({ field: 'name', message: `The name must be ${MAX_KEY_NAME} characters or fewer` });
    if (forMember && !member)
      items.push({ field: 'member', message: 'Choose the member whose alerts the key reads' });
    if (role === 'officer' && !contact.contactName.trim())
      items.push({ field: 'contactName', message: 'Enter the name of the person members should contact' });
    if (role === 'officer' && !contact.contactEmail.trim())
      items.push({ field: 'contactEmail', message: 'Enter the e-mail address members should write to' });
    if (expiresAt && !/^\d{4}-\d{2}-\d{2}$/.test(expiresAt))
      items.push({ field: 'expiresAt', message: 'Enter the expiry date as a day, month and year' });
    else if (expiresAt && expiresAt < today())
      items.push({ field: 'expiresAt', message: 'The expiry date must be today or later' });
    if (items.length) {
      setErrors({ message: '', items });
      return;
    }
    setBusy(true);
    try {
      await onCreate({
        name: name.trim(),
        role,
        ...(forMember ? { member } : {}),
        ...(expiresAt ? { expiresAt } : {}),
        ...(registers && contactBody(contact) ? { contact: contactBody(contact) } : {}),
      });
      setErrors(NO_ERRORS);
      setName('');
      setMember('');
      setExpiresAt('');
      setContact(NO_CONTACT);
    } catch (e) {
      setErrors(formErrorsFrom(e, FIELDS, CONTACT_FIELD_MAP, 'name'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="new-key-heading">
      <ErrorSummary errors={errors} labels={LABELS} />
      <h2 className="govuk-heading-m" id="new-key-heading">
        Create a key
      </h2>
      <TextInput
        id="name"
        label="Name of the key"
        hint="Who or what will use it, for example: Road works system. It is shown in the audit trail."
        value={name}
        onChange={setName}
        error={errorFor(errors, 'name')}
        width="30"
      />
      <Select
        id="role"
        label="What the key may do"
        hint="Other council systems that register events need an officer key"
        value={role}
        onChange={(v) => setRole(KEY_ROLE_OPTIONS.find((o) => o.value === v)?.value ?? 'officer')}
        options={KEY_ROLE_OPTIONS}
        error={errorFor(errors, 'role')}
      />
      {forMember && (
        <Select
          id="member"
          label="Member"
          hint="The key reads this member's alerts"
          value={member}
          onChange={setMember}
          options={[
            { value: '', label: members ? 'Choose a member' : 'Loading the members…' },
            ...(members ?? []).map((m) => ({
              value: m.id,
              label: m.division ? `${m.name} (${m.division})` : m.name,
            })),
          ]}
          error={errorFor(errors, 'member')}
        />
      )}
      {registers && (
        <ContactFields
          legend="Whom should members contact?"
          hint={
            role === 'officer'
              ? 'Events the system registers with this key go out with this person as the one to ask, unless the event names someone else.'
              : 'Optional: events registered with this key that name nobody go out with this person as the one to ask.'
          }
          value={contact}
          onChange={(v) => setContact((c) => ({ ...c, ...v }))}
          errors={errors}
        />
      )}
      <TextInput
        id="expiresAt"
        label="Expiry date (optional)"
        hint="The key works until the end of this day, UK time. Leave it empty for a key that does not expire."
        type="date"
        width="10"
        value={expiresAt}
        onChange={setExpiresAt}
        error={errorFor(errors, 'expiresAt')}
      />
      <Button type="submit" disabled={busy}>
        Create the key
      </Button>
    </form>
  );
}
