// Reads the Dockerfiles in docker/ and lays out what they would build, with no Docker engine: each
// stage becomes a folder standing for the image's root, filled by the stage's own COPY and RUN
// lines, so a test can check what ends up where and start the product from it.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import { basename, join, posix, relative } from 'node:path';

export const ROOT = join(__dirname, '..', '..', '..');

export interface Copy {
  /** The stage copied from; none: the build context (the repository). */
  readonly from?: string;
  readonly sources: readonly string[];
  /** Absolute in the image. */
  readonly dest: string;
  readonly line: number;
}

export type Step =
  | { readonly kind: 'copy'; readonly copy: Copy }
  | { readonly kind: 'run'; readonly command: string; readonly workdir: string; readonly line: number };

export interface Stage {
  readonly name: string;
  /** An earlier stage's name, or an image from a registry. */
  readonly base: string;
  readonly steps: Step[];
  workdir: string;
  env: Record<string, string>;
  cmd?: string[];
}

/** The instructions of a Dockerfile, one per logical line (continuations joined), by stage. */
export function parseDockerfile(text: string): Stage[] {
  const stages: Stage[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const at = i + 1;
    let line = lines[i] ?? '';
    while (line.endsWith('\\') && i + 1 < lines.length) line = `${line.slice(0, -1)} ${lines[++i] ?? ''}`;
    line = line.trim();
    if (!line || line.startsWith('#')) continue;
    const [op = '', ...rest] = line.split(/\s+/);
    const args = line.slice(op.length).trim();
    const instruction = op.toUpperCase();
    if (instruction === 'FROM') {
      const base = rest[0] ?? '';
      const parent = stages.find((s) => s.name === base);
      stages.push({
        name: rest[1]?.toUpperCase() === 'AS' ? (rest[2] ?? '') : String(stages.length),
        base,
        steps: [],
        workdir: parent?.workdir ?? '/',
        env: { ...parent?.env },
      });
      continue;
    }
    const stage = stages.at(-1);
    if (!stage) throw new Error(`line ${at}: ${instruction} before any FROM`);
    if (instruction === 'WORKDIR') stage.workdir = posix.resolve(stage.workdir, args);
    else if (instruction === 'ENV') {
      for (const [, k = '', v = ''] of args.matchAll(/(\w+)=("[^"]*"|\S+)/g))
        stage.env[k] = v.replace(/^"|"$/g, '');
    } else if (instruction === 'CMD') stage.cmd = JSON.parse(args) as string[];
    else if (instruction === 'RUN')
      stage.steps.push({ kind: 'run', command: args, workdir: stage.workdir, line: at });
    else if (instruction === 'COPY') {
      const words = rest.filter((w) => !w.startsWith('--'));
      const from = rest.find((w) => w.startsWith('--from='))?.slice('--from='.length);
      const dest = words.at(-1) ?? '';
      stage.steps.push({
        kind: 'copy',
        copy: {
          ...(from ? { from } : {}),
          sources: words.slice(0, -1),
          // A destination ending in "/" is a folder; resolving keeps the slash off, which COPY of a
          // folder's contents does not mind, and a single file's destination below puts back.
          dest: posix.resolve(stage.workdir, dest) + (dest.endsWith('/') && dest !== '/' ? '/' : ''),
          line: at,
        },
      });
    }
  }
  return stages;
}

export function readDockerfile(name: string): Stage[] {
  return parseDockerfile(readFileSync(join(ROOT, 'docker', name), 'utf8'));
}

/** .dockerignore's patterns as tests of a path relative to the build context. */
export function dockerIgnore(): (path: string) => boolean {
  const file = join(ROOT, '.dockerignore');
  const patterns = existsSync(file)
    ? readFileSync(file, 'utf8')
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l && !l.startsWith('#'))
    : [];
  if (patterns.some((p) => p.startsWith('!')))
    throw new Error('.dockerignore exceptions (!) are not read here');
  const tests = patterns.map(
    (p) =>
      new RegExp(
        `^${p
          .replace(/^\//, '')
          .replace(/[.+^${}()|[\]\\]/g, '\\$&')
          .replace(/\*\*\//g, '\u0000')
          .replace(/\*/g, '[^/]*')
          .replace(/\?/g, '[^/]')
          .replace(/\u0000/g, '(.*/)?')}(/.*)?$`,
      ),
  );
  return (path) => tests.some((t) => t.test(path));
}

/**
 * What each RUN of the Dockerfiles makes, relative to its WORKDIR: a RUN not named here fails the
 * checks, so a new build step says what it produces.
 */
export const RUN_MAKES: Readonly<Record<string, readonly string[]>> = {
  'npm ci --no-audit --no-fund': ['node_modules'],
  'npm run build:web': ['apps/web/dist'],
};

/** Where an image path lies in a stage's folder. */
export function inStage(stageRoot: string, imagePath: string): string {
  return join(stageRoot, imagePath);
}

/**
 * Lays out every stage as the Dockerfile builds it, each in `<into>/<stage>`, and returns those
 * folders by stage name. `npm ci` needs the registry, which this machine may not reach: the
 * repository's own install, from the same package-lock.json, stands in for it (linked, not copied).
 * Every other RUN runs as written, in the stage's WORKDIR, with the stage's ENV.
 */
export function buildStages(stages: readonly Stage[], into: string): Map<string, string> {
  const roots = new Map<string, string>();
  const ignored = dockerIgnore();
  for (const stage of stages) {
    const root = join(into, stage.name);
    const parent = roots.get(stage.base);
    if (parent) cpSync(parent, root, { recursive: true, verbatimSymlinks: true });
    mkdirSync(inStage(root, stage.workdir), { recursive: true });
    for (const step of stage.steps) {
      if (step.kind === 'run') {
        const cwd = inStage(root, step.workdir);
        if (step.command.startsWith('npm ci')) {
          symlinkSync(join(ROOT, 'node_modules'), join(cwd, 'node_modules'));
          continue;
        }
        execFileSync('sh', ['-c', step.command], {
          cwd,
          env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '', ...stage.env },
          stdio: 'pipe',
        });
        continue;
      }
      const { copy } = step;
      const fromRoot = copy.from === undefined ? undefined : roots.get(copy.from);
      if (copy.from !== undefined && !fromRoot) throw new Error(`line ${copy.line}: no stage ${copy.from}`);
      for (const source of copy.sources) {
        const src = fromRoot ? inStage(fromRoot, source) : join(ROOT, source);
        const single = copy.sources.length === 1 && !copy.dest.endsWith('/');
        const dest = inStage(root, copy.dest);
        if (statSync(src).isDirectory()) {
          cpSync(src, dest, {
            recursive: true,
            verbatimSymlinks: true,
            filter: (p) => fromRoot !== undefined || !ignored(relative(ROOT, p)),
          });
        } else {
          mkdirSync(single ? join(dest, '..') : dest, { recursive: true });
          cpSync(src, single ? dest : join(dest, basename(src)));
        }
      }
    }
    roots.set(stage.name, root);
  }
  return roots;
}
