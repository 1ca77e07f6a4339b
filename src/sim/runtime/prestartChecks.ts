/**
 * What Fargate checks while a task is PENDING, in its order: network path and registry auth, secrets,
 * log set-up, image pull (reference §1.3, §6.1 A5–A7). Returns the failure to report, or undefined.
 * Messages follow the observed AWS forms; tails marked [I] are modelled where AWS's exact text varies.
 */
import { launchBlockers, type Diagnostic } from '../taskdef/index.ts';
import { findFault } from './faults.ts';
import { findRole, roleAllows } from './iam.ts';
import { uuid } from './rng.ts';
import type { SimState, TaskRecord } from './state.ts';
import type { TaskDefinitionView } from './taskDefinitionView.ts';

/** A pre-start failure. */
export interface StartFailure {
  /** The task's stoppedReason. */
  reason: string;
  /** The container-level reason (pull errors are reported on the container too). */
  containerReason?: string;
  container?: string;
  /** When it surfaces, relative to the pull start (ms). */
  afterMs: number;
  /** The pull had started (pullStartedAt is set) when it failed. */
  pullStarted: boolean;
}

const PREFIX = 'ResourceInitializationError: unable to pull secrets or registry auth: execution resource retrieval failed:';

function privateEcr(state: SimState, image: string): { repo: string; tag: string } | undefined {
  const host = `${state.account.accountId}.dkr.ecr.${state.account.region}.amazonaws.com/`;
  if (!image.startsWith(host)) return undefined;
  const rest = image.slice(host.length);
  const at = rest.indexOf('@');
  if (at >= 0) return { repo: rest.slice(0, at), tag: rest.slice(at + 1) };
  const colon = rest.lastIndexOf(':');
  return colon >= 0 ? { repo: rest.slice(0, colon), tag: rest.slice(colon + 1) } : { repo: rest, tag: 'latest' };
}

function assumed(state: SimState, roleArn: string, taskId: string): string {
  const name = roleArn.split('/').pop() ?? roleArn;
  return `arn:aws:sts::${state.account.accountId}:assumed-role/${name}/${taskId}`;
}

/** The Secrets Manager secret a `valueFrom` names (with or without the 6-char suffix, JSON key, stage, version). */
export function findSecret(state: SimState, valueFrom: string) {
  const base = valueFrom.split(':').slice(0, 7).join(':');
  return state.resources.secrets.find((s) => base === s.arn || (base.startsWith(`${s.arn}-`) && base.length === s.arn.length + 7));
}

/** The SSM parameter a `valueFrom` names (full ARN or, in the same region, the name). */
export function findParameter(state: SimState, valueFrom: string) {
  return state.resources.parameters.find(
    (p) => p.arn === valueFrom || p.name === valueFrom || p.name === `/${valueFrom}`,
  );
}

// Registered revisions never change, so their launch blockers are computed once per stored object.
const blockersCache = new WeakMap<object, Diagnostic[]>();

function blockersOf(td: TaskDefinitionView): Diagnostic[] {
  let found = blockersCache.get(td);
  if (!found) {
    found = launchBlockers(td);
    blockersCache.set(td, found);
  }
  return found;
}

/**
 * Problems the task-definition validator knows AWS accepts at registration but that stop the task at launch.
 * [I] the wording after each AWS prefix is the validator's explanation.
 */
function blockerFailure(state: SimState, td: TaskDefinitionView): StartFailure | undefined {
  const blocker = blockersOf(td)[0];
  if (!blocker) return undefined;
  const index = typeof blocker.path[1] === 'number' ? blocker.path[1] : 0;
  const container = td.containerDefinitions[index];
  const afterMs = state.settings.pullFailureMs;
  if (blocker.code === 'image-reference-invalid') {
    const text = `CannotPullContainerError: pull image manifest has been retried 1 time(s): failed to resolve ref ${container?.image ?? ''}: invalid reference format`;
    return { reason: text, containerReason: text, ...(container ? { container: container.name } : {}), afterMs, pullStarted: true };
  }
  if (blocker.code.startsWith('awslogs-')) {
    return { reason: `ResourceInitializationError: failed to validate logger args: ${blocker.message} : exit status 1`, afterMs, pullStarted: false };
  }
  if (blocker.code.startsWith('execution-role-') || blocker.code.startsWith('secret-')) {
    return { reason: `${PREFIX} ${blocker.message}`, afterMs, pullStarted: false };
  }
  return { reason: `CannotStartContainerError: ${blocker.message}`, afterMs, pullStarted: false };
}

