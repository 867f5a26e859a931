import type { DraftSummary } from '../api/types';

const PLACE_KIND: Readonly<Record<DraftSummary['places'][number]['kind'], string>> = {
  postcode: 'postcode',
  division: 'division',
  place: 'place',
  street: 'street',
};

/** "Oadby (division), LE2 5AA (postcode, in Oadby)": the places found, in words. */
export function placesInWords(places: DraftSummary['places']): string {
  if (places.length === 0) return 'No places found';
  return places
    .map((p) => {
      if (p.kind === 'division') return `${p.text} (division)`;
      const where = p.divisions.length ? `in ${p.divisions.join(' and ')}` : 'outside the divisions';
      return `${p.text} (${PLACE_KIND[p.kind]}, ${where})`;
    })
    .join('; ');
}

export const WAITING_WORDS = 'Waiting 3 working days';
