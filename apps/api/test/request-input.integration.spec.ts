import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KEYS, startTestApi, type TestApi } from './support/test-api';

let t: TestApi;
beforeAll(async () => {
  t = await startTestApi();
});
afterAll(async () => {
  await t?.close();
});

interface Parameter {
  name: string;
  in: string;
  required?: boolean;
}
interface OpenApi {
  paths: Record<string, Record<string, { parameters?: Parameter[] }>>;
}
type ErrorBody = { statusCode: number; message: string; errors?: { field: string; message: string }[] };

const OADBY = { type: 'Point', coordinates: [-1.082219, 52.598967] };
const good = { kind: 'service_change', title: 'Library opening hours', location: OADBY };
const SOME_ID = '00000000-0000-4000-8000-000000000000';
const ALL_KEYS = [KEYS.democraticServices, KEYS.officer, KEYS.leader, KEYS.member];

const named = (body: unknown) => {
  const b = body as ErrorBody;
  return [b.message, ...(b.errors ?? []).map((e) => `${e.field}: ${e.message}`)].join('\n');
};
/** A boundary file of one square division with the given name. */
const uploadOneDivision = (name: string) => {
  const ring = [
    [-1.09, 52.59],
    [-1.07, 52.59],
    [-1.07, 52.61],
    [-1.09, 52.59],
  ];
  const fc = {
    type: 'FeatureCollection',
    features: [{ type: 'Feature', properties: { name }, geometry: { type: 'Polygon', coordinates: [ring] } }],
  };
  return t.request('POST', '/boundaries?label=One%20division&effectiveFrom=2099-01-01', {
    key: KEYS.democraticServices,
    raw: JSON.stringify(fc),
    contentType: 'application/geo+json',
  });
};
const count = async (table: string) =>
  Number((await t.sql<{ n: string }>(`SELECT count(*) AS n FROM ${table}`))[0]?.n);

describe('a query parameter given twice', () => {
  it('answers 400 naming it, on every documented operation that takes query parameters', async () => {
    const doc = (await t.request('GET', '/docs/openapi.json')).body as OpenApi;
    const tried: string[] = [];
    for (const [template, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        const query = (op.parameters ?? []).filter((p) => p.in === 'query');
        if (query.length === 0) continue;
        const path = template.replace(/\{[^}]+\}/g, SOME_ID);
        for (const repeated of query) {
          const qs = [`${repeated.name}=a`, `${repeated.name}=b`].join('&');
          // The first key the route lets in: a wrong role is refused before the query is read.
          let r: Awaited<ReturnType<TestApi['request']>> | undefined;
          for (const key of ALL_KEYS) {
            r = await t.request(method.toUpperCase(), `${path}?${qs}`, { key });
            if (r.status !== 403) break;
          }
          const what = `${method.toUpperCase()} ${path}?${qs}`;
          expect(r?.status, what).toBe(400);
          expect(named(r?.body), what).toContain(`${repeated.name} was given twice; give it once`);
          tried.push(`${method} ${template} ${repeated.name}`);
        }
      }
    }
    // The walk found the routes that read the query.
    expect(tried).toEqual(
      expect.arrayContaining([
        'post /boundaries label',
        'get /events kind',
        'get /members division',
        'get /officers active',
        'get /members/me/alerts limit',
        'get /alerts/{id}/acknowledge token',
      ]),
    );
  });

  it('names the count when a parameter is given three times', async () => {
    const r = await t.request('GET', '/events?limit=1&limit=2&limit=3', { key: KEYS.officer });
    expect(r.status).toBe(400);
    expect(named(r.body)).toContain('limit was given 3 times; give it once');
  });

  it('stores no boundaries when the label is repeated', async () => {
    const before = await count('boundary_generations');
    const r = await t.request('POST', '/boundaries?effectiveFrom=2099-01-01&label=a&label=b', {
      key: KEYS.democraticServices,
      raw: '{"type":"FeatureCollection","features":[]}',
      contentType: 'application/geo+json',
    });
    expect(r.status).toBe(400);
    expect(named(r.body)).toContain('label was given twice');
    expect(await count('boundary_generations')).toBe(before);
  });
});

