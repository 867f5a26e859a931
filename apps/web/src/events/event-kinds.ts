import type { ConsoleKind, ConsolePolicy, FormField } from '@member-alerts/protocol/event';

/** A field the form asks for by kind: one the protocol's field table gives a label. */
export type KindField = FormField;

export interface KindFieldSpec {
  readonly key: KindField;
  readonly label: string;
  readonly hint?: string;
  readonly required?: boolean;
  /** The error when a required field is left empty. */
  readonly missing?: string;
}

export interface KindSpec {
  readonly kind: string;
  readonly label: string;
  /** What the protocol asks, in one line. */
  readonly hint: string;
  readonly fields: readonly KindFieldSpec[];
  /** The kind's issue may lie elsewhere than its venue: the form asks for that area too. */
  readonly issueArea?: { readonly hint?: string };
}

const isKindField = (field: string): field is KindField => field !== 'affectedArea';

/**
 * A kind's form, as the council's rules give it: its own fields in order, each with the words the
 * rules give it, required where they require it. The API serves the rules.
 */
function kindSpec(kind: ConsoleKind): KindSpec {
  const issue = kind.fields.find((f) => f.field === 'affectedArea');
  return {
    kind: kind.key,
    label: kind.label,
    hint: kind.hint,
    fields: kind.fields.flatMap((f) =>
      isKindField(f.field)
        ? [
            {
              key: f.field,
              label: f.label,
              ...(f.hint ? { hint: f.hint } : {}),
              ...(f.required ? { required: true, ...(f.missing ? { missing: f.missing } : {}) } : {}),
            },
          ]
        : [],
    ),
    ...(issue ? { issueArea: issue.hint ? { hint: issue.hint } : {} } : {}),
  };
}

/** The kinds the council recognises, in its order, each with its form. */
export function kindSpecs(policy: ConsolePolicy): readonly KindSpec[] {
  return policy.kinds.map(kindSpec);
}

/** A choice the form offers: a body a report goes to, or a role to tell as well. */
export interface Choice {
  readonly value: string;
  readonly label: string;
}

/** What the form offers besides the kinds, in the council's words. */
export interface CouncilChoices {
  readonly bodies: readonly Choice[];
  readonly roles: readonly Choice[];
  /** The council's whole area, as an option reads ("The whole borough"). */
  readonly wholeArea: string;
  /** The paragraph under which others are told as well. */
  readonly escalationParagraph?: string;
}

const asOption = (words: string) => words.charAt(0).toUpperCase() + words.slice(1);

export function councilChoices(policy: ConsolePolicy): CouncilChoices {
  return {
    bodies: policy.bodies.map((b) => ({ value: b.key, label: asOption(b.label) })),
    roles: policy.roles.map((r) => ({ value: r.key, label: asOption(r.label) })),
    wholeArea: asOption(policy.council.area.whole),
    escalationParagraph: policy.escalation.paragraph,
  };
}

export function specOf(specs: readonly KindSpec[], kind: string): KindSpec | undefined {
  return specs.find((k) => k.kind === kind);
}
