import { londonAt, plural } from '@member-alerts/protocol/wording';
import { Link } from 'react-router';
import type { ProducerConnections, ProducerMessageList, ProducerSource } from '../api/types';
import { useSession } from '../auth/session-context';
import { Pager, usePagedSearch } from '../components/pager';
import { useLoad } from '../components/use-load';
import { usePageTitle } from '../components/use-page-title';
import { ProducerMessageTable } from '../producers/producer-message-table';
import { SOURCE_NAMES } from '../producers/producer-wording';
import {
  PRODUCER_FILTERS,
  ProducerFilterForm,
  type ProducerFilters,
} from '../producers/producer-filter-form';

const PAGE = 25;
const SOURCES = Object.keys(SOURCE_NAMES) as ProducerSource[];

/** A source's connection, when the API reports one for it. */
function connectionOf(connections: ProducerConnections | undefined, s: ProducerSource) {
  return (
    connections as Partial<Record<ProducerSource, ProducerConnections[keyof ProducerConnections]>> | undefined
  )?.[s];
}

/** Why the list is empty: a producer that is not connected has sent nothing, and cannot. */
function emptyWords(source: string, connections: ProducerConnections | undefined): string {
  const off = (s: ProducerSource) => connectionOf(connections, s)?.connected === false;
  const chosen = SOURCES.find((s) => s === source);
  if (chosen && off(chosen)) return `No messages: ${SOURCE_NAMES[chosen]} is not connected.`;
  if (!chosen && connections && SOURCES.every(off)) return 'No messages: no system is connected yet.';
  return 'No messages match.';
}

type Connection = ProducerConnections[keyof ProducerConnections];
type Reading = ProducerConnections['mailbox']['readings'][number];

/** The worker's latest read of one mailbox or feed, in words. */
function ReadingWords({ source, r }: { source: ProducerSource; r: Reading }) {
  const what = source === 'mailbox' ? `The “${r.name}” mailbox` : 'The feed';
  const when = londonAt(r.at) ?? 'lately';
  return (
    <li>
      {r.problem === null
        ? `${what} was last read on ${when}.`
        : `${what} could not be read on ${when}: ${r.problem}.`}
    </li>
  );
}

function Readings({ source, c }: { source: ProducerSource; c: Connection }) {
  if (!('readings' in c) || c.readings.length === 0) return null;
  return (
    <ul className="govuk-list govuk-list--bullet">
      {c.readings.map((r) => (
        <ReadingWords key={r.name} source={source} r={r} />
      ))}
    </ul>
  );
}

/** Each producer, connected or not, and what connects one that is not. */
function Connections({ connections }: { connections: ProducerConnections }) {
  return (
    <ul className="govuk-list" data-testid="producer-connections">
      {SOURCES.map((s) => {
        const c = connectionOf(connections, s);
        if (!c) return null;
        return (
          <li key={s}>
            {c.connected ? (
              <>
                <strong className="govuk-tag govuk-tag--green">Connected</strong> {SOURCE_NAMES[s]}
              </>
            ) : (
              <>
                <strong className="govuk-tag govuk-tag--grey">Not connected</strong> {SOURCE_NAMES[s]}:{' '}
                {'readings' in c && c.readings.length > 0 ? '' : 'nothing comes from it yet. '}
                {c.howToConnect}
              </>
            )}
            <Readings source={s} c={c} />
          </li>
        );
      })}
    </ul>
  );
}

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
  const connections = useLoad(
    (signal) => api.json<ProducerConnections>('/producers/connections', { signal }),
    [api],
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
      {connections.data && <Connections connections={connections.data} />}
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
              ? emptyWords(current.source, connections.data)
              : `Showing ${offset + 1} to ${offset + data.messages.length} of ${plural(data.total, 'message')}`}
          </p>
          {data.messages.length > 0 && <ProducerMessageTable messages={data.messages} />}
          <Pager offset={offset} size={PAGE} total={data.total} onPage={page} />
        </>
      )}
    </>
  );
}
