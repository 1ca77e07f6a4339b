import { scaleLinear } from 'd3-scale';
import { describe, expect, test } from 'vitest';
import { linearScale } from '../../../src/ui/sim/layout/linearScale.ts';

describe('linearScale (the charts’ replacement for d3-scale)', () => {
  const domains: [number, number][] = [
    [0, 100],
    [0, 137],
    [0, 3],
    [0, 401],
    [0, 0.7],
    [1_700_000_000_000, 1_700_000_180_000],
  ];

  test.each(domains)('maps, nices and ticks [%d, %d] exactly as d3-scale does', (a, b) => {
    const ours = linearScale([a, b], [180, 20]).nice();
    const d3 = scaleLinear().domain([a, b]).range([180, 20]).nice();

    expect(ours.domain()).toEqual(d3.domain());
    expect(ours.ticks(5)).toEqual(d3.ticks(5));
    for (const v of [a, b, (a + b) / 2, a + (b - a) / 3]) expect(ours(v)).toBeCloseTo(d3(v), 9);
  });

  test('a chart with a 0–137 % metric gets the axis a reader expects', () => {
    const y = linearScale([0, 137], [200, 0]).nice();

    expect(y.domain()).toEqual([0, 140]);
    expect(y.ticks(5)).toEqual([0, 20, 40, 60, 80, 100, 120, 140]);
    expect(y(70)).toBe(100);
  });
});
