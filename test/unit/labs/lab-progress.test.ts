/** Which steps are reached (src/ui/labs/progress.ts): in order, sticky, and undone only by going back in time. */
import { describe, expect, test } from 'vitest';
import { advance } from '../../../src/ui/labs/progress.ts';

const IDS = ['a', 'b', 'c'];
/** A check function from the set of steps that hold right now. */
const holds = (...passing: string[]) => (i: number) => ({ passed: passing.includes(IDS[i]!), message: `${IDS[i]} is missing` });

describe('advance', () => {
  test('ticks steps in order and reports the first one that fails with its message', () => {
    const r = advance(IDS, {}, 1000, holds('a', 'c'));

    expect(r.reached).toEqual({ a: 1000 });
    expect(r.gained).toEqual(['a']);
    expect(r.next).toEqual({ index: 1, outcome: { passed: false, message: 'b is missing' } });
  });

  test('does not tick a later step that happens to hold before the earlier ones are done', () => {
    const r = advance(IDS, {}, 1000, holds('b', 'c'));

    expect(r.reached).toEqual({});
    expect(r.next?.index).toBe(0);
  });

  test('a step reached in the past stays reached when its check no longer holds (scaled out, then in)', () => {
    const r = advance(IDS, { a: 1000, b: 2000 }, 5000, holds('a', 'c'));

    expect(r.reached).toEqual({ a: 1000, b: 2000, c: 5000 });
    expect(r.lost).toEqual([]);
    expect(r.next).toBeUndefined();
  });

  test('going back in time (a restored checkpoint, a reset) un-ticks what no longer holds, and what follows it', () => {
    const r = advance(IDS, { a: 1000, b: 2000, c: 3000 }, 1500, holds('a'));

    expect(r.reached).toEqual({ a: 1000 });
    expect(r.lost).toEqual(['b', 'c']);
    expect(r.next?.index).toBe(1);
  });

  test('a reset at the same simulated time un-ticks steps done without time moving', () => {
    const r = advance(IDS, { a: 1000 }, 1000, holds());

    expect(r.reached).toEqual({});
    expect(r.lost).toEqual(['a']);
  });

  test('a saved record with a gap keeps only the steps before the gap', () => {
    const r = advance(IDS, { a: 1000, c: 3000 }, 4000, holds('a'));

    expect(r.reached).toEqual({ a: 1000 });
    expect(r.lost).toEqual(['c']);
  });
});
