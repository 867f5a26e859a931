import { EVENT_FIELD_TABLE } from '../event/event-fields';
import { councilWords } from './council-words';
import type { FormFieldRule, Policy } from './policy.types';

/** A field the form asks for with a kind, in the words the form says it. */
export interface ConsoleField {
  readonly field: FormFieldRule['field'];
  readonly label: string;
  readonly hint?: string;
  readonly required: boolean;
  /** What the form says when a required field is left empty. */
  readonly missing?: string;
}

/** A kind of event as the console's form offers it. */
export interface ConsoleKind {
  readonly key: string;
  readonly label: string;
  readonly hint: string;
  readonly paragraph: string;
  readonly urgent: boolean;
  /** The fields an event of this kind must give, labelled as the form asks for them. */
  readonly requires: readonly { readonly field: string; readonly label: string; readonly because: string }[];
  /** The kind's own fields on the form, in order. */
  readonly fields: readonly ConsoleField[];
}

/** A role or a body, as the console offers it. */
export interface ConsoleChoice {
  readonly key: string;
  readonly label: string;
  /** A role as its holder is called ("Cabinet Lead Member"). */
  readonly title?: string;
  /** A role held for a portfolio: its holders need one. */
  readonly needsPortfolio?: true;
}

/** The council's rules as the console reads them: its words and kinds, nothing of the file's syntax. */
export interface ConsolePolicy {
  readonly council: {
    readonly name: string;
    readonly area: { readonly one: string; readonly many: string; readonly whole: string };
  };
  readonly kinds: readonly ConsoleKind[];
  readonly roles: readonly ConsoleChoice[];
  readonly bodies: readonly ConsoleChoice[];
  /** The paragraph under which others besides the local members are told (§36). */
  readonly escalation: { readonly paragraph: string };
}

const labelOf = (field: FormFieldRule['field']): string => {
  const row = EVENT_FIELD_TABLE[field];
  return 'form' in row ? row.form.label : field;
};

function fieldOf(rule: FormFieldRule, required: boolean): ConsoleField {
  const row = EVENT_FIELD_TABLE[rule.field];
  const form = 'form' in row ? row.form : undefined;
  const hint = rule.hint ?? (form && 'hint' in form ? form.hint : undefined);
  const missing = form && 'missing' in form ? form.missing : undefined;
  return {
    field: rule.field,
    label: rule.label ?? labelOf(rule.field),
    ...(hint ? { hint } : {}),
    required,
    ...(required && missing ? { missing } : {}),
  };
}

export function consolePolicy(policy: Policy): ConsolePolicy {
  const words = councilWords(policy);
  return {
    council: {
      name: policy.council,
      area: { one: words.area, many: words.areas, whole: words.wholeArea },
    },
    kinds: Object.entries(policy.kinds).map(([key, k]) => ({
      key,
      label: k.label ?? key,
      hint: k.hint ?? k.summary,
      paragraph: k.paragraph,
      urgent: k.urgent ?? false,
      requires: k.requires.map((r) => ({ field: r.field, label: labelOf(r.field), because: r.because })),
      fields: (k.form ?? []).map((f) =>
        fieldOf(
          f,
          k.requires.some((r) => r.field === f.field),
        ),
      ),
    })),
    roles: Object.entries(policy.roles ?? {}).map(([key, r]) => ({
      key,
      label: r?.label ?? key,
      ...(r?.title ? { title: r.title } : {}),
      ...(r?.needsPortfolio ? { needsPortfolio: true as const } : {}),
    })),
    bodies: Object.entries(policy.bodies ?? {}).map(([key, b]) => ({ key, label: b.label })),
    escalation: { paragraph: policy.escalation.paragraph },
  };
}
