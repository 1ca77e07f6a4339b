/**
 * Injectable faults (`sim fault <kind> [key=value …]`). Each is matched against what the engine is about to
 * do, and shows up exactly where AWS shows it. Options narrow a fault: `cluster`, `service`, `image`
 * (substring of the image URI), `subnet`, `secret` (ARN or name substring), `role` (ARN or name); some
 * kinds take extra options, listed per kind. Without narrowing options a fault applies everywhere.
 *
 * | kind | effect (where it shows) |
 * |---|---|
 * | image-not-found | pulls of matching images fail: task STOPPED, `TaskFailedToStart`, `CannotPullContainerError: … not found` |
 * | no-route-to-ecr | tasks in matching subnets time out fetching registry auth: `ResourceInitializationError: … i/o timeout …` |
 * | secret-access-denied | execution role denied on matching secrets: `ResourceInitializationError: … AccessDeniedException …` |
 * | health-check-failing | container health checks (and ALB checks) of matching tasks fail; option `check=container|elb` limits it; service tasks become UNHEALTHY and are replaced (E4/E5, `Task failed … health checks`) |
 * | container-exit | matching RUNNING tasks' essential container exits (`exitCode`, default 1; `after` seconds, default 5): `EssentialContainerExited` |
 * | out-of-memory | as container-exit with exit code 137 and reason `OutOfMemoryError: Container killed due to memory usage` |
 * | subnet-ip-exhausted | matching subnets have no free IPs: tasks stop in PROVISIONING with `InsufficientFreeAddressesInSubnet` |
 * | capacity-unavailable | no Fargate capacity: no task is created; E13 `… Capacity is unavailable at this time. …`, RunTask failures |
 *
 * Causes that arise without injection work the same way: an image tag missing from ECR, a secret ARN that
 * does not exist, an execution role without the secret permission, a subnet without a route, a /28 subnet
 * that fills up, a health check probing a port the container does not listen on.
 */
import type { FaultKind } from '../contract.ts';
import type { FaultRecord, SimState } from './state.ts';

/** All fault kinds with a one-line description of their effect. */
export const FAULT_DESCRIPTIONS: Record<FaultKind, string> = {
  'image-not-found': 'image pulls will fail with CannotPullContainerError (not found)',
  'no-route-to-ecr': 'tasks will time out reaching ECR (ResourceInitializationError … i/o timeout)',
  'secret-access-denied': 'the execution role will be denied the secret (ResourceInitializationError … AccessDeniedException)',
  'health-check-failing': 'health checks will fail; service tasks become UNHEALTHY and get replaced',
  'container-exit': 'the essential container will exit (EssentialContainerExited)',
  'out-of-memory': 'the essential container will be OOM-killed (exit 137, OutOfMemoryError)',
  'subnet-ip-exhausted': 'the subnet has no free IP addresses (tasks stop in PROVISIONING)',
  'capacity-unavailable': 'Fargate capacity is unavailable (no task can be placed)',
};

/** What a fault is matched against. Absent fields match any option. */
export interface FaultSubject {
  cluster?: string;
  service?: string;
  image?: string;
  subnet?: string;
  secret?: string;
  role?: string;
}

function optionMatches(option: string | undefined, value: string | undefined, substring: boolean): boolean {
  if (option === undefined || option === '') return true;
  if (value === undefined) return true;
  if (substring) return value.includes(option);
  return value === option || value.endsWith(`/${option}`);
}

/** The first active fault of `kind` that matches `subject`. */
export function findFault(state: SimState, kind: FaultKind, subject: FaultSubject): FaultRecord | undefined {
  return state.faults.find(
    (f) =>
      f.kind === kind &&
      optionMatches(f.options['cluster'], subject.cluster, false) &&
      optionMatches(f.options['service'], subject.service, false) &&
      optionMatches(f.options['image'], subject.image, true) &&
      optionMatches(f.options['subnet'], subject.subnet, false) &&
      optionMatches(f.options['secret'], subject.secret, true) &&
      optionMatches(f.options['role'], subject.role, true),
  );
}

/** Numeric option with a default. */
export function numberOption(fault: FaultRecord, key: string, fallback: number): number {
  const raw = fault.options[key];
  const n = raw === undefined ? NaN : Number(raw);
  return Number.isFinite(n) ? n : fallback;
}
