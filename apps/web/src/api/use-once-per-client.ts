import { useEffect, useState } from 'react';
import type { ApiClient } from './api-client';

const caches = new Map<string, WeakMap<ApiClient, Promise<unknown>>>();

/**
 * What a path answers, fetched once per signed-in client however many pages ask; a failed fetch is
 * forgotten, so the next page asks again.
 */
export function useOncePerClient<T>(
  api: ApiClient,
  path: string,
  failed: string,
): { value: T | null; error?: string } {
  const [value, setValue] = useState<T | null>(null);
  const [error, setError] = useState<string | undefined>();
  useEffect(() => {
    let live = true;
    const cache = caches.get(path) ?? new WeakMap<ApiClient, Promise<unknown>>();
    caches.set(path, cache);
    let p = cache.get(api) as Promise<T> | undefined;
    if (!p) {
      p = api.json<T>(path);
      cache.set(api, p);
      p.catch(() => cache.delete(api));
    }
    p.then(
      (v) => live && setValue(v),
      (e: unknown) => live && setError(e instanceof Error ? e.message : failed),
    );
    return () => {
      live = false;
    };
  }, [api, path, failed]);
  return error ? { value, error } : { value };
}
