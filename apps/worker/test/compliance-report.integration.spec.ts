import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KEYS } from '../../api/test/support/test-api';
import {
  type ComplianceEvents,
  registerComplianceEvents,
  REFUSED,
  reportPeriod,
} from './support/compliance-events';
import { startDelivery, type DeliveryHarness } from './support/delivery-harness';

// The compliance report's figures from events that went through the whole pipeline: the API, the
// outbox, BullMQ, a worker and an SMTP listener that refuses one address with 550.

const { from, to } = reportPeriod();
const PERIOD = `from=${from}&to=${to}`;

interface Figures {
  events: number;
  membersTold: number;
  onTime: number;
  late: number;
  afterEvent: number;
  registeredLate: number;
  failed: number;
  acknowledgedIn7Days: number;
  escalations: number;
  held: number;
}
interface Report {
  period: { from: string; to: string; words: string };
  source: string;
  totals: Figures;
  byKind: (Figures & { kind: string; label: string; paragraph: string })[];
  byService: (Figures & { service: string | null })[];
  byMonth: (Figures & { month: string })[];
}

let h: DeliveryHarness;
let ids: ComplianceEvents;

async function report(query: string, key: string = KEYS.monitoringOfficer) {
  return h.t.request('GET', `/reports/compliance?${query}`, { key });
}

beforeAll(async () => {
  h = await startDelivery({ sink: { rejectRecipients: [REFUSED] } });
  await h.addWorker();
  ids = await registerComplianceEvents(h);
}, 120_000);

afterAll(async () => {
  await h?.close();
});

describe('the compliance report from known events', () => {
  it('counts each event and notice exactly where it belongs', async () => {
    const r = await report(PERIOD);
    expect(r.status).toBe(200);
    const body = r.body as Report;
    expect(body.totals).toEqual({
      events: 4,
      membersTold: 5,
      onTime: 3,
      late: 1,
      afterEvent: 1,
      registeredLate: 2,
      failed: 1,
      acknowledgedIn7Days: 1,
      escalations: 1,
      held: 0,
    });
    const kind = (k: string) => body.byKind.find((x) => x.kind === k);
    expect(kind('facility_event')).toMatchObject({ paragraph: '28', events: 1, membersTold: 2, onTime: 2 });
    expect(kind('facility_event')).toMatchObject({ acknowledgedIn7Days: 1, late: 0, afterEvent: 0 });
    expect(kind('consultation')).toMatchObject({ paragraph: '31', late: 1, registeredLate: 1, onTime: 0 });
    expect(kind('public_meeting')).toMatchObject({ paragraph: '29', afterEvent: 1, registeredLate: 1 });
    expect(kind('press_enquiry')).toMatchObject({ paragraph: '35', failed: 1, escalations: 1, onTime: 1 });
    expect(body.byService.map((s) => [s.service, s.events])).toEqual([
      ['Libraries', 1],
      ['Press Office', 1],
      [null, 2],
    ]);
    expect(body.byMonth.reduce((n, m) => n + m.onTime, 0)).toBe(3);
    // Figures about services, never about officers: no officer's name or address appears.
    expect(r.text).not.toMatch(/Helen Marsden|helen\.marsden|Development officer/i);
  });

  it('filters by kind, service and division', async () => {
    const consultation = (await report(`${PERIOD}&kind=consultation`)).body as Report;
    expect(consultation.totals).toMatchObject({ events: 1, late: 1, onTime: 0 });
    const none = (await report(`${PERIOD}&service=none`)).body as Report;
    expect(none.totals.events).toBe(2);
    const oadby = (await report(`${PERIOD}&division=Oadby`)).body as Report;
    expect(oadby.totals).toMatchObject({ events: 1, membersTold: 2, acknowledgedIn7Days: 1 });
  });

  it('links each figure to the events behind it', async () => {
    const behind = async (figure: string) => {
      const r = await h.t.request('GET', `/reports/compliance/events?${PERIOD}&figure=${figure}`, {
        key: KEYS.democraticServices,
      });
      expect(r.status).toBe(200);
      return (r.body as { events: { id: string; notices: number }[] }).events.map((e) => e.id).sort();
    };
    expect(await behind('late')).toEqual([ids.late]);
    expect(await behind('afterEvent')).toEqual([ids.after]);
    expect(await behind('failed')).toEqual([ids.failed]);
    expect(await behind('registeredLate')).toEqual([ids.late, ids.after].sort());
    expect(await behind('onTime')).toEqual([ids.onTime, ids.failed].sort());
    expect(await behind('held')).toEqual([]);
  });

  it('gives the same figures as CSV for a spreadsheet', async () => {
    const r = await h.t.request('GET', `/reports/compliance.csv?${PERIOD}`, { key: KEYS.monitoringOfficer });
    expect(r.status).toBe(200);
    const lines = r.text.trim().split('\r\n');
    expect(lines[0]).toContain('Events registered,Members told,On time,Late,After the event');
    expect(lines[1]).toMatch(/,All events,.*,4,5,3,1,1,2,1,1,1,0$/);
    expect(lines.find((l) => l.includes('§31'))).toMatch(
      /,Kind,Consultation \(§31\),§31,1,1,0,1,0,1,0,0,0,0$/,
    );
  });

  it('is for democratic services and the Monitoring Officer, not for other officers', async () => {
    expect((await report(PERIOD, KEYS.democraticServices)).status).toBe(200);
    expect((await report(PERIOD, KEYS.officer)).status).toBe(403);
  });
});

