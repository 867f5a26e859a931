import {
  EVENT_FIELD_TABLE,
  type ConsoleKind,
  type ConsolePolicy,
  type FormField,
  type FormWording,
} from '@member-alerts/protocol/event';

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
}

/** A kind's own label or hint for a field, where the table's general one does not fit. */
type Own = { readonly key: KindField } & Partial<Pick<FormWording, 'label' | 'hint'>>;

/**
 * A kind's form: each field with the table's label and hint unless the kind words it its own way,
 * required where the council's rules require it for that kind. The kind's name and hint are the
 * council's, as the API serves them.
 */
function kindSpec(kind: ConsoleKind): KindSpec {
  const shown = (FORM_LAYOUT[kind.key] ?? []).map((f): Own => (typeof f === 'string' ? { key: f } : f));
  return {
    kind: kind.key,
    label: kind.label,
    hint: kind.hint,
    fields: shown.map((own) => {
      const form: FormWording = EVENT_FIELD_TABLE[own.key].form;
      const fieldHint = own.hint ?? form.hint;
      const required = kind.requires.some((r) => r.field === own.key);
      return {
        key: own.key,
        label: own.label ?? form.label,
        ...(fieldHint ? { hint: fieldHint } : {}),
        ...(required ? { required, ...(form.missing ? { missing: form.missing } : {}) } : {}),
      };
    }),
  };
}

const portfolio = (hint: string): Own => ({ key: 'portfolio', hint });

// Where each kind's own fields go on the form, with the words a kind gives a field its own way.
const FORM_LAYOUT: Readonly<Record<string, readonly (KindField | Own)[]>> = {
  facility_event: ['startsAt', 'endsAt', 'servesAdjoining'],
  public_meeting: ['startsAt', 'endsAt'],
  member_public_meeting: ['service', 'startsAt'],
  consultation: ['opensAt', 'closesAt'],
  sensitive_report: [
    'body',
    { key: 'startsAt', label: 'Date of the meeting' },
    portfolio('§36: the Cabinet Lead Member for this portfolio can be told as well.'),
  ],
  delegated_decision: [],
  press_enquiry: [
    'respondBy',
    portfolio('§36: the Cabinet Lead Member for this portfolio is told; the Leader when there is none.'),
  ],
  partnership_action: [],
  foi_request: ['controversial'],
  complaints: ['individualServiceComplaint'],
  road_works: ['major', 'startsAt', 'endsAt'],
  service_change: [{ key: 'startsAt', label: 'When the change takes effect' }],
  major_incident: [
    { key: 'startsAt', label: 'When it happened' },
    portfolio('§36: the Cabinet Lead Member for this portfolio is told.'),
  ],
};

/** The kinds the council recognises, in its order, each with its form. */
export function kindSpecs(policy: ConsolePolicy): readonly KindSpec[] {
  return policy.kinds.map(kindSpec);
}

export const SENSITIVE_BODIES = [
  { value: 'cabinet', label: 'Cabinet' },
  { value: 'scrutiny', label: 'Overview and Scrutiny' },
  { value: 'regulatory', label: 'A regulatory body' },
  { value: 'informal_panel', label: 'An informal panel' },
  { value: 'working_party', label: 'A working party' },
] as const;

export const ESCALATION_ROLES = [
  { value: 'leader', label: 'The Leader' },
  { value: 'deputy_leader', label: 'The Deputy Leader' },
  { value: 'cabinet_lead_member', label: 'The Cabinet Lead Member for the portfolio' },
] as const;

export function specOf(specs: readonly KindSpec[], kind: string): KindSpec | undefined {
  return specs.find((k) => k.kind === kind);
}
