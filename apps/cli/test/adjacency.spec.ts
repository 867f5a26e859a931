import { describe, expect, it } from 'vitest';
import { countyDivisions } from '../../../tools/testing/fixtures';
import { LEICS, runCli } from './run-cli';

describe('member-alerts adjacency', () => {
  it('prints every division with its neighbours as JSON', () => {
    const r = runCli(['adjacency', '--divisions', LEICS, '--json']);
    expect(r.code).toBe(0);
    const { neighbours } = JSON.parse(r.stdout) as { neighbours: Record<string, string[]> };
    expect(Object.keys(neighbours)).toHaveLength(53);
    expect(neighbours).toEqual(countyDivisions('leicestershire').adjacency());
    expect(neighbours['Oadby']).toEqual(expect.arrayContaining(['East Wigston', 'Gartree']));
  });

  it('warns on stderr about the flaws of a real but imperfect file, and still answers', () => {
    const r = runCli(['adjacency', '--divisions', 'fixtures/nottinghamshire/divisions.geojson', '--json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/"Newark West" and "Collingham" meet only at a point/);
    const { neighbours } = JSON.parse(r.stdout) as { neighbours: Record<string, string[]> };
    expect(neighbours['Newark West']).not.toContain('Collingham');
  });
});

describe('member-alerts with no or unknown command', () => {
  it('lists the commands', () => {
    const r = runCli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/match\s+which divisions/);
    expect(r.stdout).toMatch(/adjacency/);
  });

  it('rejects an unknown command', () => {
    const r = runCli(['frobnicate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown command "frobnicate"/);
  });

  it('runs the demo on the bundled data', () => {
    const r = runCli(['demo']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/53 electoral divisions electing 55 members/);
  });
});
