import { describe, expect, it } from 'vitest';
import { restoreSimulation, type Simulation } from '../../../src/sim/runtime/simulation.ts';
import { chapterSimulation, chapterTaskDefinition } from './chapterCommands.ts';

/** A session touching most of the engine: steady state, deployment, crash fault, scale-out. */
const STEPS: ((s: Simulation) => void)[] = [
  (s) => s.advance(120_000),
  (s) => s.call('ecs', 'RegisterTaskDefinition', chapterTaskDefinition(s, 'v1.2.4')),
  (s) => s.call('ecs', 'UpdateService', { cluster: 'production', service: 'user-service', taskDefinition: 'user-service:4' }),
  (s) => s.advance(45_000),
  (s) => s.injectFault('container-exit', { service: 'user-service' }),
  (s) => s.advance(200_000),
  (s) => s.clearFault(),
  (s) => s.call('ecs', 'UpdateService', { cluster: 'production', service: 'user-service', desiredCount: 5 }),
  (s) => s.advance(900_000),
];

function run(sim: Simulation, from: number, to = STEPS.length): Simulation {
  for (const step of STEPS.slice(from, to)) step(sim);
  return sim;
}

describe('determinism', () => {
  it('same seed and same calls give byte-identical snapshots', () => {
    const a = run(chapterSimulation({ seed: 42 }), 0);
    const b = run(chapterSimulation({ seed: 42 }), 0);
    expect(JSON.stringify(a.snapshot())).toBe(JSON.stringify(b.snapshot()));
  });
  it('another seed gives other ids', () => {
    const a = chapterSimulation({ seed: 1 });
    const b = chapterSimulation({ seed: 2 });
    expect(JSON.stringify(a.snapshot())).not.toBe(JSON.stringify(b.snapshot()));
  });
});

describe('snapshot and restore', () => {
  it.each([1, 4, 6])('restoring after step %i and continuing gives the same bytes as never snapshotting', (cut) => {
    const straight = run(chapterSimulation({ seed: 'snap' }), 0);
    const first = run(chapterSimulation({ seed: 'snap' }), 0, cut);
    const restored = restoreSimulation(JSON.parse(JSON.stringify(first.snapshot())));
    run(restored, cut);
    expect(JSON.stringify(restored.snapshot())).toBe(JSON.stringify(straight.snapshot()));
  });
  it('refuses data that is not a snapshot of this version', () => {
    expect(() => restoreSimulation({ formatVersion: 0 } as never)).toThrow('Not a simulation snapshot of this version.');
    expect(() => restoreSimulation(null as never)).toThrow('Not a simulation snapshot of this version.');
  });
  it('a snapshot is a deep copy: later changes do not leak into it', () => {
    const sim = chapterSimulation();
    const snap = sim.snapshot();
    const text = JSON.stringify(snap);
    sim.advance(600_000);
    expect(JSON.stringify(snap)).toBe(text);
  });
  it('notifies subscribers after calls and advances, until unsubscribed', () => {
    const sim = chapterSimulation();
    let calls = 0;
    const off = sim.subscribe(() => calls++);
    sim.advance(1000);
    sim.call('ecs', 'ListClusters', {});
    off();
    sim.advance(1000);
    expect(calls).toBe(2);
  });
});

describe('load (restore in place)', () => {
  it('rewinds the same handle to a snapshot, and continuing gives the same bytes as from the snapshot', () => {
    const sim = run(chapterSimulation({ seed: 7 }), 0, 4);
    const checkpoint = sim.snapshot();
    run(sim, 4);
    let notified = 0;
    sim.subscribe(() => (notified += 1));

    sim.load(checkpoint);

    expect(notified).toBeGreaterThan(0);
    expect(JSON.stringify(sim.snapshot())).toBe(JSON.stringify(checkpoint));
    const reference = run(restoreSimulation(checkpoint), 4);
    expect(JSON.stringify(run(sim, 4).snapshot())).toBe(JSON.stringify(reference.snapshot()));
  });
});
