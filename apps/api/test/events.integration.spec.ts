import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KEYS, startTestApi, type TestApi } from './support/test-api';

let t: TestApi;
beforeAll(async () => {
  t = await startTestApi();
});
afterAll(async () => {
  await t?.close();
});

const roadWorks = {
  kind: 'road_works',
  title: 'A6 resurfacing, Loughborough to Mountsorrel',
  major: true,
  startsAt: '2027-01-11T08:00:00Z',
  location: {
    type: 'LineString',
    coordinates: [
      [-1.205, 52.77],
      [-1.17, 52.745],
      [-1.14, 52.715],
    ],
  },
};

type Plan = {
  recipients: { id: string; name: string; reasons: { relation: string; paragraph: string }[] }[];
  affectedDivisions: string[];
};

describe('registering an event', () => {
  it('answers 201 with the plan and stores one notification row per person, queued for the worker', async () => {
    const r = await t.request('POST', '/events', { key: KEYS.officer, body: roadWorks });
    expect(r.status).toBe(201);
    const body = r.body as { id: string; version: number; plan: Plan; queued: number };
    expect(body.version).toBe(1);
    expect(body.plan.affectedDivisions).toEqual([
      'Loughborough East',
      'Loughborough South',
      'Quorn & Barrow',
      'Rothley & Mountsorrel',
    ]);
    const rows = await t.sql<{ recipient_name: string; status: string; event_version: number }>(
      'SELECT recipient_name, status, event_version FROM notifications WHERE event_id = $1',
      [body.id],
    );
    expect(rows.map((x) => x.recipient_name).sort()).toEqual(body.plan.recipients.map((x) => x.name).sort());
    expect(rows.every((x) => x.status === 'queued' && x.event_version === 1)).toBe(true);
    expect(body.queued).toBe(rows.length);
    const audit = await t.sql<{ action: string }>(
      'SELECT action FROM audit_log WHERE event_id = $1 ORDER BY id',
      [body.id],
    );
    expect(audit[0]?.action).toBe('event.registered');
    expect(audit.filter((a) => a.action === 'notification.planned')).toHaveLength(rows.length);
  });

  it('previews the same plan and stores nothing', async () => {
    const before = await t.sql<{ n: string }>('SELECT count(*) AS n FROM events');
    const r = await t.request('POST', '/events/preview', { key: KEYS.officer, body: roadWorks });
    expect(r.status).toBe(200);
    expect((r.body as Plan).recipients.length).toBeGreaterThan(4);
    const after = await t.sql<{ n: string }>('SELECT count(*) AS n FROM events');
    expect(after[0]?.n).toBe(before[0]?.n);
  });

  it('lists events and shows one with per-person delivery status and reasons', async () => {
    const created = (
      await t.request('POST', '/events', { key: KEYS.officer, body: { ...roadWorks, title: 'Second' } })
    ).body as { id: string };
    const list = await t.request('GET', '/events?kind=road_works&division=Quorn%20%26%20Barrow', {
      key: KEYS.officer,
    });
    expect(list.status).toBe(200);
    expect((list.body as { events: { id: string }[] }).events.map((e) => e.id)).toContain(created.id);
    const one = await t.request('GET', `/events/${created.id}`, { key: KEYS.officer });
    const ev = one.body as { notifications: { status: string; reasons: { paragraph: string }[] }[] };
    expect(ev.notifications.length).toBeGreaterThan(0);
    expect(ev.notifications.every((n) => n.reasons.some((x) => x.paragraph === '35'))).toBe(true);
  });

  it('gives the circulation text and the audit CSV', async () => {
    const created = (await t.request('POST', '/events', { key: KEYS.officer, body: roadWorks })).body as {
      id: string;
      plan: Plan;
    };
    const circ = await t.request('GET', `/events/${created.id}/circulation`, { key: KEYS.officer });
    expect(circ.status).toBe(200);
    expect(circ.headers.get('content-type')).toMatch(/text\/plain/);
    expect(circ.text).toMatch(/Circulation under the Local Issues Alert Procedure/);
    expect(circ.text).toContain(created.plan.recipients[0]?.name ?? 'missing');
    const csv = await t.request('GET', `/events/${created.id}/audit.csv`, { key: KEYS.democraticServices });
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
    const lines = csv.text.trim().split('\r\n');
    expect(lines[0]).toBe(
      'at,actor,action,event_id,version,notification_id,recipient,email,status_now,details',
    );
    expect(lines[1]).toContain('event.registered');
    expect(lines.length).toBe(2 + created.plan.recipients.length);
  });
});

describe('whom members should contact', () => {
  const newKey = async () => {
    const r = await t.request('POST', '/api-keys', {
      key: KEYS.democraticServices,
      body: { name: 'Roadworks system', role: 'officer' },
    });
    expect(r.status, r.text).toBe(201);
    return (r.body as { key: string }).key;
  };

  it("puts the development key's officer on an event that names nobody", async () => {
    const r = await t.request('POST', '/events', { key: KEYS.officer, body: roadWorks });
    expect(r.status).toBe(201);
    const detail = await t.request('GET', `/events/${(r.body as { id: string }).id}`, { key: KEYS.officer });
    expect((detail.body as { event: { contact?: unknown } }).event.contact).toEqual({
      name: 'Helen Marsden',
      email: 'helen.marsden@leics.example',
    });
  });

  it('refuses, with 400 naming contact, an event from a key with no contact that names nobody', async () => {
    const key = await newKey();
    const r = await t.request('POST', '/events', { key, body: roadWorks });
    expect(r.status).toBe(400);
    expect(r.text).toContain('say who members should contact: contact.name and contact.email');
    const named = await t.request('POST', '/events', {
      key,
      body: { ...roadWorks, contact: { name: 'Raj Patel', email: 'raj.patel@leics.example' } },
    });
    expect(named.status, named.text).toBe(201);
  });

  it('puts the contact a key was issued with on its events, and lists it with the key', async () => {
    const contact = { name: 'Raj Patel', email: 'raj.patel@leics.example', phone: '0116 305 0001' };
    const made = await t.request('POST', '/api-keys', {
      key: KEYS.democraticServices,
      body: { name: 'Libraries system', role: 'officer', contact },
    });
    expect(made.status, made.text).toBe(201);
    expect((made.body as { contact: unknown }).contact).toEqual(contact);
    const r = await t.request('POST', '/events', {
      key: (made.body as { key: string }).key,
      body: roadWorks,
    });
    expect(r.status, r.text).toBe(201);
    const detail = await t.request('GET', `/events/${(r.body as { id: string }).id}`, { key: KEYS.officer });
    expect((detail.body as { event: { contact?: unknown } }).event.contact).toEqual(contact);
    const bad = await t.request('POST', '/api-keys', {
      key: KEYS.democraticServices,
      body: { name: 'Bad contact', role: 'officer', contact: { name: 'Raj' } },
    });
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('contact.email is required');
  });

  it('names the bad part of a contact', async () => {
    const r = await t.request('POST', '/events', {
      key: KEYS.officer,
      body: { ...roadWorks, contact: { name: 'Raj Patel', email: 'not-an-address' } },
    });
    expect(r.status).toBe(400);
    expect(r.text).toContain('contact.email');
  });
});