describe("a councillor's own record", () => {
  it('lists what they were told in the period, when, and what they acknowledged', async () => {
    const r = await h.t.request('GET', `/members/me/record?${PERIOD}`, { key: KEYS.member });
    expect(r.status).toBe(200);
    const body = r.body as {
      total: number;
      delivered: number;
      acknowledged: number;
      alerts: { eventId: string; title: string; sentAt: string | null; acknowledgedAt: string | null }[];
    };
    expect(body).toMatchObject({ total: 1, delivered: 1, acknowledged: 1 });
    expect(body.alerts).toMatchObject([{ eventId: ids.onTime, title: 'Oadby library reopens' }]);
    expect(body.alerts[0]?.sentAt).not.toBeNull();
    expect(body.alerts[0]?.acknowledgedAt).not.toBeNull();
    // Another period holds none of it; nobody else's record is theirs to read.
    const before = await h.t.request('GET', '/members/me/record?from=2025-01-01&to=2025-03-31', {
      key: KEYS.member,
    });
    expect((before.body as { total: number }).total).toBe(0);
    expect(
      (await h.t.request('GET', `/members/me/record?${PERIOD}`, { key: KEYS.monitoringOfficer })).status,
    ).toBe(403);
  });
});

describe('the report refuses a period it cannot mean', () => {
  it('answers 400 in words for a reversed period', async () => {
    const r = await report('from=2026-09-30&to=2026-07-01');
    expect(r.status).toBe(400);
    expect((r.body as { message: string }).message).toBe(
      'The period runs backwards: it starts on Wednesday 30 September 2026, after it ends on Wednesday 1 July 2026. Give the earlier day as from.',
    );
  });

  it('answers 400 in words for more than five years', async () => {
    const r = await report('from=2019-01-01&to=2026-06-30');
    expect(r.status).toBe(400);
    expect((r.body as { message: string }).message).toContain('is longer than 5 years');
  });

  it('answers 400 in words for a day that is not one', async () => {
    const r = await report('from=2026-02-30&to=2026-03-31');
    expect(r.status).toBe(400);
    expect((r.body as { message: string }).message).toBe('from is not a day of the calendar');
    const t = await report('from=2026-07-01T10:00:00Z&to=2026-09-30');
    expect((t.body as { message: string }).message).toContain('must be a day, written YYYY-MM-DD');
  });

  it('covers the last full quarter when no period is given', async () => {
    const r = (await report('')).body as Report;
    expect(r.period.from).toMatch(/-(01|04|07|10)-01$/);
    expect(r.period.to).toMatch(/-(03-31|06-30|09-30|12-31)$/);
  });
});
