import fc from 'fast-check';
import type { OpenAPIObject, SchemaObject } from '@nestjs/swagger';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCOUNTS, type SignInTestApi, startSignInApi } from './support/oidc-provider';
import { KEYS, type TestApi } from './support/test-api';

// What an outside attack run (Schemathesis) did, in the suite: requests for every operation and
// every role, built from the served document's own schemas, valid and not, each answer checked
// against that document (t.request fails on a status or a body it does not describe) and none a
// 5xx. A fixed seed keeps CI repeatable; FUZZ_RUNS and FUZZ_SEED let a person run it harder.
const RUNS = Number(process.env['FUZZ_RUNS'] ?? 30);
const SEED = Number(process.env['FUZZ_SEED'] ?? 21);

type Schema = SchemaObject & { $ref?: string };
interface Op {
  readonly method: string;
  readonly path: string;
  readonly query: readonly { name: string; schema: Schema }[];
  readonly body: Schema | undefined;
  readonly contentType: string | undefined;
}

/** Strings that have broken input layers: NUL, lone surrogates, odd dates, long and empty text. */
const ODD_STRINGS = [
  '',
  '\u0000',
  'a\u0000b',
  '\ud800',
  'x\udfff',
  ' ',
  'null',
  '0000-01-01',
  '2027-03-05T09:00:00+16:00',
  '2027-02-30',
  '9999999999999999999999',
  '-1',
  '1e400',
  'true',
  '../../etc/passwd',
  "' OR 1=1 --",
  'x'.repeat(3000),
  'preview',
  'https://www.leics.gov.uk@evil.example/',
  'eve@leics..example',
];
const oddString = fc.oneof(fc.constantFrom(...ODD_STRINGS), fc.string({ unit: 'binary', maxLength: 40 }));
const oddValue: fc.Arbitrary<unknown> = fc.oneof(
  oddString,
  fc.constantFrom(null, true, false, 0, -1, 2 ** 31, 2 ** 53, 1.5, [], {}, [null, null]),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.constantFrom(null, 1, 'x'), { maxKeys: 3 }),
);

function resolve(doc: OpenAPIObject, s: Schema): Schema {
  if (!s.$ref) return s;
  const name = s.$ref.split('/').pop() ?? '';
  return (doc.components?.schemas?.[name] ?? {});
}

/** A value the schema accepts, most of the time; now and then, anywhere inside, an odd one. */
function valueOf(doc: OpenAPIObject, given: Schema, depth = 0): fc.Arbitrary<unknown> {
  const s = resolve(doc, given);
  const valid = validOf(doc, s, depth);
  return fc.oneof({ arbitrary: valid, weight: 4 }, { arbitrary: oddValue, weight: 1 });
}

function validOf(doc: OpenAPIObject, s: Schema, depth: number): fc.Arbitrary<unknown> {
  if (s.enum) return fc.constantFrom(...(s.enum as unknown[]));
  const kinds = s.oneOf ?? s.anyOf;
  if (kinds?.length) return fc.oneof(...kinds.map((k) => valueOf(doc, k as Schema, depth + 1)));
  switch (s.type) {
    case 'integer':
      return fc.integer({ min: s.minimum ?? -1000, max: Math.min(s.maximum ?? 100_000, 2 ** 31 - 1) });
    case 'number':
      return fc.double({ min: s.minimum ?? -1000, max: s.maximum ?? 1000, noNaN: true });
    case 'boolean':
      return fc.boolean();
    case 'array':
      return depth > 3
        ? fc.constant([])
        : fc.array(valueOf(doc, (s.items ?? {}) as Schema, depth + 1), { maxLength: 3 });
    case 'object': {
      if (depth > 3 || !s.properties) return fc.constant({});
      const props = Object.fromEntries(
        Object.entries(s.properties).map(([k, v]) => [k, valueOf(doc, v as Schema, depth + 1)]),
      );
      return fc.record(props, { requiredKeys: (s.required ?? []).filter((k) => k in props) });
    }
    case undefined:
    default:
      if (s.format === 'uuid') return fc.uuid();
      if (s.format === 'date-time')
        return fc
          .date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
          .map((d) => d.toISOString());
      if (s.format === 'date')
        return fc
          .date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
          .map((d) => d.toISOString().slice(0, 10));
      if (s.format === 'email') return fc.emailAddress();
      return fc.string({ maxLength: Math.min(s.maxLength ?? 40, 40) });
  }
}

function operationsOf(doc: OpenAPIObject): Op[] {
  const ops: Op[] = [];
  for (const [path, item] of Object.entries(doc.paths))
    for (const method of ['get', 'post', 'put', 'patch', 'delete'] as const) {
      const op = item[method];
      if (!op) continue;
      const query = (op.parameters ?? []).flatMap((p) =>
        'in' in p && p.in === 'query' && p.schema ? [{ name: p.name, schema: p.schema }] : [],
      );
      const content = op.requestBody && 'content' in op.requestBody ? op.requestBody.content : {};
      const [contentType, media] = Object.entries(content)[0] ?? [];
      ops.push({
        method: method.toUpperCase(),
        path,
        query,
        body: media?.schema,
        contentType,
      });
    }
  return ops;
}

