import type { FeatureCollection } from 'geojson';
import type { ApiClient } from '../api/api-client';
import { useOncePerClient } from '../api/use-once-per-client';

/** The divisions in force today, fetched once per signed-in client. */
export function useDivisions(api: ApiClient): { divisions: FeatureCollection | null; error?: string } {
  const { value, error } = useOncePerClient<FeatureCollection>(
    api,
    '/web/divisions.geojson',
    'could not load the divisions',
  );
  return error ? { divisions: value, error } : { divisions: value };
}
