import { expect } from 'vitest';
import { KEYS } from '../../../api/test/support/test-api';
import { allFinal, register, type DeliveryHarness } from './delivery-harness';

// Events of every outcome the compliance report counts, through the whole pipeline.

const HOUR = 3_600_000;
const at = (hoursFromNow: number) => new Date(Date.now() + hoursFromNow * HOUR).toISOString();
const londonDay = (d: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(d);

/** From yesterday to tomorrow, London: the period the events fall in. */
export const reportPeriod = () => ({
  from: londonDay(new Date(Date.now() - 24 * HOUR)),
  to: londonDay(new Date(Date.now() + 24 * HOUR)),
});

/** Harjit Gaddesby (m054, Valley): the SMTP listener refuses this address with 550. */
export const REFUSED = 'harjit.gaddesby@members.leics.example';

export interface ComplianceEvents {
  onTime: string;
  late: string;
  after: string;
  failed: string;
}

/**
 * Registers the four events and waits for every notice to be final, then Oliver Belgrave (m043)
 * acknowledges his invitation. Start the harness with `sink: { rejectRecipients: [REFUSED] }`.
 */
export async function registerComplianceEvents(h: DeliveryHarness): Promise<ComplianceEvents> {
  const ids: ComplianceEvents = {
    // On time: an invitation registered a month ahead, to Oadby's two members.
    onTime: await register(h, {
      kind: 'facility_event',
      title: 'Oadby library reopens',
      divisions: ['Oadby'],
      service: 'Libraries',
      startsAt: at(24 * 30),
    }),
    // Late, and registered late: a consultation that opened an hour before it was registered.
    late: await register(h, {
      kind: 'consultation',
      title: 'Lutterworth bus routes',
      divisions: ['Lutterworth'],
      opensAt: at(-1),
      closesAt: at(24 * 30),
    }),
    // After the event, and registered after it happened: a public meeting held two hours ago.
    after: await register(h, {
      kind: 'public_meeting',
      title: 'Melton West flood meeting',
      divisions: ['Melton West'],
      startsAt: at(-2),
      endsAt: at(-1),
    }),
    // Failed: the member's address is refused; the Leader, told by escalation (§36), is on time.
    failed: await register(h, {
      kind: 'press_enquiry',
      title: 'Press asks about the Valley quarry',
      divisions: ['Valley'],
      service: 'Press Office',
    }),
  };
  await allFinal(h, [ids.onTime, ids.late, ids.after, ids.failed]);
  const mine = await h.t.request('GET', '/members/me/alerts', { key: KEYS.member });
  const alert = (mine.body as { alerts: { id: string; event: { id: string } }[] }).alerts.find(
    (a) => a.event.id === ids.onTime,
  );
  const ack = await h.t.request('POST', `/alerts/${alert?.id ?? ''}/acknowledge`, { key: KEYS.member });
  expect(ack.status).toBe(200);
  return ids;
}
