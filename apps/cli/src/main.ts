import { parseArgs } from 'node:util';
import { GeoInputError } from '@member-alerts/geo';
import { EventValidationError } from '@member-alerts/protocol';
import { adjacencyCommand } from './commands/adjacency.command';
import type { CommandSpec, OptionValues } from './commands/command';
import { demoCommand } from './commands/demo.command';
import { ingestMailCommand, ingestWhatDoTheyKnowCommand } from './commands/ingest-drafts.command';
import { ingestStreetManagerCommand } from './commands/ingest-street-manager.command';
import { matchCommand } from './commands/match.command';
import { planCommand } from './commands/plan.command';
import { policyCheckCommand, policyShowCommand } from './commands/policy.command';
import { CliError, UsageError } from './lib/cli-error';
import { createOutput } from './lib/output.util';

const COMMANDS: readonly CommandSpec[] = [
  matchCommand,
  adjacencyCommand,
  planCommand,
  ingestStreetManagerCommand,
  ingestMailCommand,
  ingestWhatDoTheyKnowCommand,
  demoCommand,
  policyCheckCommand,
  policyShowCommand,
];

// A command of two words ("ingest street-manager") is found by both.
function findCommand(argv: readonly string[]): { command?: CommandSpec; rest: readonly string[] } {
  const [name, second, ...after] = argv;
  const two = COMMANDS.find((c) => c.name === `${name} ${second}`);
  if (two) return { command: two, rest: after };
  return { command: COMMANDS.find((c) => c.name === name), rest: argv.slice(1) };
}

function unknownCommand(name: string, second: string | undefined): UsageError {
  const family = COMMANDS.filter((c) => c.name.startsWith(`${name} `)).map((c) => c.name.split(' ')[1]);
  if (family.length) {
    const given = second === undefined || second.startsWith('-') ? '' : `"${second}" is not one; `;
    return new UsageError(`say what to ${name}: ${given}use ${family.join(', ')}`);
  }
  return new UsageError(`unknown command "${name}"; commands are ${COMMANDS.map((c) => c.name).join(', ')}`);
}

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
  const [name] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${help()}\n`);
    return name ? 0 : 2;
  }
  const { command, rest } = findCommand(argv);
  const json = rest.includes('--json');
  const out = createOutput(json);
  try {
    if (!command) throw unknownCommand(name, argv[1]);
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
        allowPositionals: command.positional !== undefined,
      });
      if (parsed.positionals.length > 1) throw new Error(`give one file, not ${parsed.positionals.length}`);
      const raw: Record<string, unknown> = {
        ...parsed.values,
        ...(command.positional ? { [command.positional]: parsed.positionals[0] } : {}),
      };
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
      process.stderr.write(`member-alerts ${command?.name ?? name}: ${e.message}\n`);
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
