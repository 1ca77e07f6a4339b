import { describe, expect, test } from 'vitest';
import { createLoadState, loadMetrics } from '../../../src/sim/autoscaling/index.ts';
import { MINUTE, START } from './fakeHost.ts';

describe('load models', () => {
  test('constant: the spec is what the service sees at its current task count; more tasks share the demand', () => {
    const load = createLoadState({ pattern: 'constant', cpuPercent: 90, requestsPerTarget: 1200 }, START, 4);

    expect(loadMetrics(load, START, 4)).toEqual({ cpu: 90, memory: 65, requestCountPerTarget: 1200 });
    expect(loadMetrics(load, START + 30 * MINUTE, 6)).toEqual({ cpu: 60, memory: 50, requestCountPerTarget: 800 });
  });

  test('per-task CPU is capped at 100 % when there are too few tasks (extra demand is lost)', () => {
    const load = createLoadState({ pattern: 'constant', cpuPercent: 80, requestsPerTarget: 500 }, START, 4);

    const metrics = loadMetrics(load, START, 2);

    expect(metrics.cpu).toBe(100);
    expect(metrics.requestCountPerTarget).toBe(1000);
  });

  test('an explicit memoryPercent scales with the task count like CPU', () => {
    const load = createLoadState({ pattern: 'constant', cpuPercent: 50, memoryPercent: 70 }, START, 2);

    expect(loadMetrics(load, START, 4).memory).toBe(35);
  });

  test('step: a quarter of the value for five minutes, then the value', () => {
    const load = createLoadState({ pattern: 'step', cpuPercent: 80 }, START, 2);

    expect(loadMetrics(load, START + 4 * MINUTE, 2).cpu).toBe(20);
    expect(loadMetrics(load, START + 5 * MINUTE, 2).cpu).toBe(80);
    expect(loadMetrics(load, START + 300 * MINUTE, 2).cpu).toBe(80);
  });

  test('spike: the value for ten minutes, then a fifth of it', () => {
    const load = createLoadState({ pattern: 'spike', cpuPercent: 95 }, START, 3);

    expect(loadMetrics(load, START + 9 * MINUTE, 3).cpu).toBe(95);
    expect(loadMetrics(load, START + 10 * MINUTE, 3).cpu).toBe(19);
  });

  test('daily: peaks at the value at 14:00 UTC and bottoms at a tenth at 02:00 UTC', () => {
    const load = createLoadState({ pattern: 'daily', cpuPercent: 80 }, START, 2);
    const day = Date.UTC(2026, 0, 16);

    expect(loadMetrics(load, day + 14 * 60 * MINUTE, 2).cpu).toBe(80);
    expect(loadMetrics(load, day + 2 * 60 * MINUTE, 2).cpu).toBe(8);
    expect(loadMetrics(load, day + 8 * 60 * MINUTE, 2).cpu).toBe(44);
  });

  test('no running tasks: no CPU or memory, and the request count is the whole demand', () => {
    const load = createLoadState({ pattern: 'constant', cpuPercent: 50, requestsPerTarget: 300 }, START, 0);

    expect(loadMetrics(load, START, 0)).toEqual({ cpu: 0, memory: 0, requestCountPerTarget: 300 });
    expect(loadMetrics(load, START, 1).cpu).toBe(50);
  });

  test('the state is plain JSON', () => {
    const load = createLoadState({ pattern: 'daily', cpuPercent: 70, requestsPerTarget: 900 }, START, 3);

    const restored = JSON.parse(JSON.stringify(load));

    expect(loadMetrics(restored, START + 123 * MINUTE, 5)).toEqual(loadMetrics(load, START + 123 * MINUTE, 5));
  });
});
