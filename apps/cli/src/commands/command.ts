import type { Output } from '../lib/output.util';

export type OptionSpec = { type: 'string' } | { type: 'boolean' };
export type OptionValues = Partial<Record<string, string>>;

/** One CLI command: its options are parsed strictly, so a typo is an error, not ignored. */
export interface CommandSpec {
  readonly name: string;
  readonly summary: string;
  readonly usage: string;
  readonly options: Readonly<Record<string, OptionSpec>>;
  /** The name its one argument without a flag is given in `values` ("policy check FILE"). */
  readonly positional?: string;
  run(values: OptionValues, out: Output): Promise<void>;
}
