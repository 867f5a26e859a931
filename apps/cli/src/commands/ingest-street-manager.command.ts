import {
  EventValidationError,
  parseEvent,
  planEvent,
  type Plan,
  type PlanContext,
} from '@member-alerts/protocol';
import {
  EMPTY_STREET_MANAGER_STATE,
  mapStreetManager,
  type ProducerOutcome,
  type StreetManagerCouncil,
} from '@member-alerts/producers';
import { CliError, UsageError } from '../lib/cli-error';
import { loadDivisionsFile, readTextFile, requireOption } from '../lib/input.util';
import { table, type Output } from '../lib/output.util';
import { loadPolicyFile } from '../lib/policy-file.util';
import { loadRoster, readNow } from '../lib/roster-files.util';
import type { CommandSpec } from './command';

interface IngestLine {
  readonly line: number;
  readonly ref: string | null;
  readonly outcome: ProducerOutcome;
  readonly reason: string;
  readonly event?: unknown;
  readonly plan?: Plan;
}

function readCodes(value: string): string[] {
  const codes = value.split(',').map((c) => c.trim());
  const bad = codes.find((c) => !/^[A-Za-z0-9]{1,20}$/.test(c));
  if (bad !== undefined) {
    throw new UsageError(
      `--highway-authority takes the council's Street Manager codes separated by commas, e.g. 2465; "${bad}" is not one`,
    );
  }
  return codes;
}

/** Runs every line through the shared mapping in order, keeping its state across the batch as the service does. */
function ingest(text: string, council: StreetManagerCouncil, ctx: PlanContext): IngestLine[] {
  let state = EMPTY_STREET_MANAGER_STATE;
  const out: IngestLine[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    if (raw.trim() === '') return;
    const r = mapStreetManager(raw, state, council);
    state = r.state;
    const base = { line: i + 1, ref: r.ref, outcome: r.outcome, reason: r.reason };
    if (!r.event) {
      out.push(base);
      return;
    }
    try {
      const plan = planEvent(parseEvent(r.event.event, council.divisions, ctx.policy), ctx);
      out.push({ ...base, event: r.event.event, plan });
    } catch (e) {
      if (!(e instanceof EventValidationError)) throw e;
      out.push({ ...base, outcome: 'error', reason: `the event made from it is not valid: ${e.message}` });
    }
  });
  return out;
}

const SUMMARY: Record<ProducerOutcome, [string, string]> = {
  alert: ['alert', 'alerts'],
  update: ['update', 'updates'],
  cancel: ['cancellation', 'cancellations'],
  ignore: ['ignored', 'ignored'],
  duplicate: ['duplicate', 'duplicates'],
  error: ['error', 'errors'],
};

function summary(lines: readonly IngestLine[]): string {
  const parts = (Object.keys(SUMMARY) as ProducerOutcome[]).flatMap((o) => {
    const n = lines.filter((l) => l.outcome === o).length;
    const [one, many] = SUMMARY[o];
    return n ? [`${n} ${n === 1 ? one : many}`] : [];
  });
  return `read ${lines.length} message${lines.length === 1 ? '' : 's'}: ${parts.join(', ')}`;
}

function told(plan: Plan | undefined): string {
  if (!plan) return '';
  const n = plan.recipients.length;
  return n === 0 ? 'nobody' : `${n} ${n === 1 ? 'person' : 'people'}`;
}

export const ingestStreetManagerCommand: CommandSpec = {
  name: 'ingest street-manager',
  summary: 'what Street Manager notifications would tell members (a dry run, offline: nothing is sent)',
  usage:
    'member-alerts ingest street-manager --divisions FILE --members FILE --officers FILE --highway-authority CODE[,CODE] --input FILE.ndjson [--policy FILE] [--now ISO] [--json]',
  options: {
    divisions: { type: 'string' },
    members: { type: 'string' },
    officers: { type: 'string' },
    'highway-authority': { type: 'string' },
    input: { type: 'string' },
    now: { type: 'string' },
    policy: { type: 'string' },
  },
  run(values, out: Output) {
    const divisionsPath = requireOption(values.divisions, '--divisions', 'the divisions GeoJSON file');
    const membersPath = requireOption(values.members, '--members', 'the members CSV file');
    const officersPath = requireOption(values.officers, '--officers', 'the officers CSV file');
    const codes = readCodes(
      requireOption(
        values['highway-authority'],
        '--highway-authority',
        "the council's Street Manager codes, e.g. 2465",
      ),
    );
    const inputPath = requireOption(values.input, '--input', 'the notifications, one JSON message a line');
    const now = readNow(values.now);
    const text = readTextFile(inputPath, 'input file');
    if (text.trim() === '') throw new CliError(`input file "${inputPath}" has no lines`);

    const divisions = loadDivisionsFile(divisionsPath);
    for (const w of divisions.warnings) out.note(`warning: ${w.message}`);
    const policy = loadPolicyFile(values.policy);
    const ctx = { ...loadRoster(divisions, membersPath, officersPath, out, policy), divisions, now, policy };
    const lines = ingest(text, { swaCodes: codes, divisions }, ctx);

    if (out.json) for (const l of lines) out.line(JSON.stringify(l));
    else {
      out.line(
        table(
          ['Line', 'Outcome', 'Reference', 'Told', 'Why'],
          lines.map((l) => [String(l.line), l.outcome, l.ref ?? '', told(l.plan), l.reason]),
        ),
      );
    }
    out.note(summary(lines));
    return Promise.resolve();
  },
};
