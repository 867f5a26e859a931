import { existsSync } from 'node:fs';
import { hasUserInfo } from '@member-alerts/protocol';
import { z } from 'zod';

export type Env = Readonly<Record<string, string | undefined>>;

/** One environment variable's schema: from its text (or nothing) to its value, or a problem in words. */
export type Setting<T> = z.ZodType<T, string | undefined>;

/** Stops start-up, naming every bad setting. */
export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

// A reader's problem is worded after the setting's name ("must be …"); readSettings puts the name first.
const problem = (ctx: z.RefinementCtx<string | undefined>, input: string, message: string) => {
  ctx.issues.push({ code: 'custom', message, input });
  return z.NEVER;
};

/** Unset or empty reads as nothing. */
const given = (raw: string | undefined): raw is string => raw !== undefined && raw !== '';

export function wholeNumber(fallback: number, min: number, max: number): Setting<number> {
  return z
    .string()
    .optional()
    .transform((raw, ctx) => {
      if (!given(raw)) return fallback;
      const n = Number(raw);
      if (Number.isInteger(n) && n >= min && n <= max) return n;
      return problem(ctx, raw, `must be a whole number from ${min} to ${max}, got "${raw}"`);
    });
}

/** A URL of one of `protocols` (`'https:'`…); a web address may not hide its host behind user info. */
export function webAddress(protocols: readonly string[]): Setting<string | undefined> {
  return z
    .string()
    .optional()
    .transform((raw, ctx) => {
      if (!given(raw)) return undefined;
      let u: URL;
      try {
        u = new URL(raw);
      } catch {
        return problem(ctx, raw, 'is not a valid URL'); // never echo it: it may hold a password
      }
      if (!protocols.includes(u.protocol))
        return problem(ctx, raw, `must be a ${protocols.join(' or ')} URL, got "${u.protocol}…"`);
      if (u.protocol.startsWith('http') && (u.username || u.password || hasUserInfo(raw)))
        return problem(ctx, raw, 'must not have a user name or password (the part before an @)');
      return raw;
    });
}

export function yesNo(fallback: boolean): Setting<boolean> {
  return z
    .string()
    .optional()
    .transform((raw, ctx) => {
      if (!given(raw)) return fallback;
      const v = raw.toLowerCase();
      if (['1', 'true', 'yes', 'on'].includes(v)) return true;
      if (['0', 'false', 'no', 'off'].includes(v)) return false;
      return problem(ctx, raw, `must be true or false, got "${raw}"`);
    });
}

export function oneOf<const T extends string>(values: readonly T[], fallback: T): Setting<T> {
  return z
    .string()
    .optional()
    .transform((raw, ctx) => {
      const v = raw ?? fallback;
      const found = values.find((x) => x === v);
      if (found !== undefined) return found;
      const list = `${values.slice(0, -1).join(', ')} or ${values.at(-1) ?? ''}`;
      return problem(ctx, v, `must be ${list}, got "${v}"`);
    });
}

/** Text that matches `pattern`, else `rule` (the words after the name); unset: `fallback`. */
export function matching(pattern: RegExp, rule: string): Setting<string | undefined>;
export function matching(pattern: RegExp, rule: string, fallback: string): Setting<string>;
export function matching(pattern: RegExp, rule: string, fallback?: string): Setting<string | undefined> {
  return z
    .string()
    .optional()
    .transform((raw, ctx) => {
      const v = raw ?? fallback;
      if (v === undefined || pattern.test(v)) return v;
      return problem(ctx, v, rule);
    });
}

/** The path of a file that is there, trimmed; unset or blank: nothing. */
export function existingFile(): Setting<string | undefined> {
  return z
    .string()
    .optional()
    .transform((raw, ctx) => {
      const path = raw?.trim();
      if (!path) return undefined;
      if (existsSync(path)) return path;
      return problem(ctx, path, `names a file that is not there: ${path}`);
    });
}

/** Free text, as given; unset: `fallback`. */
export function text(fallback: string): Setting<string> {
  return z
    .string()
    .optional()
    .transform((raw) => raw ?? fallback);
}

type Values<S extends Record<string, Setting<unknown>>> = { -readonly [K in keyof S]: z.output<S[K]> };

/**
 * Reads every setting of `shape` (keyed by variable name) from `env`, adding a line to `problems`
 * for each bad one, which then reads as if unset, so that one run names every bad setting.
 */
export function readSettings<S extends Record<string, Setting<unknown>>>(
  shape: S,
  env: Env,
  problems: string[],
): Values<S> {
  const values: Partial<Values<S>> = {};
  for (const name of Object.keys(shape) as (keyof S & string)[]) {
    const schema = shape[name] as S[typeof name];
    const read = schema.safeParse(env[name]);
    if (read.success) {
      values[name] = read.data;
      continue;
    }
    problems.push(...read.error.issues.map((i) => `${name} ${i.message}`));
    values[name] = schema.parse(undefined);
  }
  return values as Values<S>;
}

/** The configuration `load` reads, or, when a setting is bad, the process ends naming each (status 78, EX_CONFIG). */
export function configOrExit<T>(program: string, load: () => T): T {
  try {
    return load();
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    process.stderr.write(`member-alerts ${program}: ${e.message}\n`);
    process.exit(78);
  }
}
