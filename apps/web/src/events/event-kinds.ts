import { KIND_LABELS } from '../components/wording';

export type KindField =
  | 'startsAt'
  | 'endsAt'
  | 'opensAt'
  | 'closesAt'
  | 'respondBy'
  | 'body'
  | 'portfolio'
  | 'service'
  | 'servesAdjoining'
  | 'controversial'
  | 'individualServiceComplaint'
  | 'major';

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

const starts = (label = 'When it starts'): KindFieldSpec => ({ key: 'startsAt', label });
const ends: KindFieldSpec = { key: 'endsAt', label: 'When it ends' };
const portfolio = (hint: string): KindFieldSpec => ({ key: 'portfolio', label: 'Cabinet portfolio', hint });

// The kinds of event §28–35 name, each with the fields the protocol's rules read for it.
export const KIND_SPECS: readonly KindSpec[] = [
  {
    kind: 'facility_event',
    label: KIND_LABELS['facility_event'] as string,
    hint: 'Members for the division are invited, for example to a facility opening.',
    fields: [
      starts(),
      ends,
      {
        key: 'servesAdjoining',
        label: 'The facility or service also serves adjoining divisions',
        hint: '§28: their members are invited too.',
      },
    ],
  },
  {
    kind: 'public_meeting',
    label: KIND_LABELS['public_meeting'] as string,
    hint: 'Members for the divisions affected are invited.',
    fields: [starts(), ends],
  },
  {
    kind: 'member_public_meeting',
    label: KIND_LABELS['member_public_meeting'] as string,
    hint: 'The officers for the service concerned are informed.',
    fields: [
      {
        key: 'service',
        label: 'Service concerned',
        hint: '§30: the officers for this service are informed, for example "Libraries".',
        required: true,
        missing: 'Enter the service concerned',
      },
      starts(),
    ],
  },
  {
    kind: 'consultation',
    label: KIND_LABELS['consultation'] as string,
    hint: 'Members are notified immediately before the consultation starts.',
    fields: [
      {
        key: 'opensAt',
        label: 'When the consultation opens',
        hint: '§31: members are notified 24 hours before.',
        required: true,
        missing: 'Enter when the consultation opens',
      },
      { key: 'closesAt', label: 'When the consultation closes' },
    ],
  },
  {
    kind: 'sensitive_report',
    label: KIND_LABELS['sensitive_report'] as string,
    hint: 'Members concerned are told of a sensitive issue in a report, and of their right to attend.',
    fields: [
      {
        key: 'body',
        label: 'Body that considers the report',
        hint: '§32 does not apply to informal panels or working parties.',
        required: true,
        missing: 'Choose the body that considers the report',
      },
      starts('Date of the meeting'),
      portfolio('§36: the Cabinet Lead Member for this portfolio can be told as well.'),
    ],
  },
  {
    kind: 'delegated_decision',
    label: KIND_LABELS['delegated_decision'] as string,
    hint: 'An issue arising from a Chief Officer delegated power.',
    fields: [],
  },
  {
    kind: 'press_enquiry',
    label: KIND_LABELS['press_enquiry'] as string,
    hint: 'The press has asked for comment on a matter in the division.',
    fields: [
      {
        key: 'respondBy',
        label: 'Respond by',
        hint: 'When members should answer by, if the press gave a deadline.',
      },
      portfolio('§36: the Cabinet Lead Member for this portfolio is told; the Leader when there is none.'),
    ],
  },
  {
    kind: 'partnership_action',
    label: KIND_LABELS['partnership_action'] as string,
    hint: 'A partnership body proposes action in the division.',
    fields: [],
  },
  {
    kind: 'foi_request',
    label: KIND_LABELS['foi_request'] as string,
    hint: 'A Freedom of Information request on a controversial issue.',
    fields: [
      {
        key: 'controversial',
        label: 'The request covers a controversial issue',
        hint: '§35 covers only controversial requests.',
      },
    ],
  },
  {
    kind: 'complaints',
    label: KIND_LABELS['complaints'] as string,
    hint: 'Significant complaints likely to lead to adverse media coverage.',
    fields: [
      {
        key: 'individualServiceComplaint',
        label: 'This is an individual service-related complaint',
        hint: '§26: individual service complaints are not alerted.',
      },
    ],
  },
  {
    kind: 'road_works',
    label: KIND_LABELS['road_works'] as string,
    hint: 'Major road works: members for the divisions crossed and the adjoining divisions are notified.',
    fields: [
      { key: 'major', label: 'These are major road works', hint: '§35 covers only major road works.' },
      starts(),
      ends,
    ],
  },
  {
    kind: 'service_change',
    label: KIND_LABELS['service_change'] as string,
    hint: 'For example new opening hours, or the closure of a facility.',
    fields: [starts('When the change takes effect')],
  },
  {
    kind: 'major_incident',
    label: KIND_LABELS['major_incident'] as string,
    hint: 'Members for the division and the adjoining divisions, the Leader and the Deputy Leader are notified.',
    fields: [
      starts('When it happened'),
      portfolio('§36: the Cabinet Lead Member for this portfolio is told.'),
    ],
  },
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
