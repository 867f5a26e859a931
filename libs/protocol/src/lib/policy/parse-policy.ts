import { isMap, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { core } from 'zod';
import { checkPolicyFile, type PathProblem, type PolicyPath } from './check-policy-file';
import {
  policyFileSchema,
  type ConditionInFile,
  type KindInFile,
  type PolicyFile,
} from './policy-file.schema';
import type {
  AdjoiningRule,
  Condition,
  EscalationTarget,
  KindPolicy,
  KindRuleName,
  Policy,
  RuleBasis,
  Timing,
} from './policy.types';

/** One thing wrong with a policy file: where, and what, in words. */
export interface PolicyProblem {
  /** 1-based; absent when the file is empty. */
  readonly line?: number;
  /** "kinds.consultation.timing.date". */
  readonly key: string;
  readonly message: string;
}

/** A policy file that cannot be loaded, with every problem found. Nothing of it is used. */
export class PolicyFileError extends Error {
  constructor(readonly problems: readonly PolicyProblem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'PolicyFileError';
  }
}

export function formatProblem(p: PolicyProblem): string {
  return [p.line === undefined ? undefined : `line ${p.line}`, p.key || undefined, p.message]
    .filter(Boolean)
    .join(': ');
}

const keyOf = (path: PolicyPath) =>
  path.reduce<string>((s, p) => (typeof p === 'number' ? `${s}[${p}]` : s ? `${s}.${p}` : p), '');

/** The line of the deepest key or item of `path` the document has. */
function lineOf(doc: Document, lines: LineCounter, path: PolicyPath): number | undefined {
  let node: unknown = doc.contents;
  let offset = doc.contents?.range?.[0];
  for (const step of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => (p.key as { value?: unknown } | null)?.value === step);
      if (!pair) break;
      offset = (pair.key as Node).range?.[0] ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof step === 'number') {
      const item = node.items[step] as Node | undefined;
      if (!item) break;
      offset = item.range?.[0] ?? offset;
      node = item;
    } else break;
  }
  return offset === undefined ? undefined : lines.linePos(offset).line;
}

const SHAPES: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping of keys to values',
};

// A union's branches each complain; when only one branch is the shape the file was reaching for,
// its complaints are the useful ones.
function reachedFor(issue: core.$ZodIssueInvalidUnion): readonly core.$ZodIssue[] | undefined {
  const near = issue.errors.filter(
    (branch) =>
      !branch.some((i) => i.path.length === 0 || (i.code === 'invalid_type' && i.input === undefined)),
  );
  return near.length === 1 ? near[0] : undefined;
}

function inWords(issue: core.$ZodIssue, base: PolicyPath = []): PathProblem[] {
  const path = [...base, ...(issue.path as (string | number)[])];
  switch (issue.code) {
    case 'invalid_type':
      return [
        {
          path,
          message:
            issue.input !== undefined
              ? `should be ${SHAPES[issue.expected] ?? issue.expected}`
              : 'is missing',
        },
      ];
    case 'unrecognized_keys':
      return issue.keys.map((k) => ({ path: [...path, k], message: `"${k}" is not a setting here` }));
    case 'invalid_union': {
      const branch = reachedFor(issue);
      return branch ? branch.flatMap((i) => inWords(i, path)) : [{ path, message: issue.message }];
    }
    case 'invalid_key':
      return [
        {
          path,
          message: `the name "${String(path.at(-1))}": ${issue.issues[0]?.message ?? 'is not allowed'}`,
        },
      ];
    case 'invalid_value':
      return [
        {
          path,
          message: issue.message.startsWith('Invalid')
            ? `use ${issue.values.map(String).join(' or ')}`
            : issue.message,
        },
      ];
    case 'too_small':
      return [
        {
          path,
          message:
            issue.origin === 'array'
              ? `list at least ${String(issue.minimum)}`
              : issue.origin === 'string'
                ? 'must not be empty'
                : `must be ${issue.inclusive ? 'at least' : 'more than'} ${String(issue.minimum)}`,
        },
      ];
    case 'too_big':
      return [
        {
          path,
          message:
            issue.origin === 'array'
              ? `list at most ${String(issue.maximum)}`
              : `must be at most ${String(issue.maximum)}`,
        },
      ];
    case 'invalid_format':
    case 'not_multiple_of':
    case 'invalid_element':
    case 'custom':
      return [{ path, message: issue.message }];
  }
}

const basisOf = (rule: { protocol?: string; choice?: string } | undefined): RuleBasis | undefined =>
  rule?.protocol !== undefined
    ? { protocol: rule.protocol }
    : rule?.choice !== undefined
      ? { choice: rule.choice }
      : undefined;

const paragraphOf = (p: string | number) => String(p);

function condition(c: ConditionInFile): Condition {
  if ('flag' in c) return { flag: c.flag, is: c.is };
  if ('bodyIn' in c) return { bodyIn: c.bodyIn };
  if ('allOf' in c) return { allOf: c.allOf.map(condition) };
  return { anyOf: c.anyOf.map(condition) };
}

function timingOf(t: NonNullable<KindInFile['timing']>): Timing {
  switch (t.at) {
    case 'now':
      return { at: 'now' };
    case 'before':
      return { at: 'before', field: t.date, hours: t.hours };
    case 'working_days_before':
      return { at: 'workingDaysBefore', field: t.date, days: t.days };
  }
}

