import type { CouncilWords, Policy } from './policy.types';

// For rules written without a file (a test's own table): plain words that name no council.
const PLAIN: CouncilWords = {
  area: 'division',
  areas: 'divisions',
  wholeArea: 'the whole area',
  circulationName: 'Council',
};

/** What the council calls its areas, its whole area and itself, as its policy file says. */
export function councilWords(policy: Pick<Policy, 'words'>): CouncilWords {
  return policy.words ?? PLAIN;
}
