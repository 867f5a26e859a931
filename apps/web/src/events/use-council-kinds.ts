import type { ConsolePolicy } from '@member-alerts/protocol/event';
import { useEffect, useState } from 'react';
import type { ApiClient } from '../api/api-client';
import { kindSpecs, type KindSpec } from './event-kinds';

const cache = new WeakMap<ApiClient, Promise<ConsolePolicy>>();

/** The kinds of event the council recognises, as the API serves its rules; fetched once per signed-in client. */
export function useCouncilKinds(api: ApiClient): { kinds: readonly KindSpec[]; error?: string } {
  const [kinds, setKinds] = useState<readonly KindSpec[]>([]);
  const [error, setError] = useState<string | undefined>();
  useEffect(() => {
    let live = true;
    let p = cache.get(api);
    if (!p) {
      p = api.json<ConsolePolicy>('/policy');
      cache.set(api, p);
      p.catch(() => cache.delete(api));
    }
    p.then(
      (policy) => live && setKinds(kindSpecs(policy)),
      (e: unknown) => live && setError(e instanceof Error ? e.message : "could not load the council's rules"),
    );
    return () => {
      live = false;
    };
  }, [api]);
  return error ? { kinds, error } : { kinds };
}
