import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ApiKeyView, MemberView } from '../api/types';
import { TestSessionProvider } from '../auth/session-context';
import { fakeApi, jsonReply as json } from '../test/fake-api.util';
import { render } from '../test/render.util';
import { ApiKeysPage } from './api-keys.page';

const ROAD_WORKS: ApiKeyView = {
  id: 'k1',
  name: 'Road works system',
  role: 'officer',
  prefix: 'ma_Q2x9P',
  member: null,
  contact: { name: 'Highways duty officer', email: 'highways@leics.example' },
  createdBy: 'Development democratic services',
  createdAt: '2026-12-03T09:14:00.000Z',
  lastUsedAt: null,
  expiresAt: '2027-03-31T23:00:00.000Z',
  revokedAt: null,
  revokedBy: null,
  status: 'active',
};

const OLIVER: MemberView = {
  id: 'u43',
  externalId: 'm043',
  name: 'Oliver Belgrave',
  email: 'oliver.belgrave@members.leics.example',
  division: 'Oadby',
  roles: [],
  portfolio: null,
  interests: [],
  chairs: [],
  active: true,
  createdAt: '2025-05-01T09:00:00.000Z',
  updatedAt: '2025-05-01T09:00:00.000Z',
  erasedAt: null,
  mobile: null,
  emailFailedAt: null,
  mobileFailedAt: null,
};

const SECRET = 'ma_Q2x9PnewSecretKeyValueThatIsShownOnlyOnce000000000';

/** The three key endpoints and the roster, in memory, as the API answers them. */
function keysApi(keys: ApiKeyView[]) {
  return fakeApi(({ method, path, body }) => {
    if (path === '/members') return json(200, { members: [OLIVER] });
    if (path === '/api-keys' && method === 'GET') return json(200, { keys });
    if (path === '/api-keys' && method === 'POST') {
      const b = body as { name: string; role: ApiKeyView['role']; expiresAt?: string };
      if (b.name === 'Clash')
        return json(400, {
          message: 'the API key was not created: the name is not allowed',
          errors: [{ field: 'name', message: 'contains a control character' }],
        });
      const k: ApiKeyView = {
        ...ROAD_WORKS,
        id: `k${keys.length + 1}`,
        name: b.name,
        role: b.role,
        prefix: SECRET.slice(0, 8),
        expiresAt: null,
        createdAt: '2026-12-03T10:02:00.000Z',
      };
      keys.unshift(k);
      return json(201, { ...k, key: SECRET });
    }
    const revoke = /^\/api-keys\/(.+)$/.exec(path);
    if (revoke && method === 'DELETE') {
      const i = keys.findIndex((k) => k.id === revoke[1]);
      const k = keys[i];
      if (!k) return json(404, { message: 'no such API key' });
      keys[i] = {
        ...k,
        status: 'revoked',
        revokedAt: '2026-12-03T10:05:00.000Z',
        revokedBy: 'Development democratic services',
      };
      return Promise.resolve(new Response(null, { status: 204 }));
    }
    return json(404, { message: `no route ${method} ${path}` });
  });
}

function setup(keys: ApiKeyView[] = [{ ...ROAD_WORKS }]) {
  const fake = keysApi(keys);
  render(
    <TestSessionProvider value={{ api: fake.api }}>
      <ApiKeysPage />
    </TestSessionProvider>,
  );
  return { ...fake, user: userEvent.setup() };
}

const rowOf = (name: string) =>
  screen.getAllByRole('row').find((r) => r.textContent?.includes(name)) as HTMLElement;

