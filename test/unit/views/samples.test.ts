import { describe, expect, test } from 'vitest';
import { advanceRecording, deploymentBounds, recordSamples, truncateHistory, HISTORY_LIMIT, SAMPLE_EVERY_MS, type History, type ServiceSample } from '../../../src/ui/sim/layout/samples.ts';
import { buildTimeline } from '../../../src/ui/sim/layout/timelineTable.ts';
import { countSeries, LANE, layoutLanes } from '../../../src/ui/sim/layout/rollingLayout.ts';
import { serviceDeployments, serviceTasks } from '../../../src/ui/sim/layout/samples.ts';
import { startRun } from './helpers.ts';

const s = (t: number, desired = 3): ServiceSample => ({ t, desired, running: 0, pending: 0, minimumHealthyPercent: 100, maximumPercent: 200, groups: [], deployments: [] });

describe('deploymentBounds', () => {
  test('matches the rolling-update table of the reference (§2.4)', () => {
    expect(deploymentBounds(3, 100, 200)).toEqual({ floor: 3, ceiling: 6 });
    expect(deploymentBounds(4, 50, 200)).toEqual({ floor: 2, ceiling: 8 });
    expect(deploymentBounds(6, 100, 133)).toEqual({ floor: 6, ceiling: 7 });
    expect(deploymentBounds(2, 75, 100)).toEqual({ floor: 2, ceiling: 2 });
    expect(deploymentBounds(3, 100, 125)).toEqual({ floor: 3, ceiling: 3 });
    expect(deploymentBounds(1, 0, 100)).toEqual({ floor: 0, ceiling: 1 });
  });
});

describe('recordSamples', () => {
  test('keeps a sample only when something visible changed', () => {
    const h: History = {};

    recordSamples(h, { 'c/s': s(0) });
    recordSamples(h, { 'c/s': s(1000) });
    recordSamples(h, { 'c/s': s(2000, 4) });

    expect(h['c/s']!.map((x) => x.t)).toEqual([0, 2000]);
  });

  test('forgets the abandoned future when time goes back (a restored checkpoint)', () => {
    const h: History = {};
    for (const [t, d] of [[0, 3], [1000, 4], [2000, 5]] as const) recordSamples(h, { 'c/s': s(t, d) });

    recordSamples(h, { 'c/s': s(500, 6) });

    expect(h['c/s']!.map((x) => [x.t, x.desired])).toEqual([[0, 3], [500, 6]]);
  });

  test('is bounded', () => {
    const h: History = {};
    for (let i = 0; i < HISTORY_LIMIT + 50; i++) recordSamples(h, { 'c/s': s(i, i) });

    expect(h['c/s']).toHaveLength(HISTORY_LIMIT);
    expect(h['c/s']![0]!.t).toBe(50);
  });

  test('truncateHistory drops services that did not exist yet', () => {
    const h: History = { 'c/a': [s(0)], 'c/b': [s(5000)] };

    truncateHistory(h, 1000);

    expect(Object.keys(h)).toEqual(['c/a']);
  });
});

describe('advanceRecording', () => {
  /** A 40-task rolling deployment played in frames of `frameMs` simulated milliseconds. */
  function playDeployment(frameMs: number): History {
    const run = startRun('service', { desiredCount: 40 });
    run.advance(5 * 60_000, 5000);
    run.run('aws ecs register-task-definition --cli-input-json file://task-definition.json');
    run.run('aws ecs update-service --cluster production --service user-service --task-definition user-service:4');
    const history: History = {};
    for (let played = 0; played < 10 * 60_000; played += frameMs) advanceRecording(run.sim, history, frameMs);
    return history;
  }

  test('records the same history however time is cut into frames (a fast page and a slow one get the same table)', () => {
    const fast = playDeployment(1000.2); // 60× at 60 frames a second, with the frame interval's jitter
    const slow = playDeployment(6000); // 60× at 10 frames a second

    expect(fast).toEqual(slow);
    const rows = buildTimeline(fast['production/user-service']!).rows;
    expect(rows.length).toBeGreaterThan(3);
    for (const list of Object.values(fast)) for (const sample of list) expect(sample.t % SAMPLE_EVERY_MS).toBe(0);
  });

  test('advances exactly the time asked, also between two sample times', () => {
    const run = startRun('service');
    const start = run.sim.now();
    const history: History = {};
    advanceRecording(run.sim, history, 250);
    advanceRecording(run.sim, history, 2500);
    expect(run.sim.now()).toBe(start + 2750);
  });
});

