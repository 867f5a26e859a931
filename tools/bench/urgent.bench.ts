import { clock, median, progress, sleep } from './measure.util';
import { check, OFFICER_KEY, type Pipeline } from './pipeline';
import type { Row } from './report.util';

/**
 * Item 7: a major incident registered while a countywide consultation drains, timed from its
 * POST /events to the last of its e-mails at the SMTP listener, against the same alert with nothing
 * else queued. Urgent alerts go ahead of the backlog, so the ratio should stay near 1.
 */
export async function urgentBench(
  p: Pipeline,
  ctx: { members: number; divisions: readonly string[]; workers: number },
): Promise<{ rows: Row[]; details: Record<string, unknown> }> {
  progress(`urgent: starting ${ctx.workers} fresh worker processes`);
  await p.startWorkers(ctx.workers);
  let n = 0;
  const incident = () => ({
    kind: 'major_incident',
    title: `Flooding, alert ${++n}`,
    divisions: ctx.divisions.slice((n * 2) % ctx.divisions.length, ((n * 2) % ctx.divisions.length) + 2),
    portfolio: 'Community Safety and Resilience',
    topics: ['flooding'],
  });

  /** Seconds from the POST to the listener accepting the last of the alert's e-mails. */
  async function timeAlert(): Promise<{ seconds: number; emails: number }> {
    const t0 = clock();
    const res = await p.request('POST', '/events', { key: OFFICER_KEY, body: incident() });
    check(res, 201, 'POST /events (major incident)');
    const id = (res.body as { id: string }).id;
    const wanted = new Set(
      (await p.sql<{ id: string }>('SELECT id FROM notifications WHERE event_id = $1', [id])).map(
        (r) => r.id,
      ),
    );
    const end = t0 + 120_000;
    for (;;) {
      const arrived = p.accepted.filter((a) => wanted.has(a.notificationId));
      if (arrived.length >= wanted.size)
        return { seconds: (Math.max(...arrived.map((a) => a.at)) - t0) / 1000, emails: wanted.size };
      if (clock() > end) throw new Error(`the major incident's e-mails did not all arrive within 120 s`);
      await sleep(5);
    }
  }

  progress('urgent: the major incident on an idle system, 3 times');
  const idle: number[] = [];
  for (let i = 0; i < 3; i++) idle.push((await timeAlert()).seconds);

  progress(
    `urgent: a countywide consultation to ${ctx.members.toLocaleString('en-GB')} members, then the same alert 3 times as it drains`,
  );
  const from = p.accepted.length;
  const res = await p.request('POST', '/events', {
    key: OFFICER_KEY,
    body: {
      kind: 'consultation',
      title: 'Countywide consultation while an incident breaks',
      countywide: true,
      opensAt: new Date(Date.now() + 3_600_000).toISOString(),
    },
  });
  check(res, 201, 'POST /events (countywide)');
  const busy: { seconds: number; backlogLeft: number }[] = [];
  for (const share of [0.1, 0.35, 0.6]) {
    while (p.accepted.length - from < ctx.members * share) await sleep(5);
    const left = ctx.members - (p.accepted.length - from);
    const t = await timeAlert();
    busy.push({ seconds: t.seconds, backlogLeft: left });
    progress(
      `  urgent: alert at ${share * 100}% of the drain took ${t.seconds.toFixed(2)} s (${left.toLocaleString('en-GB')} e-mails still queued)`,
    );
  }
  while (p.accepted.length - from < ctx.members) await sleep(20);
  await p.stopWorkers();

  const idleS = median(idle);
  const busyS = median(busy.map((b) => b.seconds));
  const rows: Row[] = [
    {
      item: 8,
      measure: `major incident registered while a countywide consultation of ${ctx.members.toLocaleString('en-GB')} e-mails drains, ${ctx.workers} workers: POST to its last e-mail (median of 3)`,
      value: busyS,
      unit: 's',
      baseline: idleS,
      baselineLabel: 'the same alert with nothing else queued (median of 3)',
      ratio: busyS / idleS,
      ratioMeans: 'its idle time (goal ≤ 2)',
      note: `slowest during the drain ${Math.max(...busy.map((b) => b.seconds)).toFixed(2)} s`,
    },
  ];
  return { rows, details: { idleSeconds: idle, busy } };
}