describe('the API keys page', () => {
  it('lists the keys in words: who made each, when, last used or never, and when it expires', async () => {
    setup();
    await waitFor(() => expect(screen.getByTestId('api-keys')).toBeTruthy());
    const cells = within(rowOf('Road works system'))
      .getAllByRole('cell')
      .map((c) => c.textContent);
    expect(cells.slice(0, 7)).toEqual([
      'Road works systemBegins ma_Q2x9P',
      'Officer',
      'Development democratic services',
      'Thursday 3 December 2026 at 9:14am',
      'Never',
      'End of 31 March 2027',
      'Active',
    ]);
    // No field names or ISO timestamps anywhere a person reads.
    expect(document.body.textContent).not.toMatch(/\d{4}-\d{2}-\d{2}T|createdAt|democratic_services/);
  });

  it('shows a new key once, with the warning, and sends what the form says', async () => {
    const { user, sent } = setup();
    await waitFor(() => expect(screen.getByTestId('api-keys')).toBeTruthy());
    await user.type(screen.getByLabelText('Name of the key'), 'FOI case management');
    const contact = screen.getByRole('group', { name: 'Whom should members contact?' });
    await user.type(within(contact).getByLabelText('Name'), 'Information governance');
    await user.type(within(contact).getByLabelText('E-mail'), 'foi@leics.example');
    await user.click(screen.getByRole('button', { name: 'Create the key' }));
    const panel = await screen.findByTestId('new-key');
    expect(within(panel).getByLabelText<HTMLInputElement>('The key').value).toBe(SECRET);
    expect(panel.textContent).toContain('It will not be shown again');
    expect(sent.find((s) => s.method === 'POST')?.body).toEqual({
      name: 'FOI case management',
      role: 'officer',
      contact: { name: 'Information governance', email: 'foi@leics.example' },
    });
    await waitFor(() => expect(rowOf('FOI case management')).toBeTruthy());
    expect(screen.getByTestId('api-keys').textContent).not.toContain(SECRET);

    await user.click(screen.getByRole('button', { name: 'I have copied the key' }));
    expect(screen.queryByTestId('new-key')).toBeNull();
    expect(document.body.textContent).not.toContain(SECRET);
  });

  it('asks for a member for a member key, and sends the one chosen', async () => {
    const { user, sent } = setup();
    await user.type(screen.getByLabelText('Name of the key'), 'Oliver Belgrave’s phone');
    await user.selectOptions(screen.getByLabelText('What the key may do'), 'member');
    await user.click(screen.getByRole('button', { name: 'Create the key' }));
    expect(within(screen.getByRole('alert')).getByRole('link').textContent).toBe(
      'Choose the member whose alerts the key reads',
    );
    await waitFor(() => expect(screen.getByRole('option', { name: 'Oliver Belgrave (Oadby)' })).toBeTruthy());
    await user.selectOptions(screen.getByLabelText('Member'), 'u43');
    fireEvent.change(screen.getByLabelText('Expiry date (optional)'), { target: { value: '2099-03-31' } });
    await user.click(screen.getByRole('button', { name: 'Create the key' }));
    await screen.findByTestId('new-key');
    expect(sent.find((s) => s.method === 'POST')?.body).toEqual({
      name: 'Oliver Belgrave’s phone',
      role: 'member',
      member: 'u43',
      expiresAt: '2099-03-31',
    });
  });

  it('names what is wrong at the top and beside the field, and sends nothing for an empty name', async () => {
    const { user, sent } = setup();
    await user.click(screen.getByRole('button', { name: 'Create the key' }));
    expect(
      within(screen.getByRole('alert'))
        .getAllByRole('link')
        .map((a) => a.getAttribute('href')),
    ).toEqual(['#name', '#contactName', '#contactEmail']);
    expect(sent.filter((s) => s.method === 'POST')).toEqual([]);

    await user.type(screen.getByLabelText('Name of the key'), 'Clash');
    await user.selectOptions(screen.getByLabelText('What the key may do'), 'democratic_services');
    await user.click(screen.getByRole('button', { name: 'Create the key' }));
    await waitFor(() =>
      expect(document.getElementById('name-error')?.textContent).toContain('control character'),
    );
    expect(within(screen.getByRole('alert')).getByRole('link').textContent).toBe(
      'Name of the key: contains a control character',
    );
    expect(screen.queryByTestId('new-key')).toBeNull();
  });

  it('revokes a key only after the confirm step', async () => {
    const { user, sent } = setup();
    await waitFor(() => expect(screen.getByTestId('api-keys')).toBeTruthy());
    await user.click(within(rowOf('Road works system')).getByRole('button', { name: /^Revoke/ }));
    const confirm = screen.getByTestId('confirm-revoke');
    expect(confirm.textContent).toContain('Revoke the key for Road works system?');
    await user.click(within(confirm).getByRole('link', { name: 'No, keep it' }));
    expect(sent.filter((s) => s.method === 'DELETE')).toEqual([]);

    await user.click(within(rowOf('Road works system')).getByRole('button', { name: /^Revoke/ }));
    await user.click(screen.getByRole('button', { name: 'Yes, revoke the key' }));
    await waitFor(() =>
      expect(within(rowOf('Road works system')).getByTestId('key-status').textContent).toBe('Revoked'),
    );
    expect(sent.filter((s) => s.method === 'DELETE').map((s) => s.path)).toEqual(['/api-keys/k1']);
    expect(rowOf('Road works system').textContent).toContain(
      'Thursday 3 December 2026 at 10:05am by Development democratic services',
    );
    expect(within(rowOf('Road works system')).queryByRole('button')).toBeNull();
    expect(screen.getByRole('status').textContent).toContain('is revoked');
  });
});
