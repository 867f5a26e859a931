import type { OpenAPIObject, ParameterObject, ResponseObject, SchemaObject } from '@nestjs/swagger';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFixture } from '../../../tools/testing/fixtures';
import { signInLinkToken } from '@member-alerts/auth';
import { ackLink } from '../src/auth/ack-token.util';
import { buildOpenApi } from '../src/bootstrap';
import { OpenApiContract } from './support/openapi-contract';
import { permitMessage, type SnsPublisher, startSnsPublisher, TOPIC_ARN } from './support/sns-publisher';
import {
  ACCOUNTS,
  CookieJar,
  type SignInTestApi,
  signInThrough,
  startSignInApi,
} from './support/oidc-provider';
import { expectEventually, KEYS, type TestApi } from './support/test-api';
import { insertDraft, OADBY_ENQUIRY } from './support/drafts';

let s: SignInTestApi;
let t: TestApi;
let sns: SnsPublisher;
const NOTIFY_TOKEN = 'the-council-callback-token-for-notify-0123456789';
beforeAll(async () => {
  sns = await startSnsPublisher();
  s = await startSignInApi({
    STREET_MANAGER_TOPIC_ARNS: TOPIC_ARN,
    STREET_MANAGER_TRUSTED_CERT_URL_PREFIX: sns.prefix,
    NOTIFY_CALLBACK_TOKEN: NOTIFY_TOKEN,
  });
  t = s.t;
});
afterAll(async () => {
  await s?.close();
  await sns?.close();
});

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

async function servedDocument(): Promise<OpenAPIObject> {
  const r = await t.request('GET', '/docs/openapi.json');
  expect(r.status).toBe(200);
  return r.body as OpenAPIObject;
}

/** Every operation of the document, as [ "GET /events", operation ]. */
function operations(doc: OpenAPIObject) {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    METHODS.flatMap((m) => {
      const op = item[m];
      return op ? [[`${m.toUpperCase()} ${path}`, op] as const] : [];
    }),
  );
}