describe('layoutLanes', () => {
  test('one lane per revision, the PRIMARY one marked new; big lanes go compact and count in words', () => {
    const run = startRun('service', { desiredCount: 30 });
    run.advance(5 * 60_000, 5000);
    run.run('aws ecs register-task-definition --cli-input-json file://task-definition.json');
    run.run('aws ecs update-service --cluster production --service user-service --task-definition user-service:4');
    run.advance(30_000, 5000);

    const state = run.sim.view();
    const lanes = layoutLanes(serviceTasks(state, 'production/user-service'), serviceDeployments(state, 'production/user-service'));

    expect(lanes.map((l) => [l.revision, l.isNew])).toEqual([[3, false], [4, true]]);
    expect(lanes[0]!.tasks.every((t) => t.compact)).toBe(true);
    expect(lanes[0]!.label).toMatch(/^rev 3 · old \(ACTIVE\), completed · 30 healthy/);
    expect(lanes[1]!.y).toBe(lanes[0]!.y + lanes[0]!.h);
    expect(lanes[0]!.h).toBeGreaterThanOrEqual(LANE.compactLaneH); // room for the counts in words
    for (const t of lanes[0]!.tasks) expect(t.y + t.h).toBeLessThanOrEqual(lanes[0]!.y + lanes[0]!.h);
  });
});

describe('layoutLanes with the desired count', () => {
  test('keeps the picture the same height through a whole rolling deployment (the page below does not jump)', () => {
    const run = startRun('service', { desiredCount: 60 });
    run.advance(5 * 60_000, 5000);
    run.run('aws ecs register-task-definition --cli-input-json file://task-definition.json');
    run.run('aws ecs update-service --cluster production --service user-service --task-definition user-service:4');
    const heights = new Set<number>();
    const sizes = new Set<number>();
    let sawTwoLanes = false;
    for (let i = 0; i < 60; i++) {
      run.advance(5000, 5000);
      const state = run.sim.view();
      const service = state.services['production/user-service']!;
      if (service.deployments.length < 2) break; // done: the old lane goes, and the picture may shrink
      const lanes = layoutLanes(serviceTasks(state, 'production/user-service'), serviceDeployments(state, 'production/user-service'), service.desiredCount);
      sawTwoLanes ||= lanes.length === 2;
      heights.add(lanes.at(-1)!.y + lanes.at(-1)!.h);
      for (const l of lanes) for (const t of l.tasks) sizes.add(t.w);
    }
    expect(sawTwoLanes).toBe(true);
    expect([...heights]).toHaveLength(1);
    expect([...sizes]).toEqual([LANE.compact]); // the new lane is compact from its first task, not after its 25th
  });
});

describe('countSeries', () => {
  test('a real rollout never breaks the floor or the ceiling', () => {
    const run = startRun('service', { desiredCount: 4, minimumHealthyPercent: 50, maximumPercent: 100 });
    run.advance(5 * 60_000);
    run.run('aws ecs register-task-definition --cli-input-json file://task-definition.json');
    run.run('aws ecs update-service --cluster production --service user-service --task-definition user-service:4');

    run.advance(15 * 60_000);
    const points = countSeries(run.history['production/user-service']!);

    expect(points.at(-1)).toMatchObject({ floor: 2, ceiling: 4, total: 4, healthy: 4 });
    for (const p of points.filter((x) => x.t > points[0]!.t + 5 * 60_000)) {
      expect(p.total).toBeLessThanOrEqual(p.ceiling);
      expect(p.healthy).toBeGreaterThanOrEqual(p.floor);
    }
  });
});
