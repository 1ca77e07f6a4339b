import { describe, expect, it } from 'vitest';
import { pop, schedule, type QueueHolder } from '../../../src/sim/runtime/eventQueue.ts';
import { deploymentId, hex, seedFrom, taskId, uuid } from '../../../src/sim/runtime/rng.ts';
import { createSimulation } from '../../../src/sim/runtime/simulation.ts';

describe('event queue', () => {
  it('pops by time, and events due at the same time in the order they were scheduled', () => {
    const q: QueueHolder = { queue: [], seq: 0 };
    const times = [50, 10, 30, 10, 50, 0, 30, 10];
    times.forEach((at, i) => schedule(q, at, { kind: 'task.purge', taskId: String(i) }));
    const order: string[] = [];
    for (let e = pop(q); e; e = pop(q)) order.push(`${e.at}:${(e.event as { taskId: string }).taskId}`);
    expect(order).toEqual(['0:5', '10:1', '10:3', '10:7', '30:2', '30:6', '50:0', '50:4']);
  });
});

describe('seeded identifiers', () => {
  it('have AWS formats', () => {
    const r = { rng: seedFrom('x') };
    expect(taskId(r)).toMatch(/^[0-9a-f]{32}$/);
    expect(deploymentId(r)).toMatch(/^ecs-svc\/[1-9]\d{18}$/);
    expect(uuid(r)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
  it('repeat for the same seed and differ for another', () => {
    const a = { rng: seedFrom(7) };
    const b = { rng: seedFrom(7) };
    const c = { rng: seedFrom(8) };
    expect(hex(a, 64)).toBe(hex(b, 64));
    expect(hex(a, 64)).not.toBe(hex(c, 64));
  });
});

describe('virtual clock', () => {
  it('starts at 2026-01-15T09:00:00Z by default and moves only when advanced', () => {
    const sim = createSimulation();
    expect(new Date(sim.now()).toISOString()).toBe('2026-01-15T09:00:00.000Z');
    sim.call('ecs', 'CreateCluster', { clusterName: 'c' });
    expect(sim.now()).toBe(Date.UTC(2026, 0, 15, 9));
    sim.advance(90_000);
    expect(sim.now()).toBe(Date.UTC(2026, 0, 15, 9, 1, 30));
  });
  it('takes a different start as a setting', () => {
    const sim = createSimulation({ settings: { startTime: Date.UTC(2030, 5, 1) } });
    expect(new Date(sim.now()).toISOString()).toBe('2030-06-01T00:00:00.000Z');
  });
  it('an idle hour costs almost nothing', () => {
    const sim = createSimulation();
    const t0 = performance.now();
    sim.advance(3_600_000);
    expect(performance.now() - t0).toBeLessThan(50);
  });
});
