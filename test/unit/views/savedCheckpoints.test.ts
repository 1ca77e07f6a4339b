import { describe, expect, test } from 'vitest';
import { createSimulation } from '../../../src/sim/index.ts';
import { decodeCheckpoints, encodeCheckpoints } from '../../../src/ui/sim/layout/savedCheckpoints.ts';

/** Snapshot text of a fresh simulation advanced to `ms` after its start. */
function snapshotAt(ms: number): { t: number; snapshot: string } {
  const sim = createSimulation({ seed: 'test' });
  sim.advance(ms);
  return { t: sim.now(), snapshot: JSON.stringify(sim.view()) };
}

describe('saved checkpoints', () => {
  const list = [snapshotAt(0), snapshotAt(30_000), snapshotAt(60_000)];

  test('round-trip: the same times and snapshots come back', () => {
    const back = decodeCheckpoints(encodeCheckpoints(list), list[2]!.t);

    expect(back.map((c) => c.t)).toEqual(list.map((c) => c.t));
    expect(back.map((c) => JSON.parse(c.snapshot))).toEqual(list.map((c) => JSON.parse(c.snapshot)));
  });

  test('only what fits the budget is kept, newest first', () => {
    const size = list[0]!.snapshot.length;

    const back = decodeCheckpoints(encodeCheckpoints(list, size * 2 + 10), Infinity);

    expect(back.map((c) => c.t)).toEqual([list[1]!.t, list[2]!.t]);
  });

  test('checkpoints later than the restored clock are dropped', () => {
    expect(decodeCheckpoints(encodeCheckpoints(list), list[1]!.t).map((c) => c.t)).toEqual([list[0]!.t, list[1]!.t]);
  });

  test.each([
    ['not JSON', '{"v":1,"items":['],
    ['another format', '{"v":2,"items":[]}'],
    ['an item without a time', '{"v":1,"items":[{"s":{"formatVersion":1,"now":0,"queue":[]}}]}'],
    ['a snapshot of another engine version', '{"v":1,"items":[{"t":0,"s":{"formatVersion":9,"now":0,"queue":[]}}]}'],
    ['times out of order', `{"v":1,"items":[{"t":5,"s":{"formatVersion":1,"now":5,"queue":[]}},{"t":1,"s":{"formatVersion":1,"now":1,"queue":[]}}]}`],
    ['null', 'null'],
  ])('%s is ignored as a whole', (_, text) => {
    expect(decodeCheckpoints(text, Infinity)).toEqual([]);
  });
});
