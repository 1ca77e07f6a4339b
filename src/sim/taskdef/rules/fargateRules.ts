/**
 * Rules that apply when `requiresCompatibilities` includes FARGATE (ecs-behaviour.md §3.2, §3.3): awsvpc only,
 * task-level cpu/memory from the size table, execution role for awslogs and private ECR, supported log drivers,
 * and the features Fargate does not offer.
 */
import { DOCS, diagnostic, type Diagnostic, type JsonPath } from '../diagnostic.ts';
import { FARGATE_CPU_VALUES, FARGATE_TASK_CPU, FARGATE_WINDOWS_CPU, isValidFargateSize } from '../fargateSizing.ts';
import { enumAt } from '../apiShape.ts';
import { isPrivateEcrImage } from '../imageReference.ts';
import { getArray, getNumber, getObject, getString, has } from '../jsonAccess.ts';
import { containerPath, type Rule } from './ruleContext.ts';

const CLIENT = 'ClientException';
const FARGATE_LOG_DRIVERS = ['awslogs', 'splunk', 'awsfirelens'];
const FARGATE_MAX_STOP_TIMEOUT = 120;

/** `fargate-network-mode`, `fargate-cpu-required`, `fargate-memory-required`, `fargate-invalid-cpu-memory`. */
export const fargateTaskRule: Rule = (ctx, out) => {
  if (!ctx.fargate) return;
  if (ctx.networkMode !== 'awsvpc') {
    out.push(
      diagnostic('error', 'fargate-network-mode', ['networkMode'], 'Fargate only supports network mode ‘awsvpc’.', DOCS.networkMode, CLIENT),
    );
  }
  if (!has(ctx.doc, 'cpu')) {
    out.push(
      diagnostic('error', 'fargate-cpu-required', ['cpu'], "Fargate requires that 'cpu' be defined at the task level.", DOCS.cpuMemory, CLIENT),
    );
  }
  if (!has(ctx.doc, 'memory')) {
    out.push(
      diagnostic('error', 'fargate-memory-required', ['memory'], "Fargate requires that 'memory' be defined at the task level.", DOCS.cpuMemory, CLIENT),
    );
  }
  const { taskCpu, taskMemory } = ctx;
  if (taskCpu === undefined || taskMemory === undefined || isValidFargateSize(taskCpu, taskMemory)) return;
  // A cpu outside Fargate's range is already reported as task-cpu-invalid.
  if (taskCpu < FARGATE_TASK_CPU.min || taskCpu > FARGATE_TASK_CPU.max) return;
  // Point at the value to change: the cpu when Fargate has no such cpu at all, otherwise the memory.
  reportInvalidPair(taskCpu, taskMemory, FARGATE_CPU_VALUES.includes(taskCpu) ? ['memory'] : ['cpu'], out);
};

/** `fargate-invalid-cpu-memory` (Windows): Windows tasks on Fargate need 1–4 vCPU (§3.2). */
export const fargateWindowsSizeRule: Rule = (ctx, out) => {
  const os = getString(getObject(ctx.doc, 'runtimePlatform') ?? {}, 'operatingSystemFamily') ?? '';
  const { taskCpu, taskMemory } = ctx;
  if (!ctx.fargate || !os.startsWith('WINDOWS_') || taskCpu === undefined || taskMemory === undefined) return;
  if (!isValidFargateSize(taskCpu, taskMemory)) return; // reported by fargateTaskRule
  if (taskCpu < FARGATE_WINDOWS_CPU.min || taskCpu > FARGATE_WINDOWS_CPU.max) reportInvalidPair(taskCpu, taskMemory, ['cpu'], out);
};

function reportInvalidPair(taskCpu: number, taskMemory: number, path: JsonPath, out: Diagnostic[]): void {
  out.push(
    diagnostic(
      'error',
      'fargate-invalid-cpu-memory',
      path,
      `No Fargate configuration exists for given values: ${taskCpu} CPU, ${taskMemory} memory. See the Amazon ECS documentation for the valid values.`,
      DOCS.cpuMemory,
      CLIENT,
    ),
  );
}

