import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { ApiClient } from '../api/api-client';
import type { ProducerMessageView } from '../api/types';
import { TestSessionProvider } from '../auth/session-context';
import { jsonReply as json } from '../test/fake-api.util';
import { render } from '../test/render.util';
import { ProducersPage } from './producers.page';

const KEPT: ProducerMessageView = {
  id: 'p1',
  source: 'street-manager',
  messageId: '7c9d4e1a-3f0b-5c2d-9a8e-1b2c3d4e5f60',
  ref: 'LK011WRK000123',
  outcome: 'received',
  reason: 'Kept. Turning these messages into events is not switched on yet.',
  eventId: null,
  receivedAt: '2026-12-03T09:14:00.000Z',
  processedAt: '2026-12-03T09:14:01.000Z',
};

function setup() {
  const asked: URL[] = [];
  const fetcher: typeof fetch = (input) => {
    const url = new URL(typeof input === 'string' ? input : '', 'http://console.test');
    // The page also asks which systems are connected; only the list's requests are counted.
    if (url.pathname === '/producers/messages') asked.push(url);
    return json(200, { total: 1, limit: 25, offset: 0, messages: [KEPT] });
  };
  render(
    <MemoryRouter initialEntries={['/producers']}>
      <TestSessionProvider
        value={{ api: new ApiClient('dev-democratic-services', () => undefined, fetcher) }}
      >
        <ProducersPage />
      </TestSessionProvider>
    </MemoryRouter>,
  );
  return { asked, user: userEvent.setup() };
}

describe('the Producers page', () => {
  it('lists each message in words: when, from which system, its reference and what happened', async () => {
    setup();
    await waitFor(() => expect(screen.getByTestId('producer-messages')).toBeTruthy());
    const cells = within(screen.getAllByRole('row')[1] as HTMLElement)
      .getAllByRole('cell')
      .map((c) => c.textContent);
    expect(cells).toEqual([
      'Thursday 3 December 2026 at 9:14am',
      'Street ManagerLK011WRK000123',
      'ReceivedKept. Turning these messages into events is not switched on yet.',
    ]);
    expect(screen.getByRole('status').textContent).toBe('Showing 1 to 1 of 1 message');
  });

  it('asks the API for the filters chosen', async () => {
    const { asked, user } = setup();
    await waitFor(() => expect(screen.getByTestId('producer-messages')).toBeTruthy());
    await user.selectOptions(screen.getByLabelText('From'), 'Street Manager');
    await user.selectOptions(screen.getByLabelText('What happened'), 'Could not be read');
    await user.type(screen.getByLabelText('Reference or words'), ' WRK0001 ');
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));
    await waitFor(() => expect(asked).toHaveLength(2));
    const last = asked[1] as URL;
    expect(last.pathname).toBe('/producers/messages');
    expect(Object.fromEntries(last.searchParams)).toMatchObject({
      source: 'street-manager',
      outcome: 'error',
      q: 'WRK0001',
    });
  });
});
