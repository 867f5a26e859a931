import { describe, expect, it } from 'vitest';
import { countyDivisions, fixtureRosterRules, readFixture } from '../../../../tools/testing/fixtures';
import { formatProblems, importMembersCsv } from './import-members';
import { importOfficersCsv } from './import-officers';

const leics = countyDivisions('leicestershire');
const RULES = fixtureRosterRules('leicestershire');
const HEADER = 'id,name,email,division,roles,portfolio,interests';

describe('the fixture roster', () => {
  const result = importMembersCsv(readFixture('leicestershire', 'members.csv'), leics, RULES);
  const members = result.ok ? result.rows : [];

  it('imports 55 members, one per seat, with no warnings', () => {
    expect(result.ok).toBe(true);
    expect(members).toHaveLength(55);
    expect(result.ok && result.warnings).toEqual([]);
    for (const name of leics.names) {
      expect(
        members.filter((m) => m.division === name),
        name,
      ).toHaveLength(leics.seatsOf(name) ?? 1);
    }
  });

  it('has one leader, one deputy leader and eight cabinet lead members, each with a portfolio', () => {
    const withRole = (r: string) => members.filter((m) => m.roles.some((x) => x === r));
    expect(withRole('leader')).toHaveLength(1);
    expect(withRole('deputy_leader')).toHaveLength(1);
    const leads = withRole('cabinet_lead_member');
    expect(leads).toHaveLength(8);
    expect(new Set(leads.map((m) => m.portfolio)).size).toBe(8);
    expect(leads.map((m) => m.portfolio)).toContain('Highways and Transport');
  });

  it('splits interests on ; and lower-cases them', () => {
    const m = members.find((x) => x.interests.length > 1);
    expect(m?.interests.every((t) => t === t.toLowerCase() && !t.includes(';'))).toBe(true);
  });
});

describe("each council's fictional roster fills every seat once, with the roles the development keys use", () => {
  it.each([
    ['leicestershire', 53, 55],
    ['nottinghamshire', 56, 66],
  ] as const)('%s: %i divisions, %i members, no warnings', (council, divisions, seats) => {
    const set = countyDivisions(council);
    const result = importMembersCsv(readFixture(council, 'members.csv'), set, fixtureRosterRules(council));
    expect(result.ok && result.warnings).toEqual([]);
    const members = result.ok ? result.rows : [];
    expect([set.size, members.length]).toEqual([divisions, seats]);
    const filled = set.names.filter((d) => members.filter((m) => m.division === d).length === set.seatsOf(d));
    expect(filled).toEqual(set.names);
    // The development keys: the Leader is m035, and m043 is a member without a role.
    expect(members.find((m) => m.id === 'm035')?.roles).toEqual(['leader']);
    expect(members.find((m) => m.id === 'm043')?.roles).toEqual([]);
    expect(members.every((m) => m.email.endsWith('.example'))).toBe(true);
    const officers = importOfficersCsv(readFixture(council, 'officers.csv'));
    expect(officers.ok).toBe(true);
    const ids = officers.ok ? officers.rows.map((o) => o.id) : [];
    // The development keys' contacts and the local sign-in's democratic services officer.
    expect(ids).toEqual(expect.arrayContaining(['o001', 'o002', 'o011']));
    expect(officers.ok && officers.rows.every((o) => o.email.endsWith('.example'))).toBe(true);
  });
});

