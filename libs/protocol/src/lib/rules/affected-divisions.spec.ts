import { describe, expect, it } from 'vitest';
import { WORDS } from '../../test/plan.fixture';
import {
  at,
  divisions,
  fieldErrors,
  members,
  names,
  namesIn,
  plan,
  postcode,
} from '../../test/leicestershire.fixture';
import type { EventLocation } from '../event/alert-event.types';
import { renderCirculation } from '../render/render-circulation';

const local = (p: ReturnType<typeof plan>) =>
  names(p.recipients.filter((r) => r.reasons.some((x) => x.relation === 'local')));

// A small triangle of Oadby postcodes (all LE2 5, Oadby & Wigston district, in Oadby town).
const OADBY_AREA: EventLocation = {
  type: 'Polygon',
  coordinates: [['LE2 5AA', 'LE2 5AQ', 'LE2 5DQ', 'LE2 5AA'].map((c) => [postcode(c).lon, postcode(c).lat])],
};
const LEICESTER_CITY = at('LE1 1AA'); // Leicester is a unitary authority, not part of the county

describe('affected divisions: a location', () => {
  it.each([
    ['LE2 5AA', 'Oadby'],
    ['LE17 4AB', 'Lutterworth'],
    ['LE4 3AA', 'Birstall'],
    ['LE12 9AA', 'Shepshed'],
    ['LE3 8AA', 'Glenfields, Kirby Muxloe & Leicester Forests'],
    ['LE9 2AA', 'Glenfields, Kirby Muxloe & Leicester Forests'],
  ])('a point at %s, in the town that names it, is in %s', (code, division) => {
    const p = plan({ kind: 'service_change', title: 'x', location: at(code) });
    expect(p.basis).toBe('location');
    expect(p.affectedDivisions).toEqual([division]);
    expect(local(p)).toEqual(namesIn(division));
    expect(p.adjoiningDivisions).toEqual(divisions.neighboursOf(division));
  });

  it('the same point in British National Grid, with crs on the location or on the event, gives the same plan', () => {
    const { easting, northing } = postcode('LE2 5AA');
    const point = { type: 'Point' as const, coordinates: [easting, northing] };
    const wgs84 = plan({ kind: 'major_incident', title: 'x', location: at('LE2 5AA') });
    const onLocation = plan({
      kind: 'major_incident',
      title: 'x',
      location: { ...point, crs: 'EPSG:27700' },
    });
    const onEvent = plan({ kind: 'major_incident', title: 'x', location: point, crs: 'EPSG:27700' });
    expect(onLocation.affectedDivisions).toEqual(['Oadby']);
    expect(onLocation.recipients).toEqual(wgs84.recipients);
    expect(onEvent.recipients).toEqual(wgs84.recipients);
  });

  it('a road between North Wigston and Oadby affects both; neither counts as adjoining', () => {
    const road = {
      type: 'LineString' as const,
      coordinates: [at('LE18 1AA').coordinates, at('LE2 5AA').coordinates],
    };
    const p = plan({ kind: 'road_works', title: 'x', location: road, major: true });
    expect(p.affectedDivisions).toEqual(expect.arrayContaining(['North Wigston', 'Oadby']));
    expect(p.adjoiningDivisions).toEqual(divisions.adjoining(p.affectedDivisions));
    expect(p.adjoiningDivisions).not.toContain('Oadby');
    expect(local(p)).toEqual(expect.arrayContaining(namesIn('North Wigston', 'Oadby')));
  });

  it('a location outside the county (Leicester city) is an error, not an empty plan', () => {
    const errors = fieldErrors(() => plan({ kind: 'service_change', title: 'x', location: LEICESTER_CITY }));
    expect(errors.map((e) => e.field)).toEqual(['location']);
    expect(errors[0]?.message).toMatch(/outside the council area/);
  });
});

