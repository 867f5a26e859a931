import { describe, expect, it } from 'vitest';
import { countyDivisions, fixtureRosterRules, readFixture } from '../../../../tools/testing/fixtures';
import { importMembersCsv } from './import-members';
import { importOfficersCsv } from './import-officers';
import { diffMembers, diffOfficers, needsTypedCount } from './roster-diff';

const leics = countyDivisions('leicestershire');
const membersCsv = readFixture('leicestershire', 'members.csv');
const lines = membersCsv.trim().split('\n');
const parse = (text: string) => {
  const r = importMembersCsv(text, leics, fixtureRosterRules('leicestershire'));
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.rows;
};
const roster = parse(membersCsv).map((m) => ({ ...m, active: true }));
// Oliver Belgrave (m043) moves from Oadby to South & West Wigston and changes e-mail.
const moved = lines
  .find((l) => l.startsWith('m043,'))
  ?.replace('oliver.belgrave@', 'o.belgrave@')
  .replace(',Oadby,', ',South & West Wigston,');
const oneRow = [lines[0], moved].join('\n');

describe('diffMembers on the fixture roster', () => {
  const cases = [
    {
      name: 'the same file changes nobody',
      file: membersCsv,
      remove: true,
      expect: { added: 0, changed: 0, unchanged: 55, leaving: 0, kept: 0 },
    },
    {
      name: 'a one-row file changes one member and keeps the other 54 by default',
      file: oneRow,
      remove: false,
      expect: { added: 0, changed: 1, unchanged: 0, leaving: 0, kept: 54 },
    },
    {
      name: 'a one-row file with removal chosen lists the 54 who would leave',
      file: oneRow,
      remove: true,
      expect: { added: 0, changed: 1, unchanged: 0, leaving: 54, kept: 0 },
    },
    {
      name: 'a new id is an addition',
      file: [lines[0], 'm099,Alex Example,alex@members.leics.example,Oadby,,,'].join('\n'),
      remove: false,
      expect: { added: 1, changed: 0, unchanged: 0, leaving: 0, kept: 55 },
    },
  ];
  it.each(cases)('$name', (c) => {
    const d = diffMembers(roster, parse(c.file), c.remove);
    expect({
      added: d.added.length,
      changed: d.changed.length,
      unchanged: d.unchanged,
      leaving: d.leaving.length,
      kept: d.kept.length,
    }).toEqual(c.expect);
  });

  it('says each change field by field in plain words', () => {
    const d = diffMembers(roster, parse(oneRow), false);
    expect(d.changed).toEqual([
      {
        id: 'm043',
        name: 'Oliver Belgrave',
        changes: [
          expect.objectContaining({
            text: 'E-mail: oliver.belgrave@members.leics.example → o.belgrave@members.leics.example',
          }),
          expect.objectContaining({ text: 'Division: Oadby → South & West Wigston' }),
        ],
      },
    ]);
  });

  it('shows a mobile number added, changed or removed as people write it, and leaves it alone when the file has no mobile column', () => {
    const m043 = lines.find((l) => l.startsWith('m043,')) ?? '';
    const withMobile = (cell: string) => parse([`${lines[0]},mobile`, `${m043},${cell}`].join('\n'));
    const had = roster.map((m) => (m.id === 'm043' ? { ...m, mobile: '+447700900123' } : m));
    const texts = (d: ReturnType<typeof diffMembers>) =>
      d.changed.flatMap((c) => c.changes.map((x) => x.text));
    expect(texts(diffMembers(roster, withMobile('07700 900123'), false))).toEqual([
      'Mobile: (none) → 07700 900123',
    ]);
    expect(texts(diffMembers(had, withMobile('+44 7700 900456'), false))).toEqual([
      'Mobile: 07700 900123 → 07700 900456',
    ]);
    expect(texts(diffMembers(had, withMobile(''), false))).toEqual(['Mobile: 07700 900123 → (none)']);
    const same = diffMembers(had, withMobile('07700900123'), false);
    expect([same.changed, same.unchanged]).toEqual([[], 1]);
    const noColumn = diffMembers(had, parse([lines[0], m043].join('\n')), false);
    expect([noColumn.changed, noColumn.unchanged]).toEqual([[], 1]);
  });

  it('names roles, portfolio and interests in words, and a member who rejoins', () => {
    const was = roster.map((m) =>
      m.id === 'm042' ? { ...m, active: false, division: null, roles: [], interests: [] } : m,
    );
    const d = diffMembers(was, parse(membersCsv), false);
    expect(d.changed.map((c) => c.changes.map((x) => x.text))).toEqual([
      [
        'Status: left the roster → on the roster',
        'Division: (none) → Oadby',
        'Roles: (none) → cabinet lead member',
        'Interests: (none) → youth services',
      ],
    ]);
  });

  it('asks for the count typed back only when more than a quarter would leave', () => {
    const keep = (n: number) => [lines[0], ...lines.slice(1, 1 + n)].join('\n');
    expect(needsTypedCount(diffMembers(roster, parse(keep(41)), true), 55)).toBe(true); // 14 of 55
    expect(needsTypedCount(diffMembers(roster, parse(keep(42)), true), 55)).toBe(false); // 13 of 55
    expect(needsTypedCount(diffMembers(roster, parse(oneRow), false), 55)).toBe(false);
  });
});

describe('diffOfficers on the fixture officers', () => {
  const r = importOfficersCsv(readFixture('leicestershire', 'officers.csv'));
  const officers = r.ok ? r.rows : [];
  it('shows a change of services and keeps officers missing from the file', () => {
    const first = officers[0];
    if (!first) throw new Error('no officers in the fixture');
    const d = diffOfficers(
      officers.map((o) => ({ ...o, active: true })),
      [{ ...first, services: ['Highways'] }],
      false,
    );
    expect(d.changed[0]?.changes.map((c) => c.text)).toEqual([
      'Services: Highways, Road Works, Transport → Highways',
    ]);
    expect(d.kept).toHaveLength(officers.length - 1);
    expect(d.leaving).toEqual([]);
  });
});
