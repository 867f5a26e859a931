import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix, relative } from 'node:path';
import { Client } from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { PG_URL, REDIS_URL, expectEventually } from '../../apps/api/test/support/test-api';
import { freePort } from '../../apps/worker/test/support/redis-server';
import { DEFAULT_WEB_DIST_DIR } from '../../apps/api/src/web/web-config.util';
import {
  type Copy,
  RUN_MAKES,
  ROOT,
  type Stage,
  buildStages,
  dockerIgnore,
  inStage,
  readDockerfile,
} from './support/dockerfile';

// No Docker engine runs here, so the images are checked by reading their Dockerfiles: what they
// copy must exist, and the API image must hold the console where the API looks for it. Then the
// API image's stages are laid out for real and the API started from that layout.
const DOCKERFILES = readdirSync(join(ROOT, 'docker')).filter((f) => f.startsWith('Dockerfile'));

const under = (path: string, folder: string) =>
  path === folder || path.startsWith(`${folder.replace(/\/$/, '')}/`);

/** What a stage and the stages it is built on hold: where their COPYs put things and their RUNs make them. */
function made(stages: readonly Stage[], name: string): string[] {
  const stage = stages.find((s) => s.name === name);
  if (!stage) return [];
  const own = stage.steps.flatMap((s) =>
    s.kind === 'copy'
      ? [s.copy.dest.replace(/\/$/, '')]
      : (RUN_MAKES[s.command] ?? []).map((p) => posix.join(s.workdir, p)),
  );
  return [...made(stages, stage.base), ...own];
}

/** The API's code in the final image: where the COPY of apps/api puts it. */
function apiInImage(copies: readonly Copy[]): string | undefined {
  return copies.find((c) => !c.from && c.sources.includes('apps/api'))?.dest.replace(/\/$/, '');
}

describe.each(DOCKERFILES)('docker/%s', (file) => {
  const stages = readDockerfile(file);
  const ignored = dockerIgnore();

  it('copies only files that are in the repository and not left out by .dockerignore', () => {
    const missing = stages.flatMap((s) =>
      s.steps.flatMap((step) =>
        step.kind === 'copy' && !step.copy.from
          ? step.copy.sources
              .filter((src) => !existsSync(join(ROOT, src)) || ignored(src))
              .map((src) => `line ${step.copy.line}: ${src}`)
          : [],
      ),
    );
    expect(missing).toEqual([]);
  });

  it('copies from an earlier stage only what that stage copied in or made', () => {
    const unknownRuns = stages.flatMap((s) =>
      s.steps.flatMap((step) =>
        step.kind === 'run' && !RUN_MAKES[step.command] ? [`line ${step.line}: ${step.command}`] : [],
      ),
    );
    expect(unknownRuns).toEqual([]);
    const unmade = stages.flatMap((s) =>
      s.steps.flatMap((step) => {
        if (step.kind !== 'copy' || !step.copy.from) return [];
        const from = step.copy.from;
        const there = made(stages, from);
        return step.copy.sources
          .filter((src) => !there.some((p) => under(src, p)))
          .map((src) => `line ${step.copy.line}: ${src} from ${from}`);
      }),
    );
    expect(unmade).toEqual([]);
  });

  it('runs a program that the image holds', () => {
    const last = stages.at(-1);
    const script = last?.cmd?.[1] ?? '';
    expect(last?.cmd?.[0]).toBe('node');
    const copies = last?.steps.flatMap((s) => (s.kind === 'copy' ? [s.copy] : [])) ?? [];
    const inImage = posix.resolve(last?.workdir ?? '/', script);
    const from = copies
      .filter((copy) => !copy.from && under(inImage, copy.dest.replace(/\/$/, '')))
      .flatMap((copy) => copy.sources.map((src) => join(ROOT, src, relative(copy.dest, inImage))))
      .filter((path) => existsSync(path));
    expect(from, `nothing copies ${inImage} into the image from the repository`).toHaveLength(1);
  });
});

