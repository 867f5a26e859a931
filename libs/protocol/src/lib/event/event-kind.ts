// The kinds of event paragraphs 28–35 of the Member/Officer Protocol name.
export const EVENT_KINDS = [
  'facility_event',
  'public_meeting',
  'member_public_meeting',
  'consultation',
  'sensitive_report',
  'delegated_decision',
  'press_enquiry',
  'partnership_action',
  'foi_request',
  'complaints',
  'road_works',
  'service_change',
  'major_incident',
] as const;

export type EventKind = (typeof EVENT_KINDS)[number];

export function isEventKind(value: unknown): value is EventKind {
  return typeof value === 'string' && (EVENT_KINDS as readonly string[]).includes(value);
}
