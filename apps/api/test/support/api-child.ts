import { type ChildProcess, fork } from 'node:child_process';
import { join } from 'node:path';
import type { ApiMemory, ApiReady } from './api-process';

export interface ApiChild {
  readonly child: ChildProcess;
  readonly ready: ApiReady;
  /** The API's memory, after full collections when it was started with --expose-gc. */
  memory(): Promise<ApiMemory>;
  /** Drops its schema and queue keys and waits for it to exit. */
  close(): Promise<void>;
}

/**
 * The real API in a process of its own (api-process.ts through SWC), so that its memory can be read
 * apart from the caller's. `nodeArgs` go to Node itself, e.g. --expose-gc or --cpu-prof.
 */
export function startApiProcess(
  env: Record<string, string>,
  nodeArgs: readonly string[] = [],
): Promise<ApiChild> {
  const child = fork(join(__dirname, 'api-process.ts'), [], {
    execArgv: [...nodeArgs, '-r', '@swc-node/register'],
    env: {
      SWC_NODE_PROJECT: join(__dirname, '..', '..', '..', '..', 'tsconfig.base.json'),
      ...process.env,
      BENCH_API_ENV: JSON.stringify(env),
    },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
  const reply = <T extends { type: string }>(type: T['type']) =>
    new Promise<T>((resolve, reject) => {
      const onMessage = (m: unknown) => {
        if ((m as { type?: unknown }).type !== type) return;
        child.off('message', onMessage);
        resolve(m as T);
      };
      child.on('message', onMessage);
      void exited.then(() => reject(new Error(`the API process exited with ${String(child.exitCode)}`)));
    });
  return reply<ApiReady>('ready').then((ready) => ({
    child,
    ready,
    memory() {
      const m = reply<ApiMemory>('memory');
      child.send('memory');
      return m;
    },
    async close() {
      if (child.connected) child.send('close');
      await exited;
    },
  }));
}
