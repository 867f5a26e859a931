import type { MemberRole } from '@member-alerts/roster';
import { describe, expect, it } from 'vitest';
import {
  at,
  divisions,
  holderOf,
  members,
  officers,
  plan,
  relationsByName,
} from '../../test/leicestershire.fixture';
import type { AlertEvent } from '../event/alert-event.types';
import type { EventKind } from '../../test/leicestershire.fixture';
import { EVENT_KINDS } from '../../test/leicestershire.fixture';
import type { Action } from '../policy/policy.types';

// Places, by a postcode in a town that gives its division its name (OS Code-Point Open 2014).
const LUTTERWORTH = at('LE17 4AB');
const GLENFIELD = at('LE3 8AA'); // Glenfields, Kirby Muxloe & Leicester Forests: two members
const KIRBY_MUXLOE = at('LE9 2AA'); // the same division
const OADBY = at('LE2 5AA'); // Oadby: two members
const BIRSTALL = at('LE4 3AA');
const SHEPSHED = at('LE12 9AA');

interface Row {
  kind: EventKind;
  event: Omit<AlertEvent, 'kind' | 'title'>;
  paragraph: string;
  /** What the kind asks for its own audience. */
  action: Action;
  /** Divisions whose members are told as local members. */
  local?: string[];
  /** Divisions whose members are told as adjoining members. */
  adjoining?: string[];
  /** Roles told by escalation (§36). */
  escalation?: MemberRole[];
  /** The service whose officers are informed (§30). */
  officersFor?: string;
}

const ROWS: Row[] = [
  // §28: invited; the facility serves only its own division, so neighbours are not.
  {
    kind: 'facility_event',
    event: { location: LUTTERWORTH },
    paragraph: '28',
    action: 'invite',
    local: ['Lutterworth'],
  },
  {
    kind: 'public_meeting',
    event: { location: GLENFIELD },
    paragraph: '29',
    action: 'invite',
    local: ['Glenfields, Kirby Muxloe & Leicester Forests'],
  },
  // §30: the officers for the service are informed, not the members.
  {
    kind: 'member_public_meeting',
    event: { location: BIRSTALL, service: 'Highways' },
    paragraph: '30',
    action: 'inform',
    officersFor: 'Highways',
  },
  {
    kind: 'consultation',
    event: { location: OADBY, opensAt: '2026-03-20T09:00:00Z' },
    paragraph: '31',
    action: 'notify',
    local: ['Oadby'],
  },
  {
    kind: 'sensitive_report',
    event: { divisions: ['Market Harborough East'], body: 'cabinet', startsAt: '2026-03-17T14:00:00Z' },
    paragraph: '32',
    action: 'notify',
    local: ['Market Harborough East'],
  },
  {
    kind: 'delegated_decision',
    event: { location: SHEPSHED },
    paragraph: '35',
    action: 'notify',
    local: ['Shepshed'],
  },
  // §36: no portfolio given, so the press enquiry goes to the Leader as well.
  {
    kind: 'press_enquiry',
    event: { location: BIRSTALL },
    paragraph: '35',
    action: 'notify',
    local: ['Birstall'],
    escalation: ['leader'],
  },
  {
    kind: 'partnership_action',
    event: { location: KIRBY_MUXLOE },
    paragraph: '35',
    action: 'notify',
    local: ['Glenfields, Kirby Muxloe & Leicester Forests'],
  },
  {
    kind: 'foi_request',
    event: { location: OADBY, controversial: true },
    paragraph: '35',
    action: 'notify',
    local: ['Oadby'],
  },
  {
    kind: 'complaints',
    event: { location: LUTTERWORTH },
    paragraph: '35',
    action: 'notify',
    local: ['Lutterworth'],
  },
  // Major road works: the neighbouring divisions hear of them too.
  {
    kind: 'road_works',
    event: { divisions: ['Market Harborough East'], major: true },
    paragraph: '35',
    action: 'notify',
    local: ['Market Harborough East'],
    adjoining: ['Gartree', 'Market Harborough West & Foxton'],
  },
  {
    kind: 'service_change',
    event: { location: BIRSTALL },
    paragraph: '35',
    action: 'notify',
    local: ['Birstall'],
  },
  {
    kind: 'major_incident',
    event: { location: OADBY },
    paragraph: '35',
    action: 'notify',
    local: ['Oadby'],
    adjoining: ['East Wigston', 'Gartree', 'Launde', 'North Wigston'],
    escalation: ['leader', 'deputy_leader'],
  },
];

/** Who the row says is told, and why, from members.csv and officers.csv. */
function expected(row: Row): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const add = (name: string, relation: string) => (out[name] = [...(out[name] ?? []), relation]);
  for (const m of members) if (row.local?.includes(m.division)) add(m.name, 'local');
  for (const m of members) if (row.adjoining?.includes(m.division)) add(m.name, 'adjoining');
  for (const role of row.escalation ?? []) add(holderOf(role).name, 'escalation');
  for (const o of officers)
    if (row.officersFor && o.services.includes(row.officersFor)) add(o.name, 'officer');
  return out;
}

