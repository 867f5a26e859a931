import { describe, expect, it } from 'vitest';
import { readFixture } from '../../../../../tools/testing/fixtures';
import { at, names, namesIn, NOW, plan } from '../../test/leicestershire.fixture';
import { parsePolicy } from '../policy/parse-policy';
import { renderCirculation } from '../render/render-circulation';
import { comparePlans } from './compare-plans';
import { revisionInForce, revisionInWords } from './policy-revision';

const REVISIONS = [
  { number: 1, inForceFrom: '2023-12-06' },
  { number: 2, inForceFrom: '2027-04-01' },
  { number: 3, inForceFrom: '2027-04-01' },
  { number: 4, inForceFrom: '2028-01-01' },
];

describe('the revision in force', () => {
  it.each<[string, string, number | undefined]>([
    ['before the first', '2023-12-05T12:00:00Z', undefined],
    ['on the first day of the first', '2023-12-06T00:30:00Z', 1],
    // 23:30 UTC on 31 March is 00:30 on 1 April in London (summer time).
    ['from the first minute of its London day', '2027-03-31T23:30:00Z', 3],
    ['the day before, in London', '2027-03-31T22:30:00Z', 1],
    ['of two on the same day, the later published', '2027-06-01T12:00:00Z', 3],
    ['the last to have taken effect', '2029-01-01T12:00:00Z', 4],
  ])('%s', (_name, instant, number) => {
    expect(revisionInForce(REVISIONS, new Date(instant))?.number).toBe(number);
  });

  it('is named in words, and in the circulation text', () => {
    const revision = { number: 3, inForceFrom: '2027-04-01' };
    expect(revisionInWords(revision)).toBe(
      "revision 3 of the council's rules, in force from Thursday 1 April 2027",
    );
    const text = renderCirculation({
      ...plan({ kind: 'service_change', title: 'x', divisions: ['Oadby'] }),
      revision,
    }, { circulationName: 'County Council' });
    expect(text.split('\n').at(-1)).toBe(
      "Planned under revision 3 of the council's rules, in force from Thursday 1 April 2027.",
    );
  });
});

describe('what re-planning under other rules changes', () => {
  const file = readFixture('leicestershire', 'policy.yaml');
  // Road works told only to the divisions they cross (§35 as written), and consultation notices
  // two days ahead instead of one.
  const revised = parsePolicy(
    file
      .replace(
        /adjoining:\n {6}tell: always\n {6}choice: >-\n {8}Only §28 speaks of adjoining divisions\. The council tells their members of major road works\n[^\n]*\n/,
        'adjoining:\n      tell: never\n      protocol: matters affecting their division\n',
      )
      .replace(/date: opensAt\n {6}hours: 24/, 'date: opensAt\n      hours: 48'),
  );
  const roadWorks = { kind: 'road_works', title: 'A6', major: true, location: at('LE12 9AA') } as const;

  it('drops the members told only as adjoining, each with the reason they were told', () => {
    const before = plan(roadWorks);
    const after = plan(roadWorks, { policy: revised });
    const change = comparePlans(before, after);
    expect(change.added).toEqual([]);
    expect(change.dropped.length).toBeGreaterThan(0);
    expect(change.dropped.every((p) => p.reasons.every((r) => r.relation === 'adjoining'))).toBe(true);
    expect(names(after.recipients)).toEqual(namesIn('Shepshed'));
    expect(change.timing).toBeUndefined();
    // The other way round, the same members are added.
    expect(comparePlans(after, before).added.map((p) => p.name)).toEqual(change.dropped.map((p) => p.name));
  });

  it('says how the time of the notice moves, in words', () => {
    const consultation = {
      kind: 'consultation',
      title: 'Libraries',
      divisions: ['Oadby'],
      opensAt: '2026-07-15T09:00:00Z',
    } as const;
    const change = comparePlans(plan(consultation), plan(consultation, { policy: revised }));
    expect(change).toMatchObject({ added: [], dropped: [], reasonsChanged: [] });
    expect(change.timing).toBe(
      'The notice would go on Monday 13 July 2026 at 10am, not on Tuesday 14 July 2026 at 10am',
    );
  });

  it('finds nothing to say when the rules plan it the same', () => {
    const same = plan({ kind: 'service_change', title: 'Hours', divisions: ['Oadby'] });
    expect(
      comparePlans(
        same,
        plan({ kind: 'service_change', title: 'Hours', divisions: ['Oadby'] }, { now: NOW }),
      ),
    ).toEqual({
      added: [],
      dropped: [],
      reasonsChanged: [],
    });
  });
});
