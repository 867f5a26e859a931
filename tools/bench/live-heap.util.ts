import WebSocket from 'ws';
import type { WorkerProcess } from '../../apps/worker/test/support/worker-process';

/** Node's flag for a worker whose live heap the bench will read: an inspector on a free loopback port. */
export const INSPECT_ARGS = ['--inspect=127.0.0.1:0'] as const;

/**
 * The heap a worker really keeps: a full garbage collection through its inspector, then the heap in
 * use. Garbage not yet collected does not count, so a rise from one reading to the next is a leak.
 */
export async function liveHeapBytes(w: WorkerProcess): Promise<number> {
  const url = /Debugger listening on (ws:\/\/\S+)/.exec(w.output())?.[1];
  if (!url) throw new Error('the worker has no inspector (start it with INSPECT_ARGS)');
  const ws = new WebSocket(url);
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  let next = 0;
  const call = (method: string, params: Record<string, unknown> = {}) =>
    new Promise<Record<string, unknown>>((resolve, reject) => {
      const id = ++next;
      const onMessage = (data: Buffer) => {
        const m = JSON.parse(data.toString()) as {
          id?: number;
          result?: Record<string, unknown>;
          error?: unknown;
        };
        if (m.id !== id) return;
        ws.off('message', onMessage);
        if (m.error) reject(new Error(JSON.stringify(m.error)));
        else resolve(m.result ?? {});
      };
      ws.on('message', onMessage);
      ws.send(JSON.stringify({ id, method, params }));
    });
  try {
    await call('HeapProfiler.collectGarbage');
    const r = await call('Runtime.evaluate', {
      expression: 'process.memoryUsage().heapUsed',
      returnByValue: true,
    });
    return Number((r['result'] as { value?: unknown } | undefined)?.value);
  } finally {
    ws.close();
  }
}
