import { describe, expect, it } from 'vitest';
import {
  at,
  holderOf,
  member,
  members,
  names,
  namesIn,
  plan,
  recipient,
  relationsByName,
} from '../../test/leicestershire.fixture';
import type { AlertEvent } from '../event/alert-event.types';

const OADBY = at('LE2 5AA');
const leader = holderOf('leader'); // Catherine Kettering, Market Harborough West & Foxton
const deputy = holderOf('deputy_leader'); // Chloe Radcliffe, Lutterworth
const interestedIn = (topic: string) => members.filter((m) => m.interests.includes(topic));

describe('§34: members with a registered interest', () => {
  it.each(['flooding', 'schools', 'heritage', 'trading standards'])(
    'an Oadby matter on %s reaches every member who registered that interest, as interest',
    (topic) => {
      const p = plan({ kind: 'delegated_decision', title: 'x', location: OADBY, topics: [topic] });
      const expected = interestedIn(topic).filter((m) => m.division !== 'Oadby');
      expect(expected.length).toBeGreaterThan(0);
      for (const m of expected) {
        expect(recipient(p, m.name)).toMatchObject({
          action: 'notify',
          division: m.division,
          reasons: [{ relation: 'interest', paragraph: '34', topic }],
        });
      }
      expect(names(p.recipients)).toEqual([...namesIn('Oadby'), ...expected.map((m) => m.name)].sort());
    },
  );

  it('does not add an interest reason for the local member: Eleanor Newbold (Coalville North) has "schools"', () => {
    expect(member('Eleanor Newbold').interests).toContain('schools');
    const p = plan({
      kind: 'service_change',
      title: 'x',
      divisions: ['Coalville North'],
      topics: ['schools'],
    });
    expect(recipient(p, 'Eleanor Newbold').reasons).toEqual([
      { relation: 'local', paragraph: '35', division: 'Coalville North' },
    ]);
    expect(p.recipients.filter((r) => r.name === 'Eleanor Newbold')).toHaveLength(1);
  });

  it('gives one entry with a reason per topic to a member interested in several', () => {
    // Kate Chadwell (Cosby & Countesthorpe) registered countryside, libraries and schools.
    const p = plan({
      kind: 'service_change',
      title: 'x',
      location: OADBY,
      topics: ['Libraries', 'SCHOOLS', 'parks'],
    });
    expect(recipient(p, 'Kate Chadwell').reasons.map((r) => r.topic)).toEqual(['libraries', 'schools']);
  });

  it('merges an adjoining member with an interest into one entry with both reasons', () => {
    // Dominic Normanton's East Wigston adjoins Oadby, and he registered "schools".
    const p = plan({ kind: 'major_incident', title: 'x', location: OADBY, topics: ['schools'] });
    expect(relationsByName(p)['Dominic Normanton']).toEqual(['adjoining', 'interest']);
  });

  it('notifies, rather than invites, interested members of an event that invites the local ones', () => {
    const p = plan({ kind: 'facility_event', title: 'x', location: OADBY, topics: ['schools'] });
    expect(recipient(p, 'Wendy Wymeswold').action).toBe('invite');
    expect(recipient(p, 'Clare Sowerby').action).toBe('notify');
  });

  it('matches no one for a topic nobody registered', () => {
    const p = plan({ kind: 'service_change', title: 'x', location: OADBY, topics: ['allotments'] });
    expect(names(p.recipients)).toEqual(namesIn('Oadby'));
  });
});

