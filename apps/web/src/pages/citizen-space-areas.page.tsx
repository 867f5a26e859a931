import { plural } from '@member-alerts/protocol/wording';
import { useState } from 'react';
import { Link } from 'react-router';
import type { CitizenSpaceArea, CitizenSpaceAreas } from '../api/types';
import { useSession } from '../auth/session-context';
import { Button } from '../components/fields';
import { formErrorsFrom, type FormErrors, NO_ERRORS } from '../components/form-errors';
import { useLoad } from '../components/use-load';
import { usePageTitle } from '../components/use-page-title';
import { divisionNames } from '../map/geo.util';
import { useDivisions } from '../map/use-divisions';
import { type AreaMapping, AreaMappingForm } from '../producers/area-mapping-form';
import { AreaTable } from '../producers/area-table';
import { HeldConsultations } from '../producers/held-consultations';

const path = (name: string) => `/producers/citizen-space/areas/${encodeURIComponent(name)}`;

/**
 * Citizen Space names areas, not shapes: democratic services say which divisions each area name
 * covers. A consultation naming an area not yet mapped waits here, and is processed once it is.
 */
export function CitizenSpaceAreasPage() {
  usePageTitle('Citizen Space areas');
  const { api } = useSession();
  const { divisions } = useDivisions(api);
  const loaded = useLoad(
    (signal) => api.json<CitizenSpaceAreas>('/producers/citizen-space/areas', { signal }),
    [api],
  );
  const [view, setView] = useState<CitizenSpaceAreas | undefined>();
  const [editing, setEditing] = useState<AreaMapping | undefined>();
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [said, setSaid] = useState('');
  const data = view ?? loaded.data;

  const edit = (m: AreaMapping) => {
    setErrors(NO_ERRORS);
    setSaid('');
    setEditing(m);
  };
  const save = async (m: AreaMapping) => {
    const before = data?.held.length ?? 0;
    try {
      const next = await api.json<CitizenSpaceAreas>(path(m.name.trim()), {
        method: 'PUT',
        body: m.countywide ? { countywide: true } : { divisions: m.divisions },
      });
      const done = Math.max(0, before - next.held.length);
      setView(next);
      setEditing(undefined);
      setSaid(
        `“${m.name.trim()}” is mapped.` +
          (done
            ? ` ${plural(done, 'consultation')} that waited for it ${done > 1 ? 'have' : 'has'} been processed.`
            : ''),
      );
    } catch (e) {
      setErrors(formErrorsFrom(e, ['name', 'divisions']));
    }
  };
  const remove = async (a: CitizenSpaceArea) => {
    try {
      setView(await api.json<CitizenSpaceAreas>(path(a.name), { method: 'DELETE' }));
      setSaid(`“${a.name}” is no longer mapped. Consultations that name it from now on will wait here.`);
    } catch (e) {
      setSaid(e instanceof Error ? e.message : 'The area could not be removed.');
    }
  };

  return (
    <>
      <p className="govuk-body-s">
        <Link className="govuk-link" to="/producers">
          Back to producers
        </Link>
      </p>
      <h1 className="govuk-heading-l">Citizen Space areas</h1>
      <p className="govuk-body">
        Consultations from Citizen Space name areas such as “Oadby and Wigston”. Say which divisions each area
        covers, or that it is the council's whole area, so that the right members hear of them.
      </p>
      {loaded.error && <p className="govuk-error-message">{loaded.error}</p>}
      {said && (
        <div className="govuk-inset-text" role="status">
          {said}
        </div>
      )}
      {editing && (
        <AreaMappingForm
          key={editing.name}
          initial={editing}
          divisionNames={divisionNames(divisions)}
          errors={errors}
          onSave={(m) => void save(m)}
          onCancel={() => setEditing(undefined)}
        />
      )}
      {data && (
        <>
          <h2 className="govuk-heading-m">Consultations waiting for an area to be mapped</h2>
          <HeldConsultations
            held={data.held}
            onMap={(name) => edit({ name, countywide: false, divisions: [] })}
          />
          <h2 className="govuk-heading-m">Areas</h2>
          <AreaTable
            areas={data.areas}
            onChange={(a) => edit({ name: a.name, countywide: a.countywide, divisions: a.divisions })}
            onRemove={(a) => void remove(a)}
          />
          {!editing && (
            <Button secondary onClick={() => edit({ name: '', countywide: false, divisions: [] })}>
              Map another area
            </Button>
          )}
        </>
      )}
    </>
  );
}
