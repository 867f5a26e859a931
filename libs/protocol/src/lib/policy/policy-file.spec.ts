import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { countyDivisions, fixturePath, readFixture } from '../../../../../tools/testing/fixtures';
import { importMembersCsv } from '@member-alerts/roster';
import { planEvent } from '../plan/plan-event';
import { rosterRules } from './roster-rules';
import { at, divisions, fieldErrors, member, members, plan, POLICY } from '../../test/leicestershire.fixture';
import type { Member } from '@member-alerts/roster';
import type { AlertEvent } from '../event/alert-event.types';
import type { Plan } from '../plan/plan.types';
import { deliveryTime } from '../delivery/delivery-time';
import { parseEvent } from '../event/parse-event';
import { describeChanges } from '../render/describe-changes';
import { renderCirculation } from '../render/render-circulation';
import { consolePolicy } from './console-policy';
import { councilWords } from './council-words';
import { describePolicy } from './describe-policy';
import { parsePolicy, PolicyFileError } from './parse-policy';
import { policyJsonSchema } from './policy-json-schema';
import type { Policy } from './policy.types';

const TEXT = readFixture('leicestershire', 'policy.yaml');
const SCHEMA_FILE = join(__dirname, '..', '..', '..', 'policy.schema.json');
const PROTOCOL = readFileSync(join(__dirname, '..', '..', 'test', 'part-5c-paragraphs-26-36.txt'), 'utf8')
  .replace(/\s+/g, ' ')
  .replace(/[‘’]/g, "'");

type Tree = Record<string, unknown>;
const leicestershire = (): Tree => parse(TEXT) as Tree;

/** Leicestershire's file with one change, read back through the checker. */
function variant(change: (file: Tree) => void): Policy {
  const file = leicestershire();
  change(file);
  return parsePolicy(stringify(file));
}
const kindIn = (file: Tree, kind: string) => (file['kinds'] as Record<string, Tree>)[kind] as Tree;

function quotesIn(node: unknown, found: string[] = []): string[] {
  if (Array.isArray(node)) for (const x of node) quotesIn(x, found);
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'protocol' && typeof value === 'string') found.push(value);
      else quotesIn(value, found);
    }
  }
  return found;
}

describe("Leicestershire's policy file", () => {
  it.each(quotesIn(leicestershire()))('quotes the protocol word for word: %s', (quote) => {
    expect(PROTOCOL).toContain(quote.replace(/\s+/g, ' '));
  });

  it("marks the three rows that go beyond the protocol's words as the council's choices, with its reason", () => {
    const basis = (kind: string, rule: 'timing' | 'adjoining' | 'escalation') =>
      POLICY.kinds[kind]?.basis?.[rule];
    const choices = [
      basis('consultation', 'timing'),
      basis('road_works', 'adjoining'),
      basis('major_incident', 'adjoining'),
      basis('press_enquiry', 'escalation'),
    ];
    for (const b of choices) expect(b && 'choice' in b && b.choice.length > 40).toBe(true);
    expect(basis('major_incident', 'escalation')).toEqual({
      protocol: 'the Leader, Deputy Leader or Cabinet Lead Member',
    });
  });

  it('reads the same as JSON', () => {
    expect(parsePolicy(JSON.stringify(leicestershire()))).toEqual(POLICY);
  });

  it('shows its rules in words, telling the protocol from the council', () => {
    const shown = describePolicy(POLICY);
    expect(shown).toContain(
      'Leicestershire County Council: the rules that take effect on Wednesday 6 December 2023',
    );
    expect(shown).toMatch(
      /Consultation \(§31\)[\s\S]*When: 24 hours before "When the consultation opens"\.\n {6}The council's choice: §31 says "immediately prior to the outset"/,
    );
    expect(shown).toContain('The protocol: "Where a major incident has taken place."');
    expect(shown).not.toMatch(/opensAt|servesAdjoining|local_members/);
  });
});

