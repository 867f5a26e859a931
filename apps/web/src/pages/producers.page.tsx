import { plural } from '@member-alerts/protocol/wording';
import { Link } from 'react-router';
import type { ProducerMessageList } from '../api/types';
import { useSession } from '../auth/session-context';
import { Pager, usePagedSearch } from '../components/pager';
import { useLoad } from '../components/use-load';
import { usePageTitle } from '../components/use-page-title';
import { ProducerMessageTable } from '../producers/producer-message-table';
import {
  PRODUCER_FILTERS,
  ProducerFilterForm,
  type ProducerFilters,
} from '../producers/producer-filter-form';

const PAGE = 25;

/** Democratic services see what other council systems sent, and what became of each message. */
export function ProducersPage() {
  usePageTitle('Producers');
  const { api } = useSession();
  const { params, setParams, offset, page, key } = usePagedSearch();
  const current: ProducerFilters = {
    source: params.get('source') ?? '',
    outcome: params.get('outcome') ?? '',
    q: params.get('q') ?? '',
  };
  const list = useLoad(
    (signal) =>
      api.json<ProducerMessageList>('/producers/messages', {
        signal,
        query: { ...current, limit: PAGE, offset },
      }),
    [api, key],
  );
  const apply = (form: ProducerFilters) => {
    const next = new URLSearchParams();
    for (const f of PRODUCER_FILTERS) if (form[f].trim()) next.set(f, form[f].trim());
    setParams(next);
  };

  const data = list.data;
  return (
    <>
      <h1 className="govuk-heading-l">Producers</h1>
      <p className="govuk-body">
        Other council systems send their news here: Street Manager sends road works permits, and consultations
        are read from Citizen Space. Each message is listed with what became of it.
      </p>
      <p className="govuk-body">
        <Link className="govuk-link" to="/producers/citizen-space">
          Citizen Space areas, and consultations waiting for an area to be mapped
        </Link>
      </p>
      {/* Keyed by the address, so going back or forward shows the filters of that page. */}
      <ProducerFilterForm key={key} initial={current} onApply={apply} />
      {list.error && <p className="govuk-error-message">{list.error}</p>}
      {data && (
        <>
          <p className="govuk-body" role="status">
            {data.total === 0
              ? 'No messages match.'
              : `Showing ${offset + 1} to ${offset + data.messages.length} of ${plural(data.total, 'message')}`}
          </p>
          {data.messages.length > 0 && <ProducerMessageTable messages={data.messages} />}
          <Pager offset={offset} size={PAGE} total={data.total} onPage={page} />
        </>
      )}
    </>
  );
}
