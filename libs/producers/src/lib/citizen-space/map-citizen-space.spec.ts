import { parseEvent } from '@member-alerts/protocol';
import { describe, expect, it } from 'vitest';
import { countyDivisions, leicestershirePolicy, readFixture } from '../../../../../tools/testing/fixtures';

const POLICY = leicestershirePolicy();
import { htmlToText } from './html-text.util';
import { type ConsultationAreaTable, mapCitizenSpace } from './map-citizen-space';

const divisions = countyDivisions('leicestershire');
const areas = JSON.parse(readFixture('producers', 'citizen-space-areas.json')) as ConsultationAreaTable;
const results = JSON.parse(readFixture('producers', 'citizen-space-results.json')) as Record<
  string,
  unknown
>[];
const byId = (id: string) => {
  const found = results.find((r) => r['id'] === id);
  if (!found) throw new Error(`no consultation ${id} in the fixture`);
  return found;
};

describe('Citizen Space consultations (json_search_results, fields=all) as §31 consultation events', () => {
  it('maps a countywide consultation, opening at midnight London time in summer (BST)', () => {
    const r = mapCitizenSpace(byId('ltp4-2026'), areas);
    expect(r.outcome).toBe('alert');
    expect(r.event).toMatchObject({ source: 'citizen-space', sourceRef: 'ltp4-2026' });
    expect(r.event?.event).toMatchObject({
      kind: 'consultation',
      title: 'Local Transport Plan 4: our plan for travel to 2040',
      opensAt: '2026-07-13T23:00:00.000Z',
      closesAt: '2026-10-06T22:59:00.000Z',
      link: 'https://consultations.leics.example/environment/ltp4/consultation/',
      contact: { name: 'Environment and Transport', email: 'ltp@leics.example' },
      topics: ['highways', 'transport'],
      countywide: true,
    });
    expect(() => parseEvent(r.event?.event, divisions, POLICY)).not.toThrow();
  });

  it('keeps the overview’s paragraphs and list items as plain text, entities decoded', () => {
    const description = mapCitizenSpace(byId('ltp4-2026'), areas).event?.event.description;
    expect(description).toBe(
      'We want to hear your views on our draft Local Transport Plan – how people & goods will travel ' +
        'around Leicestershire until 2040.\n\nThe plan covers:\n\n• buses & rail\n• walking and cycling\n\n' +
        'Read the draft ‘LTP4’ document before you respond.',
    );
  });

  it('maps an area name to its divisions, in winter (GMT), with url when there is no participate_url', () => {
    const r = mapCitizenSpace(byId('oadby-library-hours'), areas);
    expect(r.outcome).toBe('alert');
    expect(r.event?.event).toMatchObject({
      opensAt: '2026-12-01T00:00:00.000Z',
      closesAt: '2027-01-12T23:59:00.000Z',
      link: 'https://consultations.leics.example/communities/oadby-library/',
      divisions: ['Oadby', 'East Wigston', 'North Wigston', 'South & West Wigston'],
      description: 'Proposed new opening hours for Oadby Library.\nTell us what suits you.',
    });
    const parsed = parseEvent(r.event?.event, divisions, POLICY);
    expect(parsed.divisions).toEqual(['Oadby', 'East Wigston', 'North Wigston', 'South & West Wigston']);
  });

  it('holds a consultation whose area is not mapped, naming the area', () => {
    const r = mapCitizenSpace(byId('charnwood-parking'), areas);
    expect(r.outcome).toBe('held');
    expect(r.reason).toBe('the area "Charnwood Forest villages" is not yet mapped to divisions');
    expect(r.unmappedAreas).toEqual(['Charnwood Forest villages']);
    expect(r.event).toBeUndefined();
  });

  it('once the area is mapped, leaves out a plain-http link and an e-mail that is not an address', () => {
    const r = mapCitizenSpace(byId('charnwood-parking'), {
      ...areas,
      'charnwood forest  villages': ['Quorn & Barrow'],
    });
    expect(r.outcome).toBe('alert');
    expect(r.event?.event.link).toBeUndefined();
    expect(r.event?.event.contact).toBeUndefined();
    expect(r.event?.event.divisions).toContain('Quorn & Barrow');
    expect(() => parseEvent(r.event?.event, divisions, POLICY)).not.toThrow();
  });

  it('ignores a closed consultation', () => {
    expect(mapCitizenSpace(byId('melton-country-park'), areas).outcome).toBe('ignore');
  });

  it.each([
    ['no id', { title: 'x', startdate: '2026/07/14', enddate: '2026/08/01' }, /no id/],
    [
      'a date in another form',
      { id: 'a', title: 'x', startdate: '14/07/2026', enddate: '2026/08/01' },
      /not a date/,
    ],
    [
      'a date that does not exist',
      { id: 'a', title: 'x', startdate: '2026/02/30', enddate: '2026/08/01' },
      /not a date/,
    ],
    [
      'an end before the start',
      { id: 'a', title: 'x', startdate: '2026/07/14', enddate: '2026/07/01' },
      /ends before/,
    ],
  ])('refuses a consultation with %s', (_what, c, reason) => {
    const r = mapCitizenSpace(c, areas);
    expect(r.outcome).toBe('error');
    expect(r.reason).toMatch(reason);
  });
});

describe('overview HTML as plain text', () => {
  it.each([
    ['drops scripts and styles', '<p>Hello</p><script>alert(1)</script><style>p{}</style>', 'Hello'],
    ['decodes numeric entities', 'Caf&#233; &#x2013; open', 'Café – open'],
    ['never leaves HTML behind, even from encoded tags', '&lt;b&gt;bold&lt;/b&gt; text', 'bold text'],
    ['keeps a lone angle bracket that is not a tag', 'fewer than 5 &lt; 6 cars', 'fewer than 5 < 6 cars'],
    ['collapses the source’s own line breaks', '<p>one\n   two</p>\n\n\n<p>three</p>', 'one two\n\nthree'],
    ['leaves an unknown entity as written', 'A &madeup; B', 'A &madeup; B'],
  ])('%s', (_what, html, expected) => {
    expect(htmlToText(html)).toBe(expected);
  });
});