/** Runs the checks for `task` of task definition `td`. */
export function checkTaskStart(state: SimState, task: TaskRecord, td: TaskDefinitionView): StartFailure | undefined {
  const blocked = blockerFailure(state, td);
  if (blocked) return blocked;
  const { settings } = state;
  const subnet = state.resources.subnets.find((s) => s.id === task.subnetId);
  const publicPath = !!subnet?.public && task.assignPublicIp === 'ENABLED';
  const reachesAws = (!!subnet?.routeToAwsServices || publicPath) &&
    !findFault(state, 'no-route-to-ecr', { cluster: task.cluster, service: task.serviceKey?.split('/')[1], subnet: task.subnetId });
  const reachesInternet = !!subnet?.routeToInternet || publicPath;
  const execRoleArn = td.executionRoleArn;
  const execRole = findRole(state, execRoleArn);
  const usesEcr = td.containerDefinitions.some((c) => privateEcr(state, c.image));
  const secrets = td.containerDefinitions.flatMap((c) => c.secrets ?? []);
  const subject = { cluster: task.cluster, service: task.serviceKey?.split('/')[1], subnet: task.subnetId };

  // 1. Network path to ECR / Secrets Manager (the well-known PV 1.4 "i/o timeout" failure). [I] endpoint IP.
  if ((usesEcr || secrets.length > 0) && !reachesAws) {
    const what = usesEcr
      ? `unable to retrieve ecr registry auth: service call has been retried 3 time(s): RequestError: send request failed caused by: Post "https://api.ecr.${state.account.region}.amazonaws.com/": dial tcp 52.46.146.144:443: i/o timeout`
      : `unable to retrieve secret from asm: service call has been retried 3 time(s): RequestError: send request failed caused by: Post "https://secretsmanager.${state.account.region}.amazonaws.com/": dial tcp 52.46.145.233:443: i/o timeout`;
    return { reason: `${PREFIX} ${what}. Please check your task network configuration.`, afterMs: settings.networkTimeoutMs, pullStarted: false };
  }
  // Registry auth needs the execution role's ECR permissions.
  if (usesEcr && execRoleArn && !roleAllows(execRole, 'ecr:GetAuthorizationToken', '*')) {
    return {
      reason: `${PREFIX} unable to retrieve ecr registry auth: service call has been retried 3 time(s): AccessDeniedException: User: ${assumed(state, execRoleArn, task.id)} is not authorized to perform: ecr:GetAuthorizationToken on resource: * because no identity-based policy allows the ecr:GetAuthorizationToken action`,
      afterMs: settings.pullFailureMs,
      pullStarted: false,
    };
  }

  // 2. Secrets, fetched with the execution role.
  for (const secret of secrets) {
    const isSsm = secret.valueFrom.startsWith('arn:aws:ssm:') || !secret.valueFrom.startsWith('arn:');
    const requestId = uuid(state);
    if (!execRoleArn) {
      // [I] AWS's exact text for secrets without an execution role is unconfirmed (reference §3.3).
      return {
        reason: `${PREFIX} unable to retrieve secret from ${isSsm ? 'ssm' : 'asm'}: no execution role ARN is set on the task definition`,
        afterMs: settings.pullFailureMs,
        pullStarted: false,
      };
    }
    if (isSsm) {
      const parameter = findParameter(state, secret.valueFrom);
      const arn = parameter?.arn ?? secret.valueFrom;
      if (!parameter) {
        return {
          reason: `${PREFIX} unable to retrieve secrets from ssm: service call has been retried 1 time(s): invalid ssm parameters: ${secret.valueFrom}`,
          afterMs: settings.pullFailureMs,
          pullStarted: false,
        };
      }
      if (!roleAllows(execRole, 'ssm:GetParameters', arn) || findFault(state, 'secret-access-denied', { ...subject, secret: arn, role: execRoleArn })) {
        return {
          reason: `${PREFIX} unable to retrieve secrets from ssm: service call has been retried 1 time(s): AccessDeniedException: User: ${assumed(state, execRoleArn, task.id)} is not authorized to perform: ssm:GetParameters on resource: ${arn} because no identity-based policy allows the ssm:GetParameters action status code: 400, request id: ${requestId}`,
          afterMs: settings.pullFailureMs,
          pullStarted: false,
        };
      }
    } else {
      const found = findSecret(state, secret.valueFrom);
      const arn = secret.valueFrom.split(':').slice(0, 7).join(':');
      if (!found) {
        return {
          reason: `${PREFIX} unable to retrieve secret from asm: service call has been retried 1 time(s): ResourceNotFoundException: Secrets Manager can't find the specified secret. status code: 400, request id: ${requestId}`,
          afterMs: settings.pullFailureMs,
          pullStarted: false,
        };
      }
      if (
        !roleAllows(execRole, 'secretsmanager:GetSecretValue', arn) ||
        findFault(state, 'secret-access-denied', { ...subject, secret: arn, role: execRoleArn })
      ) {
        return {
          reason: `${PREFIX} unable to retrieve secret from asm: service call has been retried 1 time(s): AccessDeniedException: User: ${assumed(state, execRoleArn, task.id)} is not authorized to perform: secretsmanager:GetSecretValue on resource: ${arn} because no identity-based policy allows the secretsmanager:GetSecretValue action status code: 400, request id: ${requestId}`,
          afterMs: settings.pullFailureMs,
          pullStarted: false,
        };
      }
    }
  }

  // 3. Log driver set-up (awslogs).
  for (const c of td.containerDefinitions) {
    const log = c.logConfiguration;
    if (log?.logDriver !== 'awslogs') continue;
    const group = log.options?.['awslogs-group'] ?? '';
    const exists = state.resources.logGroups.some((g) => g.name === group);
    const create = log.options?.['awslogs-create-group'] === 'true';
    if (!exists && !create) {
      return {
        reason:
          'ResourceInitializationError: failed to validate logger args: create stream has been retried 1 times: failed to create Cloudwatch log stream: ResourceNotFoundException: The specified log group does not exist. : exit status 1',
        afterMs: settings.pullFailureMs,
        pullStarted: false,
      };
    }
    if (execRoleArn && !roleAllows(execRole, 'logs:CreateLogStream', `arn:aws:logs:${state.account.region}:${state.account.accountId}:log-group:${group}:*`)) {
      return {
        reason: `ResourceInitializationError: failed to validate logger args: create stream has been retried 1 times: failed to create Cloudwatch log stream: AccessDeniedException: User: ${assumed(state, execRoleArn, task.id)} is not authorized to perform: logs:CreateLogStream on resource: arn:aws:logs:${state.account.region}:${state.account.accountId}:log-group:${group}:log-stream:${log.options?.['awslogs-stream-prefix'] ?? 'ecs'}/${c.name}/${task.id} because no identity-based policy allows the logs:CreateLogStream action : exit status 1`,
        afterMs: settings.pullFailureMs,
        pullStarted: false,
      };
    }
  }

  // 4. Image pulls.
  for (const c of td.containerDefinitions) {
    const ecr = privateEcr(state, c.image);
    const faulted = findFault(state, 'image-not-found', { ...subject, image: c.image });
    if (ecr || faulted) {
      const repo = ecr ? state.resources.repositories.find((r) => r.name === ecr.repo) : undefined;
      if (ecr && !repo) {
        const text = `CannotPullContainerError: pull image manifest has been retried 1 time(s): failed to resolve ref ${c.image}: pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed`;
        return { reason: text, containerReason: text, container: c.name, afterMs: settings.pullFailureMs, pullStarted: true };
      }
      const tagKnown = ecr ? ecr.tag.startsWith('sha256:') || !!repo?.tags.includes(ecr.tag) : true;
      if (!tagKnown || faulted) {
        const text = `CannotPullContainerError: pull image manifest has been retried 1 time(s): failed to resolve ref ${c.image}: ${c.image}: not found`;
        return { reason: text, containerReason: text, container: c.name, afterMs: settings.pullFailureMs, pullStarted: true };
      }
    } else if (!reachesInternet) {
      // [I] modelled on the observed "failed to do request … i/o timeout" pull errors for public registries.
      const text = `CannotPullContainerError: pull image manifest has been retried 1 time(s): failed to resolve ref ${c.image}: failed to do request: dial tcp 54.236.113.205:443: i/o timeout`;
      return { reason: text, containerReason: text, container: c.name, afterMs: settings.networkTimeoutMs, pullStarted: true };
    }
  }
  return undefined;
}
