import { useState } from 'react';
import type { MemberView } from '../api/types';
import { ErrorSummary } from '../components/error-summary';
import { Button, Checkbox, Select, TextArea, TextInput } from '../components/fields';
import { PersonFields, lines, personBody, usePersonForm } from './person-fields';
import { errorFor } from '../components/form-errors';
import { dayInWords } from '../components/wording';
import { useCouncilWords } from '../components/council-words';

/** What POST /members and PATCH /members/{id} read. */
export interface MemberBody {
  externalId?: string;
  name: string;
  email: string;
  division: string;
  roles: string[];
  portfolio: string | null;
  interests: string[];
  /** The bodies they chair, as the council's rules name them. */
  chairs: string[];
  /** A UK mobile number, or null for none. */
  mobile: string | null;
  /** Adding only: the seat's first day, when it began before today. */
  seatedFrom?: string;
}

const FIELDS = [
  'externalId',
  'name',
  'email',
  'mobile',
  'division',
  'seatedFrom',
  'roles',
  'portfolio',
  'chairs',
  'interests',
];
// How the error summary names each field, as its label does.
const LABELS = {
  externalId: 'Reference in the members list',
  name: 'Name',
  email: 'E-mail',
  mobile: 'Mobile number',
  division: 'Division',
  seatedFrom: 'Seated from',
  roles: 'Roles',
  portfolio: 'Portfolio',
  chairs: 'Chairs',
  interests: 'Interests',
};

/** A list of ticked keys with one ticked or unticked. */
const ticked = (keys: readonly string[], key: string, on: boolean): string[] =>
  on ? [...keys.filter((k) => k !== key), key] : keys.filter((k) => k !== key);

/**
 * One member: the council's id and the seat's first day (only when adding), name, e-mail, the
 * division they sit for, roles, portfolio and §34 interests. A new division closes the old seat
 * today and opens a new one.
 */
export function MemberForm({
  member,
  divisions,
  onSave,
}: {
  member?: MemberView;
  divisions: readonly string[];
  onSave: (body: MemberBody) => Promise<void>;
}) {
  const words = useCouncilWords();
  const { person, setPerson, errors, busy, submit } = usePersonForm(member, FIELDS);
  const [division, setDivision] = useState(member?.division ?? '');
  const [seatedFrom, setSeatedFrom] = useState('');
  const [roles, setRoles] = useState<string[]>(member?.roles ?? []);
  const [portfolio, setPortfolio] = useState(member?.portfolio ?? '');
  const [interests, setInterests] = useState((member?.interests ?? []).join('\n'));
  const [mobile, setMobile] = useState(member?.mobile ?? '');
  const [chairs, setChairs] = useState<string[]>(member?.chairs ?? []);

  const toggle = (role: string, on: boolean) => setRoles((rs) => ticked(rs, role, on));
  const toggleChair = (body: string, on: boolean) => setChairs((bs) => ticked(bs, body, on));
  const options = [
    { value: '', label: 'Choose a division' },
    ...(division && !divisions.includes(division) ? [division] : []).concat(divisions).map((d) => ({
      value: d,
      label: d,
    })),
  ];

  return (
    <form
      onSubmit={(e) =>
        void submit(e, () =>
          onSave({
            ...personBody(!member, person),
            division,
            roles,
            portfolio: portfolio.trim() || null,
            interests: lines(interests),
            chairs,
            mobile: mobile.trim() || null,
            ...(!member && seatedFrom ? { seatedFrom } : {}),
          }),
        )
      }
      noValidate
    >
      <ErrorSummary errors={errors} labels={LABELS} />
      <PersonFields
        list="members"
        adding={!member}
        idExample="m056"
        value={person}
        onChange={setPerson}
        errors={errors}
      />
      <TextInput
        id="mobile"
        label="Mobile number (optional)"
        hint="For alerts the council also sends by text, such as major incidents. A UK mobile number, for example 07700 900123."
        type="tel"
        width="20"
        value={mobile}
        onChange={setMobile}
        error={errorFor(errors, 'mobile')}
      />
      <Select
        id="division"
        label="Division"
        hint={
          member
            ? 'A new division ends the current seat today and starts the new one today'
            : 'The division they sit for'
        }
        value={division}
        onChange={setDivision}
        options={options}
        error={errorFor(errors, 'division')}
      />
      {!member && (
        <TextInput
          id="seatedFrom"
          label="Seated from (optional)"
          hint="The first day of their seat. Leave it empty if it begins today; if it began earlier, for example after an election, enter that day."
          type="date"
          width="10"
          value={seatedFrom}
          onChange={setSeatedFrom}
          error={errorFor(errors, 'seatedFrom')}
        />
      )}
      {/* Browsers show the day and month in their own order: the date in words too. */}
      {!member && seatedFrom && (
        <p className="govuk-body" data-testid="seated-from-words">
          Seated from {dayInWords(seatedFrom)}
        </p>
      )}
      <fieldset className="govuk-fieldset">
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Roles</legend>
        {words.roles.map((role) => (
          <Checkbox
            key={role}
            id={`role-${role}`}
            label={words.roleTitle(role)}
            checked={roles.includes(role)}
            onChange={(on) => toggle(role, on)}
          />
        ))}
        {errorFor(errors, 'roles') && <p className="govuk-error-message">{errorFor(errors, 'roles')}</p>}
      </fieldset>
      <TextInput
        id="portfolio"
        label="Portfolio"
        hint={words.portfolioRoles.length ? `Required for ${words.portfolioRoles.join(' or ')}` : undefined}
        value={portfolio}
        onChange={setPortfolio}
        error={errorFor(errors, 'portfolio')}
      />
      {words.bodies.length > 0 && (
        <fieldset className="govuk-fieldset">
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Chairs</legend>
          <div className="govuk-hint" id="chairs-hint">
            The bodies this member chairs, for rules that tell the chair of the body a report goes to.
          </div>
          {words.bodies.map((body) => (
            <Checkbox
              key={body}
              id={`chair-${body}`}
              label={`Chair of ${words.bodyLabel(body)}`}
              checked={chairs.includes(body)}
              onChange={(on) => toggleChair(body, on)}
            />
          ))}
          {errorFor(errors, 'chairs') && <p className="govuk-error-message">{errorFor(errors, 'chairs')}</p>}
        </fieldset>
      )}
      <TextArea
        id="interests"
        label="Interests (§34)"
        hint="One topic per line, for example libraries. Leave empty for none."
        value={interests}
        onChange={setInterests}
        error={errorFor(errors, 'interests')}
      />
      <Button type="submit" disabled={busy}>
        {member ? 'Save changes' : 'Add the member'}
      </Button>
    </form>
  );
}
