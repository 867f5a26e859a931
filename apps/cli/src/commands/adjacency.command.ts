import { loadDivisionsFile, requireOption } from '../lib/input.util';
import type { CommandSpec } from './command';

export const adjacencyCommand: CommandSpec = {
  name: 'adjacency',
  summary: 'which divisions share a boundary with which',
  usage: 'member-alerts adjacency --divisions FILE [--json]',
  options: { divisions: { type: 'string' } },
  run(values, out) {
    const set = loadDivisionsFile(
      requireOption(values.divisions, '--divisions', 'the divisions GeoJSON file'),
    );
    for (const w of set.warnings) out.note(`warning: ${w.message}`);
    const neighbours = set.adjacency();
    out.result({ neighbours }, () =>
      Object.entries(neighbours)
        .map(([name, list]) => `${name}: ${list.join('; ') || '(none)'}`)
        .join('\n'),
    );
    return Promise.resolve();
  },
};