function adjoiningOf(a: NonNullable<KindInFile['adjoining']>): AdjoiningRule {
  return a.tell === 'when' && a.when ? { when: condition(a.when) } : a.tell === 'when' ? 'never' : a.tell;
}

function kindOf(file: PolicyFile, k: KindInFile, listedAsHeld: boolean): KindPolicy {
  const d = file.defaults;
  // A kind's own rule, else the file's list of held kinds, else the default, else sent as usual.
  const hold = file.preElection?.hold;
  const preElection =
    k.preElection ?? (listedAsHeld && hold ? { during: 'hold' as const, ...hold } : d.preElection);
  const rules = {
    tell: k.tell,
    timing: k.timing ?? d.timing,
    adjoining: k.adjoining ?? d.adjoining,
    area: k.area ?? d.area,
    interest: k.interest ?? d.interest,
    urgent: k.urgent ?? d.urgent,
    text: k.text,
    escalation: k.escalation,
    meeting: k.meeting,
    preElection,
  } satisfies Record<KindRuleName, unknown>;
  const basis: Partial<Record<KindRuleName, RuleBasis>> = {};
  for (const [name, rule] of Object.entries(rules) as [KindRuleName, Parameters<typeof basisOf>[0]][]) {
    const b = basisOf(rule);
    if (b) basis[name] = b;
  }
  // The checker has made sure every role named is one the file defines, and each target is one or the other.
  const escalation: EscalationTarget[] = (k.escalation?.to ?? []).flatMap((t): EscalationTarget[] => {
    const otherwise = t.otherwise === undefined ? {} : { otherwise: t.otherwise };
    if (t.chairOfBody) return [{ chairOfBody: true, ...otherwise }];
    if (t.role === undefined) return [];
    return [{ role: t.role, ...(t.samePortfolio ? { samePortfolio: true } : {}), ...otherwise }];
  });
  return {
    paragraph: paragraphOf(k.paragraph),
    summary: k.summary,
    label: k.label,
    hint: k.hint,
    audience: k.tell.who,
    action: k.tell.action,
    timing: timingOf(rules.timing),
    adjoining: adjoiningOf(rules.adjoining),
    area: rules.area.from,
    requires: (k.requires ?? []).map((r) => ({
      field: r.field,
      because: r.because,
      ...(r.oneOf ? { oneOf: r.oneOf } : {}),
    })),
    ...(k.form ? { form: k.form } : {}),
    exclusions: (k.exclusions ?? []).map((x) => ({
      when: condition(x.when),
      paragraph: paragraphOf(x.paragraph),
      reason: x.reason,
    })),
    escalation,
    interest: rules.interest.tell,
    urgent: rules.urgent.is,
    ...(rules.text?.send ? { text: true } : {}),
    duringPreElection: preElection?.during ?? 'send',
    ...(k.meeting
      ? {
          meeting: {
            paragraph: paragraphOf(k.meeting.paragraph),
            bodies: Object.fromEntries(k.meeting.bodies.map((b) => [b, file.bodies[b]?.label ?? b])),
            rightToAttendAndSpeak: k.meeting.rightToAttendAndSpeak,
          },
        }
      : {}),
    basis,
  };
}

function toPolicy(file: PolicyFile): Policy {
  const held = file.preElection?.hold?.kinds ?? [];
  const interestBasis = basisOf(file.interest);
  const escalationBasis = basisOf(file.escalation);
  return {
    council: file.council.name,
    takesEffect: file.council.takesEffect,
    words: file.council.words,
    roles: file.roles,
    bodies: file.bodies,
    workingDays: {
      bankHolidays: file.workingDays.bankHolidays,
      closures: (file.workingDays.closures ?? []).map((c) => c.date),
    },
    preElection: file.preElection?.periods ?? [],
    kinds: Object.fromEntries(
      Object.entries(file.kinds).map(([name, k]) => [name, kindOf(file, k, held.includes(name))]),
    ),
    interest: {
      paragraph: paragraphOf(file.interest.paragraph),
      action: file.interest.action,
      ...(interestBasis ? { basis: interestBasis } : {}),
    },
    escalation: {
      paragraph: paragraphOf(file.escalation.paragraph),
      action: file.escalation.action,
      ...(escalationBasis ? { basis: escalationBasis } : {}),
    },
  };
}

/**
 * Reads a council's policy file (YAML, or JSON, which YAML reads too) and returns its rules, or
 * throws one PolicyFileError naming the line, the key and what is wrong for every problem found.
 * Pure: the caller reads the file.
 */
export function parsePolicy(text: string): Policy {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  if (doc.errors.length > 0) {
    throw new PolicyFileError(
      doc.errors.map((e) => ({
        line: lines.linePos(e.pos[0]).line,
        key: '',
        message: `this is not YAML or JSON a policy file can be read from: ${e.message.split('\n')[0] ?? ''}`,
      })),
    );
  }
  const parsed = policyFileSchema.safeParse(doc.toJS({ maxAliasCount: 50 }), { reportInput: true });
  const problems = parsed.success
    ? checkPolicyFile(parsed.data)
    : parsed.error.issues.flatMap((i) => inWords(i));
  if (problems.length > 0 || !parsed.success) {
    throw new PolicyFileError(
      problems.map((p) => ({ line: lineOf(doc, lines, p.path), key: keyOf(p.path), message: p.message })),
    );
  }
  return toPolicy(parsed.data);
}
