import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { councilFolder, councilPolicyFile, FIXTURES_DIR } from '@member-alerts/persistence';
import { z } from 'zod';

/** A council's folder: its rules, and what a development database is seeded from. */
export interface CouncilFiles {
  readonly dir: string;
  /** Its policy file: the rules its events are checked and planned under. */
  readonly policy: string;
  readonly divisions: string;
  readonly members: string;
  readonly officers: string;
  /** What the seed says of the boundaries (the Order that made them) and the members' terms. */
  readonly seed: string;
}

export function councilFiles(slug: string, root = FIXTURES_DIR): CouncilFiles {
  const dir = councilFolder(slug, root);
  return {
    dir,
    policy: councilPolicyFile(slug, root),
    divisions: join(dir, 'divisions.geojson'),
    members: join(dir, 'members.csv'),
    officers: join(dir, 'officers.csv'),
    seed: join(dir, 'seed.json'),
  };
}

/** Whether the folder holds everything a development database is seeded from. */
export function canSeed(files: CouncilFiles): boolean {
  return [files.divisions, files.members, files.officers, files.seed].every((f) => existsSync(f));
}

/** The councils whose folder holds a policy file, by their short name. */
export function councilsWithRules(root = FIXTURES_DIR): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(councilFiles(e.name, root).policy))
    .map((e) => e.name)
    .sort();
}

/** Why COUNCIL cannot be served, in words, or undefined when its folder has a policy file. */
export function councilProblem(slug: string, root = FIXTURES_DIR): string | undefined {
  if (existsSync(councilFiles(slug, root).policy)) return undefined;
  const known = councilsWithRules(root);
  return (
    `COUNCIL is "${slug}", but there is no fixtures/${slug}/policy.yaml with its rules: ` +
    `the councils in fixtures/ are ${known.join(', ') || 'none'}`
  );
}

// fixtures/COUNCIL/seed.json: what the boundary and roster files do not say themselves.
const seedFile = z.strictObject({
  boundaries: z.strictObject({
    /** The Order that made the divisions law, as the boundaries page names the generation. */
    label: z.string().min(1),
    effectiveFrom: z.iso.date(),
  }),
  /** When the seeded members' terms began: the last ordinary election. */
  termsStart: z.iso.date(),
  /** An event in the council's area, as the API's start-up lines show how to register one. */
  example: z.record(z.string(), z.unknown()).optional(),
});

export type SeedFile = z.infer<typeof seedFile>;

export function readSeedFile(files: CouncilFiles): SeedFile {
  return seedFile.parse(JSON.parse(readFileSync(files.seed, 'utf8')));
}

/** The council's example event, as a request body, when its folder gives one. */
export function exampleEvent(slug: string, root = FIXTURES_DIR): string | undefined {
  const files = councilFiles(slug, root);
  if (!existsSync(files.seed)) return undefined;
  const example = readSeedFile(files).example;
  return example ? JSON.stringify(example) : undefined;
}