describe("Nottinghamshire's example policy file", () => {
  const text = readFixture('nottinghamshire', 'policy.yaml');

  it("says at its top that it is an example, not the council's adopted text", () => {
    expect(text.split('\n').slice(0, 4).join('\n')).toContain(
      "AN EXAMPLE, NOT NOTTINGHAMSHIRE COUNTY COUNCIL'S ADOPTED TEXT.",
    );
  });

  it('quotes no protocol: with no adopted text to quote, every rule is a choice with its reason', () => {
    expect(quotesIn(parse(text))).toEqual([]);
    expect(describePolicy(parsePolicy(text))).not.toContain('The protocol:');
  });

  it('names the council in its own words, and leaves out two kinds Leicestershire has', () => {
    const policy = parsePolicy(text);
    expect(policy.council).toBe('Nottinghamshire County Council');
    expect(policy.words).toEqual({
      area: 'electoral division',
      areas: 'electoral divisions',
      wholeArea: 'the whole of Nottinghamshire',
      circulationName: 'Nottinghamshire County Council',
    });
    expect(Object.keys(POLICY.kinds).filter((k) => !(k in policy.kinds))).toEqual([
      'member_public_meeting',
      'partnership_action',
    ]);
  });

  it("tells a sensitive report's opposition group leaders and the committee's chair, from its fictional roster", () => {
    const policy = parsePolicy(text);
    const notts = countyDivisions('nottinghamshire');
    const roster = importMembersCsv(
      readFixture('nottinghamshire', 'members.csv'),
      notts,
      rosterRules(policy),
    );
    if (!roster.ok) throw new Error(JSON.stringify(roster.problems));
    const event = parseEvent(
      {
        kind: 'sensitive_report',
        title: 'Closure of a day centre',
        divisions: ['Arnold North'],
        body: 'overview',
      },
      notts,
      policy,
    );
    const p = planEvent(event, {
      divisions: notts,
      members: roster.rows,
      now: new Date('2026-03-02T09:00:00Z'),
      policy,
    });
    const told = p.recipients
      .filter((r) => r.reasons.some((x) => x.relation === 'escalation'))
      .map((r) => r.name)
      .sort();
    expect(told).toEqual(['Bernard Laxton', 'Dev Caunton', 'Eleanor Eakring']);
  });
});

describe('the published JSON Schema', () => {
  it('is the one the zod definition gives (UPDATE_POLICY_SCHEMA=1 rewrites it)', () => {
    const schema = `${JSON.stringify(policyJsonSchema(), null, 2)}\n`;
    if (process.env['UPDATE_POLICY_SCHEMA']) writeFileSync(SCHEMA_FILE, schema);
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(schema);
  });

  it('is named by the Leicestershire file, for editors that check as you type', () => {
    expect(TEXT.split('\n')[0]).toBe(
      '# yaml-language-server: $schema=../../libs/protocol/policy.schema.json',
    );
    expect(fixturePath('leicestershire', '..', '..', 'libs', 'protocol', 'policy.schema.json')).toBe(
      SCHEMA_FILE,
    );
  });
});

