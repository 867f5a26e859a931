import { cleanup, render } from '@testing-library/react';
import type { FeatureCollection } from 'geojson';
import type { ReactElement } from 'react';
import { afterEach } from 'vitest';

afterEach(cleanup);

export { render };

/** A tiny council of square divisions, enough for the forms' division lists. */
export function divisionsOf(...names: string[]): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: names.map((name, i) => ({
      type: 'Feature',
      properties: { name },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [-1.2 + i * 0.1, 52.6],
            [-1.1 + i * 0.1, 52.6],
            [-1.1 + i * 0.1, 52.7],
            [-1.2 + i * 0.1, 52.7],
            [-1.2 + i * 0.1, 52.6],
          ],
        ],
      },
    })),
  };
}

export function renderForm(ui: ReactElement) {
  return render(ui);
}