/** `fargate-placement-constraints-unsupported`, `fargate-pid-mode`, `fargate-ipc-mode-unsupported`. */
export const fargateTaskFeaturesRule: Rule = (ctx, out) => {
  if (!ctx.fargate) return;
  const constraints = getArray(ctx.doc, 'placementConstraints');
  if (constraints !== undefined && constraints.length > 0) {
    out.push(
      diagnostic(
        'error',
        'fargate-placement-constraints-unsupported',
        ['placementConstraints'],
        'Task definition placement constraints are not supported for tasks using the Fargate launch type.',
        DOCS.anatomy,
        CLIENT,
      ),
    );
  }
  if (has(ctx.doc, 'ipcMode')) {
    out.push(
      diagnostic(
        'error',
        'fargate-ipc-mode-unsupported',
        ['ipcMode'],
        'ipcMode is not supported for tasks using the Fargate launch type.',
        DOCS.anatomy,
        CLIENT,
      ),
    );
  }
  const pidMode = getString(ctx.doc, 'pidMode');
  if (pidMode !== undefined && pidMode !== 'task') {
    out.push(
      diagnostic(
        'error',
        'fargate-pid-mode',
        ['pidMode'],
        `Tasks using the Fargate launch type do not support pidMode '${pidMode}'. The supported value for pidMode is 'task'.`,
        DOCS.anatomy,
        CLIENT,
      ),
    );
  }
};

/**
 * Per-container Fargate rules: `fargate-execution-role-awslogs`, `fargate-execution-role-ecr`,
 * `fargate-log-driver-unsupported`, `fargate-privileged-unsupported`,
 * `fargate-docker-security-options-unsupported`, `fargate-shared-memory-unsupported`, `fargate-stop-timeout-too-large`.
 */
export const fargateContainerRule: Rule = (ctx, out) => {
  if (!ctx.fargate) return;
  for (const c of ctx.containers) {
    const base = containerPath(c);
    const image = getString(c.def, 'image');
    if (image !== undefined && !ctx.hasExecutionRole && isPrivateEcrImage(image)) {
      out.push(
        diagnostic(
          'error',
          'fargate-execution-role-ecr',
          [...base, 'image'],
          'Fargate requires task definition to have execution role ARN to support ECR images.',
          DOCS.roles,
          CLIENT,
        ),
      );
    }
    if (c.def['privileged'] === true) {
      out.push(
        diagnostic(
          'error',
          'fargate-privileged-unsupported',
          [...base, 'privileged'],
          'Privileged containers are not supported for tasks using the Fargate launch type.',
          DOCS.anatomy,
          CLIENT,
        ),
      );
    }
    const securityOptions = getArray(c.def, 'dockerSecurityOptions');
    if (securityOptions !== undefined && securityOptions.length > 0) {
      out.push(
        diagnostic(
          'error',
          'fargate-docker-security-options-unsupported',
          [...base, 'dockerSecurityOptions'],
          'dockerSecurityOptions are not supported for tasks using the Fargate launch type.',
          DOCS.anatomy,
          CLIENT,
        ),
      );
    }
    const linux = getObject(c.def, 'linuxParameters');
    if (linux !== undefined && has(linux, 'sharedMemorySize')) {
      out.push(
        diagnostic(
          'error',
          'fargate-shared-memory-unsupported',
          [...base, 'linuxParameters', 'sharedMemorySize'],
          'sharedMemorySize is not supported for tasks using the Fargate launch type.',
          DOCS.anatomy,
          CLIENT,
        ),
      );
    }
    const stopTimeout = getNumber(c.def, 'stopTimeout');
    if (stopTimeout !== undefined && stopTimeout > FARGATE_MAX_STOP_TIMEOUT) {
      out.push(
        diagnostic(
          'error',
          'fargate-stop-timeout-too-large',
          [...base, 'stopTimeout'],
          `Invalid 'stopTimeout' setting for container '${c.name}'. The maximum stop timeout for tasks using the Fargate launch type is 120 seconds.`,
          DOCS.anatomy,
          CLIENT,
        ),
      );
    }
    const log = getObject(c.def, 'logConfiguration');
    const driver = log === undefined ? undefined : getString(log, 'logDriver');
    if (driver === undefined) continue;
    const driverPath = [...base, 'logConfiguration', 'logDriver'];
    if (driver === 'awslogs' && !ctx.hasExecutionRole) {
      out.push(
        diagnostic(
          'error',
          'fargate-execution-role-awslogs',
          driverPath,
          'Fargate requires task definition to have execution role ARN to support log driver awslogs.',
          DOCS.roles,
          CLIENT,
        ),
      );
    }
    // An unknown driver name is reported once, by the enum rule.
    if (enumAt('containerDefinitions[].logConfiguration.logDriver').includes(driver) && !FARGATE_LOG_DRIVERS.includes(driver)) {
      out.push(
        diagnostic(
          'error',
          'fargate-log-driver-unsupported',
          driverPath,
          `Log driver ${driver} is not supported for tasks using the Fargate launch type. Supported log drivers are awslogs, splunk, and awsfirelens.`,
          DOCS.logging,
          CLIENT,
        ),
      );
    }
  }
};
