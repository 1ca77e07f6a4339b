import { describe, expect, test } from 'vitest';
import { appear, easeOut, MOTION_MS, moveTo, sampleMotion, settle } from '../../../src/ui/sim/layout/blockMotion.ts';

describe('block motion', () => {
  test('ease-out starts fast, ends gently and stays within 0…1', () => {
    expect(easeOut(0)).toBe(0);
    expect(easeOut(1)).toBe(1);
    expect(easeOut(-1)).toBe(0);
    expect(easeOut(2)).toBe(1);
    expect(easeOut(0.5)).toBeGreaterThan(0.5);
    expect(easeOut(0.25) - easeOut(0)).toBeGreaterThan(easeOut(1) - easeOut(0.75));
  });

  test('a new block fades in where it belongs', () => {
    const m = appear(100, 40, 1000, true);
    expect(sampleMotion(m, 1000)).toEqual({ x: 100, y: 40, opacity: 0, moving: true });
    const half = sampleMotion(m, 1000 + MOTION_MS / 2);
    expect(half.opacity).toBeGreaterThan(0.5);
    expect(half.opacity).toBeLessThan(1);
    expect(sampleMotion(m, 1000 + MOTION_MS)).toEqual({ x: 100, y: 40, opacity: 1, moving: false });
  });

  test('a move eases from the old place to the new one in MOTION_MS', () => {
    const m = moveTo(appear(0, 0, 0, true), 100, 50, 5000, true);
    expect(sampleMotion(m, 5000)).toMatchObject({ x: 0, y: 0, moving: true });
    const mid = sampleMotion(m, 5000 + MOTION_MS / 2);
    expect(mid.x).toBeGreaterThan(50); // ease-out: past half-way at half time
    expect(mid.x).toBeLessThan(100);
    expect(mid.y).toBeCloseTo(mid.x / 2);
    expect(sampleMotion(m, 5000 + MOTION_MS)).toEqual({ x: 100, y: 50, opacity: 1, moving: false });
  });

  test('a move re-aimed mid-way starts from where the block is drawn, without a jump', () => {
    const first = moveTo(appear(0, 0, 0, true), 100, 0, 1000, true);
    const at = sampleMotion(first, 1100);
    const second = moveTo(first, 0, 60, 1100, true);
    expect(sampleMotion(second, 1100)).toMatchObject({ x: at.x, y: at.y });
    expect(sampleMotion(second, 1100 + MOTION_MS)).toMatchObject({ x: 0, y: 60, moving: false });
  });

  test('without animation (reduced motion) a block is at its final place and fully drawn at once', () => {
    const m = appear(10, 20, 0, false);
    expect(sampleMotion(m, 0)).toEqual({ x: 10, y: 20, opacity: 1, moving: false });
    const moved = moveTo(m, 30, 40, 50, false);
    expect(sampleMotion(moved, 50)).toEqual({ x: 30, y: 40, opacity: 1, moving: false });
  });

  test('settle finishes a running move and fade', () => {
    const m = moveTo(appear(0, 0, 0, true), 80, 0, 10, true);
    expect(sampleMotion(settle(m), 20)).toEqual({ x: 80, y: 0, opacity: 1, moving: false });
  });

  test('moving to where it already goes changes nothing', () => {
    const m = moveTo(appear(0, 0, 0, true), 80, 0, 10, true);
    expect(moveTo(m, 80, 0, 200, true)).toBe(m);
  });
});
