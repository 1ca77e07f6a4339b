/**
 * Every injectable fault, on the chapter's service, shows what AWS shows (reference §1.3, §2.2, §6.1): the
 * stopped task's stopCode / stoppedReason (and container fields) from describe-tasks, and the service events
 * from describe-services.
 */
import { describe, expect, it } from 'vitest';
import type { FaultKind } from '../../../src/sim/contract.ts';
import { FAULT_DESCRIPTIONS } from '../../../src/sim/runtime/faults.ts';
import { chapterSimulation, describeService, messagesOldestFirst, tasksOf, TG_ARN } from './chapterCommands.ts';

interface Symptom {
  kind: FaultKind;
  options?: Record<string, string>;
  /** Faults that act before RUNNING need new tasks: the case forces a new deployment after injecting. */
  needsNewTasks: boolean;
  /** undefined: no task is ever created. */
  stopped?: { stopCode: string; stoppedReason: RegExp; exitCode?: number | null; containerReason?: string | null };
  events: RegExp[];
  absentEvents?: RegExp[];
}

const ID = '[0-9a-f]{32}';
const TG = TG_ARN.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const E2 = new RegExp(`^\\(service user-service\\) has started 1 tasks: \\(task ${ID}\\)\\.$`);
const E3 = /^\(service user-service\) has stopped \d+ running tasks: /;
const E12 = /^\(service user-service\) is unable to consistently start tasks successfully\.$/;
const E13 = (reason: string) => new RegExp(`^\\(service user-service\\) was unable to place a task\\. Reason: ${reason}`);

const SYMPTOMS: Symptom[] = [
  {
    kind: 'image-not-found',
    needsNewTasks: true,
    stopped: {
      stopCode: 'TaskFailedToStart',
      stoppedReason: /^CannotPullContainerError: pull image manifest has been retried 1 time\(s\): failed to resolve ref .*user-service:v1\.2\.3: .*: not found$/,
    },
    events: [E2, E13('CannotPullContainerError: '), E12],
  },
  {
    kind: 'no-route-to-ecr',
    needsNewTasks: true,
    stopped: {
      stopCode: 'TaskFailedToStart',
      stoppedReason: /^ResourceInitializationError: unable to pull secrets or registry auth: execution resource retrieval failed: unable to retrieve ecr registry auth: .*i\/o timeout\. Please check your task network configuration\.$/,
    },
    events: [E2, E13('ResourceInitializationError: unable to pull secrets or registry auth: '), E12],
  },
  {
    kind: 'secret-access-denied',
    needsNewTasks: true,
    stopped: {
      stopCode: 'TaskFailedToStart',
      stoppedReason: new RegExp(
        `^ResourceInitializationError: unable to pull secrets or registry auth: execution resource retrieval failed: unable to retrieve secret from asm: service call has been retried 1 time\\(s\\): AccessDeniedException: User: arn:aws:sts::123456789012:assumed-role/ecsTaskExecutionRole/${ID} is not authorized to perform: secretsmanager:GetSecretValue on resource: `,
      ),
    },
    // The event carries the reason without the request's `status code: …, request id: …` tail.
    events: [E2, E13('ResourceInitializationError: .*AccessDeniedException: .*secretsmanager:GetSecretValue on resource: [^ ]+( because no identity-based policy allows the secretsmanager:GetSecretValue action)?$'), E12],
  },
  {
    kind: 'health-check-failing',
    options: { check: 'container' },
    needsNewTasks: false,
    stopped: { stopCode: 'ServiceSchedulerInitiated', stoppedReason: /^Task failed container health checks$/, exitCode: 143 },
    events: [
      new RegExp(`^\\(service user-service\\) \\(task ${ID}\\) failed container health checks\\.$`),
      E3,
      /^\(service user-service\) has started 1 tasks: .*\. Amazon ECS replaced 1 tasks due to an unhealthy status\.$/,
    ],
  },
  {
    kind: 'health-check-failing',
    options: { check: 'elb' },
    needsNewTasks: false,
    stopped: { stopCode: 'ServiceSchedulerInitiated', stoppedReason: new RegExp(`^Task failed ELB health checks in \\(target-group ${TG}\\)$`) },
    events: [
      new RegExp(`^\\(service user-service\\) \\(task ${ID}\\) \\(port 3000\\) is unhealthy in \\(target-group ${TG}\\) due to \\(reason Request timed out\\)\\.$`),
      E3,
      /Amazon ECS replaced 1 tasks due to an unhealthy status\.$/,
    ],
  },
  {
    kind: 'container-exit',
    needsNewTasks: false,
    stopped: { stopCode: 'EssentialContainerExited', stoppedReason: /^Essential container in task exited$/, exitCode: 1, containerReason: null },
    events: [E2],
    absentEvents: [E3, E12], // ECS did not stop it, and a task that reached RUNNING does not throttle
  },
  {
    kind: 'out-of-memory',
    needsNewTasks: false,
    stopped: {
      stopCode: 'EssentialContainerExited',
      stoppedReason: /^Essential container in task exited$/,
      exitCode: 137,
      containerReason: 'OutOfMemoryError: Container killed due to memory usage',
    },
    events: [E2],
    absentEvents: [E3, E12],
  },
  {
    kind: 'subnet-ip-exhausted',
    needsNewTasks: true,
    stopped: { stopCode: 'TaskFailedToStart', stoppedReason: /InsufficientFreeAddressesInSubnet/ },
    events: [E2, E13('.*InsufficientFreeAddressesInSubnet')],
  },
  {
    kind: 'capacity-unavailable',
    needsNewTasks: true,
    events: [E13('Capacity is unavailable at this time\\. Please try again later or in a different availability zone$')],
    absentEvents: [E2],
  },
];

