import { formatPlanTable, parseEvent, planEvent, type PlanContext } from '@member-alerts/protocol';
import { UsageError } from '../lib/cli-error';
import { loadDivisionsFile, parseJson, readTextFile, requireOption } from '../lib/input.util';
import { runBatch } from '../lib/batch.util';
import type { Output } from '../lib/output.util';
import { loadPolicyFile } from '../lib/policy-file.util';
import { loadRoster, readNow } from '../lib/roster-files.util';
import type { CommandSpec } from './command';

export const planCommand: CommandSpec = {
  name: 'plan',
  summary: 'who must be told of an event, why and when (a dry run: nothing is sent)',
  usage:
    'member-alerts plan --divisions FILE --members FILE [--officers FILE] (--event FILE.json | --events FILE.ndjson) [--policy FILE] [--now ISO] [--json]',
  options: {
    divisions: { type: 'string' },
    members: { type: 'string' },
    officers: { type: 'string' },
    event: { type: 'string' },
    events: { type: 'string' },
    now: { type: 'string' },
    policy: { type: 'string' },
  },
  async run(values, out) {
    const divisionsPath = requireOption(values.divisions, '--divisions', 'the divisions GeoJSON file');
    const membersPath = requireOption(values.members, '--members', 'the members CSV file');
    if ((values.event === undefined) === (values.events === undefined)) {
      throw new UsageError('give exactly one of --event or --events');
    }
    const now = readNow(values.now);
    const policy = loadPolicyFile(values.policy);

    const divisions = loadDivisionsFile(divisionsPath);
    for (const w of divisions.warnings) out.note(`warning: ${w.message}`);
    const ctx = {
      ...loadRoster(divisions, membersPath, values.officers, out, policy),
      divisions,
      now,
      policy,
    };

    if (values.event !== undefined) {
      const input = parseJson(readTextFile(values.event, 'event file'), `event file "${values.event}"`);
      const plan = planEvent(parseEvent(input, divisions, policy), ctx);
      out.result(plan, () => formatPlanTable(plan));
      return;
    }
    await planStream(values.events as string, ctx, out);
  },
};

function planStream(path: string, ctx: PlanContext, out: Output): Promise<void> {
  return runBatch(path, { file: 'events file', verb: 'plan', noun: 'events' }, out, ({ value }) => {
    const plan = planEvent(parseEvent(value, ctx.divisions, ctx.policy), ctx);
    return { json: { ...plan }, text: `\n${formatPlanTable(plan)}\n` };
  });
}
