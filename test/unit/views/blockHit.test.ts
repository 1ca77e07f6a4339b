import { describe, expect, test } from 'vitest';
import { blockAt, toLayoutPoint } from '../../../src/ui/sim/layout/blockHit.ts';

describe('block hit testing', () => {
  const blocks = [
    { id: 'a', x: 10, y: 10, w: 54, h: 40 },
    { id: 'b', x: 70, y: 10, w: 54, h: 40 },
    { id: 'c', x: 100, y: 30, w: 12, h: 12 }, // drawn over b
  ];

  test('finds the block under a point, edges included', () => {
    expect(blockAt(blocks, 11, 11)?.id).toBe('a');
    expect(blockAt(blocks, 64, 50)?.id).toBe('a');
    expect(blockAt(blocks, 80, 20)?.id).toBe('b');
  });

  test('finds nothing between blocks', () => {
    expect(blockAt(blocks, 67, 20)).toBeUndefined();
    expect(blockAt(blocks, 5, 5)).toBeUndefined();
    expect(blockAt([], 0, 0)).toBeUndefined();
  });

  test('the block drawn last wins where blocks overlap (mid-move)', () => {
    expect(blockAt(blocks, 105, 35)?.id).toBe('c');
  });

  test('turns a pointer position into layout units for a scaled canvas', () => {
    // A 720-unit-wide layout shown 360 CSS pixels wide at (100, 50) on the page.
    expect(toLayoutPoint(100, 50, { left: 100, top: 50, width: 360 }, 720)).toEqual({ x: 0, y: 0 });
    expect(toLayoutPoint(280, 70, { left: 100, top: 50, width: 360 }, 720)).toEqual({ x: 360, y: 40 });
    expect(toLayoutPoint(10, 10, { left: 0, top: 0, width: 0 }, 720)).toEqual({ x: 10, y: 10 });
  });
});