describe('every fault shows its AWS-visible symptom on a service', () => {
  it('the table covers every FaultKind', () => {
    expect(new Set(SYMPTOMS.map((s) => s.kind))).toEqual(new Set(Object.keys(FAULT_DESCRIPTIONS)));
  });

  for (const symptom of SYMPTOMS) {
    const label = `${symptom.kind}${symptom.options ? ` (${Object.entries(symptom.options).map(([k, v]) => `${k}=${v}`).join(' ')})` : ''}`;
    it(`${label}: ${symptom.stopped ? `${symptom.stopped.stopCode} and` : 'no task,'} ${symptom.events.length} service event kinds`, () => {
      const sim = chapterSimulation({}, { desiredCount: 1 });
      expect(sim.waitSteady('production', 'user-service', 600_000).reached).toBe(true);
      const before = messagesOldestFirst(sim).length;
      const healthyTask = tasksOf(sim, 'RUNNING', 'user-service')[0]!.taskArn;
      sim.injectFault(symptom.kind, { service: 'user-service', ...symptom.options });
      if (symptom.needsNewTasks) sim.call('ecs', 'UpdateService', { cluster: 'production', service: 'user-service', forceNewDeployment: true });
      sim.advance(15 * 60_000);

      const stopped = tasksOf(sim, 'STOPPED', 'user-service');
      if (symptom.stopped) {
        const failed = stopped.filter((t) => t.stopCode === symptom.stopped!.stopCode);
        expect(failed.length).toBeGreaterThan(0);
        const t = failed[0]!;
        expect(t.stoppedReason).toMatch(symptom.stopped.stoppedReason);
        if (symptom.stopped.exitCode !== undefined) expect(t.containers[0]!.exitCode ?? null).toBe(symptom.stopped.exitCode);
        if (symptom.stopped.containerReason !== undefined) expect(t.containers[0]!.reason ?? null).toBe(symptom.stopped.containerReason);
        if (symptom.stopped.stopCode === 'TaskFailedToStart') expect(t.startedAt).toBeUndefined();
      } else {
        // No task was created: only the task the service had before (stopped by nobody) exists.
        expect(stopped).toEqual([]);
        expect(tasksOf(sim, 'RUNNING', 'user-service').map((t) => t.taskArn)).toEqual([healthyTask]);
      }

      const events = messagesOldestFirst(sim).slice(before);
      for (const pattern of symptom.events) expect(events.some((m) => pattern.test(m)), `event ${pattern}`).toBe(true);
      for (const pattern of symptom.absentEvents ?? []) expect(events.some((m) => pattern.test(m)), `no event ${pattern}`).toBe(false);

      // Once the fault is cleared the service recovers.
      sim.clearFault();
      expect(sim.waitSteady('production', 'user-service', 3_600_000).reached).toBe(true);
      expect(describeService(sim)).toMatchObject({ desiredCount: 1, runningCount: 1 });
    });
  }
});
