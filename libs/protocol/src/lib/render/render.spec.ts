import { describe, expect, it } from 'vitest';
import { WORDS } from '../../test/plan.fixture';
import { at, divisions, namesIn, plan } from '../../test/leicestershire.fixture';
import { formatPlanTable } from './format-plan-table';
import { CIRCULATION_HEADING, renderCirculation } from './render-circulation';

const OADBY = at('LE2 5AA');
const body = (text: string) => text.slice(`${CIRCULATION_HEADING}\n\n`.length).split('\n');

describe('renderCirculation: the paragraph a report author pastes in', () => {
  it('starts with the heading the committee reports use', () => {
    const text = renderCirculation(plan({ kind: 'public_meeting', title: 'x', location: OADBY }), WORDS);
    expect(text.startsWith('Circulation under the Local Issues Alert Procedure\n\n')).toBe(true);
  });

  it('names both members of a two-member division on one line for the division', () => {
    const text = renderCirculation(plan({ kind: 'public_meeting', title: 'x', location: OADBY }), WORDS);
    const [first, second] = namesIn('Oadby');
    expect(body(text)).toEqual([`${first} CC and ${second} CC (Oadby)`]);
  });

  it('groups several divisions, one line each, in division order', () => {
    const p = plan({ kind: 'road_works', title: 'x', divisions: ['Market Harborough East'], major: true });
    const expected = ['Market Harborough East', ...divisions.neighboursOf('Market Harborough East')]
      .sort((a, b) => a.localeCompare(b))
      .map(
        (d) =>
          `${namesIn(d)
            .map((n) => `${n} CC`)
            .join(' and ')} (${d})`,
      );
    expect(body(renderCirculation(p, WORDS))).toEqual(expected);
    expect(expected).toEqual([
      'Gemma Bramley CC (Gartree)',
      'Hugh Carver CC (Market Harborough East)',
      'Catherine Kettering CC (Market Harborough West & Foxton)',
    ]);
  });

  it('lists members told by interest or escalation under their own division', () => {
    const p = plan({ kind: 'press_enquiry', title: 'x', location: OADBY, topics: ['youth services'] });
    // Eleanor Newbold (Coalville North) registered youth services; the Leader takes the press enquiry.
    expect(body(renderCirculation(p, WORDS))).toEqual([
      'Eleanor Newbold CC (Coalville North)',
      'Catherine Kettering CC (Market Harborough West & Foxton)',
      'Oliver Belgrave CC and Wendy Wymeswold CC (Oadby)',
    ]);
  });

  it.each([
    ['an excluded event', plan({ kind: 'foi_request', title: 'x', location: OADBY })],
    [
      'a plan that informs officers only',
      plan({ kind: 'member_public_meeting', title: 'x', location: OADBY, service: 'Waste' }),
    ],
  ])('says "None." for %s, as the 2023 revision report does', (_name, p) => {
    expect(renderCirculation(p, WORDS)).toBe('Circulation under the Local Issues Alert Procedure\n\nNone.');
  });

  it('invents no titles: just the names the roster gives', () => {
    const p = plan({ kind: 'major_incident', title: 'x', location: OADBY, topics: ['schools'] });
    for (const line of body(renderCirculation(p, WORDS))) {
      expect(line).not.toMatch(/\b(Mr|Mrs|Ms|Miss|Dr|Cllr)\b/);
      expect(line).toMatch(/^([A-Z][a-z]+ [A-Z][a-z]+ CC)( and [A-Z][a-z]+ [A-Z][a-z]+ CC)? \([^)]+\)$/);
    }
  });
});

describe('formatPlanTable: what democratic services read', () => {
  it('shows one row per recipient with the action, relations, paragraphs and division', () => {
    const p = plan({
      kind: 'major_incident',
      title: 'Gas leak, The Parade, Oadby',
      location: OADBY,
      portfolio: 'Children and Families',
    });
    const lines = formatPlanTable(p).split('\n');
    const header = lines.findIndex((l) => /^Name\s+Action\s+Relation\s+§\s+Division\s+E-mail$/.test(l));
    expect(header).toBeGreaterThan(0);
    const rows = lines.slice(header + 2, header + 2 + p.recipients.length);
    expect(rows).toHaveLength(p.recipients.length);
    p.recipients.forEach((r, i) => {
      expect(rows[i]).toContain(r.name);
      expect(rows[i]).toContain(r.email);
      expect(rows[i]).toContain(` ${r.action} `);
    });
    const wendy = rows.find((l) => l.startsWith('Wendy Wymeswold')) ?? '';
    expect(wendy).toMatch(/notify\s+local, escalation: cabinet lead member\s+35, 36\s+Oadby/);
    expect(lines).toContain(`${p.recipients.length} to be told.`);
  });

  it('shows the kind, its paragraph, when to send, and the affected and adjoining divisions', () => {
    const text = formatPlanTable(
      plan({ kind: 'consultation', title: 'x', location: OADBY, opensAt: '2026-03-20' }),
    );
    expect(text).toContain('consultation (§31): Members are notified immediately prior to the outset');
    expect(text).toContain('Send at:    2026-03-19T00:00:00.000Z');
    expect(text).toContain('Affected:   Oadby (1)');
    expect(text).toContain('Adjoining:  East Wigston; Gartree; Launde; North Wigston (4), not told');
  });

  it('gives the reason nobody is told, with its paragraph', () => {
    const text = formatPlanTable(
      plan({ kind: 'complaints', title: 'x', location: OADBY, individualServiceComplaint: true }),
    );
    expect(text).toContain('Nobody is to be told.');
    expect(text).toMatch(/Excluded \(§26, 35\): It is an individual service-related complaint\./);
  });

  it('shows the meeting and the right to attend and speak for a sensitive report', () => {
    const text = formatPlanTable(
      plan({
        kind: 'sensitive_report',
        title: 'x',
        location: OADBY,
        body: 'cabinet',
        startsAt: '2026-03-17',
      }),
    );
    expect(text).toMatch(/Meeting: {4}the Cabinet on 2026-03-17\. §33: You may attend .*Standing Order 34/);
  });

  it('summarises a countywide plan instead of listing 53 divisions, and shows warnings', () => {
    const text = formatPlanTable(plan({ kind: 'major_incident', title: 'x', countywide: true }));
    expect(text).toContain('Affected:   countywide, all 53 divisions');
    expect(text).toContain('Warning: No portfolio was given, so no Cabinet Lead Member is told (§36)');
  });

  it('shows officers, with their service', () => {
    const text = formatPlanTable(
      plan({ kind: 'member_public_meeting', title: 'x', location: OADBY, service: 'flood risk management' }),
    );
    expect(text).toMatch(/Ian Brookes\s+inform\s+officer: Flood Risk Management\s+30\s+\(officer\)/);
  });
});
