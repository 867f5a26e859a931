import { councilChoices, describePolicy } from '@member-alerts/protocol';
import { UsageError } from '../lib/cli-error';
import { loadPolicyFile } from '../lib/policy-file.util';
import type { CommandSpec } from './command';

function fileOf(value: string | undefined, verb: string): string {
  if (value === undefined)
    throw new UsageError(`say which policy file to ${verb}: member-alerts policy ${verb} FILE`);
  return value;
}

export const policyCheckCommand: CommandSpec = {
  name: 'policy check',
  summary: "checks a council's policy file, naming the line and key of every problem",
  usage: 'member-alerts policy check FILE [--json]',
  options: {},
  positional: 'file',
  run(values, out) {
    const file = fileOf(values['file'], 'check');
    const policy = loadPolicyFile(file);
    const kinds = Object.keys(policy.kinds);
    const choices = councilChoices(policy);
    out.result(
      { ok: true, council: policy.council, takesEffect: policy.takesEffect, kinds, choices },
      () =>
        `${file} is a valid policy file: ${policy.council}, ${kinds.length} kinds of event, ${choices.length} rules that are the council's own choices.`,
    );
    return Promise.resolve();
  },
};

export const policyShowCommand: CommandSpec = {
  name: 'policy show',
  summary: "prints a council's rules in words, each with the protocol's text or the council's reason",
  usage: 'member-alerts policy show FILE [--json]',
  options: {},
  positional: 'file',
  run(values, out) {
    const policy = loadPolicyFile(fileOf(values['file'], 'show'));
    out.result(policy, () => describePolicy(policy));
    return Promise.resolve();
  },
};
