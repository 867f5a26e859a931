// npm run bench: every figure is a ratio against a baseline measured in the same run, because
// absolute times on a shared two-core machine do not hold from one run to the next.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importMembersCsv, importOfficersCsv } from '@member-alerts/roster';
import { fixtureRosterRules } from '../testing/fixtures';
import { deliveryBench } from './delivery.bench';
import { BENCH_OFFICERS, insidePositions, plannerMembers } from './events.util';
import { geoBench, geoSet } from './geo.bench';
import { postcodePositions, spread } from './inputs.util';
import { elapsedSeconds, progress } from './measure.util';
import { installSyntheticCouncil, startPipeline } from './pipeline';
import { peersBench } from './peers.bench';
import { planBench } from './plan.bench';
import { reportBench } from './report.bench';
import { responsiveBench } from './responsive.bench';
import { newResults, table, writeResults } from './report.util';
import { scaleBench } from './scale.bench';
import { urgentBench } from './urgent.bench';
import { ROOT, SYNTHETIC_DIVISIONS, syntheticDivisions, syntheticMembers } from './synthetic-council';

const QUICK = process.env['BENCH_QUICK'] === '1';
/**
 * BENCH_ONLY=geo,peers,plan,delivery,scale,responsive,urgent,report runs only those parts (delivery to
 * urgent share one pipeline; the report has its own, so that it counts only its own year).
 */
const ONLY = new Set(
  (process.env['BENCH_ONLY'] ?? 'geo,peers,plan,delivery,scale,responsive,urgent,report').split(','),
);
/** The points every contestant of item 7 matches. */
const PEER_POINTS = QUICK ? 20_000 : 200_000;
const RESULTS = join(ROOT, 'var', 'bench', 'results.json');

async function main(): Promise<void> {
  const results = newResults(QUICK);
  const skipped: string[] = [];
  progress(
    `Member Alerts bench${QUICK ? ' (BENCH_QUICK=1: smaller inputs)' : ''} on ${String(results.machine['cpus'])} CPUs`,
  );

  progress('inputs: the real Leicestershire divisions and the synthetic 5,000-division council');
  const leicsText = readFileSync(join(ROOT, 'fixtures', 'leicestershire', 'divisions.geojson'), 'utf8');
  const syntheticText = syntheticDivisions((done, total) =>
    progress(`  cutting the three counties into cells: ${done} of ${total} divisions`),
  );
  const leics = geoSet('Leicestershire (53 divisions)', leicsText);
  const synthetic = geoSet(
    `synthetic (${SYNTHETIC_DIVISIONS.toLocaleString('en-GB')} divisions)`,
    syntheticText,
  );
  const positions = spread(postcodePositions(), 4_000);

  if (ONLY.has('geo')) {
    const geo = geoBench([leics, synthetic], { quick: QUICK });
    results.rows.push(...geo.rows);
    results.details['geo'] = geo.details;
  }

  if (ONLY.has('peers')) {
    const peers = await peersBench([leics, synthetic], postcodePositions(), {
      quick: QUICK,
      points: PEER_POINTS,
    });
    results.rows.push(...peers.rows);
    results.details['peers'] = peers.details;
    skipped.push(...peers.skipped);
  }

  const staffedDivisions = QUICK ? 1_000 : SYNTHETIC_DIVISIONS;
  const members = syntheticMembers(synthetic.set.names.slice(0, staffedDivisions), 2);
  const planners = plannerMembers(members);
  const syntheticInside = insidePositions(synthetic.set, positions);

  if (ONLY.has('plan')) {
    const m = importMembersCsv(
      readFileSync(join(ROOT, 'fixtures', 'leicestershire', 'members.csv'), 'utf8'),
      leics.set,
      fixtureRosterRules('leicestershire'),
    );
    const o = importOfficersCsv(
      readFileSync(join(ROOT, 'fixtures', 'leicestershire', 'officers.csv'), 'utf8'),
    );
    if (!m.ok || !o.ok) throw new Error('the Leicestershire roster fixtures do not load');
    const plan = planBench(
      [
        {
          label: 'Leicestershire (53 divisions, 55 members)',
          set: leics.set,
          members: m.rows,
          officers: o.rows,
          inside: insidePositions(leics.set, positions).slice(0, 400),
        },
        {
          label: `synthetic (${SYNTHETIC_DIVISIONS.toLocaleString('en-GB')} divisions, ${planners.length.toLocaleString('en-GB')} members)`,
          set: synthetic.set,
          members: planners,
          officers: BENCH_OFFICERS,
          inside: syntheticInside.slice(0, 400),
        },
      ],
      { quick: QUICK },
    );
    results.rows.push(...plan.rows);
    results.details['plan'] = plan.details;
  }

  if (['delivery', 'scale', 'responsive', 'urgent'].some((part) => ONLY.has(part))) {
    progress('pipeline: starting the API (own process), an SMTP listener and PostgreSQL schema');
    const p = await startPipeline({ RATE_LIMIT_PER_MINUTE: '100000' });
    try {
      await installSyntheticCouncil(p, syntheticText, members);
      const staffed = new Set(members.map((m) => m.division));
      // The roster the API plans with has no roles or interests: only local and adjoining members.
      const apiMembers = planners.map((m) => ({ ...m, roles: [], interests: [] }));
      if (ONLY.has('delivery')) {
        const d = await deliveryBench(
          p,
          {
            set: synthetic.set,
            members: apiMembers,
            staffed: synthetic.set.names.filter((n) => staffed.has(n)),
            inside: syntheticInside,
          },
          { quick: QUICK },
        );
        results.rows.push(...d.rows);
        results.details['delivery'] = d.details;
      }
      if (ONLY.has('scale')) {
        const s = await scaleBench(p, {
          members: members.length,
          divisions: staffed.size,
          workers: 2,
          rounds: QUICK ? 3 : 4,
        });
        results.rows.push(...s.rows);
        results.details['scale'] = s.details;
      }
      if (ONLY.has('urgent')) {
        const u = await urgentBench(p, {
          members: members.length,
          divisions: synthetic.set.names.filter((n) => staffed.has(n)),
          workers: 2,
        });
        results.rows.push(...u.rows);
        results.details['urgent'] = u.details;
      }
      if (ONLY.has('responsive')) {
        const r = await responsiveBench(p, { quick: QUICK });
        results.rows.push(...r.rows);
        results.details['responsive'] = r.details;
      }
    } finally {
      await p.close();
    }
  }

  if (ONLY.has('report')) {
    progress('report: starting another API (own process and PostgreSQL schema)');
    const p = await startPipeline({ RATE_LIMIT_PER_MINUTE: '100000' });
    try {
      const r = await reportBench(p, { quick: QUICK });
      results.rows.push(...r.rows);
      results.details['report'] = r.details;
    } finally {
      await p.close();
    }
  }

  results.seconds = elapsedSeconds();
  writeResults(RESULTS, results);
  process.stdout.write(`\n${table(results.rows)}\n\n`);
  for (const line of skipped) progress(line);
  progress(`done in ${elapsedSeconds().toFixed(0)} s; results in ${RESULTS}`);
}

main().catch((e: unknown) => {
  process.stderr.write(`bench failed: ${(e as Error).stack ?? String(e)}\n`);
  process.exit(1);
});
