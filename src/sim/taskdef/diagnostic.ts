/**
 * The diagnostic type shared by the simulator (RegisterTaskDefinition) and the editor (live markers), and the
 * course links diagnostics point to.
 */

/** A JSON path into the task-definition document: object keys and array indexes. */
export type JsonPath = (string | number)[];

/** One finding about a task-definition document. */
export interface Diagnostic {
  /**
   * JSON path of the offending value, e.g. `['containerDefinitions', 0, 'memory']`. For a missing member the
   * path names the member that should exist (its parent is the nearest existing node).
   */
  path: JsonPath;
  /** Stable kebab-case rule code (see RULES.md), e.g. `fargate-invalid-cpu-memory`. */
  code: string;
  /** `error`: AWS rejects it, or the task cannot start. `warning`/`info`: course best practice. */
  severity: 'error' | 'warning' | 'info';
  /** AWS's exact wording where AWS rejects the document; otherwise a course explanation. */
  message: string;
  /**
   * Set when AWS (or the AWS CLI) rejects the document at registration: `ClientException` for the ECS service,
   * `ParamValidation` for the CLI's client-side parameter validation (botocore wording).
   */
  awsErrorCode?: string;
  /** Course link explaining the rule, e.g. `/ecs-fargate/fargate-cpu-memory/#valid-combinations`. */
  docs?: string;
}

const ANATOMY = '/ecs-fargate/task-definition-anatomy/';

/** Course pages and anchors diagnostics link to. */
export const DOCS = {
  networkMode: `${ANATOMY}#network-mode`,
  roles: `${ANATOMY}#execution-role-and-task-role`,
  portMappings: `${ANATOMY}#port-mappings`,
  essential: `${ANATOMY}#essential-containers`,
  environment: `${ANATOMY}#environment-and-secrets`,
  logging: `${ANATOMY}#logging`,
  healthChecks: `${ANATOMY}#health-checks`,
  images: `${ANATOMY}#images-and-tags`,
  ephemeralStorage: `${ANATOMY}#ephemeral-storage`,
  anatomy: ANATOMY,
  cpuMemory: '/ecs-fargate/fargate-cpu-memory/#valid-combinations',
  revisions: '/ecs-fargate/registering-revisions/#revisions',
} as const;

/** Diagnostic builder used by the rules: keeps the optional members absent rather than `undefined`. */
export function diagnostic(
  severity: Diagnostic['severity'],
  code: string,
  path: JsonPath,
  message: string,
  docs: string,
  awsErrorCode?: string,
): Diagnostic {
  const d: Diagnostic = { path, code, severity, message, docs };
  if (awsErrorCode !== undefined) d.awsErrorCode = awsErrorCode;
  return d;
}

/** True when AWS (service or CLI) refuses to register a document carrying this diagnostic. */
export function blocksRegistration(d: Diagnostic): boolean {
  return d.severity === 'error' && d.awsErrorCode !== undefined;
}
