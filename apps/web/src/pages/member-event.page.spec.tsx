import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiClient } from '../api/api-client';
import type { AlertView, EscalationView, MemberEventView, ReaderDetails } from '../api/types';
import { TestSessionProvider } from '../auth/session-context';
import { render } from '../test/render.util';
import { registeredNotice } from './event.page';
import { EscalationsPage } from './escalations.page';
import { MemberEventPage } from './member-event.page';
import { MyAlertsPage } from './my-alerts.page';

const DETAILS: ReaderDetails = {
  description: 'The library reopens after its new roof.',
  venue: 'Oadby Library, Sandhurst Street',
  startsAt: '2026-12-10T10:00:00Z',
  endsAt: '2026-12-10T12:00:00Z',
  contact: { name: 'Priya Shah', email: 'priya.shah@leics.example', phone: '0116 305 0000' },
  link: 'https://www.leicestershire.gov.uk/libraries',
  countywide: false,
  affectedDivisions: ['Oadby'],
  adjoiningDivisions: [],
};

const SENT: AlertView = {
  id: 'a1',
  event: {
    id: 'e1',
    kind: 'facility_event',
    title: 'Oadby library reopens',
    status: 'active',
    currentVersion: 1,
    details: DETAILS,
  },
  version: 1,
  change: 'new',
  action: 'invite',
  reasons: [{ relation: 'local', paragraph: '28', division: 'Oadby' }],
  sendAt: '2026-12-02T09:00:00.000Z',
  status: 'sent',
  sentAt: '2026-12-02T09:00:05.000Z',
  acknowledgedAt: null,
};

// A §31 notice timed for the day before the consultation opens: not sent yet.
const SCHEDULED: AlertView = {
  ...SENT,
  id: 'a2',
  event: { ...SENT.event, id: 'e2', kind: 'consultation', title: 'Bus routes consultation' },
  action: 'notify',
  sendAt: '2026-12-03T09:00:00.000Z',
  status: 'queued',
  sentAt: null,
};

function fakeApi() {
  const sent: { method: string; path: string }[] = [];
  let acknowledgedAt: string | null = null;
  const json = (status: number, body: unknown) =>
    Promise.resolve(
      new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }),
    );
  const fetcher: typeof fetch = (input, init) => {
    const path = (typeof input === 'string' ? input : '').replace(/\?.*$/, '');
    const method = init?.method ?? 'GET';
    sent.push({ method, path });
    if (path === '/members/me/alerts') return json(200, { total: 2, alerts: [SCHEDULED, SENT] });
    if (path === '/escalations') {
      const x: EscalationView = { ...SENT, recipient: { kind: 'member', id: 'u1', name: 'Nick Rushton' } };
      return json(200, { total: 1, escalations: [x] });
    }
    if (path === '/events/e1') {
      const view: MemberEventView = {
        id: 'e1',
        kind: 'facility_event',
        title: 'Oadby library reopens',
        status: 'active',
        version: 1,
        createdAt: '2026-12-02T08:59:00.000Z',
        updatedAt: '2026-12-02T08:59:00.000Z',
        details: DETAILS,
        alerts: [{ ...SENT, acknowledgedAt }],
      };
      return json(200, view);
    }
    if (path === '/alerts/a1/acknowledge' && method === 'POST') {
      acknowledgedAt = '2026-12-02T10:15:00.000Z';
      return json(200, { id: 'a1', status: 'acknowledged', acknowledgedAt, alreadyAcknowledged: false });
    }
    if (path === '/web/divisions.geojson') return json(200, { type: 'FeatureCollection', features: [] });
    return json(404, { message: `no route ${method} ${path}` });
  };
  return { sent, api: new ApiClient('dev-member', () => undefined, fetcher) };
}

function setup(path: string) {
  const fake = fakeApi();
  render(
    <TestSessionProvider value={{ api: fake.api }}>
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          <Route path="/alerts" element={<MyAlertsPage />} />
          <Route path="/escalations" element={<EscalationsPage />} />
          <Route path="/events/:id" element={<MemberEventPage />} />
        </Routes>
      </MemoryRouter>
    </TestSessionProvider>,
  );
  return { ...fake, user: userEvent.setup() };
}