describe('a bad members file imports nothing and reports every bad row', () => {
  it('names the row and column of each problem', () => {
    const csv = [
      HEADER,
      'm1,Ann Example,ann@council.example,Oadby,,,',
      'm1,Bob Example,bob@council.example,Oadby,,,', // duplicate id
      'm3,Cat Example,not-an-email,Lutterworth,,,',
      'm4,Dan Example,dan@council.example,Atlantis,,,',
      'm5,Eve Example,eve@council.example,Valley,cabinet_lead_member,,',
      'm6,Fay <b>Example</b>,fay@council.example,Whitwick,mayor,,',
      'm7,Gus Example,ann@council.example,Belvoir,,,', // duplicate e-mail
    ].join('\n');
    const r = importMembersCsv(csv, leics, RULES);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => [p.row, p.column])).toEqual([
      [3, 'id'],
      [4, 'email'],
      [5, 'division'],
      [6, 'portfolio'],
      [7, 'name'],
      [7, 'roles'],
      [8, 'email'],
    ]);
    expect(formatProblems(r.problems)).toMatch(
      /row 5, division: "Atlantis" is not a division of this council/,
    );
    expect(formatProblems(r.problems)).toMatch(/row 7, roles: "mayor" is not a role/);
  });

  it.each([
    ['an empty file', '', /empty/],
    ['a missing column', 'id,name,email\nm1,A,a@b.example', /missing column\(s\): division/],
    ['a header only', HEADER, /no members/],
    ['broken quoting', `${HEADER}\nm1,"Ann,ann@x.example,Oadby,,,`, /not valid CSV/],
  ])('rejects %s', (_, csv, message) => {
    const r = importMembersCsv(csv, leics, RULES);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(formatProblems(r.problems)).toMatch(message);
  });

  it('allows only one leader', () => {
    const csv = [HEADER, 'm1,A A,a@x.example,Oadby,leader,,', 'm2,B B,b@x.example,Valley,leader,,'].join(
      '\n',
    );
    const r = importMembersCsv(csv, leics, RULES);
    expect(!r.ok && formatProblems(r.problems)).toMatch(/row 3, roles: there can be only one leader/);
  });

  it("takes which roles have one holder from the council's rules, not from a list of its own", () => {
    const csv = [
      HEADER,
      'm1,A A,a@x.example,Oadby,cabinet_lead_member,Highways,',
      'm2,B B,b@x.example,Valley,cabinet_lead_member,Highways,',
      'm3,C C,c@x.example,East Wigston,leader,,',
      'm4,D D,d@x.example,North Wigston,leader,,',
    ].join('\n');
    // Leicestershire has many Cabinet Lead Members and one Leader.
    const mine = importMembersCsv(csv, leics, RULES);
    expect(!mine.ok && formatProblems(mine.problems)).toBe('row 5, roles: there can be only one leader');
    // A council whose rules make the lead member a single office, and the Leader not.
    const other = { ...RULES, oneHolder: ['cabinet_lead_member'] };
    const r = importMembersCsv(csv, leics, other);
    expect(!r.ok && formatProblems(r.problems)).toBe(
      'row 3, roles: there can be only one cabinet_lead_member',
    );
    expect(importMembersCsv(csv, leics, { ...RULES, oneHolder: [] }).ok).toBe(true);
  });

  it('refuses more members in a division than it elects, once per division, on the first row past its seats', () => {
    const csv = [
      HEADER,
      'm1,A A,a@x.example,Launde,,,',
      'm2,B B,b@x.example,launde,,,',
      'm3,C C,c@x.example,Launde,,,',
      'm4,D D,d@x.example,Oadby,,,',
      'm5,E E,e@x.example,Oadby,,,',
    ].join('\n');
    const r = importMembersCsv(csv, leics, RULES);
    expect(!r.ok && r.problems).toEqual([
      { row: 3, column: 'division', message: '"Launde" has 1 seat but the file gives it 3 members' },
    ]);
  });

  it('warns, without failing, when a division has fewer members than seats', () => {
    const r = importMembersCsv([HEADER, 'm1,A A,a@x.example,oadby,,,'].join('\n'), leics, RULES);
    expect(r.ok).toBe(true);
    expect(r.ok && r.warnings).toContain('"Oadby" elects 2 but has 1 member(s): its alerts go to 1');
    expect(r.ok && r.rows[0]?.division).toBe('Oadby');
  });
});

describe('the optional mobile column', () => {
  const WITH_MOBILE = `${HEADER},mobile`;
  const rows = (csv: string) => {
    const r = importMembersCsv(csv, leics, RULES);
    return r.ok ? r.rows : formatProblems(r.problems);
  };

  it.each([
    ['07700 900123', '+447700900123'],
    ['+44 7700 900123', '+447700900123'],
    ['(07700) 900-123', '+447700900123'],
  ])('reads %s as a UK mobile', (given, stored) => {
    const r = rows(`${WITH_MOBILE}\nm1,A A,a@x.example,Oadby,,,,${given}`);
    expect(typeof r !== 'string' && r[0]?.mobile).toBe(stored);
  });

  it('takes an empty cell as no mobile, and a file without the column as saying nothing of it', () => {
    const empty = rows(`${WITH_MOBILE}\nm1,A A,a@x.example,Oadby,,,,`);
    expect(typeof empty !== 'string' && empty[0]?.mobile).toBeNull();
    const without = rows(`${HEADER}\nm1,A A,a@x.example,Oadby,,,`);
    expect(typeof without !== 'string' && without[0] && 'mobile' in without[0]).toBe(false);
  });

  it('names the row and column of a number that is not a UK mobile, and imports nothing', () => {
    const r = rows(
      [
        WITH_MOBILE,
        'm1,A A,a@x.example,Oadby,,,,07700 900123',
        'm2,B B,b@x.example,Oadby,,,,0116 232 3232',
      ].join('\n'),
    );
    expect(r).toBe('row 3, mobile: "0116 232 3232" must be a UK mobile number, such as 07700 900123');
  });
});

describe('officers', () => {
  it('imports the fixture officers with their services', () => {
    const r = importOfficersCsv(readFixture('leicestershire', 'officers.csv'));
    expect(r.ok).toBe(true);
    const rows = r.ok ? r.rows : [];
    expect(rows).toHaveLength(12);
    expect(rows.find((o) => o.id === 'o002')?.services).toEqual(['Libraries', 'Heritage', 'Museums']);
  });

  it('reports each bad officer row', () => {
    const r = importOfficersCsv('id,name,email,services\no1,A,bad,\no1,B,b@x.example,Libraries');
    expect(!r.ok && r.problems.map((p) => `${p.row}:${p.column}`)).toEqual(['2:email', '2:services', '3:id']);
  });
});
