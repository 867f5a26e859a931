import type { FeatureCollection } from 'geojson';
import { useEffect, useState } from 'react';
import type { ApiClient } from '../api/api-client';

const cache = new WeakMap<ApiClient, Promise<FeatureCollection>>();

/** The divisions in force today, fetched once per signed-in client. */
export function useDivisions(api: ApiClient): { divisions: FeatureCollection | null; error?: string } {
  const [divisions, setDivisions] = useState<FeatureCollection | null>(null);
  const [error, setError] = useState<string | undefined>();
  useEffect(() => {
    let live = true;
    let p = cache.get(api);
    if (!p) {
      p = api.json<FeatureCollection>('/web/divisions.geojson');
      cache.set(api, p);
      p.catch(() => cache.delete(api));
    }
    p.then(
      (fc) => live && setDivisions(fc),
      (e: unknown) => live && setError(e instanceof Error ? e.message : 'could not load the divisions'),
    );
    return () => {
      live = false;
    };
  }, [api]);
  return error ? { divisions, error } : { divisions };
}
