import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { OfficerView } from '../api/types';
import { TestSessionProvider } from '../auth/session-context';
import { fakeApi, jsonReply as json } from '../test/fake-api.util';
import { render } from '../test/render.util';
import { OfficerPage } from './officer.page';

const HELEN: OfficerView = {
  id: 'u1',
  externalId: 'o001',
  name: 'Helen Marsden',
  email: 'helen.marsden@leics.example',
  services: ['Highways', 'Road Works'],
  active: true,
  createdAt: '2025-05-01T09:00:00.000Z',
  updatedAt: '2025-05-01T09:00:00.000Z',
};

function setup(at: string) {
  const fake = fakeApi(({ method, path, body }) => {
    if (path === '/officers/u1' && method === 'GET') return json(200, HELEN);
    if (path === '/officers/u1' && method === 'PATCH') return json(200, { ...HELEN, ...(body as object) });
    if (path === '/officers/u1' && method === 'DELETE') return json(200, { ...HELEN, active: false });
    if (path === '/officers' && method === 'POST')
      return json(400, {
        message: 'the officer was not added',
        errors: [{ field: 'services', message: 'list at least one service' }],
      });
    return json(404, { message: `no route ${method} ${path}` });
  });
  render(
    <TestSessionProvider value={{ api: fake.api }}>
      <MemoryRouter initialEntries={[at]}>
        <Routes>
          <Route path="/officers" element={<p>The officers list</p>} />
          <Route path="/officers/new" element={<OfficerPage />} />
          <Route path="/officers/:id" element={<OfficerPage />} />
        </Routes>
      </MemoryRouter>
    </TestSessionProvider>,
  );
  const writes = () => fake.sent.filter((r) => r.method !== 'GET');
  return { writes, user: userEvent.setup() };
}

describe('one officer in the console', () => {
  it('changes their contact details and services', async () => {
    const { writes, user } = setup('/officers/u1');
    await waitFor(() => expect(screen.getByLabelText('E-mail')).toBeTruthy());
    await user.clear(screen.getByLabelText('E-mail'));
    await user.type(screen.getByLabelText('E-mail'), 'h.marsden@leics.example');
    await user.type(screen.getByLabelText('Services (§30)'), '\nTransport');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(screen.getByText('The officers list')).toBeTruthy());
    expect(writes()).toEqual([
      {
        method: 'PATCH',
        path: '/officers/u1',
        body: {
          name: 'Helen Marsden',
          email: 'h.marsden@leics.example',
          services: ['Highways', 'Road Works', 'Transport'],
        },
      },
    ]);
  });

  it('shows the refusal of a new officer next to the field it names', async () => {
    const { user } = setup('/officers/new');
    await user.type(screen.getByLabelText('Reference in the officers list'), 'o013');
    await user.type(screen.getByLabelText('Name'), 'Nina Newby');
    await user.type(screen.getByLabelText('E-mail'), 'nina@leics.example');
    await user.click(screen.getByRole('button', { name: 'Add the officer' }));
    await waitFor(() =>
      expect(document.getElementById('services-error')?.textContent).toContain('list at least one service'),
    );
  });

  it('removes an officer only after a second click', async () => {
    const { writes, user } = setup('/officers/u1');
    await user.click(await screen.findByRole('button', { name: 'Remove Helen Marsden from the list' }));
    expect(writes()).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Yes, remove Helen Marsden' }));
    await waitFor(() => expect(screen.getByText('The officers list')).toBeTruthy());
    expect(writes()).toEqual([{ method: 'DELETE', path: '/officers/u1', body: undefined }]);
  });
});
