import { EVENT_FIELD_TABLE } from '../event/event-fields';
import { londonDay } from '../render/london-wording';
import type {
  Condition,
  EscalationTarget,
  KindPolicy,
  KindRuleName,
  Policy,
  RuleBasis,
} from './policy.types';

const ACTIONS = { invite: 'invited', notify: 'notified', inform: 'informed' } as const;

function from(basis: RuleBasis | undefined): string {
  if (!basis) return '';
  return 'protocol' in basis
    ? `\n      The protocol: "${basis.protocol}"`
    : `\n      The council's choice: ${basis.choice}`;
}

const fieldName = (field: keyof typeof EVENT_FIELD_TABLE): string => {
  const row = EVENT_FIELD_TABLE[field];
  return 'form' in row ? `"${row.form.label}"` : field;
};

function conditionInWords(c: Condition, policy: Policy): string {
  if ('flag' in c) return `${fieldName(c.flag)} is ${c.is ? 'ticked' : 'not ticked'}`;
  if ('allOf' in c) return c.allOf.map((x) => conditionInWords(x, policy)).join(' and ');
  if ('anyOf' in c) return c.anyOf.map((x) => conditionInWords(x, policy)).join(' or ');
  return `the report goes to ${c.bodyIn.map((b) => policy.bodies?.[b]?.label ?? b).join(' or ')}`;
}

function timingInWords(k: KindPolicy): string {
  const t = k.timing;
  switch (t.at) {
    case 'now':
      return 'as soon as it is registered';
    case 'before':
      return `${t.hours} hours before ${fieldName(t.field)}`;
    case 'workingDaysBefore':
      return `${t.days} working days before ${fieldName(t.field)}`;
  }
}

const RULE_NAMES: Record<KindRuleName, string> = {
  tell: 'Who is told',
  timing: 'When',
  adjoining: 'Adjoining divisions',
  area: 'The area affected',
  escalation: 'Also told',
  interest: 'Registered interests',
  urgent: 'Urgent or not',
  text: 'By text',
  meeting: 'The meeting',
  preElection: 'During a pre-election period',
};

/** One rule of a kind, in a sentence, with where it comes from. */
export interface RuleInWords {
  /** "Who is told", "When". */
  readonly rule: string;
  readonly says: string;
  readonly basis?: RuleBasis;
}

/** A kind's rules in words, one row each, as `policy show` and the console's Rules page give them. */
export function kindRulesInWords(k: KindPolicy, policy: Policy): RuleInWords[] {
  const area = policy.words?.areas ?? 'divisions';
  const role = (r: string) => policy.roles?.[r]?.label ?? r;
  const target = (t: EscalationTarget) =>
    `${'chairOfBody' in t ? 'the chair of the body the report goes to' : `${role(t.role)}${t.samePortfolio ? ' for the portfolio' : ''}`}${t.otherwise ? `, else ${role(t.otherwise)}` : ''}`;
  const rule = (name: KindRuleName, says: string): RuleInWords => {
    const basis = k.basis?.[name];
    return { rule: RULE_NAMES[name], says, ...(basis ? { basis } : {}) };
  };
  const who =
    k.audience === 'local_members'
      ? `The members for the ${area} affected`
      : 'The officers for the service concerned';
  const adjoining =
    k.adjoining === 'always'
      ? 'always'
      : k.adjoining === 'never'
        ? 'never'
        : `when ${conditionInWords(k.adjoining.when, policy)}`;
  return [
    rule('tell', `${who} are ${ACTIONS[k.action]}.`),
    rule('timing', `When: ${timingInWords(k)}.`),
    rule('adjoining', `Members for the adjoining ${area}: ${adjoining}.`),
    rule(
      'area',
      `The ${area} affected come from ${k.area.map((a) => (a === 'location' ? 'where it happens' : 'the area affected')).join(', else ')}.`,
    ),
    ...k.requires.map((r) => ({
      rule: 'What it must give',
      says: `Requires ${fieldName(r.field)}${r.oneOf ? ` (one of ${r.oneOf.join(', ')})` : ''}: ${r.because}`,
    })),
    ...k.exclusions.map((x) => ({
      rule: 'Left out',
      says: `Nobody is told when ${conditionInWords(x.when, policy)} (§${x.paragraph}): ${x.reason}`,
    })),
    ...(k.escalation.length
      ? [rule('escalation', `Also told: ${k.escalation.map(target).join('; ')}.`)]
      : []),
    ...(k.meeting
      ? [rule('meeting', `Names the meeting (§${k.meeting.paragraph}) and the right to attend it.`)]
      : []),
    rule('interest', `Members with a registered interest: ${k.interest ? 'told' : 'not told'}.`),
    rule(
      'urgent',
      k.urgent
        ? 'Urgent: quiet hours and the daily summary never hold it back.'
        : 'Not urgent: quiet hours and the daily summary apply.',
    ),
    ...(k.text
      ? [
          rule(
            'text',
            `Also by text to members who gave a mobile number${k.urgent ? ', at once' : ', outside their quiet hours'}.`,
          ),
        ]
      : []),
    rule(
      'preElection',
      `During a pre-election period: ${k.duringPreElection === 'hold' ? 'held for democratic services to release or withdraw' : 'sent as usual'}.`,
    ),
  ];
}

