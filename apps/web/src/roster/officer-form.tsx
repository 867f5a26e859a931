import { useState } from 'react';
import type { OfficerView } from '../api/types';
import { ErrorSummary } from '../components/error-summary';
import { Button, TextArea } from '../components/fields';
import { PersonFields, lines, personBody, usePersonForm } from './person-fields';
import { errorFor } from '../components/form-errors';

/** What POST /officers and PATCH /officers/{id} read. */
export interface OfficerBody {
  externalId?: string;
  name: string;
  email: string;
  services: string[];
}

const FIELDS = ['externalId', 'name', 'email', 'services'];

/** One officer: the council's id (only when adding), contact details and the §30 services they answer for. */
export function OfficerForm({
  officer,
  onSave,
}: {
  officer?: OfficerView;
  onSave: (body: OfficerBody) => Promise<void>;
}) {
  const { person, setPerson, errors, busy, submit } = usePersonForm(officer, FIELDS);
  const [services, setServices] = useState((officer?.services ?? []).join('\n'));

  return (
    <form
      onSubmit={(e) =>
        void submit(e, () =>
          onSave({
            ...personBody(!officer, person),
            services: lines(services),
          }),
        )
      }
      noValidate
    >
      <ErrorSummary errors={errors} />
      <PersonFields
        list="officers"
        adding={!officer}
        idExample="o013"
        value={person}
        onChange={setPerson}
        errors={errors}
      />
      <TextArea
        id="services"
        label="Services (§30)"
        hint="One service per line, for example Highways. At least one."
        value={services}
        onChange={setServices}
        error={errorFor(errors, 'services')}
      />
      <Button type="submit" disabled={busy}>
        {officer ? 'Save changes' : 'Add the officer'}
      </Button>
    </form>
  );
}
