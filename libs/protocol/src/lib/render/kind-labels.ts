import type { EventKind } from '../event/event-kind';

// Each kind of event as people name it, with the paragraph of the protocol it comes under.
export const KIND_LABELS: Readonly<Record<string, string>> = {
  facility_event: 'Event or facility opening (§28)',
  public_meeting: 'Public meeting organised by the Council (§29)',
  member_public_meeting: "A member's public meeting on Council business (§30)",
  consultation: 'Consultation (§31)',
  sensitive_report: 'Sensitive report (§32–33)',
  delegated_decision: 'Chief Officer delegated decision (§35)',
  press_enquiry: 'Press enquiry (§35)',
  partnership_action: 'Partnership action (§35)',
  foi_request: 'Freedom of Information request (§35)',
  complaints: 'Significant complaints (§35)',
  road_works: 'Road works (§35)',
  service_change: 'Service change (§35)',
  major_incident: 'Major incident (§35)',
} satisfies Record<EventKind, string>;
