import type { ConsolePolicy } from '@member-alerts/protocol/event';
import { useMemo } from 'react';
import type { ApiClient } from '../api/api-client';
import { useOncePerClient } from '../api/use-once-per-client';
import { councilChoices, kindSpecs, type CouncilChoices, type KindSpec } from './event-kinds';

const NO_CHOICES: CouncilChoices = { bodies: [], roles: [], wholeArea: '' };

/**
 * The kinds of event the council recognises, and the bodies, roles and words its form offers, as the
 * API serves its rules; fetched once per signed-in client.
 */
export function useCouncilKinds(api: ApiClient): {
  kinds: readonly KindSpec[];
  council: CouncilChoices;
  error?: string;
} {
  const { value, error } = useOncePerClient<ConsolePolicy>(
    api,
    '/policy',
    "could not load the council's rules",
  );
  const kinds = useMemo(() => (value ? kindSpecs(value) : []), [value]);
  const council = useMemo(() => (value ? councilChoices(value) : NO_CHOICES), [value]);
  return error ? { kinds, council, error } : { kinds, council };
}
