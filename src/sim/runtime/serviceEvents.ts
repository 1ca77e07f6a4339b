/**
 * Service event messages (reference §2.2, E1–E17) and the rules for recording them: newest first, at most
 * `maxServiceEvents` kept, batches of the same kind in the same millisecond merged into one message
 * (ECS reports one E2 per launch batch), condition messages suppressed while the condition persists.
 */
import { uuid } from './rng.ts';
import type { ServiceRecord, SimState } from './state.ts';

const taskList = (ids: readonly string[]) => ids.map((id) => `(task ${id})`).join(' ');

/** The exact message texts. */
export const serviceMessages = {
  E1: (svc: string) => `(service ${svc}) has reached a steady state.`,
  E2: (svc: string, ids: readonly string[]) => `(service ${svc}) has started ${ids.length} tasks: ${taskList(ids)}.`,
  E2b: (svc: string, ids: readonly string[], replaced: number) =>
    `(service ${svc}) has started ${ids.length} tasks: ${taskList(ids)}. Amazon ECS replaced ${replaced} tasks due to an unhealthy status.`,
  E3: (svc: string, ids: readonly string[]) => `(service ${svc}) has stopped ${ids.length} running tasks: ${taskList(ids)}.`,
  E4: (svc: string, id: string) => `(service ${svc}) (task ${id}) failed container health checks.`,
  E5: (svc: string, id: string, port: number, tg: string, reason: string) =>
    `(service ${svc}) (task ${id}) (port ${port}) is unhealthy in (target-group ${tg}) due to (reason ${reason}).`,
  E6: (svc: string, n: number, tg: string) => `(service ${svc}) registered ${n} targets in (target-group ${tg})`,
  E7: (svc: string, n: number, tg: string) => `(service ${svc}) deregistered ${n} targets in (target-group ${tg})`,
  E8: (svc: string, deploymentId: string, n: number) =>
    `(service ${svc}, taskSet ${deploymentId}) has begun draining connections on ${n} tasks.`,
  E9: (svc: string, deploymentId: string) => `(service ${svc}) (deployment ${deploymentId}) deployment completed.`,
  E10: (svc: string, deploymentId: string) =>
    `(service ${svc}) (deployment ${deploymentId}) deployment failed: tasks failed to start.`,
  E11: (svc: string, deploymentId: string) => `(service ${svc}) rolling back to deployment ${deploymentId}.`,
  E12: (svc: string) => `(service ${svc}) is unable to consistently start tasks successfully.`,
  E13: (svc: string, reason: string) => `(service ${svc}) was unable to place a task. Reason: ${reason}`,
  E14: (svc: string) =>
    `(service ${svc}) was unable to stop or start tasks during a deployment because of the service deployment configuration. Update the minimumHealthyPercent or maximumPercent value and try again.`,
  E16: (svc: string, roleArn: string) =>
    `(service ${svc}) failed to launch a task with (error ECS was unable to assume the role '${roleArn}' that was provided for this task. Please verify that the role being passed has the proper trust relationship and permissions and that your IAM user has permissions to pass this role.)`,
  E18: (svc: string) =>
    `(service ${svc}) was unable to place a task because no container instance met all of its requirements. Reason: No Container Instances were found in your cluster.`,
} as const;

/** Most task ids one E2/E3 message lists [I]. */
export const TASKS_PER_MESSAGE = 10;

function push(state: SimState, service: ServiceRecord, record: ServiceRecord['events'][number]): void {
  service.events.unshift(record);
  if (service.events.length > state.settings.maxServiceEvents) service.events.length = state.settings.maxServiceEvents;
}

/**
 * Records a one-off event (E1, E4, E5, E9, E10, E11). E1 is skipped while the newest event is an E1 younger
 * than the suppression window, so a steady service repeats it every 6 hours (as CLI examples show).
 */
export function recordEvent(state: SimState, service: ServiceRecord, code: string, message: string): void {
  const newest = service.events[0];
  if (code === 'E1' && newest?.code === 'E1' && state.now - newest.createdAt < state.settings.eventSuppressionMs) return;
  push(state, service, { id: uuid(state), createdAt: state.now, message, code });
}

/**
 * Records a condition event (E12, E13, E14, E16): suppressed while the same text was emitted within the
 * suppression window and the condition has not been resolved (see `resolveConditions`).
 */
export function recordCondition(state: SimState, service: ServiceRecord, code: string, message: string): void {
  const last = service.suppressed[message];
  if (last !== undefined && state.now - last < state.settings.eventSuppressionMs) return;
  service.suppressed[message] = state.now;
  push(state, service, { id: uuid(state), createdAt: state.now, message, code });
}

/** Forgets suppressed conditions (steady state reached or a new deployment started). */
export function resolveConditions(service: ServiceRecord): void {
  service.suppressed = {};
}

/** Records E2/E3 for one task, merged with a same-millisecond batch of the same kind. */
export function recordTaskBatch(
  state: SimState,
  service: ServiceRecord,
  code: 'E2' | 'E2b' | 'E3',
  taskId: string,
  replacedUnhealthy = 0,
): void {
  // ECS reports large launches in several messages; we cap a batch at this many tasks [I].
  const newest = service.events.find((e) => e.createdAt === state.now && e.code === code && e.taskIds);
  if (newest?.taskIds && newest.taskIds.length < TASKS_PER_MESSAGE) {
    newest.taskIds.push(taskId);
    newest.count = (newest.count ?? 0) + replacedUnhealthy;
    newest.message = batchMessage(service.name, code, newest.taskIds, newest.count);
    return;
  }
  push(state, service, {
    id: uuid(state),
    createdAt: state.now,
    code,
    taskIds: [taskId],
    count: replacedUnhealthy,
    message: batchMessage(service.name, code, [taskId], replacedUnhealthy),
  });
}

function batchMessage(svc: string, code: 'E2' | 'E2b' | 'E3', ids: string[], replaced: number): string {
  if (code === 'E3') return serviceMessages.E3(svc, ids);
  if (code === 'E2b') return serviceMessages.E2b(svc, ids, replaced);
  return serviceMessages.E2(svc, ids);
}

/** Records E6/E7/E8 counting targets, merged with a same-millisecond event of the same kind and target. */
export function recordTargetBatch(
  state: SimState,
  service: ServiceRecord,
  code: 'E6' | 'E7' | 'E8',
  subject: string,
): void {
  const newest = service.events.find((e) => e.createdAt === state.now && e.code === code && e.taskIds?.[0] === subject);
  const make = (n: number) =>
    code === 'E6'
      ? serviceMessages.E6(service.name, n, subject)
      : code === 'E7'
        ? serviceMessages.E7(service.name, n, subject)
        : serviceMessages.E8(service.name, subject, n);
  if (newest) {
    newest.count = (newest.count ?? 1) + 1;
    newest.message = make(newest.count);
    return;
  }
  push(state, service, { id: uuid(state), createdAt: state.now, code, taskIds: [subject], count: 1, message: make(1) });
}
