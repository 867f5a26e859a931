import { plural } from '@member-alerts/protocol/wording';
import type { FeatureCollection } from 'geojson';
import { useState } from 'react';
import type { GenerationMeta, StoredGeneration } from '../api/types';
import { useSession } from '../auth/session-context';
import { BoundaryUploadForm } from '../boundaries/boundary-upload-form';
import { Button } from '../components/fields';
import { useLoad } from '../components/use-load';
import { usePageTitle } from '../components/use-page-title';
import { ConfirmBox } from '../components/confirm-box';
import { SuccessBanner } from '../components/success-banner';
import { dateTime, dayInWords } from '../components/wording';
import { DivisionMap } from '../map/division-map';
import { useDivisions } from '../map/use-divisions';
import { useBasemap } from './register-event.page';

const STATUS = {
  in_effect: { label: 'In effect', tag: 'govuk-tag--green' },
  future: { label: 'Not yet in effect', tag: 'govuk-tag--blue' },
  superseded: { label: 'Superseded', tag: 'govuk-tag--grey' },
} as const;

/** A generation shown on the map: as listed, or as just stored. */
type Viewed = Pick<GenerationMeta, 'id' | 'label' | 'effectiveFrom' | 'status' | 'warnings'>;

export function BoundariesPage() {
  usePageTitle('Boundaries');
  const { api, session } = useSession();
  const canWithdraw = session?.role === 'democratic_services';
  const { divisions } = useDivisions(api);
  const basemap = useBasemap();
  const list = useLoad(
    (signal) =>
      api.json<{ inEffect: string | null; generations: GenerationMeta[] }>('/boundaries', { signal }),
    [api],
  );
  const [viewing, setViewing] = useState<Viewed | null>(null);
  const [overlay, setOverlay] = useState<FeatureCollection | null>(null);
  const [uploaded, setUploaded] = useState<string | null>(null);
  const [withdrawing, setWithdrawing] = useState<GenerationMeta | null>(null);
  const [withdrawError, setWithdrawError] = useState('');
  const [withdrawn, setWithdrawn] = useState('');
  const withdraw = async (g: GenerationMeta) => {
    try {
      await api.json(`/boundaries/${encodeURIComponent(g.id)}`, { method: 'DELETE' });
      setWithdrawing(null);
      setWithdrawError('');
      setWithdrawn(`${g.label} is withdrawn. Nothing will be planned with these boundaries.`);
      if (viewing?.id === g.id) {
        setViewing(null);
        setOverlay(null);
      }
      list.reload();
    } catch (e) {
      setWithdrawError(e instanceof Error ? e.message : 'the boundaries could not be withdrawn; try again');
    }
  };

  const view = async (g: Viewed) => {
    setViewing(g);
    setOverlay(await api.json<FeatureCollection>(`/boundaries/${g.id}/divisions.geojson`));
  };

  return (
    <>
      <h1 className="govuk-heading-l">Boundaries</h1>
      <p className="govuk-body">
        Each boundary review is a new generation, in force from a date. Events keep the boundaries they were
        planned against.
      </p>
      <BoundaryUploadForm
        onUpload={async (u) => {
          const g = await api.json<StoredGeneration>('/boundaries', {
            method: 'POST',
            query: { label: u.label, effectiveFrom: u.effectiveFrom },
            body: u.geojson,
            contentType: 'application/geo+json',
          });
          setUploaded(
            `${g.label} is stored, with ${plural(g.divisionCount, 'division')}, in effect from ${dayInWords(g.effectiveFrom)}. It is shown on the map below.`,
          );
          list.reload();
          await view({ ...g, status: g.inEffect ? 'in_effect' : 'future' });
        }}
      />
      {uploaded && (
        <div className="govuk-notification-banner govuk-notification-banner--success" role="status">
          <div className="govuk-notification-banner__content">
            <p className="govuk-notification-banner__heading">{uploaded}</p>
          </div>
        </div>
      )}
      {withdrawn && <SuccessBanner key={withdrawn} testId="boundaries-withdrawn" heading={withdrawn} />}
      {withdrawing && (
        <ConfirmBox
          key={withdrawing.id}
          heading={`Withdraw ${withdrawing.label}?`}
          testId="confirm-withdraw"
          error={withdrawError}
          confirm="Yes, withdraw these boundaries"
          onConfirm={() => void withdraw(withdrawing)}
          keep="No, keep them"
          onKeep={() => (setWithdrawing(null), setWithdrawError(''))}
        >
          These boundaries were to take effect on {dayInWords(withdrawing.effectiveFrom)}. Withdrawn, they are
          removed and nothing is ever planned with them. This cannot be undone: to use them after all, upload
          the file again.
        </ConfirmBox>
      )}
      {list.data && (
        <div className="app-table-wrap">
          <table className="govuk-table" data-testid="generations">
            <caption className="govuk-table__caption govuk-table__caption--s">
              Boundary generations, newest first
            </caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">
                  Name
                </th>
                <th scope="col" className="govuk-table__header">
                  From
                </th>
                <th scope="col" className="govuk-table__header">
                  Divisions
                </th>
                <th scope="col" className="govuk-table__header">
                  Status
                </th>
                <th scope="col" className="govuk-table__header">
                  <span className="govuk-visually-hidden">Map</span>
                </th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {list.data.generations.map((g) => (
                <tr className="govuk-table__row" key={g.id}>
                  <td className="govuk-table__cell">
                    {g.label}
                    <br />
                    <span className="govuk-body-s">
                      Uploaded {dateTime(g.createdAt)} by {g.createdBy}
                      {g.warnings.length ? ` · ${g.warnings.length} warnings` : ''}
                    </span>
                  </td>
                  <td className="govuk-table__cell">{dayInWords(g.effectiveFrom)}</td>
                  <td className="govuk-table__cell">{g.divisionCount}</td>
                  <td className="govuk-table__cell">
                    <strong className={`govuk-tag ${STATUS[g.status].tag}`}>{STATUS[g.status].label}</strong>
                  </td>
                  <td className="govuk-table__cell">
                    <Button secondary onClick={() => void view(g)}>
                      View on the map<span className="govuk-visually-hidden">: {g.label}</span>
                    </Button>
                    {/* Only boundaries not yet in effect can go: those in use stay for past alerts. */}
                    {g.status === 'future' && canWithdraw && (
                      <Button
                        warning
                        onClick={() => {
                          setWithdrawn('');
                          setWithdrawError('');
                          setWithdrawing(g);
                        }}
                      >
                        Withdraw<span className="govuk-visually-hidden"> {g.label}</span>
                      </Button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {viewing && (
        <section aria-labelledby="viewing-heading">
          <h2 className="govuk-heading-m" id="viewing-heading">
            {viewing.label}
          </h2>
          <p className="govuk-body">
            Green lines: these boundaries ({STATUS[viewing.status].label.toLowerCase()}, from{' '}
            {dayInWords(viewing.effectiveFrom)}). Grey: the boundaries in force today, with their names.
          </p>
          {viewing.warnings.length > 0 && (
            <details className="govuk-details">
              <summary className="govuk-details__summary">
                <span className="govuk-details__summary-text">
                  {viewing.warnings.length} warnings from the check
                </span>
              </summary>
              <ul className="govuk-details__text govuk-list govuk-list--bullet">
                {viewing.warnings.map((w, i) => (
                  <li key={i}>{w.message}</li>
                ))}
              </ul>
            </details>
          )}
        </section>
      )}
      <DivisionMap
        label="Map of the division boundaries"
        divisions={divisions}
        overlay={overlay}
        basemap={basemap}
      />
      <ul className="app-legend" aria-label="Map key">
        <li>
          <span className="app-legend__swatch" /> In force today
        </li>
        <li>
          <span className="app-legend__swatch app-legend__swatch--proposed" /> The generation you are viewing
        </li>
      </ul>
    </>
  );
}