const cardOf = (title: string) =>
  screen.getAllByTestId('alert').find((c) => c.textContent?.includes(title)) as HTMLElement;

beforeEach(() => {
  // Only the clock is fixed (the morning before the timed notice goes); timers run as usual.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-12-02T10:00:00Z'));
});
afterEach(() => {
  vi.useRealTimers();
});

describe('My alerts', () => {
  it('shows what, when in words, where and whom to ask, with the title linking to the event page', async () => {
    setup('/alerts');
    await waitFor(() => expect(screen.getAllByTestId('alert')).toHaveLength(2));
    const card = within(cardOf('Oadby library reopens'));
    expect(card.getByText('The library reopens after its new roof.')).toBeTruthy();
    expect(card.getByText('Thursday 10 December 2026, 10am to midday')).toBeTruthy();
    expect(card.getByText('Oadby Library, Sandhurst Street')).toBeTruthy();
    expect(card.getByRole('link', { name: 'priya.shah@leics.example' }).getAttribute('href')).toBe(
      'mailto:priya.shah@leics.example',
    );
    expect(card.getByRole('link', { name: '0116 305 0000' }).getAttribute('href')).toBe('tel:01163050000');
    expect(card.getByRole('link', { name: 'Oadby library reopens' }).getAttribute('href')).toBe('/events/e1');
    expect(card.getByRole('button', { name: 'Acknowledge Oadby library reopens' })).toBeTruthy();
    expect(card.getByRole('button', { name: 'Show on a map Oadby library reopens' })).toBeTruthy();
    // No ISO timestamps where a person reads.
    expect(document.body.textContent).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
  });

  it('says when an alert not sent yet will go, and offers no Acknowledge button for it', async () => {
    setup('/alerts');
    await waitFor(() => expect(screen.getAllByTestId('alert')).toHaveLength(2));
    const card = within(cardOf('Bus routes consultation'));
    expect(card.getByTestId('alert-state').textContent).toBe('Scheduled for Thursday 3 December at 9am');
    expect(card.queryByRole('button', { name: /Acknowledge/ })).toBeNull();
  });
});

describe('the event page, for a member', () => {
  it('shows the event read-only and acknowledges the alert', async () => {
    const { user, sent } = setup('/events/e1');
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Oadby library reopens' })).toBeTruthy());
    expect(screen.getByText('Thursday 10 December 2026, 10am to midday')).toBeTruthy();
    expect(screen.getByText('Priya Shah', { exact: false })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Edit|Cancel/ })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Acknowledge Oadby library reopens' }));
    await waitFor(() => expect(screen.getByTestId('alert-state').textContent).toContain('Acknowledged'));
    expect(screen.getByTestId('alert-state').textContent).toBe(
      'Acknowledged Wednesday 2 December 2026 at 10:15am',
    );
    expect(sent).toContainEqual({ method: 'POST', path: '/alerts/a1/acknowledge' });
  });
});

describe('plurals', () => {
  it('counts one escalation as "1 escalation"', async () => {
    setup('/escalations');
    await waitFor(() => expect(screen.getByTestId('escalation-count').textContent).toBe('1 escalation'));
    expect(within(cardOf('Oadby library reopens')).getByText(/Nick Rushton/)).toBeTruthy();
  });
});

describe('the success banner after registering', () => {
  it('says when a timed notice will go, and "on its way" only for one that goes now', () => {
    const now = Date.parse('2026-12-02T10:00:00Z');
    expect(registeredNotice('2026-12-03T09:00:00Z', now)).toBe(
      'The event is registered. The alerts will go on Thursday 3 December at 9am.',
    );
    expect(registeredNotice('2026-12-02T10:00:01Z', now)).toBe(
      'The event is registered and the alerts are on their way.',
    );
  });
});
