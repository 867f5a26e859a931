import type { ConditionInFile, KindInFile, PolicyFile, TargetInFile } from './policy-file.schema';
import { BANK_HOLIDAYS } from './bank-holidays';
import { BANK_HOLIDAY_RANGE } from './working-days.util';

export type PolicyPath = readonly (string | number)[];

export interface PathProblem {
  readonly path: PolicyPath;
  readonly message: string;
}

function bodiesIn(c: ConditionInFile): readonly string[] {
  if ('bodyIn' in c) return c.bodyIn;
  if ('allOf' in c) return c.allOf.flatMap(bodiesIn);
  if ('anyOf' in c) return c.anyOf.flatMap(bodiesIn);
  return [];
}

/** Rules the schema alone cannot see: what refers to what, and where each rule comes from. */
export function checkPolicyFile(file: PolicyFile): PathProblem[] {
  const problems: PathProblem[] = [];
  const add = (path: PolicyPath, message: string) => problems.push({ path, message });
  const roles = Object.keys(file.roles);
  const bodies = Object.keys(file.bodies);
  const kinds = Object.keys(file.kinds);

  const sourced = (path: PolicyPath, rule: { protocol?: string; choice?: string } | undefined) => {
    if (!rule) return;
    if (rule.protocol !== undefined && rule.choice !== undefined) {
      add(path, "give protocol: (the protocol's words) or choice: (the council's reason), not both");
    } else if (rule.protocol === undefined && rule.choice === undefined) {
      add(
        path,
        "say where this rule comes from: protocol: with the protocol's words, or choice: with the council's reason",
      );
    }
  };
  const knownBodies = (path: PolicyPath, names: readonly string[]) => {
    for (const b of names) {
      if (!bodies.includes(b))
        add(path, `"${b}" is not one of the bodies the file defines (${bodies.join(', ') || 'none'})`);
    }
  };
  const knownRole = (path: PolicyPath, role: string) => {
    if (!roles.includes(role))
      add(path, `"${role}" is not one of the roles the file defines (${roles.join(', ') || 'none'})`);
  };

  // Roles are the file's own: a roster holds whichever the revision in force defines (rosterRules).
  if (kinds.length === 0) add(['kinds'], 'define at least one kind of event');

  const d = file.defaults;
  for (const rule of ['timing', 'adjoining', 'area', 'interest', 'urgent', 'preElection'] as const)
    sourced(['defaults', rule], d[rule]);
  if (d.timing.at !== 'now')
    add(['defaults', 'timing', 'at'], 'a default timing can only be now: a date is for each kind to require');
  sourced(['interest'], file.interest);
  sourced(['escalation'], file.escalation);

  for (const name of kinds) {
    const k = file.kinds[name] as KindInFile;
    const at = (...rest: (string | number)[]): PolicyPath => ['kinds', name, ...rest];
    sourced(at('tell'), k.tell);
    for (const rule of [
      'timing',
      'adjoining',
      'area',
      'interest',
      'urgent',
      'text',
      'escalation',
      'meeting',
      'preElection',
    ] as const) {
      sourced(at(rule), k[rule]);
    }
    if (k.preElection?.during === 'send' && file.preElection?.hold?.kinds.includes(name)) {
      add(
        at('preElection', 'during'),
        `the kind says send, but preElection.hold lists it as held: say it in one place`,
      );
    }
    const required = (k.requires ?? []).map((r) => r.field);
    if (k.timing && k.timing.at !== 'now' && !required.includes(k.timing.date)) {
      add(
        at('timing', 'date'),
        `a ${name} does not require ${k.timing.date}, so notice cannot be timed from it; add it to requires: or time it from ${required.filter((f) => f.endsWith('At') || f === 'respondBy').join(' or ') || 'now'}`,
      );
    }
    // A revision that takes effect after the data ends could count no working day at all.
    const takesEffect = Number(file.council.takesEffect.slice(0, 4));
    if (k.timing?.at === 'working_days_before' && takesEffect > BANK_HOLIDAYS.lastYear) {
      add(
        at('timing', 'at'),
        `working days cannot be counted for a revision taking effect on ${file.council.takesEffect}: ${BANK_HOLIDAY_RANGE}`,
      );
    }
    if (k.adjoining && (k.adjoining.tell === 'when') !== (k.adjoining.when !== undefined)) {
      add(
        at('adjoining'),
        k.adjoining.tell === 'when' ? 'say when: with a condition' : 'a when: condition needs tell: when',
      );
    }
    if (k.adjoining?.when) knownBodies(at('adjoining', 'when'), bodiesIn(k.adjoining.when));
    if (k.area && new Set(k.area.from).size !== k.area.from.length)
      add(at('area', 'from'), 'name each geometry once');
    if (k.tell.who === 'service_officers' && !required.includes('service')) {
      add(
        at('tell', 'who'),
        "the officers for the service are found by the event's service: add service to requires:",
      );
    }
    if (k.tell.who === 'local_members' && k.tell.action === 'inform') {
      add(at('tell', 'action'), 'members are invited or notified; officers are informed');
    }
    (k.requires ?? []).forEach((r, i) => {
      if (r.field === 'body' && r.oneOf) knownBodies(at('requires', i, 'oneOf'), r.oneOf);
      if (required.indexOf(r.field) !== i) add(at('requires', i, 'field'), `${r.field} is required twice`);
    });
    (k.form ?? []).forEach((f, i, all) => {
      if (all.findIndex((g) => g.field === f.field) !== i)
        add(at('form', i, 'field'), `${f.field} is on the form twice`);
    });
    (k.exclusions ?? []).forEach((x, i) => {
      sourced(at('exclusions', i), x);
      knownBodies(at('exclusions', i, 'when'), bodiesIn(x.when));
    });
    if (k.meeting) knownBodies(at('meeting', 'bodies'), k.meeting.bodies);
    (k.escalation?.to ?? []).forEach((t: TargetInFile, i) => {
      const path = at('escalation', 'to', i);
      if (t.chairOfBody) {
        if (t.role !== undefined) add(path, 'give role: or chairOfBody:, not both');
        else if (t.samePortfolio)
          add([...path, 'samePortfolio'], 'the chair of a body is not held for a portfolio');
        else if (!required.includes('body'))
          add(
            [...path, 'chairOfBody'],
            `a ${name} does not require the body its report goes to, so no chair could be found: add body to requires:`,
          );
        if (t.otherwise !== undefined) knownRole([...path, 'otherwise'], t.otherwise);
        return;
      }
      if (t.role === undefined) return add(path, 'say whom to tell: role: NAME');
      knownRole([...path, 'role'], t.role);
      if (t.otherwise !== undefined) knownRole([...path, 'otherwise'], t.otherwise);
      if (t.samePortfolio && file.roles[t.role] && file.roles[t.role]?.needsPortfolio === undefined) {
        add(
          [...path, 'samePortfolio'],
          `"${t.role}" is not held for a portfolio: say why it needs one with needsPortfolio: under roles:`,
        );
      }
    });
  }

  const pre = file.preElection;
  pre?.periods.forEach((p, i) => {
    if (p.to < p.from)
      add(['preElection', 'periods', i, 'to'], 'the close of poll is before the notice of election');
  });
  if (pre?.hold) {
    sourced(['preElection', 'hold'], pre.hold);
    pre.hold.kinds.forEach((k, i) => {
      if (!kinds.includes(k))
        add(
          ['preElection', 'hold', 'kinds', i],
          `"${k}" is not a kind the file defines (${kinds.join(', ')})`,
        );
    });
  }
  return problems;
}
