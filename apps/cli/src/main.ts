import { parseArgs } from 'node:util';
import { GeoInputError } from '@member-alerts/geo';
import { EventValidationError } from '@member-alerts/protocol';
import { adjacencyCommand } from './commands/adjacency.command';
import type { CommandSpec, OptionValues } from './commands/command';
import { demoCommand } from './commands/demo.command';
import { matchCommand } from './commands/match.command';
import { planCommand } from './commands/plan.command';
import { CliError, UsageError } from './lib/cli-error';
import { createOutput } from './lib/output.util';

const COMMANDS: readonly CommandSpec[] = [matchCommand, adjacencyCommand, planCommand, demoCommand];

function help(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'member-alerts: tells councillors what happens in their division (Member/Officer Protocol §26–36)',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Usage:',
    ...COMMANDS.map((c) => `  ${c.usage}`),
    '',
    'Add --json for machine-readable output on stdout. Run "member-alerts <command> --help" for one command.',
  ].join('\n');
}

// `--point -1.08,52.6` would read "-1.08,52.6" as an option; bind it to its flag instead.
function joinNegativeValues(args: readonly string[], command: CommandSpec): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    const next = args[i + 1];
    const flag = a.startsWith('--') ? a.slice(2) : undefined;
    if (flag && command.options[flag]?.type === 'string' && next !== undefined && /^-\d/.test(next)) {
      out.push(`${a}=${next}`);
      i++;
    } else out.push(a);
  }
  return out;
}

export async function main(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${help()}\n`);
    return name ? 0 : 2;
  }
  const command = COMMANDS.find((c) => c.name === name);
  const json = rest.includes('--json');
  const out = createOutput(json);
  try {
    if (!command)
      throw new UsageError(
        `unknown command "${name}"; commands are ${COMMANDS.map((c) => c.name).join(', ')}`,
      );
    if (rest.includes('--help') || rest.includes('-h')) {
      process.stdout.write(`${command.summary}\n\nUsage: ${command.usage}\n`);
      return 0;
    }
    let values: OptionValues;
    try {
      const parsed = parseArgs({
        args: joinNegativeValues(rest, command),
        options: { ...command.options, json: { type: 'boolean' } },
        strict: true,
        allowPositionals: false,
      });
      const raw: Record<string, unknown> = parsed.values;
      values = Object.fromEntries(
        Object.entries(raw).filter((e): e is [string, string] => typeof e[1] === 'string'),
      );
    } catch (e) {
      throw new UsageError(
        `${(e as Error).message.split('\n')[0] ?? 'bad arguments'}\nusage: ${command.usage}`,
      );
    }
    await command.run(values, out);
    return 0;
  } catch (e) {
    if (e instanceof CliError) {
      process.stderr.write(`member-alerts ${name}: ${e.message}\n`);
      return e.exitCode;
    }
    if (e instanceof GeoInputError || e instanceof EventValidationError) {
      process.stderr.write(`member-alerts ${name}: ${e.message}\n`);
      return 1;
    }
    const err = e as Error;
    process.stderr.write(`member-alerts ${name}: unexpected error: ${err.message}\n`);
    if (process.env['DEBUG']) process.stderr.write(`${err.stack ?? ''}\n`);
    return 70;
  }
}
