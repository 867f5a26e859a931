import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KEYS, startTestApi, type TestApi } from './support/test-api';

const TOKEN = 'a-metrics-token-for-the-test-scraper-0123456789';

let t: TestApi;
let gated: TestApi;
beforeAll(async () => {
  [t, gated] = await Promise.all([startTestApi(), startTestApi({ METRICS_TOKEN: TOKEN })]);
});
afterAll(async () => {
  await Promise.all([t?.close(), gated?.close()]);
});

// Crosses Quorn & Barrow: its member and the adjoining divisions' are told.
const roadWorks = { kind: 'road_works', title: 'A6 resurfacing', major: true, divisions: ['Quorn & Barrow'] };

/** The value of one sample of the scrape, 0 when it is absent. */
function sample(text: string, series: string): number {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : 0;
}

async function scrape(api: TestApi, headers: Record<string, string> = {}): Promise<string> {
  const r = await api.request('GET', '/metrics', { headers });
  expect(r.status, r.text).toBe(200);
  expect(r.headers.get('content-type')).toMatch(/^text\/plain/);
  return r.text;
}

describe('GET /metrics on the API', () => {
  it('counts an event registered, the request that did it, and the alerts it put in the outbox', async () => {
    const before = await scrape(t);
    expect(before).toContain('member_alerts_api_process_cpu_seconds_total');
    const r = await t.request('POST', '/events', { key: KEYS.officer, body: roadWorks });
    expect(r.status).toBe(201);
    const recipients = (r.body as { plan: { recipients: unknown[] } }).plan.recipients.length;
    expect(recipients).toBeGreaterThan(0);

    const after = await scrape(t);
    const registered = 'member_alerts_events_registered_total{kind="road_works"}';
    expect(sample(after, registered) - sample(before, registered)).toBe(1);
    const posts =
      'member_alerts_http_request_duration_seconds_count{method="POST",route="/events",status="201"}';
    expect(sample(after, posts) - sample(before, posts)).toBe(1);
    // The API has handed every row to Redis; no worker runs here, so they stay queued.
    const queued = 'member_alerts_notifications{state="queued"}';
    expect(sample(after, queued) - sample(before, queued)).toBe(recipients);
    expect(sample(after, 'member_alerts_notifications{state="due"}')).toBe(0);
    expect(sample(after, 'member_alerts_oldest_due_notification_seconds')).toBe(0);
  });

  it('reports a notification left due and unqueued, and how long it has waited', async () => {
    const r = await t.request('POST', '/events', {
      key: KEYS.officer,
      body: { ...roadWorks, title: 'Stranded' },
    });
    const id = (r.body as { id: string }).id;
    // As if Redis had lost the jobs and nothing had queued the rows again for ten minutes.
    await t.sql(
      `UPDATE notifications SET status = 'created', send_at = now() - interval '10 minutes' WHERE event_id = $1`,
      [id],
    );
    const text = await scrape(t);
    expect(sample(text, 'member_alerts_notifications{state="due"}')).toBeGreaterThan(0);
    const age = sample(text, 'member_alerts_oldest_due_notification_seconds');
    expect(age).toBeGreaterThanOrEqual(600);
    expect(age).toBeLessThan(700);
  });

  it('names a route by its pattern, never by the ids in the address', async () => {
    await t.request('GET', '/events/00000000-0000-4000-8000-000000000000', { key: KEYS.officer });
    const text = await scrape(t);
    expect(text).toContain('route="/events/:id",status="404"');
    expect(text).not.toContain('00000000-0000-4000-8000-000000000000');
  });

  it('without METRICS_TOKEN, refuses a request a proxy forwarded from elsewhere', async () => {
    const r = await t.request('GET', '/metrics', { headers: { 'x-forwarded-for': '203.0.113.7' } });
    expect(r.status).toBe(403);
    expect(r.body).toMatchObject({
      message: 'metrics are served only to this machine: set METRICS_TOKEN to read them from elsewhere',
    });
    expect(r.text).not.toContain('member_alerts_');
  });

  it('with METRICS_TOKEN, answers only a caller who sends it, even on this machine', async () => {
    const refused: Record<string, string>[] = [
      {},
      { authorization: 'Bearer not-the-token' },
      { authorization: `Bearer ${KEYS.democraticServices}` },
    ];
    for (const headers of refused) {
      const r = await gated.request('GET', '/metrics', { headers });
      expect(r.status).toBe(401);
      expect(r.body).toMatchObject({
        message: 'send the metrics token: "Authorization: Bearer <METRICS_TOKEN>"',
      });
    }
    const text = await scrape(gated, { authorization: `Bearer ${TOKEN}`, 'x-forwarded-for': '203.0.113.7' });
    expect(text).toContain('member_alerts_notifications{state="queued"}');
  });
});
