import { type ChildProcess, execFile, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePort } from './redis-server';

const run = promisify(execFile);

interface ClusterNode {
  readonly port: number;
  readonly child: ChildProcess;
}

/** One line of CLUSTER NODES. */
interface NodeLine {
  readonly id: string;
  readonly port: number;
  readonly primary: boolean;
  readonly failed: boolean;
  readonly primaryId: string;
  /** Slot ranges a primary serves, as [first, last]. */
  readonly slots: readonly [number, number][];
}

function parseNodes(text: string): NodeLine[] {
  return text
    .trim()
    .split('\n')
    .map((line) => {
      const [id = '', address = '', flags = '', primaryId = '', , , , , ...slots] = line.split(' ');
      return {
        id,
        port: Number(/:(\d+)@/.exec(address)?.[1]),
        primary: flags.split(',').includes('master'),
        failed: /fail/.test(flags),
        primaryId,
        slots: slots
          .filter((s) => /^\d/.test(s))
          .map((s) => {
            const [a, b] = s.split('-').map(Number);
            return [a ?? 0, b ?? a ?? 0] as [number, number];
          }),
      };
    });
}

/** Says plainly what is missing, rather than failing later on a spawn error. */
function requireBinary(name: string): void {
  const r = spawnSync(name, ['--version'], { encoding: 'utf8' });
  if (r.error || r.status !== 0)
    throw new Error(
      `${name} is not installed on this machine; the Redis Cluster test needs Debian's redis-server and redis-cli (apt-get install redis-server redis-tools)`,
    );
}

/**
 * A real Redis Cluster on loopback: six redis-server processes in cluster mode, three primaries with
 * a replica each, each with its own directory under one temporary directory.
 */
export class RedisCluster {
  private nodes: ClusterNode[] = [];
  private readonly dir = mkdtempSync(join(tmpdir(), 'member-alerts-cluster-'));

  /** host:port of every node, as REDIS_CLUSTER_NODES takes them. */
  get nodeList(): string {
    return this.nodes.map((n) => `127.0.0.1:${n.port}`).join(',');
  }

  async start(): Promise<void> {
    requireBinary('redis-server');
    requireBinary('redis-cli');
    for (let i = 0; i < 6; i++) {
      // The bus port is chosen too: port + 10000 may be taken, or past 65535.
      const port = await freePort();
      const busPort = await freePort();
      const dir = join(this.dir, String(port));
      mkdirSync(dir);
      const child = spawn(
        'redis-server',
        [
          '--port',
          String(port),
          '--cluster-port',
          String(busPort),
          '--bind',
          '127.0.0.1',
          '--cluster-enabled',
          'yes',
          '--cluster-config-file',
          join(this.dir, `nodes-${port}.conf`),
          '--cluster-node-timeout',
          '2000',
          '--appendonly',
          'yes',
          '--save',
          '',
          '--maxmemory-policy',
          'noeviction',
          '--dir',
          dir,
        ],
        { stdio: 'ignore' },
      );
      this.nodes.push({ port, child });
    }
    for (const n of this.nodes) await this.waitFor(() => this.cli(n.port, 'PING').then((r) => r === 'PONG'));
    await run(
      'redis-cli',
      [
        '--cluster',
        'create',
        ...this.nodes.map((n) => `127.0.0.1:${n.port}`),
        '--cluster-replicas',
        '1',
        '--cluster-yes',
      ],
      { timeout: 30_000 },
    );
    await this.waitFor(async () => {
      for (const n of this.nodes) if (!(await this.healthy(n.port))) return false;
      return true;
    });
  }

  private async cli(port: number, ...args: string[]): Promise<string> {
    const { stdout } = await run('redis-cli', ['-h', '127.0.0.1', '-p', String(port), ...args], {
      timeout: 5_000,
    });
    return stdout.trim();
  }

  /**
   * This node sees every slot served by three live primaries and, if it is a replica, has copied its
   * primary: a replica that never synchronised could not take over.
   */
  private async healthy(port: number): Promise<boolean> {
    const info = await this.cli(port, 'CLUSTER', 'INFO').catch(() => '');
    if (!info.includes('cluster_state:ok')) return false;
    const lines = parseNodes(await this.cli(port, 'CLUSTER', 'NODES'));
    if (lines.filter((l) => l.primary && !l.failed).length !== 3) return false;
    const replication = await this.cli(port, 'INFO', 'replication');
    return replication.includes('role:master') || replication.includes('master_link_status:up');
  }

  private async waitFor(ok: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
    const end = Date.now() + timeoutMs;
    while (!(await ok().catch(() => false))) {
      if (Date.now() > end)
        throw new Error(`the Redis Cluster in ${this.dir} did not come up within ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  private alive(): ClusterNode[] {
    return this.nodes.filter((n) => n.child.exitCode === null && n.child.signalCode === null);
  }

  /** The port of the primary that serves this key's slot now. */
  async primaryFor(key: string): Promise<number> {
    const port = this.alive()[0]?.port ?? 0;
    const slot = Number(await this.cli(port, 'CLUSTER', 'KEYSLOT', key));
    const owner = parseNodes(await this.cli(port, 'CLUSTER', 'NODES')).find(
      (l) => l.primary && !l.failed && l.slots.some(([a, b]) => slot >= a && slot <= b),
    );
    if (!owner) throw new Error(`no primary serves slot ${slot}`);
    return owner.port;
  }

  /** The port of the replica of the primary on this port. */
  async replicaOf(primaryPort: number): Promise<number> {
    const lines = parseNodes(await this.cli(primaryPort, 'CLUSTER', 'NODES'));
    const primary = lines.find((l) => l.port === primaryPort);
    const replica = lines.find((l) => !l.primary && l.primaryId === primary?.id);
    if (!replica) throw new Error(`the primary on ${primaryPort} has no replica`);
    return replica.port;
  }

  /** How many of these keys the node on this port holds. */
  async exists(port: number, ...keys: string[]): Promise<number> {
    return Number(await this.cli(port, 'EXISTS', ...keys));
  }

  /** Kills a node outright, as a machine that loses power. */
  kill(port: number): void {
    this.nodes.find((n) => n.port === port)?.child.kill('SIGKILL');
  }

  async isPrimary(port: number): Promise<boolean> {
    return (
      parseNodes(await this.cli(port, 'CLUSTER', 'NODES')).find((l) => l.port === port)?.primary === true
    );
  }

  /** Waits until the node on this port has been promoted and the cluster serves every slot again. */
  async promoted(port: number, timeoutMs = 30_000): Promise<void> {
    await this.waitFor(
      async () =>
        (await this.cli(port, 'CLUSTER', 'INFO')).includes('cluster_state:ok') &&
        (await this.isPrimary(port)),
      timeoutMs,
    );
  }

  async stop(): Promise<void> {
    await Promise.all(
      this.nodes.map(async (n) => {
        if (n.child.exitCode !== null || n.child.signalCode !== null) return;
        const exited = new Promise((resolve) => n.child.once('exit', resolve));
        n.child.kill('SIGKILL');
        await exited;
      }),
    );
    this.nodes = [];
    rmSync(this.dir, { recursive: true, force: true });
  }
}
