import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KEYS, startTestApi, type TestApi } from './support/test-api';

let t: TestApi;
beforeAll(async () => {
  t = await startTestApi();
});
afterAll(async () => {
  await t?.close();
});

const roadWorks = (title: string) => ({
  kind: 'road_works',
  title,
  major: true,
  divisions: ['Quorn & Barrow'],
});

type Member = {
  id: string;
  name: string;
  email: string;
  interests: string[];
  active: boolean;
  erasedAt: string | null;
};
type Told = {
  recipient: { id: string; name: string; email: string };
  status: string;
  sentAt: string | null;
  version: number;
  reasons: { division?: string }[];
};
const ds = KEYS.democraticServices;

describe('erasing a former member', () => {
  it('replaces their name and e-mail everywhere but keeps the record that whoever held the seat was told', async () => {
    const seat = 'Quorn & Barrow';
    const list = await t.request('GET', `/members?division=${encodeURIComponent(seat)}`, { key: ds });
    const before = (list.body as { members: Member[] }).members[0] as Member;
    expect(before.email).toContain('@');
    await t.request('PUT', `/members/${before.id}/interests`, { key: ds, body: { topics: ['libraries'] } });

    const sent = (
      await t.request('POST', '/events', { key: KEYS.officer, body: roadWorks('A6 resurfacing') })
    ).body as { id: string };
    // As the worker would have done: the mail server accepted the alert.
    await t.sql(
      `UPDATE notifications SET status = 'sent', sent_at = '2026-12-01T09:30:00Z', message_id = '<m1@council>' WHERE recipient_id = $1`,
      [before.id],
    );
    const waiting = (
      await t.request('POST', '/events', { key: KEYS.officer, body: roadWorks('Second closure') })
    ).body as { id: string };
    await t.sql(
      `INSERT INTO web_sessions (council_id, token_hash, role, name, email, member_id, expires_at)
       SELECT council_id, 'a-session-hash', 'member', name, email, id, now() + interval '1 day' FROM members WHERE id = $1`,
      [before.id],
    );

    const stillOn = await t.request('POST', `/members/${before.id}/erase`, { key: ds });
    expect(stillOn.status).toBe(409);
    expect((stillOn.body as { message: string }).message).toBe(
      `${before.name} is still on the roster: remove them from the list first, then erase their details`,
    );

    expect((await t.request('DELETE', `/members/${before.id}`, { key: ds })).status).toBe(200);
    const erased = await t.request('POST', `/members/${before.id}/erase`, { key: ds });
    expect(erased.status).toBe(200);
    const after = erased.body as Member;
    expect(after.name).toMatch(/^Former member \(erased \d{1,2} [A-Z][a-z]+ 20\d\d\)$/);
    expect(after).toMatchObject({ email: '', interests: [], active: false });
    expect(after.erasedAt).not.toBeNull();

    // Nothing the API keeps holds their name or e-mail any more, except the audit lines already written.
    for (const [table, column] of [
      ['members', 'm'],
      ['notifications', 'n'],
      ['events', 'e'],
      ['event_versions', 'v'],
      ['web_sessions', 's'],
      ['sign_in_links', 'l'],
    ] as const) {
      const hits = await t.sql(
        `SELECT 1 FROM ${table} ${column} WHERE ${column}::text ILIKE $1 OR ${column}::text ILIKE $2`,
        [`%${before.name}%`, `%${before.email}%`],
      );
      expect(hits, table).toEqual([]);
    }
    expect(await t.sql('SELECT 1 FROM web_sessions WHERE member_id = $1', [before.id])).toEqual([]);

    // Who was told stays: the event's page lists the seat's alert, sent, at the time it was sent.
    const event = await t.request('GET', `/events/${sent.id}`, { key: KEYS.officer });
    const told = (event.body as { notifications: Told[] }).notifications.filter(
      (n) => n.recipient.id === before.id,
    );
    expect(told).toHaveLength(1);
    expect(told[0]).toMatchObject({
      recipient: { name: after.name, email: '' },
      status: 'sent',
      sentAt: '2026-12-01T09:30:00.000Z',
      version: 1,
    });
    expect(JSON.stringify(told[0]?.reasons)).toContain(seat);
    // An alert not yet sent has nobody left to go to.
    const later = await t.request('GET', `/events/${waiting.id}`, { key: KEYS.officer });
    const pending = (later.body as { notifications: Told[] }).notifications.find(
      (n) => n.recipient.id === before.id,
    );
    expect(pending?.status).toBe('cancelled');

    const [line] = await t.sql<{ actor: string; details: object }>(
      `SELECT actor, details FROM audit_log WHERE action = 'member.erased'`,
    );
    expect(JSON.stringify(line)).not.toContain(before.name);
    expect(JSON.stringify(line)).not.toContain(before.email);

    // Erasing again changes nothing, and the record is never filled in again.
    const again = await t.request('POST', `/members/${before.id}/erase`, { key: ds });
    expect(again.body).toMatchObject({ name: after.name, erasedAt: after.erasedAt });
    const edit = await t.request('PATCH', `/members/${before.id}`, { key: ds, body: { active: true } });
    expect(edit.status).toBe(409);
    expect((edit.body as { message: string }).message).toMatch(/details were erased and cannot be changed/);
  });

  it('answers 404 for a member that does not exist, and 403 for an officer', async () => {
    const none = '00000000-0000-4000-8000-000000000000';
    expect((await t.request('POST', `/members/${none}/erase`, { key: ds })).status).toBe(404);
    expect((await t.request('POST', `/members/${none}/erase`, { key: KEYS.officer })).status).toBe(403);
  });
});
