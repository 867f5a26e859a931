import type { HeldConsultation } from '../api/types';
import { dateInWords } from '../components/wording';

/** Consultations held until each of their Citizen Space areas is mapped to divisions. */
export function HeldConsultations({
  held,
  onMap,
}: {
  held: readonly HeldConsultation[];
  onMap: (area: string) => void;
}) {
  if (held.length === 0)
    return <p className="govuk-body">None: every consultation received names areas that are mapped.</p>;
  return (
    <ul className="govuk-list" data-testid="held-consultations">
      {held.map((h) => (
        <li key={h.id} className="app-card govuk-!-margin-bottom-4">
          <h3 className="govuk-heading-s govuk-!-margin-bottom-1">{h.title}</h3>
          <p className="govuk-body-s govuk-!-margin-bottom-2">Received {dateInWords(h.receivedAt)}</p>
          {h.areas.length === 0 ? (
            <p className="govuk-body-s">{h.reason}</p>
          ) : (
            <div className="app-inline-buttons">
              {h.areas.map((a) => (
                <button
                  key={a}
                  type="button"
                  className="govuk-button govuk-button--secondary govuk-!-margin-bottom-2"
                  onClick={() => onMap(a)}
                >
                  Map “{a}”
                </button>
              ))}
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}
