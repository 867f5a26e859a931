import type { ConsolePolicy } from '@member-alerts/protocol/event';
import { useMemo } from 'react';
import type { ApiClient } from '../api/api-client';
import { useOncePerClient } from '../api/use-once-per-client';
import { kindSpecs, type KindSpec } from './event-kinds';

/** The kinds of event the council recognises, as the API serves its rules; fetched once per signed-in client. */
export function useCouncilKinds(api: ApiClient): { kinds: readonly KindSpec[]; error?: string } {
  const { value, error } = useOncePerClient<ConsolePolicy>(
    api,
    '/policy',
    "could not load the council's rules",
  );
  const kinds = useMemo(() => (value ? kindSpecs(value) : []), [value]);
  return error ? { kinds, error } : { kinds };
}
