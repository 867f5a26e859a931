import { describe, expect, it } from 'vitest';
import { bowtie, square } from '../../../../../tools/testing/shapes';
import {
  at,
  divisions,
  fieldErrors,
  plan,
  POLICY,
  postcode,
  validationError,
} from '../../test/leicestershire.fixture';
import { EVENT_KINDS } from '../../test/leicestershire.fixture';
import { parseEvent } from './parse-event';

const OADBY = at('LE2 5AA'); // Oadby town: LE2 5 postcodes lie in Oadby & Wigston district's Oadby
const ok = { kind: 'service_change', title: 'Oadby library opening hours', location: OADBY };
const parse = (input: unknown) => parseEvent(input, divisions, POLICY);
const fieldsOf = (input: unknown) => fieldErrors(() => parse(input)).map((e) => e.field);
const messageFor = (input: unknown, field: string) =>
  fieldErrors(() => parse(input)).find((e) => e.field === field)?.message ?? '(no error for that field)';

describe('parseEvent: an invalid event names the bad field', () => {
  const BNG = { type: 'Point', coordinates: [postcode('LE2 5AA').easting, postcode('LE2 5AA').northing] };
  const LEICESTER_CITY = at('LE1 1AA'); // the city is a unitary authority, outside the county council's area
  it.each([
    ['not an object', [ok], 'event', /JSON object/],
    [
      'an unknown kind',
      { ...ok, kind: 'garden_party' },
      'kind',
      /"garden_party" is not a kind.*facility_event/,
    ],
    ['no kind', { title: 'x', location: OADBY }, 'kind', /required/],
    ['no title', { ...ok, title: undefined }, 'title', /required/],
    ['a blank title', { ...ok, title: '   ' }, 'title', /required/],
    ['HTML in the title', { ...ok, title: 'Closure <script>alert(1)</script>' }, 'title', /< or >/],
    ['CR/LF in the title', { ...ok, title: 'Closure\r\nBcc: everyone@example.org' }, 'title', /one line/],
    ['a tab in the title', { ...ok, title: 'Closure\tnotice' }, 'title', /control/],
    ['a title of 201 characters', { ...ok, title: 'x'.repeat(201) }, 'title', /too long: 201.*200/],
    [
      'HTML in the description',
      { ...ok, description: 'See <a href="x">here</a>' },
      'description',
      /plain text/,
    ],
    ['a number as the title', { ...ok, title: 42 }, 'title', /must be text/],
    ['a date that does not exist', { ...ok, startsAt: '2026-02-30' }, 'startsAt', /not a real date/],
    ['words for a date', { ...ok, endsAt: 'next Tuesday' }, 'endsAt', /ISO 8601/],
    ['a time without a zone', { ...ok, startsAt: '2026-03-02T09:00' }, 'startsAt', /time zone/],
    [
      'an end before the start',
      { ...ok, startsAt: '2026-03-05', endsAt: '2026-03-04' },
      'endsAt',
      /^is before the start$/,
    ],
    [
      'a close before the opening',
      { ...ok, opensAt: '2026-03-05', closesAt: '2026-03-01' },
      'closesAt',
      /^is before the opening$/,
    ],
    [
      'a position that is not [x, y]',
      { ...ok, location: { type: 'Point', coordinates: [1] } },
      'location',
      /position/,
    ],
    [
      'an unsupported geometry',
      { ...ok, location: { type: 'Circle', radius: 3 } },
      'location',
      /unsupported/,
    ],
    [
      'an unclosed ring',
      {
        ...ok,
        location: {
          type: 'Polygon',
          coordinates: [
            [
              [-1.08, 52.6],
              [-1.07, 52.6],
              [-1.07, 52.61],
              [-1.08, 52.61],
            ],
          ],
        },
      },
      'location',
      /not closed/,
    ],
    ['eastings/northings without a crs', { ...ok, location: BNG }, 'location', /EPSG:27700/],
    [
      'a location in Leicester city',
      { ...ok, location: LEICESTER_CITY },
      'location',
      /outside the council area/,
    ],
    ['an unknown crs', { ...ok, crs: 'EPSG:3857' }, 'crs', /EPSG:27700/],
    ['nowhere', { kind: 'service_change', title: 'x' }, 'location', /location.*divisions.*countywide/],
    [
      'countywide: false and nothing else',
      { kind: 'service_change', title: 'x', countywide: false },
      'location',
      /say where/,
    ],
    [
      'an empty list of divisions',
      { ...ok, location: undefined, divisions: [] },
      'divisions',
      /at least one/,
    ],
    ['divisions as text', { ...ok, divisions: 'Oadby' }, 'divisions', /must be a list/],
    [
      'an unknown division',
      { ...ok, divisions: ['Oadby', 'Atlantis'] },
      'divisions[1]',
      /"Atlantis" is not a division/,
    ],
    [
      'part of a division name',
      { ...ok, divisions: ['Glenfields'] },
      'divisions[0]',
      /did you mean Glenfields, Kirby Muxloe/,
    ],
    ['countywide and divisions', { ...ok, countywide: true, divisions: ['Oadby'] }, 'countywide', /not both/],
    ['a flag as text', { ...ok, major: 'yes' }, 'major', /true or false/],
    ['a topic that is not text', { ...ok, topics: ['schools', 7] }, 'topics[1]', /must be text/],
    [
      'too many topics',
      { ...ok, topics: Array.from({ length: 51 }, (_, i) => `t${i}`) },
      'topics',
      /at most 50/,
    ],
    ['an unknown role', { ...ok, escalate: ['leader', 'mayor'] }, 'escalate[1]', /"mayor" is not a role/],
    [
      'a lead member without a portfolio',
      { ...ok, escalate: ['cabinet_lead_member'] },
      'escalate[0]',
      /portfolio/,
    ],
    ['a misspelt field', { ...ok, countyWide: true }, 'countyWide', /did you mean countywide\?/],
    [
      'a consultation without opensAt',
      { ...ok, kind: 'consultation' },
      'opensAt',
      /required for a consultation.*§31/,
    ],
    ['a sensitive report without a body', { ...ok, kind: 'sensitive_report' }, 'body', /required/],
    [
      'a report to full Council',
      { ...ok, kind: 'sensitive_report', body: 'council' },
      'body',
      /"council" is not one of cabinet/,
    ],
    ['a member meeting without a service', { ...ok, kind: 'member_public_meeting' }, 'service', /§30/],
  ])('rejects %s', (_name, input, field, message) => {
    expect(fieldsOf(input)).toContain(field);
    expect(messageFor(input, field)).toMatch(message);
  });

  it('names every bad field of one event at once, in one message', () => {
    const input = {
      kind: 'tea_party',
      title: 'Line one\nLine two',
      opensAt: '31/12/2026',
      location: BNG,
      divisions: ['Oadby', 'Narnia'],
      topics: ['schools', '', 3],
      escalate: ['king'],
      major: 1,
      colour: 'blue',
    };
    const error = validationError(() => parse(input));
    expect(error.errors.map((e) => e.field).sort()).toEqual(
      [
        'colour',
        'divisions[1]',
        'escalate[0]',
        'kind',
        'location',
        'major',
        'opensAt',
        'title',
        'topics[1]',
        'topics[2]',
      ].sort(),
    );
    expect(error.message).toMatch(/^the event has 10 problems:/);
    for (const { field, message } of error.errors)
      expect(error.message).toContain(`  - ${field}: ${message}`);
  });

  it('accepts every kind the issue lists, and nothing else', () => {
    expect(EVENT_KINDS).toHaveLength(13);
    const extra = { opensAt: '2026-04-01', body: 'cabinet', service: 'Highways' };
    for (const kind of EVENT_KINDS) expect(parse({ ...ok, ...extra, kind }).kind).toBe(kind);
  });
});