describe('affected divisions: §29 a public meeting is about an area, not its venue', () => {
  it('uses affectedArea over the venue: an Oadby issue debated at a Lutterworth venue', () => {
    const p = plan({
      kind: 'public_meeting',
      title: 'x',
      location: at('LE17 4AB'),
      affectedArea: OADBY_AREA,
    });
    expect(p.basis).toBe('affectedArea');
    expect(p.affectedDivisions).toEqual(['Oadby']);
    expect(local(p)).toEqual(namesIn('Oadby'));
  });

  it('accepts a venue outside the county when the affected area is inside it', () => {
    const p = plan({
      kind: 'public_meeting',
      title: 'x',
      location: LEICESTER_CITY,
      affectedArea: OADBY_AREA,
    });
    expect(p.affectedDivisions).toEqual(['Oadby']);
  });

  it('uses the venue when no affectedArea is given', () => {
    const p = plan({ kind: 'public_meeting', title: 'x', location: at('LE17 4AB') });
    expect([p.basis, ...p.affectedDivisions]).toEqual(['location', 'Lutterworth']);
  });

  it('other kinds go by where it happens: a Lutterworth consultation with an Oadby affectedArea', () => {
    const p = plan({
      kind: 'consultation',
      title: 'x',
      location: at('LE17 4AB'),
      affectedArea: OADBY_AREA,
      opensAt: '2026-04-01',
    });
    expect(p.affectedDivisions).toEqual(['Lutterworth']);
  });

  it('other kinds use affectedArea when it is all they have', () => {
    const p = plan({ kind: 'service_change', title: 'x', affectedArea: OADBY_AREA });
    expect([p.basis, ...p.affectedDivisions]).toEqual(['affectedArea', 'Oadby']);
  });
});

describe('affected divisions: named divisions', () => {
  it('resolves loose names and takes them over a location', () => {
    const p = plan({
      kind: 'service_change',
      title: 'x',
      location: at('LE17 4AB'),
      divisions: ['oadby', 'GLENFIELDS, KIRBY MUXLOE AND LEICESTER FORESTS', 'Oadby'],
    });
    expect(p.basis).toBe('divisions');
    expect(p.affectedDivisions).toEqual(['Glenfields, Kirby Muxloe & Leicester Forests', 'Oadby']);
    // Both two-member divisions: four local members.
    expect(local(p)).toEqual(namesIn('Glenfields, Kirby Muxloe & Leicester Forests', 'Oadby'));
    expect(local(p)).toHaveLength(4);
  });

  it('adjoining divisions are the neighbours of any named division, less the named ones', () => {
    const p = plan({ kind: 'major_incident', title: 'x', divisions: ['Oadby', 'Gartree'] });
    const expected = [...new Set([...divisions.neighboursOf('Oadby'), ...divisions.neighboursOf('Gartree')])]
      .filter((d) => d !== 'Oadby' && d !== 'Gartree')
      .sort((a, b) => a.localeCompare(b));
    expect(p.adjoiningDivisions).toEqual(expected);
    expect(p.adjoiningDivisions).not.toContain('Gartree');
  });
});

describe('affected divisions: countywide', () => {
  const p = plan({
    kind: 'consultation',
    title: 'County budget consultation',
    countywide: true,
    opensAt: '2026-04-01',
  });

  it('affects all 53 divisions, so all 55 members are local and none adjoining', () => {
    expect(p.basis).toBe('countywide');
    expect(p.affectedDivisions).toHaveLength(53);
    expect(p.affectedDivisions).toEqual([...divisions.names].sort((a, b) => a.localeCompare(b)));
    expect(p.adjoiningDivisions).toEqual([]);
    expect(members).toHaveLength(55);
    expect(local(p)).toEqual(members.map((m) => m.name).sort());
    expect(p.recipients.every((r) => r.action === 'notify' && r.reasons[0]?.paragraph === '31')).toBe(true);
  });

  it('circulates to all members', () => {
    expect(renderCirculation(p, WORDS)).toBe(
      'Circulation under the Local Issues Alert Procedure\n\nAll members of the County Council.',
    );
  });
});
