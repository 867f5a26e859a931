import * as turf from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { countyDivisions, postcodes } from '../../../../tools/testing/fixtures';
import { matchGeometry } from './match';

const leics = countyDivisions('leicestershire');
const notts = countyDivisions('nottinghamshire');
const herts = countyDivisions('hertfordshire');

const pairs = (adj: Record<string, string[]>) => Object.values(adj).reduce((n, l) => n + l.length, 0) / 2;

describe('adjacency: divisions are neighbours when they share an edge of positive length', () => {
  it.each([
    ['Leicestershire', leics, 125],
    ['Nottinghamshire', notts, 124],
  ])('%s has %i neighbouring pairs, each listed both ways', (_, set, expected) => {
    const adj = set.adjacency();
    expect(pairs(adj)).toBe(expected);
    for (const [a, list] of Object.entries(adj)) {
      for (const b of list) expect(adj[b], `${a} ~ ${b}`).toContain(a);
      expect(list).not.toContain(a);
    }
  });

  it('every Leicestershire division has between 1 and 10 neighbours', () => {
    const counts = Object.values(leics.adjacency()).map((l) => l.length);
    expect(Math.min(...counts)).toBe(1);
    expect(Math.max(...counts)).toBe(10);
  });

  it.each([
    ['Oadby', ['East Wigston', 'Gartree', 'North Wigston']],
    ['Loughborough North', ['Loughborough East', 'Loughborough North West', 'Loughborough South']],
  ])('%s adjoins %j among others', (name, some) => {
    expect(leics.neighboursOf(name)).toEqual(expect.arrayContaining(some));
    for (const n of leics.neighboursOf(name)) expect(leics.sharedBoundaryMetres(name, n)).toBeGreaterThan(1);
  });

  it('Newark West and Collingham meet only at a point, so they are not neighbours', () => {
    expect(notts.neighboursOf('Newark West')).not.toContain('Collingham');
    expect(notts.neighboursOf('Collingham')).not.toContain('Newark West');
    expect(notts.warnings).toEqual([
      expect.objectContaining({ code: 'point-touch', divisions: ['Newark West', 'Collingham'] }),
    ]);
  });

  it('adjoining() lists neighbours of a group that are not in it', () => {
    const around = leics.adjoining(['Oadby', 'East Wigston']);
    expect(around).not.toContain('Oadby');
    expect(around).not.toContain('East Wigston');
    expect(around).toEqual(expect.arrayContaining(['Gartree', 'North Wigston', 'Launde']));
  });
});

describe('Hertfordshire: real flaws are accepted with warnings', () => {
  const of = (code: string) =>
    herts.warnings.filter((w) => w.code === code).map((w) => [...w.divisions].sort());

  it('loads all 78 divisions', () => {
    expect(herts.size).toBe(78);
  });

  it('warns about the self-intersecting ring of Potters Bar West & Shenley', () => {
    expect(of('self-intersection')).toEqual([['Potters Bar West & Shenley']]);
  });

  it('warns about the small overlaps around it', () => {
    // Turf's intersect over every pair finds the same three overlaps, 580 m² in all.
    expect(of('overlap')).toEqual([
      ['Borehamwood South', 'Potters Bar West & Shenley'],
      ['Colney Heath & Marshalswick', 'Potters Bar West & Shenley'],
      ['Potters Bar West & Shenley', "St Stephen's"],
    ]);
  });

  it('warns about six point-only touches and does not count them as neighbours', () => {
    const touches = of('point-touch');
    expect(touches).toHaveLength(6);
    for (const [a, b] of touches) expect(herts.neighboursOf(a as string)).not.toContain(b);
  });

  it('still matches points in the flawed division, as Turf does', () => {
    const shenley: [number, number] = [-0.2, 51.69];
    const r = matchGeometry(herts, { type: 'Point', coordinates: shenley });
    const oracle = herts.divisions
      .filter((d) => turf.booleanPointInPolygon(shenley, d.geometry))
      .map((d) => d.name);
    expect(r.divisions.map((d) => d.name)).toEqual(oracle);
    expect(oracle).toEqual(['Potters Bar West & Shenley']);
  });
});

describe('Nottinghamshire postcodes', () => {
  it('puts every Nottinghamshire postcode in exactly one division', () => {
    let n = 0;
    for (const p of postcodes('NG')) {
      if (p.county !== 'E10000024') continue;
      n++;
      expect(
        matchGeometry(notts, { type: 'Point', coordinates: [p.lon, p.lat] }).divisions,
        p.postcode,
      ).toHaveLength(1);
    }
    expect(n).toBe(16_356);
  });
});
