import { describe, expect, it } from 'vitest';
import { GroupCommit } from './group-commit.util';

/** A statement that the test finishes by hand, recording each group it was given. */
function manual() {
  const groups: number[][] = [];
  const finish: ((fail?: Error) => void)[] = [];
  const gc = new GroupCommit<number, string>(
    (items) =>
      new Promise((resolve, reject) => {
        groups.push([...items]);
        finish.push((fail) => (fail ? reject(fail) : resolve(items.map((i) => `done ${i}`))));
      }),
    3,
  );
  return { gc, groups, finish };
}

const tick = () => new Promise((r) => setImmediate(r));

describe('GroupCommit', () => {
  it('sends a call at once when nothing is in flight, and the calls made meanwhile together next', async () => {
    const { gc, groups, finish } = manual();
    const first = gc.submit(1);
    expect(groups).toEqual([[1]]);
    const later = [gc.submit(2), gc.submit(3)];
    expect(groups).toEqual([[1]]);
    finish[0]?.();
    expect(await first).toBe('done 1');
    await tick();
    expect(groups).toEqual([[1], [2, 3]]);
    finish[1]?.();
    expect(await Promise.all(later)).toEqual(['done 2', 'done 3']);
  });

  it('never puts more than its maximum in one group', async () => {
    const { gc, groups, finish } = manual();
    const all = [1, 2, 3, 4, 5, 6].map((i) => gc.submit(i));
    for (let k = 0; k < 3; k++) {
      await tick();
      finish[k]?.();
    }
    expect(await Promise.all(all)).toHaveLength(6);
    expect(groups).toEqual([[1], [2, 3, 4], [5, 6]]);
  });

  it('fails every call of a failed group with its error, and goes on with the next group', async () => {
    const { gc, groups, finish } = manual();
    const first = gc.submit(1);
    const second = [gc.submit(2), gc.submit(3)];
    finish[0]?.();
    await first;
    await tick();
    finish[1]?.(new Error('connection lost'));
    await expect(second[0]).rejects.toThrow('connection lost');
    await expect(second[1]).rejects.toThrow('connection lost');
    const third = gc.submit(4);
    await tick();
    finish[2]?.();
    expect(await third).toBe('done 4');
    expect(groups).toEqual([[1], [2, 3], [4]]);
  });
});