describe('the OpenAPI document', () => {
  it('builds, without a key, and lists the main paths with their methods', async () => {
    const r = await t.request('GET', '/docs/openapi.json');
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toMatch(/application\/json/);
    const doc = r.body as OpenAPIObject;
    expect(doc.openapi).toMatch(/^3\./);
    expect(doc.info.title).toBe('Member Alerts');
    const methods = (path: string) => Object.keys(doc.paths[path] ?? {}).sort();
    expect(methods('/events')).toEqual(['get', 'post']);
    expect(methods('/events/preview')).toEqual(['post']);
    expect(methods('/events/{id}')).toEqual(['get', 'patch']);
    expect(methods('/events/{id}/cancel')).toEqual(['post']);
    expect(methods('/members/me/alerts')).toEqual(['get']);
    expect(methods('/alerts/{id}/acknowledge')).toEqual(['get', 'post']);
    expect(methods('/escalations')).toEqual(['get']);
    expect(methods('/health')).toEqual(['get']);
    // Every operation says what it does.
    for (const [id, op] of operations(doc)) expect(op.summary, id).toBeTruthy();
  });

  it('is the document the contract checks answers against', async () => {
    expect(await servedDocument()).toEqual(buildOpenApi(t.api.app));
  });

  it('gives every operation a success answer with a body schema, and every refusal it can give', async () => {
    const doc = await servedDocument();
    const missing: string[] = [];
    for (const [id, op] of operations(doc)) {
      const responses = op.responses as Record<string, ResponseObject>;
      const statuses = Object.keys(responses);
      // Single sign-on's steps succeed by sending the browser on (302).
      if (!statuses.some((x) => /^(2\d\d|302)$/.test(x))) missing.push(`${id}: no success status`);
      const success = statuses.filter((x) => /^2\d\d$/.test(x));
      // 204 No Content is the one success without a body.
      for (const s of success.filter((x) => x !== '204')) {
        const content = Object.values(responses[s]?.content ?? {});
        if (content.length === 0 || content.some((c) => !c.schema))
          missing.push(`${id} ${s}: no body schema`);
      }
      // Every route is behind the per-key rate limiter.
      if (!statuses.includes('429')) missing.push(`${id}: no 429`);
      if (op.security?.length) {
        for (const s of ['401', '403', '503']) if (!statuses.includes(s)) missing.push(`${id}: no ${s}`);
      }
      if (op.requestBody) {
        for (const s of ['400', '413']) if (!statuses.includes(s)) missing.push(`${id}: no ${s}`);
      }
      if (id.includes('{') && !statuses.includes('404')) missing.push(`${id}: no 404`);
      // Refusals all have the one error body.
      for (const s of statuses.filter((x) => /^4|^5/.test(x))) {
        // Pages for a person at a browser, not JSON for a program.
        const pages = ['GET /health', 'GET /alerts/{id}/acknowledge', 'GET /auth/callback'];
        if ([...pages, 'POST /auth/email-link/sign-in'].includes(id)) continue;
        const schema = responses[s]?.content?.['application/json']?.schema;
        if (!schema || !('$ref' in schema) || schema.$ref !== '#/components/schemas/Error')
          missing.push(`${id} ${s}: not the Error schema`);
      }
    }
    expect(missing).toEqual([]);
    expect(doc.components?.schemas?.['Error']).toMatchObject({
      type: 'object',
      required: ['statusCode', 'error', 'message'],
    });
  });

  it('documents the status POST /alerts/{id}/acknowledge answers with: 200, as JSON or as a page', async () => {
    const doc = await servedDocument();
    const responses = doc.paths['/alerts/{id}/acknowledge']?.post?.responses as Record<
      string,
      ResponseObject
    >;
    expect(Object.keys(responses)).toContain('200');
    expect(Object.keys(responses)).not.toContain('201');
    expect(Object.keys(responses['200']?.content ?? {}).sort()).toEqual(['application/json', 'text/html']);
  });

  it('gives every query parameter a typed schema, with required matching the code', async () => {
    const doc = await servedDocument();
    const untyped: string[] = [];
    for (const [id, op] of operations(doc)) {
      for (const p of (op.parameters ?? []) as ParameterObject[]) {
        const type = (p.schema as SchemaObject | undefined)?.type;
        if (!type) untyped.push(`${id} ${p.in} ${p.name}`);
      }
    }
    expect(untyped).toEqual([]);
    const param = (path: string, method: 'get' | 'post', name: string) =>
      (doc.paths[path]?.[method]?.parameters as ParameterObject[]).find((p) => p.name === name);
    expect(param('/events', 'get', 'from')).toMatchObject({
      required: false,
      schema: { type: 'string', format: 'date-time' },
    });
    expect(param('/events', 'get', 'limit')).toMatchObject({
      required: false,
      schema: { type: 'integer', minimum: 0 },
    });
    expect(param('/events', 'get', 'status')).toMatchObject({
      schema: { type: 'string', enum: ['active', 'cancelled'] },
    });
    expect(param('/members/me/alerts', 'get', 'limit')).toMatchObject({
      schema: { type: 'integer', minimum: 0, default: 50 },
    });
    expect(param('/boundaries', 'post', 'label')).toMatchObject({
      required: true,
      schema: { type: 'string' },
    });
    expect(param('/boundaries', 'post', 'effectiveFrom')).toMatchObject({
      required: true,
      schema: { type: 'string', format: 'date' },
    });
    expect(param('/alerts/{id}/acknowledge', 'get', 'expires')).toMatchObject({
      required: true,
      schema: { type: 'integer' },
    });
  });

  it('serves the documentation page at /docs', async () => {
    const r = await t.request('GET', '/docs');
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toMatch(/text\/html/);
    expect(r.text).toMatch(/swagger-ui/i);
  });
});

