/**
 * Problems that AWS accepts at registration but that stop a task from starting (the engine turns them into a
 * `TaskFailedToStart` stop): errors without an `awsErrorCode`, and the execution-role warnings for secrets and
 * private-registry credentials. Works on a stored revision too (its response-only members are ignored).
 */
import type { Diagnostic } from './diagnostic.ts';
import { validateTaskDefinition } from './validateTaskDefinition.ts';

/** Warnings that are harmless at registration but fatal at launch. */
const FATAL_AT_LAUNCH = new Set(['execution-role-secrets', 'execution-role-repository-credentials']);

/**
 * The diagnostics that would make a task of this task definition fail to start, in document order.
 * Codes and what the engine should report: `image-reference-invalid` → CannotPullContainerError (invalid reference
 * format); `awslogs-option-missing` / `awslogs-option-unknown` → ResourceInitializationError (logger args);
 * `secret-value-from-invalid`, `execution-role-secrets`, `execution-role-repository-credentials` →
 * ResourceInitializationError (unable to pull secrets or registry auth).
 */
export function launchBlockers(taskDefinition: unknown): Diagnostic[] {
  return validateTaskDefinition(taskDefinition).filter(
    (d) => d.awsErrorCode === undefined && (d.severity === 'error' || FATAL_AT_LAUNCH.has(d.code)),
  );
}