describe('docker/Dockerfile.api', () => {
  const stages = readDockerfile('Dockerfile.api');
  const last = stages.at(-1);
  const copies = last?.steps.flatMap((s) => (s.kind === 'copy' ? [s.copy] : [])) ?? [];

  /** Where the API looks for the console in the image: WEB_DIST_DIR, else its default beside the API's code. */
  function consoleInImage(): string {
    const given = last?.env['WEB_DIST_DIR'];
    if (given) return posix.resolve(last?.workdir ?? '/', given);
    const api = apiInImage(copies) ?? '';
    return posix.join(api, relative(join(ROOT, 'apps', 'api'), DEFAULT_WEB_DIST_DIR));
  }

  it('puts the built console where the API looks for it', () => {
    expect(consoleInImage()).toBe('/app/apps/web/dist');
    const console = copies.find((copy) => under(consoleInImage(), copy.dest.replace(/\/$/, '')) && copy.from);
    expect(console, 'no COPY --from=<stage> puts the console there').toBeDefined();
  });

  describe('built as its stages build it, in a folder laid out as the image', () => {
    const into = mkdtempSync(join(tmpdir(), 'member-alerts-image-'));
    const schema = `t_image_${randomBytes(4).toString('hex')}`;
    let api: ChildProcess | undefined;

    afterAll(async () => {
      if (api && api.exitCode === null) {
        api.kill('SIGTERM');
        await new Promise((r) => api?.once('exit', r));
      }
      const admin = new Client({ connectionString: PG_URL });
      await admin.connect();
      await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await admin.end();
      rmSync(into, { recursive: true, force: true });
    });

    it('answers /app/ with the console’s own page, not "not built"', async () => {
      const roots = buildStages(stages, into);
      const image = roots.get(last?.name ?? '') ?? '';
      const index = inStage(image, posix.join(consoleInImage(), 'index.html'));
      expect(existsSync(index), 'the image has no console').toBe(true);

      const admin = new Client({ connectionString: PG_URL });
      await admin.connect();
      await admin.query(`CREATE SCHEMA ${schema}`);
      await admin.end();
      const port = await freePort();
      const [program, ...args] = last?.cmd ?? [];
      expect(program).toBe('node');
      let out = '';
      api = spawn(process.execPath, args, {
        cwd: inStage(image, last?.workdir ?? '/'),
        env: {
          PATH: process.env['PATH'] ?? '',
          ...last?.env,
          // What compose.yml gives it, pointed at this machine's services.
          DATABASE_URL: PG_URL,
          DATABASE_SCHEMA: schema,
          REDIS_URL,
          QUEUE_PREFIX: `{${schema}}`,
          ACK_SECRET: 'an-image-test-secret-of-at-least-32-characters',
          PUBLIC_URL: `http://127.0.0.1:${port}`,
          PORT: String(port),
          HOST: '127.0.0.1',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      api.stdout?.on('data', (d: Buffer) => (out += d.toString()));
      api.stderr?.on('data', (d: Buffer) => (out += d.toString()));
      await expectEventually(
        () => Promise.resolve(out),
        (o) => o.includes('Member Alerts API is listening') || api?.exitCode !== null,
        150_000,
      );
      expect(out).toContain('Member Alerts API is listening');

      const page = await fetch(`http://127.0.0.1:${port}/app/`);
      const html = await page.text();
      expect(page.status).toBe(200);
      expect(html).toBe(readFileSync(index, 'utf8'));
      const script = /<script[^>]+src="([^"]+)"/.exec(html)?.[1] ?? '';
      expect(script).toMatch(/^\/app\/assets\//);
      expect((await fetch(`http://127.0.0.1:${port}${script}`)).status).toBe(200);
      process.stdout.write(
        `[image] the API started from the laid-out image answered /app/ with the console (${html.length} characters) and ${script}\n`,
      );
    });
  });
});

describe('docker/compose.yml', () => {
  const compose = readFileSync(join(ROOT, 'docker', 'compose.yml'), 'utf8');

  it('runs production without the fictional roster, and takes who can sign in from the environment', () => {
    // Production's default keeps the seed out; the file must not turn it back on.
    expect(compose).not.toMatch(/SEED_FIXTURES/);
    expect(compose).toMatch(/NODE_ENV: production/);
    for (const name of ['BOOTSTRAP_ADMIN_EMAIL', 'OIDC_ISSUER_URL', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET'])
      expect(compose, name).toMatch(new RegExp(`\\b${name}: \\$\\{${name}:-\\}`));
    expect(compose).toMatch(/ACK_SECRET: \$\{ACK_SECRET:\?/);
  });

  it('names in docker/.env.example every setting it takes from the environment', () => {
    const example = readFileSync(join(ROOT, 'docker', '.env.example'), 'utf8');
    const taken = [...compose.matchAll(/\$\{([A-Z][A-Z0-9_]*)[:?-]/g)].map((m) => m[1] ?? '');
    // Set, or shown commented out with its default.
    const named = new Set([...example.matchAll(/^(?:# )?([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1] ?? ''));
    expect(taken.length).toBeGreaterThan(5);
    expect(taken.filter((n) => !named.has(n))).toEqual([]);
  });
});
