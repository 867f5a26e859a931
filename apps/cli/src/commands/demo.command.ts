import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatPlanTable, parseEvent, planEvent, rosterRules, type Plan } from '@member-alerts/protocol';
import { importMembersCsv, importOfficersCsv } from '@member-alerts/roster';
import { councilFolder, fromRoot } from '../lib/council-files.util';
import { loadDivisionsFile } from '../lib/input.util';
import { loadPolicyFile } from '../lib/policy-file.util';
import type { CommandSpec } from './command';

/** A short tour on the bundled council's data, for a newcomer's first `npm start`. */
export const demoCommand: CommandSpec = {
  name: 'demo',
  summary: "a tour on the bundled council's data",
  usage: 'member-alerts demo [--json]',
  options: {},
  run(_values, out) {
    const folder = councilFolder();
    const divisionsFile = join(folder, 'divisions.geojson');
    const set = loadDivisionsFile(divisionsFile);
    const seats = set.divisions.reduce((n, d) => n + d.seats, 0);
    const policy = loadPolicyFile(undefined);
    const members = importMembersCsv(
      readFileSync(join(folder, 'members.csv'), 'utf8'),
      set,
      rosterRules(policy),
    );
    const officers = importOfficersCsv(readFileSync(join(folder, 'officers.csv'), 'utf8'));
    const words = policy.words?.areas ?? 'divisions';
    // Each sample event the council's folder holds, planned under its rules.
    const events = readdirSync(join(folder, 'events'))
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => join(folder, 'events', f));
    const plans: Plan[] = events.map((file) =>
      planEvent(parseEvent(JSON.parse(readFileSync(file, 'utf8')), set, policy), {
        divisions: set,
        members: members.ok ? members.rows : [],
        officers: officers.ok ? officers.rows : [],
        now: new Date(),
        policy,
      }),
    );
    const summary = { council: policy.council, divisions: set.size, seats, plans };
    out.result(summary, () =>
      [
        `Member Alerts: a tour on the bundled ${policy.council} data`,
        '',
        `Loaded ${set.size} ${words} electing ${seats} members from ${fromRoot(divisionsFile)}`,
        ...plans.flatMap((plan) => [
          '',
          `Who must be told of "${plan.title}", and why:`,
          '',
          formatPlanTable(plan),
        ]),
        '',
        'Try it yourself:',
        `  npx member-alerts adjacency --divisions ${fromRoot(divisionsFile)} --json`,
        ...events
          .slice(0, 1)
          .flatMap((file) => [
            `  npx member-alerts plan --divisions ${fromRoot(divisionsFile)} --members ${fromRoot(join(folder, 'members.csv'))} \\`,
            `      --officers ${fromRoot(join(folder, 'officers.csv'))} --policy ${fromRoot(join(folder, 'policy.yaml'))} --event ${fromRoot(file)}`,
          ]),
      ].join('\n'),
    );
    return Promise.resolve();
  },
};
