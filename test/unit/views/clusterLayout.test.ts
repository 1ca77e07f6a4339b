import { describe, expect, test } from 'vitest';
import { layoutCluster } from '../../../src/ui/sim/layout/clusterLayout.ts';
import { stateStyle } from '../../../src/ui/sim/layout/taskStyle.ts';
import { startRun } from './helpers.ts';

describe('layoutCluster', () => {
  test('nests cluster → service → tasks with the revision of each task', () => {
    const run = startRun('service');
    run.advance(3 * 60_000, 5000);

    const layout = layoutCluster(run.sim.view());

    expect(layout.clusters.map((c) => c.name)).toEqual(['production']);
    const group = layout.clusters[0]!.groups[0]!;
    expect(group.label).toBe('service user-service (desired 3)');
    expect(group.tasks.map((t) => [t.revision, t.lastStatus])).toEqual([[3, 'RUNNING'], [3, 'RUNNING'], [3, 'RUNNING']]);
    for (const t of group.tasks) {
      expect(t.x).toBeGreaterThanOrEqual(group.x);
      expect(t.y + t.h).toBeLessThanOrEqual(group.y + group.h);
    }
  });

  test('wraps many tasks into rows inside the width', () => {
    const run = startRun('service', { desiredCount: 30 });
    run.advance(3 * 60_000, 5000);

    const layout = layoutCluster(run.sim.view(), 400);
    const tasks = layout.clusters[0]!.groups[0]!.tasks;

    expect(tasks).toHaveLength(30);
    expect(Math.max(...tasks.map((t) => t.x + t.w))).toBeLessThanOrEqual(400);
    expect(new Set(tasks.map((t) => `${t.x},${t.y}`)).size).toBe(30);
  });

  test('a big service switches to small patterned squares and puts the counts in words in its label', () => {
    const run = startRun('service', { desiredCount: 60 });
    run.advance(3 * 60_000, 5000);

    const group = layoutCluster(run.sim.view()).clusters[0]!.groups[0]!;

    expect(group.tasks.every((t) => t.compact && t.w === 12)).toBe(true);
    expect(group.label).toBe('service user-service (desired 60): 60 RUN');
  });

  test('an account without clusters lays out nothing', () => {
    expect(layoutCluster(startRun('empty').sim.view()).clusters).toEqual([]);
  });
});

describe('stateStyle', () => {
  test('every lifecycle state has a label and a pattern besides its colour', () => {
    for (const s of ['PROVISIONING', 'PENDING', 'ACTIVATING', 'RUNNING', 'DEACTIVATING', 'STOPPING', 'DEPROVISIONING', 'STOPPED']) {
      const style = stateStyle(s);
      expect(style.short.length).toBeGreaterThan(0);
      expect(style.label.toUpperCase()).toContain(s.slice(0, 4));
    }
    expect(new Set(['PENDING', 'ACTIVATING', 'RUNNING', 'STOPPING', 'STOPPED'].map((s) => stateStyle(s).pattern)).size).toBe(5);
    expect(stateStyle('WEIRD').label).toBe('WEIRD');
  });
});
