import {
  EVENT_FIELD_TABLE,
  type EventKind,
  type FormField,
  type FormWording,
} from '@member-alerts/protocol/event';
import { KIND_LABELS } from '../components/wording';
import { COUNCIL_POLICY } from './council-policy';

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
  readonly kind: EventKind;
  readonly label: string;
  /** What the protocol asks, in one line. */
  readonly hint: string;
  readonly fields: readonly KindFieldSpec[];
}

/** A kind's own label or hint for a field, where the table's general one does not fit. */
type Own = { readonly key: KindField } & Partial<Pick<FormWording, 'label' | 'hint'>>;

/**
 * A kind's form: each field with the table's label and hint unless the kind words it its own way,
 * required where the protocol's policy requires it for that kind.
 */
function kindSpec(kind: EventKind, hint: string, fields: readonly (KindField | Own)[]): KindSpec {
  const requires = COUNCIL_POLICY.kinds[kind]?.requires ?? [];
  return {
    kind,
    label: KIND_LABELS[kind] as string,
    hint,
    fields: fields.map((f) => {
      const own: Own = typeof f === 'string' ? { key: f } : f;
      const form: FormWording = EVENT_FIELD_TABLE[own.key].form;
      const fieldHint = own.hint ?? form.hint;
      const required = requires.some((r) => r.field === own.key);
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

// The kinds of event §28–35 name, each with the fields the protocol's rules read for it.
export const KIND_SPECS: readonly KindSpec[] = [
  kindSpec('facility_event', 'Members for the division are invited, for example to a facility opening.', [
    'startsAt',
    'endsAt',
    'servesAdjoining',
  ]),
  kindSpec('public_meeting', 'Members for the divisions affected are invited.', ['startsAt', 'endsAt']),
  kindSpec('member_public_meeting', 'The officers for the service concerned are informed.', [
    'service',
    'startsAt',
  ]),
  kindSpec('consultation', 'Members are notified immediately before the consultation starts.', [
    'opensAt',
    'closesAt',
  ]),
  kindSpec(
    'sensitive_report',
    'Members concerned are told of a sensitive issue in a report, and of their right to attend.',
    [
      'body',
      { key: 'startsAt', label: 'Date of the meeting' },
      portfolio('§36: the Cabinet Lead Member for this portfolio can be told as well.'),
    ],
  ),
  kindSpec('delegated_decision', 'An issue arising from a Chief Officer delegated power.', []),
  kindSpec('press_enquiry', 'The press has asked for comment on a matter in the division.', [
    'respondBy',
    portfolio('§36: the Cabinet Lead Member for this portfolio is told; the Leader when there is none.'),
  ]),
  kindSpec('partnership_action', 'A partnership body proposes action in the division.', []),
  kindSpec('foi_request', 'A Freedom of Information request on a controversial issue.', ['controversial']),
  kindSpec('complaints', 'Significant complaints likely to lead to adverse media coverage.', [
    'individualServiceComplaint',
  ]),
  kindSpec(
    'road_works',
    'Major road works: members for the divisions crossed and the adjoining divisions are notified.',
    ['major', 'startsAt', 'endsAt'],
  ),
  kindSpec('service_change', 'For example new opening hours, or the closure of a facility.', [
    { key: 'startsAt', label: 'When the change takes effect' },
  ]),
  kindSpec(
    'major_incident',
    'Members for the division and the adjoining divisions, the Leader and the Deputy Leader are notified.',
    [
      { key: 'startsAt', label: 'When it happened' },
      portfolio('§36: the Cabinet Lead Member for this portfolio is told.'),
    ],
  ),
];

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

export function specOf(kind: string): KindSpec | undefined {
  return KIND_SPECS.find((k) => k.kind === kind);
}