/** Ids that exist, so that some requests reach what they would change. */
const existing: string[] = [];

const pathParam = fc.oneof(
  { arbitrary: fc.uuid(), weight: 3 },
  { arbitrary: fc.nat().map((n) => existing[n % existing.length] ?? ''), weight: 2 },
  { arbitrary: fc.constantFrom('00000000-0000-4000-8000-000000000000', 'LE25AA', 'Oadby'), weight: 1 },
  { arbitrary: oddString.filter((x) => x !== ''), weight: 1 },
);

/** A request for `op`: path parameters, some of its query parameters, and a body. */
function requestOf(doc: OpenAPIObject, op: Op) {
  const params = op.path.match(/\{[^}]+\}/g) ?? [];
  const query = fc
    .subarray([...op.query])
    .chain((chosen) =>
      fc.tuple(
        ...chosen.map((q) =>
          fc
            .oneof({ arbitrary: valueOf(doc, q.schema), weight: 4 }, { arbitrary: oddString, weight: 1 })
            .map((v) => [q.name, typeof v === 'string' ? v : JSON.stringify(v)] as const),
        ),
      ),
    );
  const body = op.body
    ? fc.oneof(
        { arbitrary: valueOf(doc, op.body), weight: 4 },
        { arbitrary: oddValue, weight: 1 },
        { arbitrary: fc.constant(undefined), weight: 1 },
      )
    : fc.constant(undefined);
  return fc.record({
    params: fc.tuple(...params.map(() => pathParam)),
    query,
    body,
    extraKey: fc.boolean(),
  });
}

let s: SignInTestApi;
let t: TestApi;
let doc: OpenAPIObject;
const callers: Record<string, () => Promise<Record<string, string>>> = {};

beforeAll(async () => {
  s = await startSignInApi();
  t = s.t;
  doc = (await t.request('GET', '/docs/openapi.json')).body as OpenAPIObject;
  const keyed = (key: string) => () => Promise.resolve({ authorization: `Bearer ${key}` });
  callers['nobody'] = () => Promise.resolve({});
  callers['a made-up key'] = keyed('ma_made-up-key');
  callers['officer'] = keyed(KEYS.officer);
  callers['democratic services'] = keyed(KEYS.democraticServices);
  callers['member'] = keyed(KEYS.member);
  callers['leader'] = keyed(KEYS.leader);
  const event = await t.request('POST', '/events', {
    key: KEYS.officer,
    body: {
      kind: 'service_change',
      title: 'Library opening hours',
      location: { type: 'Point', coordinates: [-1.082219, 52.598967] },
    },
  });
  existing.push((event.body as { id: string }).id);
  const { jar } = await s.signIn(ACCOUNTS.democraticServices.login);
  const session = await s.sessionHeaders(jar);
  callers['democratic services, signed in'] = () => Promise.resolve(session);
});
afterAll(async () => {
  await s?.close();
});

describe('every operation, every caller, requests built from the OpenAPI document', () => {
  it('answers only as the document says, never with a 5xx', { timeout: 600_000 }, async () => {
    const ops = operationsOf(doc);
    expect(ops.length).toBeGreaterThan(30);
    const who = Object.keys(callers);
    for (const op of ops) {
      await fc.assert(
        fc.asyncProperty(requestOf(doc, op), fc.constantFrom(...who), async (r, caller) => {
          let i = 0;
          const path = op.path.replace(/\{[^}]+\}/g, () => encodeURIComponent(r.params[i++] ?? ''));
          const search = new URLSearchParams(r.query.map(([k, v]): [string, string] => [k, v]));
          const url = search.size ? `${path}?${search.toString()}` : path;
          let body = r.body;
          if (r.extraKey && body && typeof body === 'object' && !Array.isArray(body))
            body = { ...body, notInTheDocument: 1 };
          const headers = await (callers[caller] ?? (() => Promise.resolve({})))();
          const sent =
            body === undefined
              ? { headers, manual: true }
              : op.contentType && !op.contentType.includes('json')
                ? {
                    headers,
                    raw: typeof body === 'string' ? body : JSON.stringify(body),
                    contentType: op.contentType,
                  }
                : { headers, manual: true, body };
          // t.request throws when the answer's status or body is not what the document describes.
          const answer = await t.request(op.method, url, sent);
          expect(
            answer.status,
            `${op.method} ${url} as ${caller}: ${answer.text.slice(0, 300)}`,
          ).toBeLessThan(500);
        }),
        { seed: SEED, numRuns: RUNS, endOnFailure: true },
      );
    }
  });
});