describe('parseEvent: a valid event comes back cleaned', () => {
  it.each([
    ['oadby', 'Oadby'],
    ['  OADBY ', 'Oadby'],
    ['glenfields kirby muxloe and leicester forests', 'Glenfields, Kirby Muxloe & Leicester Forests'],
    ["St Mary's", 'St Marys'],
    ['castle donington and kegworth', 'Castle Donington & Kegworth'],
  ])('resolves the division name %j to %j', (given, exact) => {
    expect(parse({ kind: 'service_change', title: 'x', divisions: [given] }).divisions).toEqual([exact]);
  });

  it('trims text, lower-cases and de-duplicates topics, and canonicalises roles and bodies', () => {
    const event = parse({
      ...ok,
      title: '  Oadby library opening hours ',
      topics: ['Libraries', 'libraries ', 'Adult  Social Care'],
      escalate: ['Deputy Leader', 'deputy-leader'],
      kind: 'sensitive_report',
      body: 'Working Party',
    });
    expect(event).toMatchObject({
      title: 'Oadby library opening hours',
      topics: ['libraries', 'adult social care'],
      escalate: ['deputy_leader'],
      body: 'working_party',
    });
  });

  it('treats JSON null as "not given" and drops absent fields', () => {
    const event = parse({ ...ok, description: null, topics: null, major: null });
    expect(Object.keys(event).sort()).toEqual(['kind', 'location', 'title']);
  });

  it('keeps a Feature and its properties, and British National Grid with its crs', () => {
    const { easting, northing } = postcode('LE2 5AA');
    const feature = {
      type: 'Feature',
      properties: { site: 'Oadby library' },
      geometry: { type: 'Point', coordinates: [easting, northing] },
      crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::27700' } },
    };
    expect(parse({ ...ok, location: feature }).location).toEqual({
      type: 'Feature',
      properties: { site: 'Oadby library' },
      geometry: { type: 'Point', coordinates: [easting, northing] },
      crs: 'EPSG:27700',
    });
    const onEvent = parse({
      ...ok,
      crs: 'EPSG:27700',
      location: { type: 'Point', coordinates: [easting, northing] },
    });
    expect(onEvent.crs).toBe('EPSG:27700');
  });

  it('accepts dates with and without a time, in any zone', () => {
    const event = parse({ ...ok, startsAt: '2026-06-01', endsAt: '2026-06-01T18:30:00+01:00' });
    expect([event.startsAt, event.endsAt]).toEqual(['2026-06-01', '2026-06-01T18:30:00+01:00']);
  });

  it('allows a venue outside the county when the area affected is named', () => {
    const event = parse({
      kind: 'public_meeting',
      title: 'x',
      location: at('LE1 1AA'),
      divisions: ['Oadby'],
    });
    expect(event.divisions).toEqual(['Oadby']);
  });
});

