/** ExecuteCommand (ECS Exec) with its prerequisites and AWS's errors (reference §4.2). */
import type { Engine } from '../runtime/engineContext.ts';
import { EXEC_PERMISSIONS, findRole, roleAllows } from '../runtime/iam.ts';
import { hex } from '../runtime/rng.ts';
import { requireCluster } from './clusterOperations.ts';
import { ecsErrors } from './ecsErrors.ts';
import { bool, clusterArn, str } from './inputs.ts';
import { findTask } from './taskOperations.ts';

/** Opens a session; `execShell(session.sessionId, line)` then runs commands in it. */
export function executeCommand(engine: Engine, input: Record<string, unknown>): unknown {
  const { state } = engine;
  const cluster = requireCluster(state, str(input, 'cluster'));
  const ref = str(input, 'task');
  if (!ref) throw ecsErrors.missingParameter('task');
  if (!str(input, 'command')) throw ecsErrors.missingParameter('command');
  if (bool(input, 'interactive') !== true) throw ecsErrors.execInteractiveOnly();
  const task = findTask(engine, cluster.name, ref);
  if (!task) throw ecsErrors.taskNotFound();
  const name = str(input, 'container');
  if (!name && task.containers.length > 1) throw ecsErrors.execContainerRequired();
  const container = name ? task.containers.find((c) => c.name === name) : task.containers[0];
  if (!container) throw ecsErrors.execContainerNotFound(name ?? '');
  if (!task.enableExecuteCommand || task.lastStatus !== 'RUNNING' || container.lastStatus !== 'RUNNING') {
    throw ecsErrors.execNotEnabled();
  }
  const td = engine.lookup(task.taskDefinitionArn);
  const role = findRole(state, td?.taskRoleArn);
  const def = td?.containerDefinitions.find((c) => c.name === container.name);
  if (!EXEC_PERMISSIONS.every((action) => roleAllows(role, action, '*')) || def?.readonlyRootFilesystem === true) {
    throw ecsErrors.execNotConnected();
  }
  const sessionId = `ecs-execute-command-${hex(state, 17)}`;
  state.execSessions[sessionId] = { id: sessionId, taskId: task.id, container: container.name, openedAt: state.now, closed: false, cwd: '/app', lastActivityAt: state.now };
  return {
    clusterArn: clusterArn(state, cluster.name),
    containerArn: container.arn,
    containerName: container.name,
    interactive: true,
    session: {
      sessionId,
      streamUrl: `wss://ssmmessages.${state.account.region}.amazonaws.com/v1/data-channel/${sessionId}?role=publish_subscribe&cell-number=${hex(state, 8)}`,
      tokenValue: `AAEAA${hex(state, 60)}`,
    },
    taskArn: task.arn,
  };
}
