import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KEYS, REDIS_URL, expectEventually } from '../../apps/api/test/support/test-api';
import { SmtpSink } from '../../apps/worker/test/support/smtp-sink';
import { type NpmStart, npmStart, removeNpmStart } from './support/npm-start';

// `COUNCIL=nottinghamshire npm start`: a second council from its folder in fixtures/ alone (its
// boundaries, fictional roster and policy file), sending to an SMTP listener of the test's own.
let run: NpmStart;
let prefix: string;
let api: string;
const smtp = new SmtpSink();

beforeAll(async () => {
  await smtp.start();
  prefix = `{start-notts-${randomBytes(5).toString('hex')}}`;
  run = await npmStart(
    { REDIS_URL, QUEUE_PREFIX: prefix, COUNCIL: 'nottinghamshire', SMTP_URL: smtp.url },
    'node',
    300_000,
  );
  api = `http://127.0.0.1:${run.ports.api}`;
}, 320_000);

afterAll(async () => {
  await removeNpmStart(run, prefix);
  await smtp.stop();
});

async function get(path: string, key?: string): Promise<{ status: number; body: unknown; text: string }> {
  const r = await fetch(`${api}${path}`, {
    headers: key ? { authorization: `Bearer ${key}` } : {},
    signal: AbortSignal.timeout(30_000),
  });
  const text = await r.text();
  const json = r.headers.get('content-type')?.includes('json') ? (JSON.parse(text) as unknown) : undefined;
  return { status: r.status, body: json, text };
}

describe('COUNCIL=nottinghamshire npm start', () => {
  it("prints how to sign in as Nottinghamshire's seeded people, and the console answers", async () => {
    expect(run.out()).toMatch(/democratic services\s+dominic\.asher@notts\.example/);
    expect(run.out()).toMatch(/leader\s+imogen\.ranskill@members\.notts\.example/);
    expect(run.out()).toMatch(/member\s+rosa\.flintham@members\.notts\.example/);
    expect(run.out()).toContain('or any councillor or officer in fixtures/nottinghamshire/*.csv');
    expect(run.out()).not.toMatch(/leics|Leicestershire/);
    const console = await get('/app/');
    expect(console.status).toBe(200);
    expect(console.text).toContain('<div id="root">');
    // The sign-in page's development keys, named after Nottinghamshire's roster.
    const keys = (await get('/auth/dev-keys')).body as { keys: { key: string; name: string }[] };
    expect(keys.keys.find((k) => k.key === 'dev-member')?.name).toBe(
      'Development member (m043, Nuthall & Kimberley)',
    );
  });

  it("serves Nottinghamshire's rules at GET /policy, in its words, with its kinds", async () => {
    const r = await get('/policy', KEYS.officer);
    expect(r.status).toBe(200);
    const policy = r.body as { council: { name: string; area: { whole: string } }; kinds: { key: string }[] };
    expect(policy.council).toEqual({
      name: 'Nottinghamshire County Council',
      area: { one: 'electoral division', many: 'electoral divisions', whole: 'the whole of Nottinghamshire' },
    });
    const kinds = policy.kinds.map((k) => k.key);
    expect(kinds).toHaveLength(11);
    expect(kinds).not.toContain('partnership_action');
  });

  it('plans a point in a Nottinghamshire division for its members, and e-mails them at the SMTP listener', async () => {
    // The centre of the postcode NG18 4AA, in Mansfield South, which elects two.
    const r = await fetch(`${api}/events`, {
      method: 'POST',
      signal: AbortSignal.timeout(30_000),
      headers: { authorization: `Bearer ${KEYS.officer}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        kind: 'service_change',
        title: 'Mansfield library: new opening hours',
        location: { type: 'Point', coordinates: [-1.195721, 53.131258] },
      }),
    });
    expect(r.status).toBe(201);
    const { id, plan } = (await r.json()) as {
      id: string;
      plan: { affectedDivisions: string[]; recipients: { name: string; division?: string }[] };
    };
    expect(plan.affectedDivisions).toEqual(['Mansfield South']);
    expect(plan.recipients.map((m) => [m.name, m.division])).toEqual([
      ['Hamish Mattersey', 'Mansfield South'],
      ['Imogen Ranskill', 'Mansfield South'],
    ]);

    const mails = await expectEventually(
      () => Promise.resolve(smtp.received.filter((m) => m.subject.includes('Mansfield library'))),
      (ms) => ms.length >= 2,
      120_000,
    );
    expect(mails.map((m) => m.to.join()).sort()).toEqual([
      'hamish.mattersey@members.notts.example',
      'imogen.ranskill@members.notts.example',
    ]);
    const hamish = mails.find((m) => m.to.includes('hamish.mattersey@members.notts.example'));
    expect(hamish?.text).toContain('Dear Hamish Mattersey,');
    expect(hamish?.text).toContain('Mansfield South');
    // Members are told to contact the officer behind the development officer's key: Nottinghamshire's.
    expect(hamish?.text).toContain('Joanna Pell');

    const circulation = await get(`/events/${id}/circulation`, KEYS.officer);
    expect(circulation.text).toContain('Hamish Mattersey CC and Imogen Ranskill CC (Mansfield South)');
  });
});

describe('the example COUNCIL=nottinghamshire npm start prints', () => {
  it('registers road works in Mansfield, as printed', async () => {
    const body = /-d '(\{.*\})'/.exec(run.out())?.[1] ?? '';
    expect(body).toContain('A60 resurfacing, Mansfield');
    const r = await fetch(`${api}/events`, {
      method: 'POST',
      signal: AbortSignal.timeout(30_000),
      headers: { authorization: `Bearer ${KEYS.officer}`, 'content-type': 'application/json' },
      body,
    });
    expect(r.status).toBe(201);
    const { plan } = (await r.json()) as { plan: { affectedDivisions: string[] } };
    expect(plan.affectedDivisions).toEqual(['Mansfield North', 'Mansfield South']);
  });
});

describe('npm start for a council with no folder in fixtures/', () => {
  it('stops at once, naming the councils there are', () => {
    const r = spawnSync(process.execPath, [join(__dirname, 'start.mjs')], {
      env: { ...process.env, COUNCIL: 'rutland' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe(
      'Member Alerts cannot start: COUNCIL is "rutland", but there is no fixtures/rutland/policy.yaml ' +
        'with its rules: the councils in fixtures/ are leicestershire, nottinghamshire.\n',
    );
  });
});