// Each capability the format must express, written in a file and seen in a plan.
describe('what a policy file can say', () => {
  const oadby = (kind: string, extra: Partial<AlertEvent> = {}) =>
    ({ kind, title: 'x', location: at('LE2 5AA'), ...extra }) as AlertEvent;
  // Service changes reach adjoining divisions when all (or any) of two flags are set.
  const adjoiningWhen = (op: 'allOf' | 'anyOf') =>
    variant((f) =>
      Object.assign(kindIn(f, 'service_change'), {
        adjoining: {
          tell: 'when',
          when: {
            [op]: [
              { flag: 'major', is: true },
              { flag: 'controversial', is: true },
            ],
          },
          choice: 'c',
        },
      }),
    );
  const timed = (timing: Tree) =>
    variant((f) => Object.assign(kindIn(f, 'consultation'), { timing: { ...timing, choice: 'c' } }));

  it.each<[string, () => Policy, AlertEvent, (p: Plan) => unknown, unknown]>([
    [
      'timing: now',
      () => timed({ at: 'now' }),
      oadby('consultation', { opensAt: '2026-03-20T12:00:00Z' }),
      (p) => p.sendAt,
      '2026-03-02T09:00:00.000Z',
    ],
    [
      'timing: N hours before a date',
      () => timed({ at: 'before', date: 'opensAt', hours: 72 }),
      oadby('consultation', { opensAt: '2026-03-20T12:00:00Z' }),
      (p) => p.sendAt,
      '2026-03-17T12:00:00.000Z',
    ],
    [
      'timing: N working days before a date, over Easter (Good Friday 3 and Easter Monday 6 April 2026)',
      () => timed({ at: 'working_days_before', date: 'opensAt', days: 2 }),
      oadby('consultation', { opensAt: '2026-04-07T09:00:00+01:00' }),
      (p) => p.sendAt,
      '2026-04-01T08:00:00.000Z',
    ],
    [
      "timing: the council's own closure days do not count",
      () =>
        variant((f) => {
          Object.assign(kindIn(f, 'consultation'), {
            timing: { at: 'working_days_before', date: 'opensAt', days: 2, choice: 'c' },
          });
          (f['workingDays'] as Tree)['closures'] = [{ date: '2026-04-01', name: 'Staff training day' }];
        }),
      oadby('consultation', { opensAt: '2026-04-07T09:00:00+01:00' }),
      (p) => p.sendAt,
      '2026-03-31T08:00:00.000Z',
    ],
    [
      'adjoining: always',
      () =>
        variant((f) =>
          Object.assign(kindIn(f, 'service_change'), { adjoining: { tell: 'always', choice: 'c' } }),
        ),
      oadby('service_change'),
      (p) => p.adjoiningAlerted,
      true,
    ],
    [
      'adjoining: when all of two conditions hold',
      () => adjoiningWhen('allOf'),
      oadby('service_change', { major: true, controversial: true }),
      (p) => p.adjoiningAlerted,
      true,
    ],
    [
      'adjoining: when any of two conditions holds',
      () => adjoiningWhen('anyOf'),
      oadby('service_change', { major: false, controversial: true }),
      (p) => p.adjoiningAlerted,
      true,
    ],
    [
      'exclusions: a body in a list, with the paragraph and the quoted reason',
      () =>
        variant((f) =>
          Object.assign(kindIn(f, 'sensitive_report'), {
            exclusions: [
              {
                when: { bodyIn: ['regulatory'] },
                paragraph: '32',
                reason: 'Not for regulatory reports.',
                choice: 'c',
              },
            ],
          }),
        ),
      oadby('sensitive_report', { body: 'regulatory' }),
      (p) => p.excluded,
      [{ reason: 'Not for regulatory reports.', paragraph: '32' }],
    ],
    [
      'recipients: a role (the Leader)',
      () =>
        variant((f) =>
          Object.assign(kindIn(f, 'partnership_action'), {
            escalation: { to: [{ role: 'leader' }], choice: 'c' },
          }),
        ),
      oadby('partnership_action'),
      (p) => p.recipients.find((r) => r.reasons.some((x) => x.relation === 'escalation'))?.name,
      'Catherine Kettering',
    ],
    [
      'recipients: members with a registered interest can be left out',
      () =>
        variant((f) =>
          Object.assign(kindIn(f, 'service_change'), { interest: { tell: false, choice: 'c' } }),
        ),
      oadby('service_change', { topics: ['flooding'] }),
      (p) => p.recipients.some((r) => r.reasons.some((x) => x.relation === 'interest')),
      false,
    ],
    [
      'recipients: the area affected first',
      () =>
        variant((f) =>
          Object.assign(kindIn(f, 'service_change'), {
            area: { from: ['affectedArea', 'location'], choice: 'c' },
          }),
        ),
      oadby('service_change', { affectedArea: at('LE17 4AB') }),
      (p) => p.basis,
      'affectedArea',
    ],
  ])('%s', (_name, policy, event, pick, expected) => {
    expect(pick(plan(event, { policy: policy() }))).toEqual(expected);
    expect(pick(plan(event))).not.toEqual(expected);
  });

  it('all-of needs every condition, any-of one', () => {
    const one = oadby('service_change', { major: true });
    expect(
      [plan(one, { policy: adjoiningWhen('allOf') }), plan(one, { policy: adjoiningWhen('anyOf') })].map(
        (p) => p.adjoiningAlerted,
      ),
    ).toEqual([false, true]);
  });

  it('recipients: the lead member for the portfolio, or the fallback role', () => {
    const p = plan(oadby('press_enquiry', { portfolio: 'No such portfolio' }));
    expect(p.recipients.find((r) => r.reasons.some((x) => x.role === 'leader'))?.name).toBe(
      'Catherine Kettering',
    );
    expect(member('Catherine Kettering').roles).toContain('leader');
  });

  // A council whose rules tell its opposition group leaders and the chair of the body a sensitive
  // report goes to (as Nottinghamshire's example file does). The roster says who holds each.
  describe('recipients: opposition group leaders, and the chair of the body a report goes to', () => {
    const withOpposition = variant((f) => {
      (f['roles'] as Tree)['opposition_group_leader'] = {
        label: 'the opposition group leaders',
        title: 'Opposition Group Leader',
      };
      Object.assign(kindIn(f, 'sensitive_report'), {
        escalation: {
          to: [{ role: 'opposition_group_leader' }, { chairOfBody: true, otherwise: 'leader' }],
          choice: 'c',
        },
      });
    });
    const report = (body: string) => oadby('sensitive_report', { body, startsAt: '2026-03-20T10:00:00Z' });
    const oliver = member('Oliver Belgrave');
    const roster = (extra: Partial<Member>[]) =>
      members.map((m) => {
        const i = extra.findIndex((e) => e.id === m.id);
        return i < 0 ? m : { ...m, ...extra[i] };
      });
    const two = [...members].filter((m) => m.roles.length === 0).slice(0, 3);
    const [firstLeader, secondLeader, chair] = two;
    if (!firstLeader || !secondLeader || !chair) throw new Error('the fixture has too few backbenchers');
    const tellsOf = (p: Plan) =>
      p.recipients
        .filter((r) => r.reasons.some((x) => x.relation === 'escalation'))
        .map((r) => [r.name, r.reasons.find((x) => x.relation === 'escalation')])
        .map(([name, x]) => [name, typeof x === 'object' ? (x.role ?? `chair of ${x.chairOf ?? ''}`) : ''])
        .sort();

    it.each<[string, Partial<Member>[], string, string[][], string[]]>([
      [
        'every opposition group leader, and the chair of the body',
        [
          { id: firstLeader.id, roles: ['opposition_group_leader'] },
          { id: secondLeader.id, roles: ['opposition_group_leader'] },
          { id: chair.id, chairs: ['scrutiny'] },
        ],
        'scrutiny',
        [
          [chair.name, 'chair of scrutiny'],
          [firstLeader.name, 'opposition_group_leader'],
          [secondLeader.name, 'opposition_group_leader'],
        ],
        [],
      ],
      [
        "only the chair of the report's own body",
        [{ id: chair.id, chairs: ['cabinet'] }],
        'scrutiny',
        [[member('Catherine Kettering').name, 'leader']],
        [
          'Nobody on the roster is the opposition group leaders, so nobody in that role is told (§36)',
          'Nobody on the roster chairs the Overview and Scrutiny Committee, so the Leader is told instead (§36)',
        ],
      ],
    ])('%s', (_name, extra, body, told, warnings) => {
      const p = plan(report(body), { policy: withOpposition, members: roster(extra) });
      expect(tellsOf(p)).toEqual(told.sort());
      for (const w of warnings) expect(p.warnings).toContain(w);
      // The local members are told as ever.
      expect(p.recipients.map((r) => r.name)).toContain(oliver.name);
    });

    it('says so in words, for `policy show` and the Rules page', () => {
      expect(describePolicy(withOpposition)).toContain(
        'Also told: the opposition group leaders; the chair of the body the report goes to, else the Leader.',
      );
    });
  });

  it('a working-day rule refuses a date past the bank-holiday data, in words', () => {
    const policy = timed({ at: 'working_days_before', date: 'opensAt', days: 2 });
    const errors = fieldErrors(() =>
      plan(oadby('consultation', { opensAt: '2031-01-02T09:00:00Z' }), { policy }),
    );
    expect(errors).toEqual([
      {
        field: 'opensAt',
        message:
          'cannot be counted back 2 working days from: England and Wales bank holidays are known from 2024 to 2030',
      },
    ]);
  });

  it('a council adds a kind of its own, or leaves one out', () => {
    const policy = variant((f) => {
      const kinds = f['kinds'] as Record<string, Tree>;
      kinds['land_sale'] = {
        ...kindIn(f, 'service_change'),
        label: 'Sale of council land',
        hint: 'Land the council sells.',
      };
      delete kinds['foi_request'];
    });
    expect(policy.kinds['land_sale']?.label).toBe('Sale of council land');
    expect(fieldErrors(() => plan(oadby('foi_request', { controversial: true }), { policy }))).toEqual([
      {
        field: 'kind',
        // The kinds to use instead are the file's own: its new one, and not the one it left out.
        message: `"foi_request" is not a kind of event Leicestershire County Council's rules define; use one of ${Object.keys(policy.kinds).join(', ')}`,
      },
    ]);
    expect(Object.keys(policy.kinds)).toContain('land_sale');
  });

  it('pre-election periods for the whole council or named divisions, and kinds held for democratic services', () => {
    const policy = variant((f) => {
      f['preElection'] = {
        periods: [
          { election: 'County council elections', from: '2029-03-26', to: '2029-05-03' },
          { election: 'Oadby by-election', from: '2027-09-01', to: '2027-10-07', divisions: ['Oadby'] },
        ],
        hold: { kinds: ['press_enquiry'], choice: 'Officers do not comment to the press on candidates.' },
      };
      kindIn(f, 'road_works')['preElection'] = {
        during: 'hold',
        choice: 'Diversions are news in a campaign.',
      };
      kindIn(f, 'facility_event')['preElection'] = {
        during: 'send',
        choice: 'Openings are planned years ahead.',
      };
    });
    expect(policy.preElection?.map((p) => p.divisions ?? 'all')).toEqual(['all', ['Oadby']]);
    expect([
      policy.kinds['press_enquiry']?.duringPreElection,
      policy.kinds['road_works']?.duringPreElection,
      policy.kinds['facility_event']?.duringPreElection,
      policy.kinds['delegated_decision']?.duringPreElection,
    ]).toEqual(['hold', 'hold', 'send', 'send']);
    expect(policy.kinds['press_enquiry']?.basis?.preElection).toEqual({
      choice: 'Officers do not comment to the press on candidates.',
    });
    expect(describePolicy(policy)).toContain(
      "During a pre-election period: held for democratic services to release or withdraw.\n      The council's choice: Diversions are news in a campaign.",
    );
  });

  it('urgent kinds: quiet hours and the daily summary never hold them back', () => {
    const urgent = Object.entries(POLICY.kinds)
      .filter(([, k]) => k.urgent)
      .map(([name]) => name);
    expect(urgent).toEqual(['facility_event', 'public_meeting', 'press_enquiry', 'major_incident']);
  });

  it('names the words the council uses, its roles and the bodies reports go to', () => {
    expect(POLICY.words).toEqual({
      area: 'electoral division',
      areas: 'electoral divisions',
      wholeArea: 'the whole county',
      circulationName: 'County Council',
    });
    expect(POLICY.bodies?.['scrutiny']?.label).toBe('the Overview and Scrutiny Committee');
    expect(divisions.size).toBe(53);
  });
});

