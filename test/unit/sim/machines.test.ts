import { describe, expect, it } from 'vitest';
import { getShortestPaths, getSimplePaths } from 'xstate/graph';
import {
  circuitBreakerThreshold,
  containerHealth,
  containerHealthMachine,
  deploymentMachine,
  deploymentRollout,
  taskHealthFromContainers,
  taskLifecycle,
  taskLifecycleMachine,
  type TaskLifecycleEvent,
} from '../../../src/sim/machines/index.ts';

const taskEvents: TaskLifecycleEvent[] = [
  { type: 'task.provisioned' },
  { type: 'task.containers.started' },
  { type: 'task.activated' },
  { type: 'task.start.failed' },
  { type: 'task.stop' },
  { type: 'task.deactivated' },
  { type: 'task.containers.stopped' },
  { type: 'task.deprovisioned' },
];

describe('task lifecycle chart: pure transitions', () => {
  it('walks the normal start and stop path with AWS status names', () => {
    let s = taskLifecycle.initial;
    const seen = [s];
    for (const type of [
      'task.provisioned',
      'task.containers.started',
      'task.activated',
      'task.stop',
      'task.deactivated',
      'task.containers.stopped',
      'task.deprovisioned',
    ] as const) {
      s = taskLifecycle.next(s, { type });
      seen.push(s);
    }
    expect(seen).toEqual(['PROVISIONING', 'PENDING', 'ACTIVATING', 'RUNNING', 'DEACTIVATING', 'STOPPING', 'DEPROVISIONING', 'STOPPED']);
  });

  it('a failed start goes from PENDING or PROVISIONING to DEPROVISIONING, never RUNNING', () => {
    expect(taskLifecycle.next('PENDING', { type: 'task.start.failed' })).toBe('DEPROVISIONING');
    expect(taskLifecycle.next('PROVISIONING', { type: 'task.start.failed' })).toBe('DEPROVISIONING');
    expect(taskLifecycle.next('RUNNING', { type: 'task.start.failed' })).toBe('RUNNING');
  });

  it('ignores events that do not apply (a stale timer after a stop)', () => {
    expect(taskLifecycle.next('DEACTIVATING', { type: 'task.activated' })).toBe('DEACTIVATING');
    expect(taskLifecycle.accepts('STOPPED', { type: 'task.stop' })).toBe(false);
  });
});

describe('task lifecycle chart: path coverage (xstate/graph)', () => {
  it('every state is reachable and STOPPED is reachable only through DEPROVISIONING', () => {
    const paths = getShortestPaths(taskLifecycleMachine, { events: taskEvents });
    const reached = new Set(paths.map((p) => String(p.state.value)));
    expect([...reached].sort()).toEqual(
      ['ACTIVATING', 'DEACTIVATING', 'DEPROVISIONING', 'PENDING', 'PROVISIONING', 'RUNNING', 'STOPPED', 'STOPPING'].sort(),
    );
    const simple = getSimplePaths(taskLifecycleMachine, { events: taskEvents, toState: (s) => s.value === 'STOPPED' });
    expect(simple.length).toBeGreaterThan(3);
    for (const p of simple) {
      const states = p.steps.map((step) => String(step.state.value));
      expect(states.at(-2)).toBe('DEPROVISIONING');
      // Any path through RUNNING leaves it via DEACTIVATING.
      const i = states.indexOf('RUNNING');
      if (i >= 0) expect(states[i + 1]).toBe('DEACTIVATING');
    }
  });
});

describe('container health chart', () => {
  const fail = (countedFailures: number) => ({ type: 'health.probe.failed' as const, countedFailures, retries: 3 });
  it('turns UNHEALTHY only after `retries` counted failures', () => {
    let s = containerHealth.initial;
    s = containerHealth.next(s, fail(0)); // inside startPeriod: not counted
    s = containerHealth.next(s, fail(1));
    s = containerHealth.next(s, fail(2));
    expect(s).toBe('UNKNOWN');
    expect(containerHealth.next(s, fail(3))).toBe('UNHEALTHY');
  });
  it('a passing probe makes it HEALTHY at once, and recovers UNHEALTHY', () => {
    expect(containerHealth.next('UNKNOWN', { type: 'health.probe.passed' })).toBe('HEALTHY');
    expect(containerHealth.next('UNHEALTHY', { type: 'health.probe.passed' })).toBe('HEALTHY');
  });
  it('all three states are reachable', () => {
    const paths = getShortestPaths(containerHealthMachine, {
      events: [{ type: 'health.probe.passed' }, fail(3), fail(1)],
    });
    expect(new Set(paths.map((p) => String(p.state.value)))).toEqual(new Set(['UNKNOWN', 'HEALTHY', 'UNHEALTHY']));
  });
  it('derives task health from essential containers only (UNHEALTHY > UNKNOWN > HEALTHY)', () => {
    expect(taskHealthFromContainers([{ essential: true, healthStatus: 'HEALTHY' }, { essential: false, healthStatus: 'UNHEALTHY' }])).toBe('HEALTHY');
    expect(taskHealthFromContainers([{ essential: true, healthStatus: 'HEALTHY' }, { essential: true, healthStatus: 'UNKNOWN' }])).toBe('UNKNOWN');
    expect(taskHealthFromContainers([{ essential: true, healthStatus: 'UNKNOWN' }, { essential: true, healthStatus: 'UNHEALTHY' }])).toBe('UNHEALTHY');
  });
});

describe('deployment chart and circuit breaker', () => {
  it('trips to FAILED exactly at the threshold, and only when the breaker is on', () => {
    expect(deploymentRollout.next('IN_PROGRESS', { type: 'deployment.task.failed', failedTasks: 2, threshold: 3 })).toBe('IN_PROGRESS');
    expect(deploymentRollout.next('IN_PROGRESS', { type: 'deployment.task.failed', failedTasks: 3, threshold: 3 })).toBe('FAILED');
    expect(deploymentRollout.next('IN_PROGRESS', { type: 'deployment.task.failed', failedTasks: 99, threshold: 0 })).toBe('IN_PROGRESS');
  });
  it('a COMPLETED deployment chosen for rollback goes back to IN_PROGRESS; FAILED is terminal', () => {
    expect(deploymentRollout.next('COMPLETED', { type: 'deployment.rollback' })).toBe('IN_PROGRESS');
    expect(deploymentRollout.next('FAILED', { type: 'deployment.steady' })).toBe('FAILED');
    const paths = getShortestPaths(deploymentMachine, {
      events: [{ type: 'deployment.steady' }, { type: 'deployment.rollback' }, { type: 'deployment.task.failed', failedTasks: 3, threshold: 3 }],
    });
    expect(new Set(paths.map((p) => String(p.state.value)))).toEqual(new Set(['IN_PROGRESS', 'COMPLETED', 'FAILED']));
  });
  it.each([
    [1, 3],
    [3, 3],
    [10, 5],
    [25, 13],
    [400, 200],
    [800, 200],
  ])('threshold for desired %i is %i (ceil(0.5×desired) clamped to [3, 200])', (desired, threshold) => {
    expect(circuitBreakerThreshold(desired)).toBe(threshold);
  });
  it('supports the 2026 thresholdConfiguration types', () => {
    expect(circuitBreakerThreshold(1, { type: 'UNBOUNDED_PERCENT', value: 50 })).toBe(1);
    expect(circuitBreakerThreshold(800, { type: 'UNBOUNDED_PERCENT', value: 50 })).toBe(400);
    expect(circuitBreakerThreshold(10, { type: 'COUNT', value: 7 })).toBe(7);
  });
});
