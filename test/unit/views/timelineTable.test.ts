import { describe, expect, test } from 'vitest';
import { buildTimeline, describeChange, summarizeTasks, taskPhase } from '../../../src/ui/sim/layout/timelineTable.ts';
import { groupTasks, type ServiceSample, type TaskSample } from '../../../src/ui/sim/layout/samples.ts';
import { startRun } from './helpers.ts';

const task = (id: string, revision: number, lastStatus: string, healthy = lastStatus === 'RUNNING', desiredStatus = 'RUNNING'): TaskSample => ({
  id,
  revision,
  lastStatus,
  desiredStatus,
  healthStatus: healthy ? 'HEALTHY' : 'UNKNOWN',
  healthy,
});

function sample(t: number, tasks: TaskSample[], deployments: ServiceSample['deployments']): ServiceSample {
  return { t: t * 1000, desired: 3, running: 0, pending: 0, minimumHealthyPercent: 100, maximumPercent: 200, groups: groupTasks(tasks), deployments };
}

const v1Primary = [{ id: 'd1', status: 'PRIMARY', rolloutState: 'COMPLETED', revision: 1, failedTasks: 0 }];
const rolling = [
  { id: 'd2', status: 'PRIMARY', rolloutState: 'IN_PROGRESS', revision: 2, failedTasks: 0 },
  { id: 'd1', status: 'ACTIVE', rolloutState: 'COMPLETED', revision: 1, failedTasks: 0 },
];
const done = [{ id: 'd2', status: 'PRIMARY', rolloutState: 'COMPLETED', revision: 2, failedTasks: 0 }];

describe('buildTimeline', () => {
  // Row 0 is the last sample before the first task of the new revision (t = 5 s, the update-service call).
  test('turns a recorded one-at-a-time rollout into the chapter\'s Time 0 … Time 7 rows', () => {
    const a = task('a', 1, 'RUNNING');
    const b = task('b', 1, 'RUNNING');
    const c = task('c', 1, 'RUNNING');
    const series = [
      sample(0, [a, b, c], v1Primary),
      sample(5, [a, b, c], rolling), // the update: nothing visible yet, no row
      sample(10, [a, b, c, task('x', 2, 'PROVISIONING')], rolling),
      sample(20, [a, b, c, task('x', 2, 'PENDING')], rolling), // same phase: no row
      sample(60, [a, b, c, task('x', 2, 'RUNNING')], rolling),
      sample(90, [b, c, task('x', 2, 'RUNNING')], rolling),
      sample(100, [b, c, task('x', 2, 'RUNNING'), task('y', 2, 'PENDING')], rolling),
      sample(150, [c, task('x', 2, 'RUNNING'), task('y', 2, 'RUNNING')], rolling),
      sample(160, [c, task('x', 2, 'RUNNING'), task('y', 2, 'RUNNING'), task('z', 2, 'PENDING')], rolling),
      sample(220, [task('x', 2, 'RUNNING'), task('y', 2, 'RUNNING'), task('z', 2, 'RUNNING')], done),
    ];

    const timeline = buildTimeline(series);

    expect(timeline.fromRevision).toBe(1);
    expect(timeline.toRevision).toBe(2);
    expect(timeline.complete).toBe(true);
    expect(timeline.rows.map((r) => [r.step, r.seconds, summarizeTasks(r.tasks), `${r.healthy}/${r.total}`])).toEqual([
      [0, 0, 'rev 1 healthy ×3', '3/3'],
      [1, 5, 'rev 1 healthy ×3, rev 2 starting', '3/4'],
      [2, 55, 'rev 1 healthy ×3, rev 2 healthy', '4/4'],
      [3, 85, 'rev 1 healthy ×2, rev 2 healthy', '3/3'],
      [4, 95, 'rev 1 healthy ×2, rev 2 healthy, rev 2 starting', '3/4'],
      [5, 145, 'rev 1 healthy, rev 2 healthy ×2', '3/3'],
      [6, 155, 'rev 1 healthy, rev 2 healthy ×2, rev 2 starting', '3/4'],
      [7, 215, 'rev 2 healthy ×3', '3/3'],
    ]);
    expect(timeline.rows[0]!.note).toBe('3 tasks of revision 1 running');
    expect(timeline.rows[1]!.note).toBe('1 new task starting');
    expect(timeline.rows[2]!.note).toBe('1 new task passed health checks');
    expect(timeline.rows[3]!.note).toBe('1 old task stopped');
    expect(timeline.rows[7]!.note).toBe('1 new task passed health checks; 1 old task stopped. Deployment complete: every task runs the new revision');
  });

  test('reports a failed deployment (circuit breaker) and is not complete', () => {
    const series = [
      sample(0, [task('a', 1, 'RUNNING')], v1Primary),
      sample(10, [task('a', 1, 'RUNNING'), task('x', 2, 'PENDING')], rolling),
      sample(40, [task('a', 1, 'RUNNING'), task('x', 2, 'STOPPED', false, 'STOPPED')], [
        { id: 'd1', status: 'PRIMARY', rolloutState: 'IN_PROGRESS', revision: 1, failedTasks: 0 },
        { id: 'd2', status: 'ACTIVE', rolloutState: 'FAILED', revision: 2, failedTasks: 3 },
      ]),
    ];

    const timeline = buildTimeline(series);

    expect(timeline.failed).toBe(true);
    expect(timeline.complete).toBe(false);
  });

  test('an empty history gives an empty table instead of throwing', () => {
    expect(buildTimeline([])).toEqual({ fromRevision: undefined, toRevision: 0, rows: [], complete: false, failed: false });
  });

  test('stopping tasks count as draining, stopped ones disappear', () => {
    expect(taskPhase(task('a', 1, 'DEACTIVATING', false))).toBe('stopping');
    expect(taskPhase(task('a', 1, 'RUNNING', true, 'STOPPED'))).toBe('stopping');
    expect(taskPhase(task('a', 1, 'STOPPED', false))).toBeUndefined();
    expect(describeChange([{ revision: 1, phase: 'healthy', isNew: false }], [{ revision: 1, phase: 'stopping', isNew: false }])).toBe('1 old task draining');
  });

  test('from a real run: update-service to revision 4 ends with every task on revision 4', () => {
    const run = startRun('service');
    run.advance(5 * 60_000);
    run.run('aws ecs register-task-definition --cli-input-json file://task-definition.json');
    run.run('aws ecs update-service --cluster production --service user-service --task-definition user-service:4');

    run.advance(15 * 60_000);
    const timeline = buildTimeline(run.history['production/user-service']!);

    expect(timeline.fromRevision).toBe(3);
    expect(timeline.toRevision).toBe(4);
    expect(timeline.complete).toBe(true);
    expect(summarizeTasks(timeline.rows[0]!.tasks)).toBe('rev 3 healthy ×3');
    expect(summarizeTasks(timeline.rows.at(-1)!.tasks)).toBe('rev 4 healthy ×3');
    // minimumHealthyPercent 100: never fewer than 3 healthy; maximumPercent 200: never more than 6 tasks.
    for (const row of timeline.rows) {
      expect(row.healthy).toBeGreaterThanOrEqual(3);
      expect(row.total).toBeLessThanOrEqual(6);
    }
  });
});