describe('refusals of text operations', () => {
  it('are labelled as the JSON they are, not as the CSV or text the operation gives', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    for (const path of [
      `/events/${missing}/audit.csv`,
      `/events/${missing}/circulation`,
      '/events/export.csv?happensTo=later',
    ]) {
      const r = await t.request('GET', path, { key: KEYS.democraticServices });
      const status = path.includes('?') ? 400 : 404;
      expect(r.status, path).toBe(status);
      expect(r.headers.get('content-type'), path).toMatch(/^application\/json/);
      expect(r.body, path).toMatchObject({ statusCode: status });
    }
  });
});

describe('the contract check', () => {
  it('names the operation, the status and the schema path when an answer differs', () => {
    const doc = buildOpenApi(t.api.app);
    const contract = new OpenApiContract(doc);
    const answer = (status: number, body: unknown) => ({
      status,
      contentType: 'application/json; charset=utf-8',
      body,
      text: JSON.stringify(body),
    });
    expect(() => contract.check('GET', '/health/live', answer(201, { status: 'ok' }))).toThrow(
      /GET \/health\/live answered 201, which the OpenAPI document does not list \(it lists 200/,
    );
    expect(() => contract.check('GET', '/health/live?x=1', answer(200, { status: 1 }))).toThrow(
      /GET \/health\/live 200 application\/json: the body does not match the documented schema #\/paths\/~1health~1live\/get\/responses\/200\/content\/application~1json\/schema\n {2}body\.status should be string \(schema #\/properties\/status\/type\)/,
    );
    expect(() =>
      contract.check('GET', '/events/x', { status: 404, contentType: 'text/html', body: '', text: '<p>' }),
    ).toThrow(/GET \/events\/\{id\} 404: answered as text\/html, the document lists application\/json/);
    // Outside the document: not an operation, not checked here.
    expect(() => contract.check('GET', '/app/', answer(200, {}))).not.toThrow();
  });
});

describe('every operation, called once for its success answer', () => {
  // Each call goes through t.request, which checks the answer against the document.
  it('answers each documented operation with its documented success status and body', async () => {
    const officer = { key: KEYS.officer };
    const ds = { key: KEYS.democraticServices };
    const called = new Map<string, number>();
    const call = async (
      id: string,
      path: string,
      expected: number,
      opts: Parameters<TestApi['request']>[2] = {},
    ) => {
      const [method] = id.split(' ');
      const r = await t.request(method ?? 'GET', path, opts);
      expect(r.status, `${id}: ${r.text.slice(0, 300)}`).toBe(expected);
      called.set(id, expected);
      return r;
    };
    const event = {
      kind: 'service_change',
      title: 'Oadby library opening hours',
      divisions: ['Oadby'],
    };

    await call('GET /health', '/health', 200);
    await call('GET /health/live', '/health/live', 200);
    await call('GET /metrics', '/metrics', 200);
    await call('GET /web/config', '/web/config', 200);
    await call('GET /policy', '/policy', 200, { key: KEYS.member });
    await call('GET /policy/rules', '/policy/rules', 200, { key: KEYS.member });
    await call('GET /policy/revisions', '/policy/revisions', 200, { key: KEYS.member });
    await call('GET /policy/revisions/{number}', '/policy/revisions/1', 200, { key: KEYS.member });
    const rules = {
      ...ds,
      raw: readFixture('leicestershire', 'policy.yaml'),
      contentType: 'application/yaml',
    };
    await call('POST /policy/check', '/policy/check', 200, rules);
    await call('POST /policy/preview', '/policy/preview', 200, rules);
    await call('GET /auth/dev-keys', '/auth/dev-keys', 200);
    await call('GET /auth/session', '/auth/session', 200, { key: KEYS.member });
    await call('GET /auth/login', '/auth/login', 302, { manual: true });
    const jar = new CookieJar();
    const back = await signInThrough(jar, `${s.publicUrl}/auth/login`, ACCOUNTS.officer.login, (u) =>
      u.startsWith(`${s.publicUrl}/auth/callback`),
    );
    const callback = new URL(back.location ?? '');
    await call('GET /auth/callback', `${callback.pathname}${callback.search}`, 302, {
      manual: true,
      headers: { cookie: jar.header(s.publicUrl) },
    });
    await call('POST /auth/logout', '/auth/logout', 200);
    await call('POST /auth/email-link', '/auth/email-link', 200, {
      body: { email: 'oliver.belgrave@members.leics.example' },
    });
    const [signInRow] = await expectEventually(
      () => t.sql<{ id: string }>('SELECT id FROM sign_in_links'),
      (r) => r.length === 1,
    );
    const signIn = `/auth/email-link/sign-in?token=${signInLinkToken(t.config.ackSecret, signInRow?.id ?? '')}`;
    await call('GET /auth/email-link/sign-in', signIn, 200);
    await call('POST /auth/email-link/sign-in', signIn, 302, { manual: true });
    await call('GET /postcodes/{code}', '/postcodes/LE2%205AA', 200, officer);
    await call('GET /places', '/places?q=Oadby', 200, officer);
    await call('GET /places', '/places?q=le2%205aa', 200, officer);
    await call('GET /web/divisions.geojson', '/web/divisions.geojson', 200, officer);

    await call('POST /events/preview', '/events/preview', 200, { ...officer, body: event });
    const created = await call('POST /events', '/events', 201, { ...officer, body: event });
    const eventId = (created.body as { id: string }).id;
    await call('GET /events', '/events?status=active&limit=5&offset=0', 200, officer);
    await call('GET /events', '/events?q=library&happensFrom=2020-01-01&happensTo=2099-12-31', 200, officer);
    await call('GET /events/export.csv', '/events/export.csv?q=library', 200, officer);
    await call('GET /events/{id}', `/events/${eventId}`, 200, officer);
    await call('PATCH /events/{id}', `/events/${eventId}`, 200, {
      ...officer,
      body: { title: 'Oadby library opening hours, from May', changeNote: 'new dates' },
    });
    await call('GET /events/{id}/circulation', `/events/${eventId}/circulation`, 200, officer);
    await call('GET /events/{id}/audit.csv', `/events/${eventId}/audit.csv`, 200, ds);
    await call('GET /web/week-events', '/web/week-events', 200, officer);

    const [row] = await t.sql<{ id: string }>(
      "SELECT n.id FROM notifications n JOIN members m ON m.id = n.recipient_id WHERE n.event_id = $1 AND m.external_id = 'm043' ORDER BY n.event_version DESC LIMIT 1",
      [eventId],
    );
    const alertId = row?.id ?? '';
    // The worker is not running in these tests: mark the alert delivered as it would.
    await t.sql("UPDATE notifications SET status = 'sent', sent_at = now() WHERE id = $1", [alertId]);
    const link = new URL(ackLink(t.config.publicUrl, t.config.ackSecret, alertId, 30));
    await call('GET /alerts/{id}/acknowledge', `${link.pathname}${link.search}`, 200);
    await call('GET /members/me/alerts', '/members/me/alerts?limit=10', 200, { key: KEYS.member });
    await call('GET /members/me/record', '/members/me/record', 200, { key: KEYS.member });
    await call('POST /alerts/{id}/acknowledge', `/alerts/${alertId}/acknowledge`, 200, { key: KEYS.member });
    await call('GET /escalations', '/escalations', 200, { key: KEYS.leader });
    const mo = { key: KEYS.monitoringOfficer };
    const day = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);
    const period = `from=${day(30)}&to=${day(0)}`;
    await call('GET /reports/compliance', `/reports/compliance?${period}&kind=service_change`, 200, mo);
    await call('GET /reports/compliance.csv', `/reports/compliance.csv?${period}&division=Oadby`, 200, mo);
    await call(
      'GET /reports/compliance/events',
      `/reports/compliance/events?${period}&figure=acknowledgedIn7Days`,
      200,
      ds,
    );
    // No pre-election period is set here: hold the event's waiting row as one would.
    const hold = () =>
      t.sql<{ id: string }>(
        `UPDATE notifications SET status = 'held', held_for = $2::jsonb
          WHERE id = (SELECT id FROM notifications WHERE event_id = $1 AND status IN ('created', 'queued', 'held') LIMIT 1)
          RETURNING id`,
        [
          eventId,
          JSON.stringify({
            election: 'Oadby by-election',
            from: '2020-01-01',
            to: '2099-12-31',
            divisions: ['Oadby'],
          }),
        ],
      );
    const [heldRow] = await hold();
    await call('GET /held-notices', '/held-notices', 200, ds);
    await call('POST /held-notices/{id}/release', `/held-notices/${heldRow?.id ?? ''}/release`, 200, ds);
    await t.sql(`UPDATE notifications SET status = 'held' WHERE id = $1`, [heldRow?.id]);
    await call('POST /held-notices/{id}/withdraw', `/held-notices/${heldRow?.id ?? ''}/withdraw`, 200, {
      ...ds,
      body: { reason: 'The candidate asked not to be invited' },
    });
    await call('POST /events/{id}/cancel', `/events/${eventId}/cancel`, 200, {
      ...officer,
      body: { reason: 'moved to another week' },
    });

    await call('GET /members/me/preferences', '/members/me/preferences', 200, { key: KEYS.member });
    await call('PUT /members/me/preferences', '/members/me/preferences', 200, {
      key: KEYS.member,
      body: { quietHoursStart: '22:00', quietHoursEnd: '07:00', digest: false },
    });

    await call('GET /members', '/members?active=true&division=Oadby', 200, officer);
    await call('GET /members/{id}', '/members/m043', 200, officer);
    await call('GET /members/export.csv', '/members/export.csv', 200, officer);
    const member = {
      externalId: 'm900',
      name: 'Alex Example',
      email: 'alex.example@members.leics.example',
      division: 'Oadby',
    };
    // Oadby's two seats are filled: one member leaves so the new one has a seat.
    expect((await t.request('DELETE', '/members/m043', ds)).status).toBe(200);
    await call('POST /members', '/members', 201, { ...ds, body: member });
    await call('PATCH /members/{id}', '/members/m900', 200, { ...ds, body: { name: 'Alex Example-Jones' } });
    await call('GET /members/{id}/interests', '/members/m900/interests', 200, officer);
    await call('PUT /members/{id}/interests', '/members/m900/interests', 200, {
      ...ds,
      body: { topics: ['libraries'] },
    });
    await call('DELETE /members/{id}', '/members/m900', 200, ds);
    await call('POST /members/{id}/erase', '/members/m900/erase', 200, ds);
    const csv = { ...ds, contentType: 'text/csv' };
    const membersPreview = await call('POST /members/import', '/members/import', 200, {
      ...csv,
      raw: readFixture('leicestershire', 'members.csv'),
    });
    await call(
      'POST /members/import/{token}/confirm',
      `/members/import/${(membersPreview.body as { token: string }).token}/confirm`,
      200,
      { ...ds, body: {} },
    );

    await call('GET /officers', '/officers?active=true', 200, officer);
    await call('GET /officers/{id}', '/officers/o001', 200, officer);
    await call('GET /officers/export.csv', '/officers/export.csv', 200, officer);
    const person = {
      externalId: 'o900',
      name: 'Sam Example',
      email: 'sam@leics.example',
      services: ['Libraries'],
    };
    await call('POST /officers', '/officers', 201, { ...ds, body: person });
    await call('PATCH /officers/{id}', '/officers/o900', 200, { ...ds, body: { name: 'Sam Example-Smith' } });
    await call('DELETE /officers/{id}', '/officers/o900', 200, ds);
    const officersPreview = await call('POST /officers/import', '/officers/import', 200, {
      ...csv,
      raw: readFixture('leicestershire', 'officers.csv'),
    });
    await call(
      'POST /officers/import/{token}/confirm',
      `/officers/import/${(officersPreview.body as { token: string }).token}/confirm`,
      200,
      { ...ds, body: {} },
    );

    const issued = await call('POST /api-keys', '/api-keys', 201, {
      ...ds,
      body: { name: 'Road works system', role: 'officer' },
    });
    await call('GET /api-keys', '/api-keys', 200, ds);
    await call('DELETE /api-keys/{id}', `/api-keys/${(issued.body as { id: string }).id}`, 204, ds);

    await call('POST /producers/street-manager', '/producers/street-manager', 200, {
      raw: JSON.stringify(sns.notification(permitMessage(), { version: '2' })),
      contentType: 'text/plain; charset=UTF-8',
      headers: { 'x-amz-sns-message-type': 'Notification' },
    });
    await call('POST /notify/receipts', '/notify/receipts', 200, {
      headers: { authorization: `Bearer ${NOTIFY_TOKEN}` },
      body: {
        id: '740e5834-3a29-46b4-9a6f-16142fde533a',
        reference: null,
        to: '07700900123',
        status: 'delivered',
        created_at: '2026-12-07T19:01:00.000000Z',
        completed_at: '2026-12-07T19:02:00.000000Z',
        sent_at: '2026-12-07T19:01:02.000000Z',
        notification_type: 'sms',
      },
    });
    await call('GET /producers/connections', '/producers/connections', 200, ds);
    await call('GET /producers/messages', '/producers/messages?source=street-manager&limit=5', 200, ds);
    await call('PUT /producers/citizen-space/areas/{name}', '/producers/citizen-space/areas/Blaby', 200, {
      ...ds,
      body: { divisions: ['Oadby'] },
    });
    await call('GET /producers/citizen-space/areas', '/producers/citizen-space/areas', 200, ds);
    await call(
      'DELETE /producers/citizen-space/areas/{name}',
      '/producers/citizen-space/areas/Blaby',
      200,
      ds,
    );

    const listed = await call('GET /boundaries', '/boundaries', 200, officer);
    const generation = (listed.body as { inEffect: string }).inEffect;
    await call('GET /boundaries/{id}', `/boundaries/${generation}`, 200, officer);
    await call(
      'GET /boundaries/{id}/divisions.geojson',
      `/boundaries/${generation}/divisions.geojson`,
      200,
      officer,
    );
    const later = await call(
      'POST /boundaries',
      '/boundaries?label=A%20later%20review&effectiveFrom=2099-05-01',
      201,
      { ...ds, raw: readFixture('leicestershire', 'divisions.geojson'), contentType: 'application/geo+json' },
    );
    await call('DELETE /boundaries/{id}', `/boundaries/${(later.body as { id: string }).id}`, 200, ds);

    await call('POST /policy/revisions', '/policy/revisions?inForceFrom=2099-04-01', 201, rules);

    const draft = await insertDraft(t, { ...OADBY_ENQUIRY, key: '<openapi@daily-prophet.example>' });
    const other = await insertDraft(t, { ...OADBY_ENQUIRY, key: '<openapi-2@daily-prophet.example>' });
    await call('GET /drafts', '/drafts?status=open', 200, officer);
    await call('GET /drafts/{id}', `/drafts/${draft}`, 200, officer);
    await call('POST /drafts/{id}/confirm', `/drafts/${draft}/confirm`, 200, {
      ...officer,
      body: { ...event, contact: { name: 'Helen Marsden', email: 'helen.marsden@leics.example' } },
    });
    await call('POST /drafts/{id}/dismiss', `/drafts/${other}/dismiss`, 200, {
      ...officer,
      body: { reason: 'Answered by the press office' },
    });

    // A new operation must get a case here, so its answers are checked too.
    expect([...called.keys()].sort()).toEqual(t.contract().operationIds().sort());
    for (const [id, status] of called) expect(t.contract().seen, id).toContain(`${id} ${status}`);
  }, 120_000);
});
