import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { GenerationMeta } from '../api/types';
import { TestSessionProvider } from '../auth/session-context';
import { fakeApi, jsonReply as json } from '../test/fake-api.util';
import { render } from '../test/render.util';
import { BoundariesPage } from './boundaries.page';

const REVIEW: GenerationMeta = {
  id: 'g2',
  label: 'Leicestershire 2025 review',
  effectiveFrom: '2025-05-01',
  status: 'in_effect',
  sourceCrs: 'EPSG:27700',
  divisionCount: 55,
  warnings: [
    {
      code: 'gap',
      divisions: ['Oadby', 'Wigston Bushloe'],
      message: 'Oadby and Wigston Bushloe leave a gap of 12 m² between them',
    },
  ],
  createdBy: 'Dee Services',
  createdAt: '2025-04-01T09:00:00.000Z',
};

describe('the Boundaries page', () => {
  it("lists the check's warnings of a generation in words when it is shown on the map", async () => {
    const fake = fakeApi(({ path }) => {
      if (path === '/boundaries') return json(200, { inEffect: 'g2', generations: [REVIEW] });
      if (path.endsWith('.geojson')) return json(200, { type: 'FeatureCollection', features: [] });
      return json(404, { message: `no route ${path}` });
    });
    render(
      <TestSessionProvider value={{ api: fake.api }}>
        <BoundariesPage />
      </TestSessionProvider>,
    );
    await userEvent.click(
      await screen.findByRole('button', { name: /View on the map.*Leicestershire 2025 review/ }),
    );
    await waitFor(() => expect(screen.getByText('1 warnings from the check')).toBeTruthy());
    expect(screen.getByText('Oadby and Wigston Bushloe leave a gap of 12 m² between them')).toBeTruthy();
  });
});
