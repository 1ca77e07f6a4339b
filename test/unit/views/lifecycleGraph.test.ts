import { describe, expect, test } from 'vitest';
import { taskLifecycleMachine } from '../../../src/sim/index.ts';
import { lifecycleGraph, type MachineConfigLike } from '../../../src/ui/sim/layout/lifecycleGraph.ts';

describe('lifecycleGraph', () => {
  const graph = lifecycleGraph(taskLifecycleMachine.config as MachineConfigLike);

  test('has one node per state of the core machine, PROVISIONING first and STOPPED final', () => {
    expect(graph.nodes.map((n) => n.id)).toEqual(['PROVISIONING', 'PENDING', 'ACTIVATING', 'RUNNING', 'DEACTIVATING', 'STOPPING', 'DEPROVISIONING', 'STOPPED']);
    expect(graph.nodes.find((n) => n.initial)?.id).toBe('PROVISIONING');
    expect(graph.nodes.find((n) => n.final)?.id).toBe('STOPPED');
  });

  test('has the machine\'s transitions, including a failed start that never reaches RUNNING', () => {
    const edges = graph.edges.map((e) => `${e.source} -${e.event}-> ${e.target}`);
    expect(edges).toContain('PROVISIONING -task.provisioned-> PENDING');
    expect(edges).toContain('PENDING -task.start.failed-> DEPROVISIONING');
    expect(edges).toContain('RUNNING -task.stop-> DEACTIVATING');
    expect(edges).toContain('DEPROVISIONING -task.deprovisioned-> STOPPED');
  });

  test('lays the start-up path on the top row and the stop path under it, no two states on one spot', () => {
    const at = new Map(graph.nodes.map((n) => [n.id, n]));
    expect(at.get('RUNNING')!.y).toBeLessThan(at.get('STOPPING')!.y);
    expect(at.get('DEACTIVATING')!.x).toBe(at.get('RUNNING')!.x);
    expect(new Set(graph.nodes.map((n) => `${n.x},${n.y}`)).size).toBe(graph.nodes.length);
  });

  test('a machine without states gives an empty graph', () => {
    expect(lifecycleGraph({}).nodes).toEqual([]);
  });
});
