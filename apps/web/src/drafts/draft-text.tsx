import type { ReactNode } from 'react';
import type { DraftDetail } from '../api/types';

/** The draft's text, with each place found highlighted and named for screen readers. */
export function DraftText({
  draft,
}: {
  draft: Pick<DraftDetail, 'description' | 'placesInText' | 'places'>;
}) {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const [i, s] of draft.placesInText.entries()) {
    if (s.start < at) continue;
    parts.push(draft.description.slice(at, s.start));
    const place = draft.places[s.place];
    const where = place?.divisions.length
      ? `, in ${place.divisions.join(' and ')}`
      : ', outside the divisions';
    parts.push(
      <mark key={i} className="app-place-found" data-testid="place-found">
        {draft.description.slice(s.start, s.end)}
        <span className="govuk-visually-hidden"> (place found{where})</span>
      </mark>,
    );
    at = s.end;
  }
  parts.push(draft.description.slice(at));
  return (
    <div className="app-pre app-pre--plain" data-testid="draft-text">
      {parts}
    </div>
  );
}