// Every kind of bad file: the error names the line and the key, and says what is wrong in words.
describe('a bad policy file', () => {
  // The line where the needle (which may span lines, to pick one of several alike) starts.
  const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;
  const problems = (text: string) => {
    try {
      parsePolicy(text);
    } catch (e) {
      if (e instanceof PolicyFileError) return e.problems;
      throw e;
    }
    throw new Error('the file was accepted');
  };
  const edit = (from: string, to: string) => {
    expect(TEXT).toContain(from);
    return TEXT.replace(from, to);
  };

  it.each<[string, string, string, string, RegExp]>([
    [
      'not YAML at all',
      edit('  name: Leicestershire County Council', '  name: Leicestershire: County Council'),
      'name: Leicestershire: County',
      '',
      /is not YAML or JSON/,
    ],
    [
      'a setting misspelt',
      edit(
        '    exclusions:\n      - when: { flag: controversial',
        '    exclusion:\n      - when: { flag: controversial',
      ),
      'exclusion:',
      'kinds.foi_request.exclusion',
      /"exclusion" is not a setting here/,
    ],
    [
      'a rule for a kind the file does not define',
      edit(
        'preElection:\n  periods: []',
        'preElection:\n  periods: []\n  hold:\n    kinds: [press_enquiry, street_party]\n    choice: x',
      ),
      'kinds: [press_enquiry, street_party]',
      'preElection.hold.kinds[1]',
      /"street_party" is not a kind the file defines/,
    ],
    [
      'a pre-election choice other than send or hold',
      edit('      during: hold\n', '      during: wait\n'),
      'during: wait',
      'kinds.facility_event.preElection.during',
      /use send \(sent as usual\) or hold \(held for democratic services\)/,
    ],
    [
      'a kind that says send while the list of held kinds names it',
      edit(
        'preElection:\n  periods: []',
        'preElection:\n  periods: []\n  hold:\n    kinds: [road_works]\n    choice: x',
      ).replace(
        '    adjoining:\n      tell: always\n      choice: >-\n        Only §28 speaks of adjoining divisions. The council tells their members of major road works',
        '    preElection: { during: send, choice: y }\n    adjoining:\n      tell: always\n      choice: >-\n        Only §28 speaks of adjoining divisions. The council tells their members of major road works',
      ),
      'preElection: { during: send',
      'kinds.road_works.preElection.during',
      /the kind says send, but preElection.hold lists it as held/,
    ],
    [
      'a timing on a date the kind does not require',
      edit('      date: opensAt', '      date: closesAt'),
      'date: closesAt',
      'kinds.consultation.timing.date',
      /a consultation does not require closesAt, so notice cannot be timed from it/,
    ],
    [
      'an escalation to a role the file does not define',
      edit('        - { role: deputy_leader }', '        - { role: deputy_mayor }'),
      'role: deputy_mayor',
      'kinds.major_incident.escalation.to[1].role',
      /"deputy_mayor" is not one of the roles the file defines/,
    ],
    [
      'the lead member for the portfolio, of a role the file does not hold for a portfolio',
      edit(
        '        - { role: cabinet_lead_member, samePortfolio: true, otherwise: leader }',
        '        - { role: deputy_leader, samePortfolio: true, otherwise: leader }',
      ),
      'samePortfolio: true, otherwise',
      'kinds.press_enquiry.escalation.to[0].samePortfolio',
      /"deputy_leader" is not held for a portfolio: say why it needs one with needsPortfolio:/,
    ],
    [
      'the chair of the body a report goes to, for a kind that gives no body',
      edit('        - { role: deputy_leader }', '        - { chairOfBody: true }'),
      'chairOfBody: true',
      'kinds.major_incident.escalation.to[1].chairOfBody',
      /a major_incident does not require the body its report goes to, so no chair could be found: add body to requires:/,
    ],
    [
      'a fallback from the chair to a role the file does not define',
      edit(
        '        because: §32 depends on the body that considers the report\n',
        '        because: §32 depends on the body that considers the report\n    escalation:\n      to:\n        - { chairOfBody: true, otherwise: mayor }\n      choice: x\n',
      ),
      'otherwise: mayor',
      'kinds.sensitive_report.escalation.to[0].otherwise',
      /"mayor" is not one of the roles the file defines/,
    ],
    [
      'a working-day rule that reaches past the bank-holiday data',
      edit("takesEffect: '2023-12-06'", "takesEffect: '2031-04-01'").replace(
        '      at: before\n      date: opensAt\n      hours: 24',
        '      at: working_days_before\n      date: opensAt\n      days: 1',
      ),
      'at: working_days_before',
      'kinds.consultation.timing.at',
      /working days cannot be counted for a revision taking effect on 2031-04-01: England and Wales bank holidays are known from 2024 to 2030/,
    ],
    [
      'a body the file does not define',
      edit(
        'oneOf: [cabinet, scrutiny, regulatory, informal_panel, working_party]',
        'oneOf: [cabinet, planning]',
      ),
      'oneOf: [cabinet, planning]',
      'kinds.sensitive_report.requires[0].oneOf',
      /"planning" is not one of the bodies the file defines/,
    ],
    [
      'a rule that does not say where it comes from',
      edit(
        '      choice: An invitation is only useful before the event.\n\n  public_meeting',
        '\n  public_meeting',
      ),
      'urgent:\n      is: true\n\n  public_meeting',
      'kinds.facility_event.urgent',
      /say where this rule comes from: protocol: with the protocol's words, or choice: with the council's reason/,
    ],
    [
      'a flag no event has',
      edit('when: { flag: servesAdjoining, is: true }', 'when: { flag: servesNeighbours, is: true }'),
      'flag: servesNeighbours',
      'kinds.facility_event.adjoining.when.flag',
      /use one of the event's flags: servesAdjoining, controversial, individualServiceComplaint, major/,
    ],
    [
      'a date that is not in the calendar',
      edit("takesEffect: '2023-12-06'", "takesEffect: '2023-02-30'"),
      'takesEffect',
      'council.takesEffect',
      /is not a date in the calendar/,
    ],
    [
      'a later format',
      edit('format: 1', 'format: 2'),
      'format: 2',
      'format',
      /this version of Member Alerts reads format 1/,
    ],
    [
      'a number of holders other than one or many',
      edit('title: Deputy Leader, holders: one }', 'title: Deputy Leader, holders: two }'),
      'holders: two',
      'roles.deputy_leader.holders',
      /say how many members may hold the role at once: one or many/,
    ],
    [
      'a rule missing',
      edit(
        '    tell:\n      who: local_members\n      action: notify\n      protocol: Where a major incident has taken place.\n',
        '',
      ),
      'major_incident:',
      'kinds.major_incident.tell',
      /is missing/,
    ],
  ])('%s', (_name, text, needle, key, message) => {
    const found = problems(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ line: lineOf(text, needle), key });
    expect(found[0]?.message).toMatch(message);
  });

  it('is never half-loaded: every problem is reported, and nothing of the file is returned', () => {
    const text = edit('flag: servesAdjoining', 'flag: servesNeighbours').replace(
      'format: 1',
      'format: 1\nextra: true',
    );
    const error = (() => {
      try {
        parsePolicy(text);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(PolicyFileError);
    expect((error as PolicyFileError).message.split('\n')).toEqual([
      `line ${lineOf(text, 'flag: servesNeighbours')}: kinds.facility_event.adjoining.when.flag: use one of the event's flags: servesAdjoining, controversial, individualServiceComplaint, major`,
      `line ${lineOf(text, 'extra: true')}: extra: "extra" is not a setting here`,
    ]);
  });
});

// What code used to hold for Leicestershire alone, now said by the file: another council says otherwise.
describe("a council's words, urgent kinds, roles and form come from its file", () => {
  const borough = variant((f) => {
    const council = f['council'] as Tree;
    council['words'] = {
      area: 'ward',
      areas: 'wards',
      wholeArea: 'the whole borough',
      circulationName: 'Borough Council',
    };
    const roles = f['roles'] as Record<string, Tree>;
    delete (roles['cabinet_lead_member'] as Tree)['needsPortfolio'];
    // Its lead members are then told as a role, whatever the portfolio.
    for (const kind of ['press_enquiry', 'major_incident'])
      for (const target of (kindIn(f, kind)['escalation'] as { to: Tree[] }).to)
        delete target['samePortfolio'];
    (roles['leader'] as Tree)['needsPortfolio'] = 'to know which leader to tell';
    kindIn(f, 'road_works')['urgent'] = { is: true, choice: 'Diversions start at once.' };
    kindIn(f, 'press_enquiry')['urgent'] = { is: false, choice: 'The press office answers in hours.' };
    kindIn(f, 'consultation')['form'] = [
      { field: 'closesAt', label: 'Closing date', hint: 'Ward members are told.' },
    ];
  });
  const late = new Date('2027-01-12T23:30:00Z');
  const quiet = { quietHoursStart: '22:00', quietHoursEnd: '07:00' };

  it.each<[string, Policy, string, string]>([
    ["Leicestershire's road works wait for quiet hours", POLICY, 'road_works', '2027-01-13T07:00:00.000Z'],
    ["the borough's road works do not", borough, 'road_works', late.toISOString()],
    ["Leicestershire's press enquiries do not", POLICY, 'press_enquiry', late.toISOString()],
    ["the borough's press enquiries do", borough, 'press_enquiry', '2027-01-13T07:00:00.000Z'],
  ])("urgent is the file's: %s", (_case, policy, kind, sendAt) => {
    expect(deliveryTime(late, policy.kinds[kind], 'notify', 'new', quiet).sendAt.toISOString()).toBe(sendAt);
  });

  it("a role held for a portfolio is the file's: asking for it without one is refused in its words", () => {
    const ask = (policy: Policy, role: string) =>
      fieldErrors(() =>
        parseEvent(
          { kind: 'delegated_decision', title: 'x', location: at('LE2 5AA'), escalate: [role] },
          divisions,
          policy,
        ),
      );
    expect(ask(POLICY, 'cabinet_lead_member')).toEqual([
      {
        field: 'escalate[0]',
        message: "cabinet_lead_member needs the event's portfolio, to know which lead member to tell (§36)",
      },
    ]);
    expect(() =>
      parseEvent(
        {
          kind: 'delegated_decision',
          title: 'x',
          location: at('LE2 5AA'),
          escalate: ['cabinet_lead_member'],
        },
        divisions,
        borough,
      ),
    ).not.toThrow();
    expect(ask(borough, 'leader')).toEqual([
      { field: 'escalate[0]', message: "leader needs the event's portfolio, to know which leader to tell" },
    ]);
  });

  it("the whole area and the circulation name are the file's words", () => {
    const everywhere = plan(
      {
        kind: 'consultation',
        title: 'Budget',
        countywide: true,
        opensAt: '2027-01-20T09:00:00Z',
      },
      { policy: borough },
    );
    expect(renderCirculation(everywhere, councilWords(borough))).toMatch(
      /All members of the Borough Council\.$/,
    );
    expect(describeChanges({}, { countywide: true }, councilWords(borough))).toEqual([
      'It now affects the whole borough.',
    ]);
    expect(consolePolicy(borough).council.area).toEqual({
      one: 'ward',
      many: 'wards',
      whole: 'the whole borough',
    });
  });

  it("which roles only one member may hold is the file's", () => {
    expect(rosterRules(POLICY).oneHolder).toEqual(['leader', 'deputy_leader']);
    const shared = variant((f) => {
      const roles = f['roles'] as Record<string, Tree>;
      delete (roles['deputy_leader'] as Tree)['holders'];
      (roles['leader'] as Tree)['holders'] = 'many';
      (roles['cabinet_lead_member'] as Tree)['holders'] = 'one';
    });
    expect(rosterRules(shared).oneHolder).toEqual(['cabinet_lead_member']);
    expect(describePolicy(POLICY)).toContain(
      'Only one member at a time may be Leader of the Council or Deputy Leader; other roles may have any number of holders.',
    );
    expect(describePolicy(shared)).toContain(
      'Only one member at a time may be Cabinet Lead Member; other roles may have any number of holders.',
    );
  });

  it("a kind's form fields and their hints are the file's", () => {
    const fields = (policy: Policy) =>
      consolePolicy(policy).kinds.find((k) => k.key === 'consultation')?.fields;
    expect(fields(POLICY)?.map((f) => [f.field, f.hint, f.required])).toEqual([
      ['opensAt', '§31: members are notified 24 hours before.', true],
      ['closesAt', undefined, false],
    ]);
    expect(fields(borough)).toEqual([
      { field: 'closesAt', label: 'Closing date', hint: 'Ward members are told.', required: false },
    ]);
  });
});

describe('kinds sent by text too', () => {
  it('the file marks major incidents, as the council’s choice, and the rules say it in words', () => {
    const texted = Object.entries(POLICY.kinds)
      .filter(([, k]) => k.text)
      .map(([name]) => name);
    expect(texted).toEqual(['major_incident']);
    const kind = POLICY.kinds['major_incident'];
    expect(kind?.basis?.text).toEqual({
      choice:
        'A member on the move should hear of a major incident by text at once, rather than find an e-mail hours later.',
    });
    const words = describePolicy(POLICY);
    expect(words).toContain('Also by text to members who gave a mobile number, at once.');
    expect(words).toContain('By text, for Major incident (§35): A member on the move should hear');
  });

  it('a text rule must say where it comes from, and send is true or false', () => {
    expect(() =>
      variant((f) => {
        kindIn(f, 'road_works')['text'] = { send: true };
      }),
    ).toThrow(/say where this rule comes from/);
    expect(() =>
      variant((f) => {
        kindIn(f, 'road_works')['text'] = { send: 'yes', choice: 'Works close roads.' };
      }),
    ).toThrow(/kinds\.road_works\.text\.send/);
    const texted = variant((f) => {
      kindIn(f, 'road_works')['text'] = { send: true, choice: 'Works close roads.' };
    });
    expect(texted.kinds['road_works']?.text).toBe(true);
  });
});
