import { describe, expect, test } from 'vitest';
import { Checkpoints } from '../../../src/ui/sim/layout/checkpoints.ts';

describe('Checkpoints', () => {
  test('takes one every interval of simulated time', () => {
    const cps = new Checkpoints<number>({ interval: 30_000 });

    for (let t = 0; t <= 100_000; t += 10_000) cps.take(t, () => t);

    expect(cps.list().map((c) => c.t)).toEqual([0, 30_000, 60_000, 90_000]);
  });

  test('keeps at most `capacity`, dropping the oldest', () => {
    const cps = new Checkpoints<number>({ interval: 1, capacity: 3 });

    for (let t = 0; t < 10; t++) cps.take(t, () => t);

    expect(cps.list().map((c) => c.snapshot)).toEqual([7, 8, 9]);
  });

  test('a forced checkpoint at the same moment replaces the older one', () => {
    const cps = new Checkpoints<string>({ interval: 30_000 });
    cps.take(0, () => 'before');

    cps.take(0, () => 'after', true);

    expect(cps.list()).toEqual([{ t: 0, snapshot: 'after' }]);
  });

  test('continuing from an earlier time forks: the abandoned future is dropped', () => {
    const cps = new Checkpoints<number>({ interval: 10 });
    for (const t of [0, 10, 20, 30]) cps.take(t, () => t);

    cps.take(15, () => 15);

    expect(cps.list().map((c) => c.t)).toEqual([0, 10, 15]);
  });

  test('does not take a snapshot when none is due (snapshots are expensive)', () => {
    const cps = new Checkpoints<number>({ interval: 30_000 });
    let taken = 0;
    cps.take(0, () => ++taken);

    cps.take(1000, () => ++taken);

    expect(taken).toBe(1);
  });
});

describe('Checkpoints with a size budget', () => {
  test('drops the oldest until the total fits, keeping the newest', () => {
    const cps = new Checkpoints<string>({ interval: 1, weigh: (s) => s.length, budget: 10 });

    for (const [t, s] of [[0, 'aaaa'], [1, 'bbbb'], [2, 'cccc']] as const) cps.take(t, () => s);
    cps.take(3, () => 'x'.repeat(50));

    expect(cps.list().map((c) => c.t)).toEqual([3]);
  });
});