describe("parseEvent: a location's size and shape", () => {
  const [lon, lat] = OADBY.coordinates as [number, number];
  // Back and forth along a road in Oadby, 990 m long unless said otherwise.
  const zigzag = (points: number, dLon = 0.0147) =>
    Array.from({ length: points }, (_, k) => [lon + (k % 2) * dLon, lat]);

  it.each([
    [
      'a hole outside its polygon',
      { type: 'Polygon', coordinates: [square(lon, lat, 0.01), square(lon + 0.05, lat, 0.002)] },
      /^ring 1: this hole lies outside the outer ring \(ring 0\)/,
    ],
    [
      'a hole outside its polygon, in a MultiPolygon',
      {
        type: 'MultiPolygon',
        coordinates: [[square(lon, lat, 0.01)], [square(lon, lat, 0.01), square(lon, lat + 1, 0.001)]],
      },
      /^part 1 ring 1: this hole lies outside/,
    ],
    [
      'a position of four numbers',
      {
        type: 'LineString',
        coordinates: [
          [lon, lat],
          [lon + 0.01, lat, 0, 7],
        ],
      },
      /^position 1: has 4 numbers; a position is \[x, y\] or \[x, y, height\]/,
    ],
    [
      'an infinite height (1e999 in JSON)',
      JSON.parse(`{"type":"Point","coordinates":[${lon},${lat},1e999]}`) as unknown,
      /the height \(third number\) must be a finite number/,
    ],
    [
      'a line of 10,001 points',
      { type: 'LineString', coordinates: zigzag(10_001) },
      /^has 10,001 points; at most 10,000 are allowed$/,
    ],
    [
      'a MultiLineString of 501 lines',
      { type: 'MultiLineString', coordinates: Array.from({ length: 501 }, () => zigzag(2)) },
      /^has 501 parts \(points, lines or polygon rings\); at most 500 are allowed$/,
    ],
    [
      'a line that runs for 600 km',
      { type: 'LineString', coordinates: zigzag(601) },
      /^its lines and polygon edges run for 59\d km in all; at most 500 km are allowed$/,
    ],
  ])('rejects %s, saying where', (_name, location, message) => {
    expect(messageFor({ ...ok, location }, 'location')).toMatch(message);
  });

  it('accepts the largest location allowed: 10,000 points over 493 km', () => {
    const location = { type: 'LineString', coordinates: zigzag(10_000, 0.00073) };
    expect(parse({ ...ok, location }).location).toEqual(location);
  });

  it('warns in the plan, and still matches, when a polygon crosses itself', () => {
    const p = plan(parse({ ...ok, location: { type: 'Polygon', coordinates: [bowtie(lon, lat, 0.01)] } }));
    expect(p.affectedDivisions).toContain('Oadby');
    expect(p.warnings).toEqual([
      `location: ring 0 crosses itself near [${Math.round(lon * 1e5) / 1e5}, ${Math.round(lat * 1e5) / 1e5}]; the divisions were matched to the polygon as drawn`,
    ]);
  });
});