describe('§36: escalation', () => {
  const escalations = (p: ReturnType<typeof plan>) =>
    p.recipients
      .filter((r) => r.reasons.some((x) => x.relation === 'escalation'))
      .map((r) => [r.name, r.reasons.filter((x) => x.relation === 'escalation').map((x) => x.role)]);

  it.each<[string, Partial<AlertEvent>, [string, string[]][]]>([
    [
      'a major incident: the Leader, the Deputy Leader and the lead member for the portfolio',
      { kind: 'major_incident', portfolio: 'Highways and Transport' },
      [
        [leader.name, ['leader']],
        [deputy.name, ['deputy_leader']],
        ['Emma Moira', ['cabinet_lead_member']],
      ],
    ],
    [
      'a major incident with no portfolio: the Leader and the Deputy Leader',
      { kind: 'major_incident' },
      [
        [leader.name, ['leader']],
        [deputy.name, ['deputy_leader']],
      ],
    ],
    [
      'a press enquiry: the lead member for the portfolio, not the Leader',
      { kind: 'press_enquiry', portfolio: 'highways & transport' },
      [['Emma Moira', ['cabinet_lead_member']]],
    ],
    [
      'a press enquiry on a portfolio no lead member holds: the Leader',
      { kind: 'press_enquiry', portfolio: 'Libraries' },
      [[leader.name, ['leader']]],
    ],
    ['a press enquiry with no portfolio: the Leader', { kind: 'press_enquiry' }, [[leader.name, ['leader']]]],
    [
      'any event asking for the Deputy Leader',
      { kind: 'consultation', opensAt: '2026-04-01', escalate: ['deputy_leader'] },
      [[deputy.name, ['deputy_leader']]],
    ],
    [
      'any event asking for the lead member for Health',
      { kind: 'service_change', portfolio: 'Health', escalate: ['cabinet_lead_member'] },
      [['Quentin Whitcombe', ['cabinet_lead_member']]],
    ],
    ['an event that asks for nothing', { kind: 'service_change', portfolio: 'Health' }, []],
  ])('%s', (_name, extra, expected) => {
    const event = { kind: 'service_change', title: 'x', location: at('LE4 3AA'), ...extra } as const;
    const p = plan(event);
    expect(escalations(p).sort()).toEqual(expected.sort());
    for (const r of p.recipients)
      for (const x of r.reasons) if (x.relation === 'escalation') expect(x.paragraph).toBe('36');
  });

  it('the lead members in the table hold those portfolios in members.csv', () => {
    expect(member('Emma Moira')).toMatchObject({
      roles: ['cabinet_lead_member'],
      portfolio: 'Highways and Transport',
    });
    expect(member('Quentin Whitcombe')).toMatchObject({
      roles: ['cabinet_lead_member'],
      portfolio: 'Health',
    });
  });

  it('says when the Leader stands in for a missing lead member', () => {
    const p = plan({ kind: 'press_enquiry', title: 'x', location: OADBY, portfolio: 'Libraries' });
    expect(p.warnings).toContain(
      'No Cabinet Lead Member holds the portfolio "Libraries", so the Leader is told instead (§36)',
    );
  });

  it('says when a major incident names no portfolio', () => {
    const p = plan({ kind: 'major_incident', title: 'x', location: OADBY });
    expect(p.warnings).toContain('No portfolio was given, so no Cabinet Lead Member is told (§36)');
  });
});

describe('one entry per person, with every reason', () => {
  it('the Leader, local to a major incident in her own division, gets one entry with both reasons', () => {
    const p = plan({ kind: 'major_incident', title: 'x', divisions: ['Market Harborough West & Foxton'] });
    const entries = p.recipients.filter((r) => r.id === leader.id);
    expect(entries).toHaveLength(1);
    expect(entries[0]?.reasons).toEqual([
      { relation: 'local', paragraph: '35', division: 'Market Harborough West & Foxton' },
      { relation: 'escalation', paragraph: '36', role: 'leader' },
    ]);
  });

  it("Oadby's lead member for Children and Families: local and escalated, one entry", () => {
    const p = plan({
      kind: 'major_incident',
      title: 'x',
      location: OADBY,
      portfolio: 'Children and Families',
    });
    expect(recipient(p, 'Wendy Wymeswold').reasons.map((r) => r.relation)).toEqual(['local', 'escalation']);
  });

  it('keeps the strongest action: the Deputy Leader is invited to a Lutterworth opening, and escalated', () => {
    const p = plan({
      kind: 'facility_event',
      title: 'x',
      location: at('LE17 4AB'),
      escalate: ['deputy_leader'],
    });
    expect(recipient(p, deputy.name)).toMatchObject({
      action: 'invite',
      reasons: [
        { relation: 'local', paragraph: '28', division: 'Lutterworth' },
        { relation: 'escalation', paragraph: '36', role: 'deputy_leader' },
      ],
    });
  });

  it('lists the same role asked twice once', () => {
    const p = plan({ kind: 'major_incident', title: 'x', location: OADBY, escalate: ['leader'] });
    expect(recipient(p, leader.name).reasons).toEqual([
      { relation: 'escalation', paragraph: '36', role: 'leader' },
    ]);
  });
});
