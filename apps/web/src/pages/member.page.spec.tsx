import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { MemberDetail } from '../api/types';
import { TestSessionProvider } from '../auth/session-context';
import { SERVED } from '../test/council-kinds.util';
import { fakeApi, jsonReply as json } from '../test/fake-api.util';
import { divisionsOf, render } from '../test/render.util';
import { MemberPage } from './member.page';

const OLIVER: MemberDetail = {
  id: 'u43',
  externalId: 'm043',
  name: 'Oliver Belgrave',
  email: 'oliver.belgrave@members.leics.example',
  division: 'Oadby',
  roles: [],
  portfolio: null,
  interests: ['libraries'],
  chairs: [],
  active: true,
  erasedAt: null,
  mobile: null,
  emailFailedAt: null,
  mobileFailedAt: null,
  createdAt: '2025-05-01T09:00:00.000Z',
  updatedAt: '2025-05-01T09:00:00.000Z',
  seats: [
    { division: 'Oadby', termStart: '2025-05-01', termEnd: null },
    { division: 'Wigston Poplars', termStart: '2021-05-06', termEnd: '2025-04-30' },
  ],
};

/** The member endpoints and the divisions, as the API answers them. */
const memberApi = () =>
  fakeApi(({ method, path, body }) => {
    if (path === '/web/divisions.geojson') return json(200, divisionsOf('Oadby', 'Wigston Poplars'));
    if (path === '/policy') return json(200, SERVED);
    if (path === '/members/u43' && method === 'GET') return json(200, OLIVER);
    if (path === '/members/u43' && method === 'PATCH') {
      if ((body as { email?: string }).email === 'taken@members.leics.example')
        return json(409, {
          message: 'the member was not changed',
          errors: [
            { field: 'email', message: '"taken@members.leics.example" is already used by Ann (m001)' },
          ],
        });
      return json(200, { ...OLIVER, ...(body as object) });
    }
    if (path === '/members/u43' && method === 'DELETE') return json(200, { ...OLIVER, active: false });
    if (path === '/members' && method === 'POST') return json(201, { ...OLIVER, ...(body as object) });
    return json(404, { message: `no route ${method} ${path}` });
  });

function setup(at: string) {
  const fake = memberApi();
  render(
    <TestSessionProvider value={{ api: fake.api }}>
      <MemoryRouter initialEntries={[at]}>
        <Routes>
          <Route path="/roster" element={<p>The members list</p>} />
          <Route path="/roster/new" element={<MemberPage />} />
          <Route path="/roster/:id" element={<MemberPage />} />
        </Routes>
      </MemoryRouter>
    </TestSessionProvider>,
  );
  // The changes it sent; the page's reads are not of interest here.
  const writes = () => fake.sent.filter((r) => r.method !== 'GET');
  return { writes, user: userEvent.setup() };
}

describe('one member in the console', () => {
  it('shows their seats with start dates, and saves a new division, role, portfolio and interests', async () => {
    const { writes, user } = setup('/roster/u43');
    await waitFor(() => expect(screen.getByTestId('seats')).toBeTruthy());
    const rows = within(screen.getByTestId('seats'))
      .getAllByRole('row')
      .slice(1)
      .map((r) => r.textContent);
    expect(rows).toEqual(['Oadby1 May 2025Still held', 'Wigston Poplars6 May 202130 April 2025']);
    await waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(3));

    await user.selectOptions(screen.getByLabelText('Division'), 'Wigston Poplars');
    await user.click(screen.getByLabelText('Cabinet Lead Member'));
    await user.type(screen.getByLabelText('Portfolio'), 'Highways and Transport');
    await user.type(screen.getByLabelText('Interests (§34)'), '\nflooding');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(screen.getByText('The members list')).toBeTruthy());
    expect(writes()).toEqual([
      {
        method: 'PATCH',
        path: '/members/u43',
        body: {
          name: 'Oliver Belgrave',
          email: 'oliver.belgrave@members.leics.example',
          division: 'Wigston Poplars',
          roles: ['cabinet_lead_member'],
          portfolio: 'Highways and Transport',
          interests: ['libraries', 'flooding'],
          chairs: [],
          mobile: null,
        },
      },
    ]);
  });

  it('shows a refusal next to the field it names, and stays on the page', async () => {
    const { user } = setup('/roster/u43');
    await waitFor(() => expect(screen.getByLabelText('E-mail')).toBeTruthy());
    await user.clear(screen.getByLabelText('E-mail'));
    await user.type(screen.getByLabelText('E-mail'), 'taken@members.leics.example');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() =>
      expect(document.getElementById('email-error')?.textContent).toContain('is already used by Ann (m001)'),
    );
    expect(screen.queryByText('The members list')).toBeNull();
  });

  it('adds a member with the council’s reference, seated from today', async () => {
    const { writes, user } = setup('/roster/new');
    await waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(3));
    await user.type(screen.getByLabelText('Reference in the members list'), 'm056');
    await user.type(screen.getByLabelText('Name'), 'Nadia Newcombe');
    await user.type(screen.getByLabelText('E-mail'), 'nadia.newcombe@members.leics.example');
    await user.selectOptions(screen.getByLabelText('Division'), 'Oadby');
    await user.click(screen.getByRole('button', { name: 'Add the member' }));
    await waitFor(() => expect(screen.getByText('The members list')).toBeTruthy());
    expect(writes()).toEqual([
      {
        method: 'POST',
        path: '/members',
        body: {
          externalId: 'm056',
          name: 'Nadia Newcombe',
          email: 'nadia.newcombe@members.leics.example',
          division: 'Oadby',
          roles: [],
          portfolio: null,
          interests: [],
          chairs: [],
          mobile: null,
        },
      },
    ]);
  });

  it('removes a member from the roster only after a second click', async () => {
    const { writes, user } = setup('/roster/u43');
    await user.click(await screen.findByRole('button', { name: 'Remove Oliver Belgrave from the list' }));
    expect(writes()).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Yes, remove Oliver Belgrave' }));
    await waitFor(() => expect(screen.getByText('The members list')).toBeTruthy());
    expect(writes()).toEqual([{ method: 'DELETE', path: '/members/u43', body: undefined }]);
  });
});