describe('parseEvent: venue, contact, link and respondBy', () => {
  const base = { kind: 'press_enquiry', title: 'x', divisions: ['Oadby'] };
  const errorsOf = (extra: Record<string, unknown>) =>
    fieldErrors(() => parseEvent({ ...base, ...extra }, divisions, POLICY)).map(
      (f) => `${f.field}: ${f.message}`,
    );

  it('keeps them cleaned', () => {
    const e = parseEvent(
      {
        ...base,
        venue: ' Oadby Library, Sandhurst Street ',
        contact: { name: 'Raj Patel', email: 'Raj.Patel@leics.example', phone: '0116 305 0001' },
        link: 'https://www.leicestershire.gov.uk/roads',
        respondBy: '2027-07-14T16:00:00Z',
      },
      divisions,
      POLICY,
    );
    expect(e).toMatchObject({
      venue: 'Oadby Library, Sandhurst Street',
      contact: { name: 'Raj Patel', email: 'raj.patel@leics.example', phone: '0116 305 0001' },
      link: 'https://www.leicestershire.gov.uk/roads',
      respondBy: '2027-07-14T16:00:00Z',
    });
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['a contact without an e-mail', { contact: { name: 'Raj' } }, 'contact.email: is required'],
    [
      'a contact with a bad e-mail',
      { contact: { name: 'Raj', email: 'raj' } },
      'contact.email: "raj" is not an e-mail address',
    ],
    ['a contact as text', { contact: 'Raj' }, 'contact: must be an object: { "name", "email", "phone" }'],
    [
      'a stray contact field',
      { contact: { name: 'R', email: 'r@x.uk', mobile: '1' } },
      'contact.mobile: is not part of a contact; use name, email and phone',
    ],
    [
      'a bad phone',
      { contact: { name: 'R', email: 'r@x.uk', phone: 'call me' } },
      'contact.phone: must be a phone number, e.g. 0116 305 0001',
    ],
    ['a plain http link', { link: 'http://example.org' }, 'link: must be a web address starting https://'],
    ['a javascript link', { link: 'javascript:alert(1)' }, 'link: must be a web address starting https://'],
    ...[
      'https://www.leics.gov.uk@evil.example/',
      'https://a:b@www.leics.gov.uk/',
      'https://@leics.gov.uk/',
    ].map((link): [string, Record<string, unknown>, string] => [
      `a link with user info, ${link}`,
      { link },
      'link: must not have a user name or password (the part before an @): it hides where the link goes',
    ]),
    [
      'a bad deadline',
      { respondBy: 'Friday' },
      'respondBy: "Friday" is not an ISO 8601 date, e.g. 2026-03-02 or 2026-03-02T09:30:00Z',
    ],
  ])('refuses %s', (_case, extra, message) => {
    expect(errorsOf(extra)).toContain(message);
  });
});
