import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KEYS, startTestApi, type TestApi } from './support/test-api';

let t: TestApi;

// LE2 5AA, Oadby: the dev-member key is Oliver Belgrave, one of Oadby's two members.
const OADBY = { type: 'Point', coordinates: [-1.082219, 52.598967] };
// County Hall, Glenfield, and a square around Lutterworth's town centre.
const COUNTY_HALL = { type: 'Point', coordinates: [-1.1953, 52.6489] };
const LUTTERWORTH = {
  type: 'Polygon',
  coordinates: [
    [
      [-1.206, 52.452],
      [-1.194, 52.452],
      [-1.194, 52.46],
      [-1.206, 52.46],
      [-1.206, 52.452],
    ],
  ],
};

async function register(body: Record<string, unknown>): Promise<string> {
  const r = await t.request('POST', '/events', { key: KEYS.officer, body });
  expect(r.status).toBe(201);
  return (r.body as { id: string }).id;
}

let told: string;
let notTold: string;

beforeAll(async () => {
  t = await startTestApi();
  told = await register({
    kind: 'facility_event',
    title: 'Oadby library reopens',
    description: 'The library reopens after its new roof.',
    venue: 'Oadby Library, Sandhurst Street',
    location: OADBY,
    startsAt: '2026-12-10T10:00:00Z',
    endsAt: '2026-12-10T12:00:00Z',
    contact: { name: 'Priya Shah', email: 'priya.shah@leics.example', phone: '0116 305 0000' },
    link: 'https://www.leicestershire.gov.uk/libraries',
  });
  notTold = await register({
    kind: 'road_works',
    title: 'Resurfacing in Lutterworth',
    divisions: ['Lutterworth'],
  });
});
afterAll(async () => {
  await t?.close();
});

describe('GET /events/{id} for a member', () => {
  it('shows a member an event they were told of: what, when, where, whom to ask, and their own alert', async () => {
    const r = await t.request('GET', `/events/${told}`, { key: KEYS.member });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({
      id: told,
      title: 'Oadby library reopens',
      details: {
        description: 'The library reopens after its new roof.',
        venue: 'Oadby Library, Sandhurst Street',
        startsAt: '2026-12-10T10:00:00Z',
        contact: { name: 'Priya Shah', email: 'priya.shah@leics.example', phone: '0116 305 0000' },
        link: 'https://www.leicestershire.gov.uk/libraries',
        affectedDivisions: ['Oadby'],
      },
      alerts: [{ version: 1, change: 'new', reasons: [{ relation: 'local', division: 'Oadby' }] }],
    });
    // Who else was told is for officers: no plan, no delivery table, no other person's name.
    const body = r.body as Record<string, unknown>;
    expect(body['plan']).toBeUndefined();
    expect(body['notifications']).toBeUndefined();
    expect(r.text).not.toContain('Wendy Wymeswold');
    expect(r.text).not.toContain('@members.leics.example');
  });

  it('answers 404 for an event the member was not told of, as for one that does not exist', async () => {
    const r = await t.request('GET', `/events/${notTold}`, { key: KEYS.member });
    expect(r.status).toBe(404);
    expect(r.text).not.toContain('Resurfacing');
    const none = await t.request('GET', '/events/00000000-0000-4000-8000-000000000000', { key: KEYS.member });
    expect(none.status).toBe(404);
  });

  it('lets the Leader open an event escalated to someone else, as GET /escalations lists it', async () => {
    const escalated = await register({
      kind: 'service_change',
      title: 'Lutterworth children centre hours',
      divisions: ['Lutterworth'],
      escalate: ['deputy_leader'],
    });
    expect((await t.request('GET', `/events/${escalated}`, { key: KEYS.leader })).status).toBe(200);
    expect((await t.request('GET', `/events/${notTold}`, { key: KEYS.leader })).status).toBe(404);
  });

  it('still shows an officer the whole event, with everyone told', async () => {
    const r = await t.request('GET', `/events/${told}`, { key: KEYS.officer });
    expect(r.status).toBe(200);
    expect(r.text).toContain('Wendy Wymeswold');
  });
});

describe('a public meeting at County Hall about Lutterworth (§29)', () => {
  it("reaches Lutterworth's member, not only the venue's", async () => {
    const r = await t.request('POST', '/events/preview', {
      key: KEYS.officer,
      body: {
        kind: 'public_meeting',
        title: 'Lutterworth town centre plan: public meeting',
        venue: 'County Hall, Glenfield',
        location: COUNTY_HALL,
        affectedArea: LUTTERWORTH,
        startsAt: '2026-12-17T19:00:00Z',
      },
    });
    expect(r.status).toBe(200);
    const plan = r.body as { affectedDivisions: string[]; recipients: { name: string }[] };
    expect(plan.affectedDivisions).toEqual(['Lutterworth']);
    expect(plan.recipients.map((x) => x.name)).toContain('Chloe Radcliffe');
  });
});
