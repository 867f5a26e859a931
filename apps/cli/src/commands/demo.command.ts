import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { matchGeometry } from '@member-alerts/geo';
import { formatPlanTable, parseEvent, planEvent } from '@member-alerts/protocol';
import { importMembersCsv, importOfficersCsv } from '@member-alerts/roster';
import { loadDivisionsFile } from '../lib/input.util';
import { table } from '../lib/output.util';
import { loadPolicyFile } from '../lib/policy-file.util';
import type { CommandSpec } from './command';

const FIXTURES = join(__dirname, '..', '..', '..', '..', 'fixtures', 'leicestershire');

/** A short tour on the bundled Leicestershire data, for a newcomer's first `npm start`. */
export const demoCommand: CommandSpec = {
  name: 'demo',
  summary: 'a tour on the bundled Leicestershire data',
  usage: 'member-alerts demo [--json]',
  options: {},
  run(_values, out) {
    const divisionsFile = join(FIXTURES, 'divisions.geojson');
    const set = loadDivisionsFile(divisionsFile);
    const seats = set.divisions.reduce((n, d) => n + d.seats, 0);
    // A road-works line along the A6 from Loughborough towards Mountsorrel.
    const roadWorks = {
      type: 'LineString',
      coordinates: [
        [-1.205, 52.77],
        [-1.17, 52.745],
        [-1.14, 52.715],
      ],
    };
    const matched = matchGeometry(set, roadWorks);
    const touched = matched.divisions.map((d) => d.name);
    const adjoining = set.adjoining(touched);
    const members = importMembersCsv(readFileSync(join(FIXTURES, 'members.csv'), 'utf8'), set);
    const officers = importOfficersCsv(readFileSync(join(FIXTURES, 'officers.csv'), 'utf8'));
    const policy = loadPolicyFile(join(FIXTURES, 'policy.yaml'));
    const opening = parseEvent(
      JSON.parse(readFileSync(join(FIXTURES, 'events', 'library-opening-oadby.json'), 'utf8')),
      set,
      policy,
    );
    const plan = planEvent(opening, {
      divisions: set,
      members: members.ok ? members.rows : [],
      officers: officers.ok ? officers.rows : [],
      now: new Date(),
      policy,
    });
    const summary = {
      divisions: set.size,
      seats,
      roadWorks: { divisions: matched.divisions, adjoining },
      plan,
    };
    out.result(summary, () =>
      [
        'Member Alerts: a tour on the bundled Leicestershire County Council data',
        '',
        `Loaded ${set.size} electoral divisions electing ${seats} members from ${divisionsFile}`,
        '',
        'Road works along the A6, Loughborough to Mountsorrel, touch these divisions:',
        table(
          ['Division', 'Relation'],
          matched.divisions.map((d) => [d.name, d.relation]),
        ),
        '',
        `Their adjoining divisions (§35 major road works notify these too): ${adjoining.join('; ')}`,
        '',
        'Who must be told of the opening of the refurbished Oadby library, and why:',
        '',
        formatPlanTable(plan),
        '',
        'Try it yourself:',
        `  npx member-alerts match --divisions fixtures/leicestershire/divisions.geojson --point -1.0822,52.5990`,
        `  npx member-alerts adjacency --divisions fixtures/leicestershire/divisions.geojson --json`,
        `  npx member-alerts plan --divisions fixtures/leicestershire/divisions.geojson --members fixtures/leicestershire/members.csv \\`,
        `      --officers fixtures/leicestershire/officers.csv --event fixtures/leicestershire/events/road-works-a6.json`,
      ].join('\n'),
    );
    return Promise.resolve();
  },
};