/** A kind's title as people read it: its label with the paragraph. */
export const kindTitle = (name: string, k: KindPolicy): string =>
  k.label?.includes('§') ? k.label : `${k.label ?? name} (§${k.paragraph})`;

function kindInWords(name: string, k: KindPolicy, policy: Policy): string[] {
  return [
    kindTitle(name, k),
    `  ${k.summary}`,
    ...kindRulesInWords(k, policy).map((r) => `  ${r.says}${from(r.basis)}`),
  ];
}

/** The rules that are the council's own choices, each once, with the kinds that follow it. */
export function councilChoices(policy: Policy): { rule: KindRuleName; reason: string; kinds: string[] }[] {
  const found = new Map<string, { rule: KindRuleName; reason: string; kinds: string[] }>();
  for (const [kind, k] of Object.entries(policy.kinds)) {
    for (const [rule, basis] of Object.entries(k.basis ?? {}) as [KindRuleName, RuleBasis][]) {
      if (!('choice' in basis)) continue;
      const key = `${rule}\n${basis.choice}`;
      const entry = found.get(key) ?? { rule, reason: basis.choice, kinds: [] };
      entry.kinds.push(kind);
      found.set(key, entry);
    }
  }
  return [...found.values()];
}

/** A council's rules in words, for `policy show`: every rule, and whether the protocol or the council says so. */
/** The roles only one member may hold at a time (`holders: one`), in a sentence. */
export function oneHolderInWords(policy: Pick<Policy, 'roles'>): string {
  const single = Object.values(policy.roles ?? {})
    .filter((r) => r.holders === 'one')
    .map((r) => r.title ?? r.label);
  if (single.length === 0) return 'Any number of members may hold each role.';
  const last = single.pop();
  const either = single.length ? `${single.join(', ')} or ${last}` : last;
  return `Only one member at a time may be ${either}; other roles may have any number of holders.`;
}

export function describePolicy(policy: Policy): string {
  const words = policy.words;
  const effect = policy.takesEffect ? londonDay(policy.takesEffect) : undefined;
  const choices = councilChoices(policy);
  const kindCount = Object.keys(policy.kinds).length;
  const periods = policy.preElection ?? [];
  return [
    `${policy.council}${effect ? `: the rules that take effect on ${effect}` : ''}`,
    ...(words
      ? [
          `It calls an area an ${words.area}, and everywhere "${words.wholeArea}"; circulation text names the ${words.circulationName}.`,
        ]
      : []),
    oneHolderInWords(policy),
    `${kindCount} kinds of event. Their rules keep the protocol's words, except these ${choices.length}, which are the council's own choices:`,
    ...choices.map(
      (c) =>
        `  - ${RULE_NAMES[c.rule]}, for ${c.kinds.length === kindCount ? 'every kind' : c.kinds.map((k) => policy.kinds[k]?.label ?? k).join('; ')}: ${c.reason}`,
    ),
    `Members with a registered interest are ${ACTIONS[policy.interest.action]} (§${policy.interest.paragraph}); others beyond the local members are ${ACTIONS[policy.escalation.action]} (§${policy.escalation.paragraph}).`,
    `Working days leave out weekends, England and Wales bank holidays${policy.workingDays?.closures.length ? ` and ${policy.workingDays.closures.length} closure days` : ''}.`,
    periods.length
      ? `Pre-election periods: ${periods.map((p) => `${p.election}, ${londonDay(p.from) ?? p.from} to ${londonDay(p.to) ?? p.to}${p.divisions ? ` (${p.divisions.join(', ')})` : ''}`).join('; ')}.`
      : 'No pre-election period is set.',
    ...Object.entries(policy.kinds).flatMap(([name, k]) => ['', ...kindInWords(name, k, policy)]),
  ].join('\n');
}

/** One kind's rules, as the console's Rules page shows them. */
export interface KindRules {
  readonly key: string;
  readonly title: string;
  readonly paragraph: string;
  /** What the kind covers, in one line. */
  readonly covers: string;
  readonly rules: readonly RuleInWords[];
}

/** Every kind's rules in words, in the file's order. */
export function policyRules(policy: Policy): KindRules[] {
  return Object.entries(policy.kinds).map(([key, k]) => ({
    key,
    title: kindTitle(key, k),
    paragraph: k.paragraph,
    covers: k.summary,
    rules: kindRulesInWords(k, policy),
  }));
}

/** The council's own choices in words: which rule, its reason, and the kinds that follow it. */
export function choicesInWords(policy: Policy): { rule: string; reason: string; kinds: string[] }[] {
  const all = Object.keys(policy.kinds).length;
  return councilChoices(policy).map((c) => ({
    rule: RULE_NAMES[c.rule],
    reason: c.reason,
    kinds:
      c.kinds.length === all
        ? ['every kind']
        : c.kinds.map((k) => {
            const kind = policy.kinds[k];
            return kind ? kindTitle(k, kind) : k;
          }),
  }));
}