describe('planEvent: each kind of event, in a real place', () => {
  it('covers all thirteen kinds', () => {
    expect(ROWS.map((r) => r.kind).sort()).toEqual([...EVENT_KINDS].sort());
  });

  it.each(ROWS)('$kind (§$paragraph): the right people, for the right reasons', (row) => {
    const p = plan({ kind: row.kind, title: `A ${row.kind.replace(/_/g, ' ')}`, ...row.event });
    expect(p.kind).toBe(row.kind);
    expect(p.paragraph).toBe(row.paragraph);
    expect(p.excluded).toBeUndefined();
    expect(relationsByName(p)).toEqual(expected(row));
    if (row.local) expect(p.affectedDivisions).toEqual(row.local);
    if (row.adjoining) {
      expect(p.adjoiningDivisions).toEqual(row.adjoining);
      expect(p.adjoiningDivisions).toEqual(divisions.adjoining(p.affectedDivisions));
    }
  });

  it.each(ROWS)(
    '$kind: local and adjoining members get "$action", citing §$paragraph and their division',
    (row) => {
      const p = plan({ kind: row.kind, title: 'x', ...row.event });
      for (const r of p.recipients) {
        for (const reason of r.reasons) {
          if (reason.relation === 'local' || reason.relation === 'adjoining') {
            expect(r.action).toBe(row.action);
            expect(reason.paragraph).toBe(row.paragraph);
            expect(reason.division).toBe(r.division);
          }
          if (reason.relation === 'escalation') expect(reason.paragraph).toBe('36');
          if (reason.relation === 'officer') {
            expect([r.kind, r.action, reason.paragraph]).toEqual(['officer', 'inform', '30']);
          }
        }
      }
    },
  );
});

describe('planEvent: two-member divisions', () => {
  it.each([
    ['Oadby', OADBY],
    ['Glenfields, Kirby Muxloe & Leicester Forests', GLENFIELD],
  ])('tells both members for %s, which elects two', (division, location) => {
    const p = plan({ kind: 'public_meeting', title: 'x', location });
    const local = p.recipients.filter((r) => r.reasons.some((x) => x.relation === 'local'));
    expect(divisions.seatsOf(division)).toBe(2);
    expect(local).toHaveLength(2);
    expect(local.every((r) => r.division === division && r.action === 'invite')).toBe(true);
  });

  it('tells the one member left when a two-member division has a vacancy, and says so', () => {
    const roster = members.filter((m) => m.name !== 'Oliver Belgrave');
    const p = plan({ kind: 'public_meeting', title: 'x', location: OADBY }, { members: roster });
    expect(p.recipients.map((r) => r.name)).toEqual(['Wendy Wymeswold']);
    expect(p.warnings).toEqual(['"Oadby" elects 2 but the roster has 1: only they are told']);
  });

  it('says why nobody is told when the roster has no member for the division', () => {
    const roster = members.filter((m) => m.division !== 'Birstall');
    const p = plan({ kind: 'service_change', title: 'x', location: BIRSTALL }, { members: roster });
    expect(p.recipients).toEqual([]);
    expect(p.excluded).toEqual([
      { reason: 'No member for the affected division(s) is on the roster', paragraph: '35' },
    ]);
  });
});

describe('planEvent: the recipients list', () => {
  it('puts invitations first, then local before adjoining before the rest, then division and name', () => {
    const p = plan({
      kind: 'facility_event',
      title: 'Opening of the new Oadby library',
      location: OADBY,
      servesAdjoining: true,
      topics: ['schools'],
      escalate: ['leader'],
    });
    const order = p.recipients.map((r) => `${r.action} ${r.reasons[0]?.relation} ${r.division}`);
    const sorted = [...order].sort((a, b) => rankOf(a) - rankOf(b) || a.localeCompare(b));
    expect(order.slice(0, 2)).toEqual(['invite local Oadby', 'invite local Oadby']);
    expect(order.map(rankOf)).toEqual(sorted.map(rankOf));
  });

  it('is the same every time for the same input', () => {
    const event: AlertEvent = {
      kind: 'major_incident',
      title: 'Flooding',
      location: OADBY,
      topics: ['flooding'],
    };
    expect(JSON.stringify(plan(event))).toBe(JSON.stringify(plan(event)));
  });
});

function rankOf(line: string): number {
  const [action, relation] = line.split(' ');
  const actions = ['invite', 'notify', 'inform'];
  const relations = ['local', 'adjoining', 'interest', 'escalation', 'officer'];
  return actions.indexOf(action ?? '') * 10 + relations.indexOf(relation ?? '');
}
