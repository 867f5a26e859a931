import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { insertDraft, OADBY_ENQUIRY } from './support/drafts';
import { KEYS, startTestApi, type TestApi } from './support/test-api';

let t: TestApi;
beforeAll(async () => {
  t = await startTestApi();
});
afterAll(async () => {
  await t?.close();
});

const officer = { key: KEYS.officer };
const confirmBody = {
  kind: 'press_enquiry',
  title: 'Closure of the Oadby library on Saturdays',
  description: 'The press asks why the Oadby library will close on Saturdays from March.',
  divisions: ['Oadby'],
  contact: { name: 'Helen Marsden', email: 'helen.marsden@leics.example' },
};

interface DraftView {
  id: string;
  status: string;
  sourceInWords: string;
  title: string;
  waiting: boolean;
  eventId: string | null;
  divisions: string[];
  places: { text: string }[];
  placesInText: { start: number; end: number; place: number }[];
  description: string;
  sender: { name: string; address: string } | null;
  original: string | null;
  decidedBy: string | null;
  dismissReason: string | null;
}
const message = (r: { body: unknown }) => (r.body as { message: string }).message;

describe('the drafts officers confirm or dismiss', () => {
  it('lists open drafts with their source in words and places, and gives one with the places marked in its text', async () => {
    const id = await insertDraft(t, { ...OADBY_ENQUIRY, key: '<list-1@daily-prophet.example>' });
    const list = await t.request('GET', '/drafts', officer);
    expect(list.status).toBe(200);
    const drafts = (list.body as { drafts: DraftView[] }).drafts;
    const mine = drafts.find((d) => d.id === id);
    expect(mine?.sourceInWords).toBe('E-mail to a shared mailbox');
    expect(mine?.divisions).toEqual(['Oadby']);
    expect(mine?.places.map((p) => p.text)).toEqual(['Oadby', 'LE2 5AA']);
    // The list never carries who wrote: that is for the officer who opens the draft.
    expect(list.text).not.toContain('Rita Skeeter');

    const one = await t.request('GET', `/drafts/${id}`, officer);
    expect(one.status).toBe(200);
    const d = one.body as DraftView;
    expect(d.sender).toEqual(OADBY_ENQUIRY.sender);
    expect(d.original).toContain('From: Rita Skeeter');
    expect(d.placesInText.map((p) => d.description.slice(p.start, p.end))).toEqual(['Oadby', 'LE2 5AA']);
  });

  it('confirms a draft as one event even when two officers press Confirm at once', async () => {
    const id = await insertDraft(t, { ...OADBY_ENQUIRY, key: '<twice@daily-prophet.example>' });
    const [a, b] = await Promise.all([
      t.request('POST', `/drafts/${id}/confirm`, { ...officer, body: confirmBody }),
      t.request('POST', `/drafts/${id}/confirm`, { key: KEYS.democraticServices, body: confirmBody }),
    ]);
    expect([a.status, b.status], `${a.text} ${b.text}`).toEqual([200, 200]);
    const events = await t.sql<{ id: string; source: string; source_ref: string; payload: unknown }>(
      `SELECT id, source, source_ref, payload FROM events WHERE source_ref = '<twice@daily-prophet.example>'`,
    );
    expect(events).toHaveLength(1);
    expect(events[0]?.source).toBe('mailbox');
    expect((a.body as DraftView).eventId).toBe(events[0]?.id);
    expect((b.body as DraftView).eventId).toBe(events[0]?.id);
    expect((a.body as DraftView).status).toBe('confirmed');
    // The sender never enters the event.
    expect(JSON.stringify(events[0]?.payload)).not.toMatch(/Rita|Skeeter|daily-prophet/);
    const audit = await t.sql<{ actor: string }>(
      `SELECT actor FROM audit_log WHERE action = 'draft.confirmed' AND event_id = $1`,
      [events[0]?.id],
    );
    expect(audit).toHaveLength(1);
    const registered = await t.sql(
      `SELECT 1 FROM audit_log WHERE action = 'event.registered' AND event_id = $1`,
      [events[0]?.id],
    );
    expect(registered).toHaveLength(1);

    // A third click later answers the same confirmed draft.
    const again = await t.request('POST', `/drafts/${id}/confirm`, { ...officer, body: confirmBody });
    expect(again.status).toBe(200);
    expect((again.body as DraftView).eventId).toBe(events[0]?.id);
    expect((await t.request('GET', '/drafts', officer)).text).not.toContain(id);
    const confirmed = await t.request('GET', '/drafts?status=confirmed', officer);
    expect((confirmed.body as { drafts: DraftView[] }).drafts.map((x) => x.id)).toContain(id);
  });

  it('dismisses a draft with a reason and an audit line, and refuses to dismiss a confirmed one', async () => {
    const id = await insertDraft(t, { ...OADBY_ENQUIRY, key: '<dismiss@daily-prophet.example>' });
    const noReason = await t.request('POST', `/drafts/${id}/dismiss`, { ...officer, body: { reason: '  ' } });
    expect(noReason.status).toBe(400);
    expect(message(noReason)).toContain('Say why this draft is dismissed');

    const r = await t.request('POST', `/drafts/${id}/dismiss`, {
      ...officer,
      body: { reason: 'Answered by the press office; no division matter' },
    });
    expect(r.status).toBe(200);
    expect((r.body as DraftView).status).toBe('dismissed');
    expect((r.body as DraftView).dismissReason).toBe('Answered by the press office; no division matter');
    const [line] = await t.sql<{ actor: string; details: { reason: string; draft: string } }>(
      `SELECT actor, details FROM audit_log WHERE action = 'draft.dismissed' AND details->>'draft' = $1`,
      [id],
    );
    expect(line?.details.reason).toBe('Answered by the press office; no division matter');
    expect(line?.actor).toBeTruthy();

    const confirmDismissed = await t.request('POST', `/drafts/${id}/confirm`, {
      ...officer,
      body: confirmBody,
    });
    expect(confirmDismissed.status).toBe(409);
    expect(message(confirmDismissed)).toContain('This draft was dismissed');
    expect(await t.sql(`SELECT 1 FROM events WHERE source_ref = '<dismiss@daily-prophet.example>'`)).toEqual(
      [],
    );

    const other = await insertDraft(t, { ...OADBY_ENQUIRY, key: '<confirmed-then@daily-prophet.example>' });
    expect(
      (await t.request('POST', `/drafts/${other}/confirm`, { ...officer, body: confirmBody })).status,
    ).toBe(200);
    const late = await t.request('POST', `/drafts/${other}/dismiss`, {
      ...officer,
      body: { reason: 'Too late' },
    });
    expect(late.status).toBe(409);
    expect(message(late)).toContain('cannot be dismissed. Cancel the event instead');
  });

  it('answers bad input in words: an unknown draft, an unknown status, an event the rules refuse', async () => {
    const missing = await t.request('GET', '/drafts/00000000-0000-4000-8000-000000000000', officer);
    expect(missing.status).toBe(404);
    expect(message(missing)).toContain('There is no draft');
    expect((await t.request('GET', '/drafts/not-an-id', officer)).status).toBe(404);
    const status = await t.request('GET', '/drafts?status=pending', officer);
    expect(status.status).toBe(400);
    expect(message(status)).toContain('status must be open, confirmed or dismissed');

    const id = await insertDraft(t, { ...OADBY_ENQUIRY, key: '<no-title@daily-prophet.example>' });
    const bad = await t.request('POST', `/drafts/${id}/confirm`, {
      ...officer,
      body: { kind: 'press_enquiry', divisions: ['Oadby'] },
    });
    expect(bad.status).toBeGreaterThanOrEqual(400);
    expect(bad.status).toBeLessThan(500);
    expect(bad.text).toContain('title');
    // Refused, so still open for the officer to put right.
    expect(((await t.request('GET', `/drafts/${id}`, officer)).body as DraftView).status).toBe('open');
    // Members cannot see drafts at all.
    expect((await t.request('GET', '/drafts', { key: KEYS.member })).status).toBe(403);
  });

  it('marks an open draft untouched for 3 working days, counting neither weekends nor bank holidays', async () => {
    // Tuesday 29 December 2026, 10:00: Christmas (Friday) and the Boxing Day holiday (Monday 28th)
    // do not count, so three working days back is Tuesday 22 December, 10:00.
    const older = await insertDraft(t, {
      ...OADBY_ENQUIRY,
      key: '<older@daily-prophet.example>',
      receivedAt: new Date('2026-12-22T09:00:00Z'),
    });
    const newer = await insertDraft(t, {
      ...OADBY_ENQUIRY,
      key: '<newer@daily-prophet.example>',
      receivedAt: new Date('2026-12-23T09:00:00Z'),
    });
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-12-29T10:00:00Z') });
    try {
      const list = await t.request('GET', '/drafts', officer);
      const drafts = (list.body as { drafts: DraftView[] }).drafts;
      expect(drafts.find((d) => d.id === older)?.waiting).toBe(true);
      // Six calendar days, but only two working days: not yet.
      expect(drafts.find((d) => d.id === newer)?.waiting).toBe(false);
      expect(((await t.request('GET', `/drafts/${older}`, officer)).body as DraftView).waiting).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});
