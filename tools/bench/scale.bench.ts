import { acceptedCount, floorRate as floorRateOf, sameMessages } from './floor.util';
import { spread } from './inputs.util';
import { clock, MB, processMemory, progress, resetPeakMemory } from './measure.util';
import { check, OFFICER_KEY, type Pipeline } from './pipeline';
import type { Row } from './report.util';
import { INSPECT_ARGS, liveHeapBytes } from './live-heap.util';

/**
 * Item 5: one countywide consultation to every member. Time to drain, and the memory of the API
 * and of each worker process: at rest, at their peak, and as the drain goes on.
 */
export async function scaleBench(
  p: Pipeline,
  ctx: { members: number; divisions: number; workers: number; rounds: number },
): Promise<{ rows: Row[]; details: Record<string, unknown> }> {
  progress(`scale: starting ${ctx.workers} fresh worker processes`);
  const workers = await p.startWorkers(ctx.workers, INSPECT_ARGS);
  const pids = workers.map((w) => w.child.pid ?? 0);
  const mem = (pid: number) => processMemory(pid);
  const body = {
    kind: 'consultation',
    title: 'Countywide consultation on the budget',
    countywide: true,
    opensAt: new Date(Date.now() + 3_600_000).toISOString(),
    closesAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
  };
  // The same event planned but not stored (POST /events/preview): what storing and queueing add.
  const p0 = clock();
  check(await p.request('POST', '/events/preview', { key: OFFICER_KEY, body }), 200, 'POST /events/preview');
  const previewMs = clock() - p0;

  const apiIdle = mem(p.api.pid).rss;
  const workerIdle = Math.max(...pids.map((pid) => mem(pid).rss));
  const apiPeakWindow = resetPeakMemory(p.api.pid);
  for (const pid of pids) resetPeakMemory(pid);

  // Sampled as well, in case this kernel does not let us reset the peak.
  let apiSampledPeak = apiIdle;
  let workerSampledPeak = workerIdle;
  const sampler = setInterval(() => {
    apiSampledPeak = Math.max(apiSampledPeak, mem(p.api.pid).rss);
    for (const pid of pids) workerSampledPeak = Math.max(workerSampledPeak, mem(pid).rss);
  }, 200);

  const from = p.accepted.length;
  const marks: { percent: number; at: number; accepted: number; workerRss: number[]; apiRss: number }[] = [];
  let next = 1;
  p.onAccept = () => {
    const done = p.accepted.length - from;
    if (done >= (next * ctx.members) / 4) {
      marks.push({
        percent: next * 25,
        at: clock(),
        accepted: done,
        workerRss: pids.map((pid) => mem(pid).rss),
        apiRss: mem(p.api.pid).rss,
      });
      progress(`  scale: ${next * 25}% (${done.toLocaleString('en-GB')} e-mails) accepted`);
      next++;
    }
  };

  progress(
    `scale: POST /events, a countywide consultation to ${ctx.members.toLocaleString('en-GB')} members in ${ctx.divisions.toLocaleString('en-GB')} divisions`,
  );
  const t0 = clock();
  const res = await p.request('POST', '/events', { key: OFFICER_KEY, body });
  const postMs = clock() - t0;
  check(res, 201, 'POST /events (countywide)');
  const queued = (res.body as { queued: number }).queued;
  progress(
    `scale: the POST took ${(postMs / 1000).toFixed(1)} s and queued ${queued.toLocaleString('en-GB')} e-mails`,
  );
  const last = await acceptedCount(p, from, ctx.members, 900_000);
  clearInterval(sampler);
  p.onAccept = undefined;
  const drainS = (last.at - t0) / 1000;
  const apiPeak = apiPeakWindow ? mem(p.api.pid).peak : apiSampledPeak;
  const workerPeak = Math.max(...pids.map((pid) => mem(pid).peak));

  // Memory as the job count grows: more countywide consultations through the same workers; the
  // heap they keep (read after a full collection, once each round has drained) should not climb.
  // Read after the drain's figures above, so that the collection it forces is not in them.
  const keptMB = async () => Math.max(...(await Promise.all(workers.map(liveHeapBytes)))) / MB;
  const heapKept = [await keptMB()];
  const rssAfter = [Math.max(...pids.map((pid) => mem(pid).rss))];
  for (let round = 2; round <= ctx.rounds; round++) {
    const start = p.accepted.length;
    const again = await p.request('POST', '/events', {
      key: OFFICER_KEY,
      body: { ...body, title: `Countywide consultation, round ${round}` },
    });
    check(again, 201, 'POST /events (countywide, again)');
    await acceptedCount(p, start, ctx.members, 900_000);
    heapKept.push(await keptMB());
    rssAfter.push(Math.max(...pids.map((pid) => mem(pid).rss)));
    progress(
      `  scale: round ${round} of ${ctx.rounds}, ${(round * ctx.members).toLocaleString('en-GB')} e-mails in all; worker heap kept (after a full collection) ${heapKept[heapKept.length - 1]?.toFixed(0)} MB`,
    );
  }
  await p.stopWorkers();

  // The floor: the same countywide messages, a sample of them, through the bare nodemailer loop.
  progress('scale: the floor, a sample of the same messages through the bare nodemailer loop');
  const eventId = (res.body as { id: string }).id;
  const messages = [...(await sameMessages(p, [eventId])).values()].flat();
  const floorRate = await floorRateOf(p, spread(messages, Math.min(messages.length, 2_500)));

  const at = (percent: number) => marks.find((m) => m.percent === percent);
  const w25 = Math.max(...(at(25)?.workerRss ?? [NaN]));
  const w100 = Math.max(...(at(100)?.workerRss ?? [NaN]));
  const floorS = ctx.members / floorRate;
  const details = {
    members: ctx.members,
    divisions: ctx.divisions,
    workers: ctx.workers,
    postSeconds: postMs / 1000,
    previewSeconds: previewMs / 1000,
    drainSeconds: drainS,
    floorSeconds: floorS,
    floorRate,
    apiRssMB: {
      idle: apiIdle / MB,
      peak: apiPeak / MB,
      sampledPeak: apiSampledPeak / MB,
      peakWindowReset: apiPeakWindow,
    },
    workerRssMB: { idle: workerIdle / MB, peak: workerPeak / MB, sampledPeak: workerSampledPeak / MB },
    rounds: heapKept.map((mb, i) => ({
      round: i + 1,
      emails: (i + 1) * ctx.members,
      workerHeapKeptMB: mb,
      workerRssMB: (rssAfter[i] ?? NaN) / MB,
    })),
    marks: marks.map((m) => ({
      percent: m.percent,
      seconds: (m.at - t0) / 1000,
      accepted: m.accepted,
      workerRssMB: m.workerRss.map((r) => Math.round((r / MB) * 10) / 10),
      apiRssMB: Math.round((m.apiRss / MB) * 10) / 10,
    })),
  };
  const n = ctx.members.toLocaleString('en-GB');
  const rows: Row[] = [
    {
      item: 5,
      measure: `countywide consultation to ${n} members in ${ctx.divisions.toLocaleString('en-GB')} divisions, ${ctx.workers} workers: POST to last e-mail`,
      value: drainS,
      unit: 's',
      baseline: floorS,
      baselineLabel: `bare nodemailer, the same ${n} messages`,
      ratio: drainS / floorS,
      ratioMeans: "the floor's time",
      note: `the POST itself took ${(postMs / 1000).toFixed(1)} s`,
    },
    {
      item: 5,
      measure: `that POST /events: plan, store ${n} rows and their audit lines, enqueue ${n} jobs`,
      value: postMs / 1000,
      unit: 's',
      baseline: previewMs / 1000,
      baselineLabel: 'POST /events/preview, the plan alone',
      ratio: postMs / previewMs,
      ratioMeans: 'the plan alone',
    },
    {
      item: 5,
      measure: 'API resident memory at its peak during that POST',
      value: apiPeak / MB,
      unit: 'MB',
      baseline: apiIdle / MB,
      baselineLabel: 'the API at rest, 5,000 divisions loaded',
      ratio: apiPeak / apiIdle,
      ratioMeans: 'at rest',
    },
    {
      item: 5,
      measure: 'worker resident memory at its peak during the drain (largest process)',
      value: workerPeak / MB,
      unit: 'MB',
      baseline: workerIdle / MB,
      baselineLabel: 'a worker at rest',
      ratio: workerPeak / workerIdle,
      ratioMeans: 'at rest',
    },
    {
      item: 5,
      measure: 'worker resident memory when 100% was accepted',
      value: w100 / MB,
      unit: 'MB',
      baseline: w25 / MB,
      baselineLabel: 'when 25% was accepted',
      ratio: w100 / w25,
      ratioMeans: 'at 25% (flat = 1)',
      note: `at 25/50/75/100%: ${marks.map((m) => (Math.max(...m.workerRss) / MB).toFixed(0)).join(' / ')} MB`,
    },
    {
      item: 5,
      measure: `worker heap kept (after a full collection) after countywide round ${ctx.rounds} (${(ctx.rounds * ctx.members).toLocaleString('en-GB')} e-mails sent in all)`,
      value: heapKept[heapKept.length - 1] ?? NaN,
      unit: 'MB',
      baseline: heapKept[0] ?? NaN,
      baselineLabel: 'after round 1',
      ratio: (heapKept[heapKept.length - 1] ?? NaN) / (heapKept[0] ?? NaN),
      ratioMeans: 'after round 1 (flat = 1)',
      note: `kept heap by round: ${heapKept.map((mb) => mb.toFixed(1)).join(' / ')} MB; resident after each round: ${rssAfter.map((r) => (r / MB).toFixed(0)).join(' / ')} MB`,
    },
  ];
  return { rows, details };
}
