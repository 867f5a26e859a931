import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerSearchableEvents } from './support/searchable-events';
import { KEYS, startTestApi, type TestApi } from './support/test-api';

let t: TestApi;
const officer = { key: KEYS.officer };
beforeAll(async () => {
  t = await startTestApi();
  await registerSearchableEvents(t);
});
afterAll(async () => {
  await t?.close();
});

const titles = async (query: string) => {
  const r = await t.request('GET', `/events?${query}`, officer);
  expect(r.status, r.text).toBe(200);
  return (r.body as { events: { title: string }[] }).events.map((e) => e.title).sort();
};

describe('searching the events', () => {
  it('finds words in the title, the description or the venue, whatever their case, trimmed', async () => {
    expect(await titles('q=FLOOD')).toEqual(['Oadby flood meeting']);
    expect(await titles('q=%20%20number%2044%20')).toEqual(['Bus routes review']);
    expect(await titles('q=county%20hall')).toEqual(['=HYPERLINK("http://evil.example","Click")']);
    expect(await titles('q=oadby')).toEqual(['Oadby flood meeting']);
    expect(await titles('q=%20%20')).toHaveLength(3);
  });

  it('finds every word wherever it is, in any order, not only the phrase as typed', async () => {
    expect(await titles(`q=${encodeURIComponent('library flood')}`)).toEqual(['Oadby flood meeting']);
    expect(await titles(`q=${encodeURIComponent('DRAINS sandhurst Meeting')}`)).toEqual(['Oadby flood meeting']);
    expect(await titles(`q=${encodeURIComponent('44 routes')}`)).toEqual(['Bus routes review']);
    // Every word must be there: one missing word leaves the event out.
    expect(await titles(`q=${encodeURIComponent('library closure')}`)).toEqual([]);
    expect(await titles(`q=${encodeURIComponent('flood 50%')}`)).toEqual([]);
  });

  it('takes % and _ and quotes as the characters they are, not as patterns or SQL', async () => {
    expect(await titles('q=100%25')).toEqual(['Oadby flood meeting']);
    expect(await titles('q=%25')).toEqual(['Oadby flood meeting']);
    expect(await titles('q=_')).toEqual([]);
    expect(await titles(`q=${encodeURIComponent("' OR '1'='1")}`)).toEqual([]);
    expect(await titles(`q=${encodeURIComponent("'); DROP TABLE events; --")}`)).toEqual([]);
    expect(await titles('')).toHaveLength(3);
  });

  it('refuses a search too long or with control characters, in plain words', async () => {
    const long = await t.request('GET', `/events?q=${'a'.repeat(201)}`, officer);
    expect(long.status).toBe(400);
    expect(long.body).toMatchObject({ message: 'the search must be at most 200 characters' });
    const nul = await t.request('GET', '/events?q=a%00b', officer);
    expect(nul.status).toBe(400);
    expect((nul.body as { message: string }).message).toMatch(/plain text/);
  });
});

describe('filtering by when the event happens', () => {
  it('finds events that happen, at least in part, within the dates, by start and end or opening and closing', async () => {
    expect(await titles('happensFrom=2027-03-10T00:00:00Z&happensTo=2027-03-10T23:59:59Z')).toEqual([
      'Oadby flood meeting',
    ]);
    // The consultation is open all May, so a day in the middle of it finds it.
    expect(await titles('happensFrom=2027-05-15T00:00:00Z&happensTo=2027-05-15T23:59:59Z')).toEqual([
      'Bus routes review',
    ]);
    // The last day of a date-only closing is a whole day.
    expect(await titles('happensFrom=2027-05-31T20:00:00Z')).toEqual(['Bus routes review']);
    expect(await titles('happensFrom=2027-06-01T12:00:00Z')).toEqual([]);
    expect(await titles('happensTo=2027-03-31T00:00:00Z')).toEqual(['Oadby flood meeting']);
    // An event with no dates of its own does not happen in any range.
    expect(await titles('happensFrom=2020-01-01')).toEqual(['Bus routes review', 'Oadby flood meeting']);
  });

  it('combines with the search and with when it was registered', async () => {
    expect(await titles('happensFrom=2027-01-01&q=bus')).toEqual(['Bus routes review']);
    expect(await titles('happensFrom=2027-01-01&to=2000-01-01')).toEqual([]);
  });

  it('refuses a date that is not one, naming the filter', async () => {
    for (const bad of ['soon', '1', '2027-02-30x']) {
      const r = await t.request('GET', `/events?happensFrom=${bad}`, officer);
      expect(r.status, bad).toBe(400);
      expect(r.body).toMatchObject({ message: 'happensFrom must be an ISO 8601 date' });
    }
  });
});

describe('exporting the events as CSV', () => {
  it('gives the filtered events with plain headings, dates in words and formulas defused', async () => {
    const r = await t.request('GET', '/events/export.csv?q=oadby', officer);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(r.headers.get('content-disposition')).toMatch(/attachment; filename="events.csv"/);
    const lines = r.text.trim().split('\r\n');
    expect(lines[0]).toBe(
      'Title,Kind,Status,When it happens,Venue,Description,Divisions affected,People told,Registered,Registered by,Version,Reference',
    );
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(
      /^Oadby flood meeting,Public meeting organised by the Council \(§29\),Active,"Wednesday 10 March 2027, 18:30 to 20:30","Oadby Library, Sandhurst Street",Residents ask about 100% of the drains,Oadby,\d+,"\w+day \d+ \w+ \d{4}, \d\d:\d\d",/,
    );
    expect(lines[1]).not.toMatch(/\d{4}-\d\d-\d\dT/);
  });

  it('puts a quote before a cell a spreadsheet would run as a formula', async () => {
    const r = await t.request('GET', '/events/export.csv?q=county', officer);
    const row = r.text.trim().split('\r\n')[1] ?? '';
    expect(row.startsWith(`"'=HYPERLINK(""http://evil.example"",""Click"")",Service change (§35),`)).toBe(
      true,
    );
  });

  it('exports every event when nothing is filtered, and refuses a bad filter in plain words', async () => {
    const all = await t.request('GET', '/events/export.csv', officer);
    expect(all.text.trim().split('\r\n')).toHaveLength(4);
    expect(all.text).toContain(',Thursday 1 April 2027 to Monday 31 May 2027,');
    const bad = await t.request('GET', '/events/export.csv?from=yesterday', officer);
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toMatch(/^application\/json/);
    expect(bad.body).toMatchObject({ message: 'from must be an ISO 8601 date' });
  });
});

describe('searching for the words a person remembers', () => {
  it('finds "library closure" in "Proposed closure of Kibworth Library"', async () => {
    const r = await t.request('POST', '/events', {
      key: KEYS.officer,
      body: {
        kind: 'service_change',
        title: 'Proposed closure of Kibworth Library',
        divisions: ['Gartree'],
      },
    });
    expect(r.status, r.text).toBe(201);
    expect(await titles(`q=${encodeURIComponent('library closure')}`)).toEqual([
      'Proposed closure of Kibworth Library',
    ]);
    expect(await titles(`q=${encodeURIComponent('kibworth  CLOSURE')}`)).toEqual([
      'Proposed closure of Kibworth Library',
    ]);
  });
});
