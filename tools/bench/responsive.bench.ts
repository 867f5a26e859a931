// Item 6: whether the API keeps answering others while it matches the largest location it allows
// (10,000 points, 500 km). Matching and planning run in the API's planning threads (PLAN_THREADS);
// what is left on the thread that answers requests is reading the body and writing the plan.
import { performance } from 'node:perf_hooks';
import { serpentine } from '../testing/shapes';
import { median, percentile, progress } from './measure.util';
import { OFFICER_KEY, type Pipeline } from './pipeline';
import type { Row } from './report.util';

async function probe(p: Pipeline): Promise<number> {
  const started = performance.now();
  const r = await p.request('GET', '/health/live');
  if (r.status !== 200) throw new Error(`/health/live answered ${r.status}`);
  return performance.now() - started;
}

export async function responsiveBench(
  p: Pipeline,
  opts: { quick: boolean },
): Promise<{ rows: Row[]; details: unknown }> {
  progress('responsive: /health/live with nothing else running');
  const idle: number[] = [];
  for (let i = 0; i < (opts.quick ? 50 : 200); i++) idle.push(await probe(p));

  const previews = opts.quick ? 2 : 6;
  progress(
    `responsive: /health/live while ${previews} previews of a 10,000-point, 482 km line run one after another`,
  );
  const body = {
    kind: 'road_works',
    title: 'Resurfacing',
    location: { type: 'LineString', coordinates: serpentine(10_000) },
  };
  let done = false;
  const previewMs: number[] = [];
  let divisions = 0;
  const load = (async () => {
    for (let i = 0; i < previews; i++) {
      const started = performance.now();
      const r = await p.request('POST', '/events/preview', { key: OFFICER_KEY, body });
      if (r.status !== 200) throw new Error(`the preview answered ${r.status}`);
      previewMs.push(performance.now() - started);
      divisions = (r.body as { affectedDivisions: string[] }).affectedDivisions.length;
    }
  })().finally(() => (done = true));
  const busy: number[] = [];
  while (!done) busy.push(await probe(p));
  await load;

  const idleMedian = median(idle);
  const busyMax = Math.max(...busy);
  const note = `${busy.length} answers under load, p95 ${percentile(busy, 95).toFixed(0)} ms; each preview took ${median(previewMs).toFixed(0)} ms (median) and matched ${divisions} divisions`;
  return {
    rows: [
      {
        item: 6,
        measure: 'slowest GET /health/live while the largest location allowed is previewed',
        value: busyMax,
        unit: 'ms',
        baseline: idleMedian,
        baselineLabel: 'GET /health/live with nothing else running (median)',
        ratio: busyMax / idleMedian,
        ratioMeans: 'the idle answer',
        note,
      },
    ],
    details: { idleMs: idle, busyMs: busy, previewMs, divisions },
  };
}
