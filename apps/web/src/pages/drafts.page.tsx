import { useLocation } from 'react-router';
import { useState } from 'react';
import type { Drafts } from '../api/types';
import { useSession } from '../auth/session-context';
import { Select } from '../components/fields';
import { SuccessBanner } from '../components/success-banner';
import { useLoad } from '../components/use-load';
import { usePageTitle } from '../components/use-page-title';
import { DraftList } from '../drafts/draft-list';
import { DivisionMap } from '../map/division-map';
import { useDivisions } from '../map/use-divisions';
import { useBasemap } from './register-event.page';

const STATUSES = [
  { value: 'open', label: 'Waiting for an officer' },
  { value: 'confirmed', label: 'Confirmed' },
  { value: 'dismissed', label: 'Dismissed' },
];

/** FOI requests and press enquiries that arrived as text, for an officer to confirm or dismiss. */
export function DraftsPage() {
  usePageTitle('Drafts');
  const { api } = useSession();
  const location = useLocation();
  const done = (location.state as { done?: string } | null)?.done;
  const [status, setStatus] = useState('open');
  const { divisions } = useDivisions(api);
  const basemap = useBasemap();
  const list = useLoad(
    (signal) => api.json<Drafts>(`/drafts?status=${encodeURIComponent(status)}`, { signal }),
    [api, status],
    60_000,
  );
  const drafts = list.data?.drafts ?? [];
  const affected = [...new Set(drafts.flatMap((d) => d.divisions))];
  const label = STATUSES.find((s) => s.value === status)?.label.toLowerCase() ?? status;
  return (
    <>
      <h1 className="govuk-heading-l">Drafts</h1>
      {done && <SuccessBanner testId="draft-decided" heading={done} />}
      <p className="govuk-body">
        FOI requests and press enquiries that arrived by e-mail or on WhatDoTheyKnow, with the places found in
        them. Nobody is told until an officer confirms one. A draft nobody has touched for 3 working days is
        marked.
      </p>
      <Select id="draft-status" label="Show" value={status} onChange={setStatus} options={STATUSES} />
      {list.error && <p className="govuk-error-message">{list.error}</p>}
      {list.data && drafts.length === 0 && (
        <p className="govuk-body" data-testid="no-drafts">
          {status === 'open' ? 'No drafts are waiting.' : `No drafts are ${label.toLowerCase()}.`}
        </p>
      )}
      {drafts.length > 0 && (
        <>
          <DivisionMap
            label="Map of the divisions the drafts concern"
            divisions={divisions}
            affected={affected}
            basemap={basemap}
            small
            zoomToHighlight
          />
          <ul className="app-legend" aria-label="Map key">
            <li>
              <span className="app-legend__swatch app-legend__swatch--affected" /> Divisions named in these
              drafts
            </li>
          </ul>
          <DraftList drafts={drafts} status={status === 'open' ? 'waiting' : status} />
        </>
      )}
    </>
  );
}
