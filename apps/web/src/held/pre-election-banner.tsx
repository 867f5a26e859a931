import { useId } from 'react';
import type { PreElectionPeriodView } from '../api/types';
import { dayInWords } from '../components/wording';

/** "Oadby", "Oadby and Shepshed", "Oadby, Shepshed and Syston Fosse". */
function listInWords(names: readonly string[]): string {
  return names.length < 2 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
}

/** Why the notices wait: the period, its days in words, and whom it covers. */
export function periodInWords(p: PreElectionPeriodView): string {
  const whom = p.divisions ? listInWords(p.divisions) : 'the whole council';
  return `A pre-election period runs from ${dayInWords(p.from)} to ${dayInWords(p.to)} for ${whom} (${p.election}): these notices wait for democratic services to release or withdraw them.`;
}

/** GOV.UK's important notification banner, one per period. */
export function PreElectionBanner({ period }: { period: PreElectionPeriodView }) {
  const titleId = useId();
  return (
    <div
      className="govuk-notification-banner"
      role="region"
      aria-labelledby={titleId}
      data-testid="pre-election"
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id={titleId}>
          Pre-election period
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">{periodInWords(period)}</p>
      </div>
    </div>
  );
}