describe('text that is not valid Unicode', () => {
  it('is refused with 400 naming the field, not 503, and stores nothing', async () => {
    const before = await count('events');
    const r = await t.request('POST', '/events', {
      key: KEYS.officer,
      body: { ...good, title: 'lone \ud800' },
    });
    expect(r.status).toBe(400);
    expect(named(r.body)).toContain('title contains text that is not valid Unicode');
    expect(await count('events')).toBe(before);
  });

  it('names the path of a nested field and of a list entry', async () => {
    const nested = await t.request('POST', '/events/preview', {
      key: KEYS.officer,
      body: { ...good, location: { type: 'Point', coordinates: [-1.08, 52.59], note: { by: 'x\udfff' } } },
    });
    expect(nested.status).toBe(400);
    expect(named(nested.body)).toContain('location.note.by contains text that is not valid Unicode');
    const listed = await t.request('POST', '/events/preview', {
      key: KEYS.officer,
      body: { ...good, topics: ['libraries', 'x\ud83d'] },
    });
    expect(listed.status).toBe(400);
    expect(named(listed.body)).toContain('topics[1] contains text that is not valid Unicode');
  });

  it('refuses a field name that is not valid Unicode', async () => {
    const r = await t.request('POST', '/events/preview', {
      key: KEYS.officer,
      body: { ...good, 'bad\ud800': 1 },
    });
    expect(r.status).toBe(400);
    expect(named(r.body)).toContain('not valid Unicode');
  });

  it('is refused in a roster record, naming the field', async () => {
    const r = await t.request('POST', '/members', {
      key: KEYS.democraticServices,
      body: {
        externalId: 'm-surrogate',
        name: 'Ann \udc00Smith',
        email: 'ann@example.org',
        division: 'Oadby',
      },
    });
    expect(r.status).toBe(400);
    expect(named(r.body)).toContain('name contains text that is not valid Unicode');
  });

  it('is refused in a boundary file, naming the feature property', async () => {
    const before = await count('boundary_generations');
    const r = await uploadOneDivision('Oadby \ud800');
    expect(r.status).toBe(400);
    expect(named(r.body)).toContain('features[0].properties.name contains text that is not valid Unicode');
    expect(await count('boundary_generations')).toBe(before);
  });

  it('is refused in a CSV file, naming the row and column', async () => {
    const csv =
      'id,name,email,division\nm-1,Ann Smith,ann@example.org,Oadby\nm-2,Bob \ud800,bob@example.org,Oadby\n';
    // UTF-16 keeps a lone surrogate that UTF-8 cannot carry.
    const r = await fetch(`${t.baseUrl}/members/import`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${KEYS.democraticServices}`,
        'content-type': 'text/csv; charset=utf-16le',
      },
      body: Buffer.from(csv, 'utf16le'),
    });
    expect(r.status).toBe(400);
    expect(named(await r.json())).toContain('row 3, name contains text that is not valid Unicode');
  });
});

// Right-to-left overrides and zero-width characters would disguise a title in an e-mail subject.
const HIDDEN = '\u202e\u200b\u200c\u200d\u200e\u200f\u2060\u2066\u2069\ufeff';

describe('invisible formatting characters in titles and names', () => {
  it('are stripped from an event title and a division named in it', async () => {
    const r = await t.request('POST', '/events', {
      key: KEYS.officer,
      body: { kind: 'service_change', title: `Library${HIDDEN} hours\u202c`, divisions: [`Oad${HIDDEN}by`] },
    });
    expect(r.status).toBe(201);
    const id = (r.body as { id: string }).id;
    const [row] = await t.sql<{ title: string }>('SELECT title FROM events WHERE id = $1', [id]);
    expect(row?.title).toBe('Library hours');
  });

  it('are stripped from a member and an officer given through the API', async () => {
    // Oadby's two seats are filled: one member leaves so the new one has a seat.
    expect((await t.request('DELETE', '/members/m043', { key: KEYS.democraticServices })).status).toBe(200);
    const m = await t.request('POST', '/members', {
      key: KEYS.democraticServices,
      body: {
        externalId: 'm-hidden',
        name: `Ann${HIDDEN} Smith`,
        email: `ann${HIDDEN}@example.org`,
        division: 'Oadby',
      },
    });
    expect(m.status).toBe(201);
    expect(m.body).toMatchObject({ name: 'Ann Smith', email: 'ann@example.org' });
    const o = await t.request('POST', '/officers', {
      key: KEYS.democraticServices,
      body: {
        externalId: 'o-hidden',
        name: `\u202eRaj Patel`,
        email: 'raj@example.org',
        services: [`Libr${HIDDEN}aries`],
      },
    });
    expect(o.status).toBe(201);
    expect(o.body).toMatchObject({ name: 'Raj Patel', services: ['Libraries'] });
  });

  it('are stripped from names in an imported CSV', async () => {
    const csv = `id,name,email,services\no-1,Helen${HIDDEN} Marsden,helen@example.org,Highw${HIDDEN}ays\n`;
    const r = await t.request('POST', '/officers/import', {
      key: KEYS.democraticServices,
      raw: csv,
      contentType: 'text/csv',
    });
    expect(r.status).toBe(200);
    const { token } = r.body as { token: string };
    const confirmed = await t.request('POST', `/officers/import/${token}/confirm`, {
      key: KEYS.democraticServices,
      body: {},
    });
    expect(confirmed.status).toBe(200);
    const [row] = await t.sql<{ name: string; services: string[] }>(
      "SELECT name, services FROM officers WHERE external_id = 'o-1'",
    );
    expect(row).toEqual({ name: 'Helen Marsden', services: ['Highways'] });
  });

  it('are refused in the division names of a boundary file, naming the feature', async () => {
    const r = await uploadOneDivision('Oadby\u202e');
    expect(r.status).toBe(400);
    expect(named(r.body)).toContain('feature 0');
    expect(named(r.body)).toContain('invisible');
  });
});

describe('values PostgreSQL cannot read, found by an attack run', () => {
  const lists = ['/events', '/events/export.csv', '/members', '/producers/messages'];

  it('refuses a NUL in a text filter with 400 naming it, on every list that takes it', async () => {
    const tried: string[] = [];
    for (const path of lists)
      for (const name of ['division', 'status', 'kind', 'q']) {
        const r = await t.request('GET', `${path}?${name}=a%00b`, { key: KEYS.democraticServices });
        if (r.status === 200) continue; // a filter this list does not read
        tried.push(`${path} ${name}`);
        expect(r.status, `${path}?${name}`).toBe(400);
        expect(named(r.body)).toContain(`${name} contains a NUL character`);
      }
    expect(tried).toContain('/events q');
    expect(tried).toContain('/events/export.csv division');
  });

  it('refuses a NUL in a JSON body, naming the field, and stores nothing', async () => {
    const before = await count('events');
    const r = await t.request('POST', '/events', { key: KEYS.officer, body: { ...good, title: 'a\u0000b' } });
    expect(r.status).toBe(400);
    expect(named(r.body)).toContain('title contains a NUL character');
    expect(await count('events')).toBe(before);
  });

  it.each([
    ['from', '2027-03-05T09:00:00+16:00', 'offset beyond ±15:59'],
    ['to', '2027-03-05T09:00:00-23:59', 'offset beyond ±15:59'],
    ['happensFrom', '0000-01-01', 'year 0001 or later'],
    ['happensTo', '0000-12-31T00:00Z', 'year 0001 or later'],
    ['from', '2027-02-30', 'not a day of the calendar'],
  ])('refuses %s=%s with 400 naming it, not 503', async (name, value, says) => {
    for (const path of ['/events', '/events/export.csv']) {
      const r = await t.request('GET', `${path}?${name}=${encodeURIComponent(value)}`, { key: KEYS.officer });
      expect(r.status, path).toBe(400);
      expect(named(r.body)).toContain(`${name} `);
      expect(named(r.body)).toContain(says);
    }
  });

  it('still reads the dates it always read', async () => {
    for (const v of [
      '2027-03-05',
      '2027-03-05T09:00Z',
      '2027-03-05T09:00:00.000+15:59',
      '2027-03-05T09:00:00-0100',
    ]) {
      const r = await t.request('GET', `/events?from=${encodeURIComponent(v)}`, { key: KEYS.officer });
      expect(r.status, v).toBe(200);
    }
  });
});
