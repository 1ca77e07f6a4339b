/**
 * Container-definition rules for every launch type: names, images, port mappings, memory and cpu against the
 * task, health checks, secrets, awslogs options and dependsOn.
 */
import { DOCS, diagnostic, type Diagnostic, type JsonPath } from '../diagnostic.ts';
import { parseImageReference } from '../imageReference.ts';
import { getArray, getNumber, getObject, getString, has, isObject } from '../jsonAccess.ts';
import { parseSecretReference } from '../secretReference.ts';
import { suggestName } from '../suggestName.ts';
import { containerPath, type ContainerEntry, type Rule, type RuleContext } from './ruleContext.ts';

const CLIENT = 'ClientException';
const CONTAINER_NAME = /^[A-Za-z0-9_-]{1,255}$/;
const MAX_PORT = 65535;
// The options the awslogs driver understands: ECS's list (cfn-lint's logging_configuration.json) plus the ones
// Docker's awslogs driver also accepts, so nothing valid is flagged.
const AWSLOGS_OPTIONS = [
  'awslogs-group',
  'awslogs-region',
  'awslogs-stream-prefix',
  'awslogs-create-group',
  'awslogs-datetime-format',
  'awslogs-multiline-pattern',
  'awslogs-endpoint',
  'mode',
  'max-buffer-size',
  'tag',
  'awslogs-credentials-endpoint',
  'awslogs-force-flush-interval-seconds',
  'awslogs-max-buffered-events',
  'awslogs-format',
];

/** `container-name-required`, `container-name-invalid`, `container-name-duplicate`. */
export const containerNameRule: Rule = (ctx, out) => {
  const seen = new Set<string>();
  for (const c of ctx.containers) {
    const name = c.def['name'];
    const path = [...containerPath(c), 'name'];
    if (name === undefined || name === null || name === '') {
      out.push(diagnostic('error', 'container-name-required', path, 'Container.name should not be null or empty.', DOCS.anatomy, CLIENT));
      continue;
    }
    if (typeof name !== 'string') continue;
    if (!CONTAINER_NAME.test(name)) {
      out.push(
        diagnostic(
          'error',
          'container-name-invalid',
          path,
          `Invalid container name '${name}'. Up to 255 letters (uppercase and lowercase), numbers, underscores, and hyphens are allowed.`,
          DOCS.anatomy,
          CLIENT,
        ),
      );
    } else if (seen.has(name)) {
      out.push(
        diagnostic(
          'error',
          'container-name-duplicate',
          path,
          `Duplicate container name '${name}'. Container names must be unique within a task definition.`,
          DOCS.anatomy,
          CLIENT,
        ),
      );
    }
    seen.add(name);
  }
};

/** `container-image-required`, `image-reference-invalid`. */
export const containerImageRule: Rule = (ctx, out) => {
  for (const c of ctx.containers) {
    const image = c.def['image'];
    const path = [...containerPath(c), 'image'];
    if (image === undefined || image === null || image === '') {
      out.push(diagnostic('error', 'container-image-required', path, 'Container.image should not be null or empty.', DOCS.images, CLIENT));
    } else if (typeof image === 'string' && parseImageReference(image) === undefined) {
      // ECS stores any string; the failure comes at launch, when the image cannot be pulled.
      out.push(
        diagnostic(
          'error',
          'image-reference-invalid',
          path,
          `'${image}' is not a valid image reference. Use [registry/]repository[:tag] or [registry/]repository@sha256:<digest> in lower case, e.g. 123456789012.dkr.ecr.us-east-1.amazonaws.com/user-service:v1.2.3. The task would stop with CannotPullContainerError: invalid reference format.`,
          DOCS.images,
        ),
      );
    }
  }
};

/** `awsvpc-host-port-mismatch`, `port-mapped-twice`, `port-out-of-range`. */
export const portMappingRule: Rule = (ctx, out) => {
  // In awsvpc (and host) mode every container shares one network namespace: a port can be bound once per task.
  const sharedNamespace = ctx.networkMode === 'awsvpc' || ctx.networkMode === 'host';
  const taken = new Set<number>();
  for (const c of ctx.containers) {
    const mappings = getArray(c.def, 'portMappings') ?? [];
    const takenInContainer = new Set<string>();
    mappings.forEach((m, j) => {
      if (!isObject(m)) return;
      const base = [...containerPath(c), 'portMappings', j];
      const containerPort = getNumber(m, 'containerPort');
      const hostPort = getNumber(m, 'hostPort');
      if (ctx.networkMode === 'awsvpc' && containerPort !== undefined && hostPort !== undefined && hostPort !== containerPort) {
        out.push(
          diagnostic(
            'error',
            'awsvpc-host-port-mismatch',
            [...base, 'hostPort'],
            'When networkMode=awsvpc, the host ports and container ports in port mappings must match.',
            DOCS.portMappings,
            CLIENT,
          ),
        );
      }
      for (const [key, value, min] of [
        ['containerPort', containerPort, 1],
        ['hostPort', hostPort, 0],
      ] as const) {
        if (value !== undefined && (value < min || value > MAX_PORT)) {
          out.push(
            diagnostic(
              'error',
              'port-out-of-range',
              [...base, key],
              `Invalid port mapping for container '${c.name}': ${key} ${value} must be between ${min} and ${MAX_PORT}.`,
              DOCS.portMappings,
              CLIENT,
            ),
          );
        }
      }
      if (containerPort === undefined) return;
      const protocol = getString(m, 'protocol') ?? 'tcp';
      const duplicate = sharedNamespace ? taken.has(containerPort) : takenInContainer.has(`${containerPort}/${protocol}`);
      if (duplicate) {
        out.push(
          diagnostic(
            'error',
            'port-mapped-twice',
            [...base, 'containerPort'],
            sharedNamespace
              ? `Port ${containerPort} is mapped more than once. With networkMode=${ctx.networkMode} all containers share the task's network interface, so each port can be exposed only once.`
              : `Port ${containerPort}/${protocol} is mapped more than once in container '${c.name}'.`,
            DOCS.portMappings,
            CLIENT,
          ),
        );
      }
      taken.add(containerPort);
      takenInContainer.add(`${containerPort}/${protocol}`);
    });
  }
};

/**
 * `container-memory-required`, `container-memory-exceeds-task`, `container-memory-reservation-exceeds-memory`,
 * `container-memory-sum-exceeds-task`, `container-cpu-exceeds-task`, `container-cpu-sum-exceeds-task`.
 */
export const containerResourcesRule: Rule = (ctx, out) => {
  let memorySum = 0;
  let memorySumReported = false;
  let cpuSum = 0;
  let cpuSumReported = false;
  for (const c of ctx.containers) {
    const base = containerPath(c);
    const memory = getNumber(c.def, 'memory');
    const reservation = getNumber(c.def, 'memoryReservation');
    if (!ctx.fargate && !has(ctx.doc, 'memory') && !has(c.def, 'memory') && !has(c.def, 'memoryReservation')) {
      out.push(
        diagnostic(
          'error',
          'container-memory-required',
          [...base, 'memory'],
          `Invalid setting for container '${c.name}'. At least one of 'memory' or 'memoryReservation' must be specified.`,
          DOCS.cpuMemory,
          CLIENT,
        ),
      );
    }
    if (memory !== undefined && reservation !== undefined && reservation > memory) {
      out.push(
        diagnostic(
          'error',
          'container-memory-reservation-exceeds-memory',
          [...base, 'memoryReservation'],
          `Invalid setting for container '${c.name}'. 'memoryReservation' must be less than or equal to 'memory'.`,
          DOCS.cpuMemory,
          CLIENT,
        ),
      );
    }
    let exceeded = false;
    if (ctx.taskMemory !== undefined) {
      for (const key of ['memory', 'memoryReservation'] as const) {
        const value = key === 'memory' ? memory : reservation;
        if (value !== undefined && value > ctx.taskMemory) {
          exceeded = true;
          out.push(
            diagnostic(
              'error',
              'container-memory-exceeds-task',
              [...base, key],
              "The 'memory' setting for container is greater than for the task.",
              DOCS.cpuMemory,
              CLIENT,
            ),
          );
        }
      }
      // A container reserves its soft limit when it has one, else its hard limit.
      memorySum += reservation ?? memory ?? 0;
      if (!exceeded && !memorySumReported && memorySum > ctx.taskMemory) {
        memorySumReported = true;
        out.push(
          diagnostic(
            'error',
            'container-memory-sum-exceeds-task',
            [...base, reservation !== undefined ? 'memoryReservation' : 'memory'],
            `The containers' memory settings add up to ${memorySum} MiB, which is greater than the task memory (${ctx.taskMemory} MiB).`,
            DOCS.cpuMemory,
            CLIENT,
          ),
        );
      }
    }
    const cpu = getNumber(c.def, 'cpu');
    if (ctx.taskCpu !== undefined && cpu !== undefined) {
      if (cpu > ctx.taskCpu) {
        out.push(
          diagnostic('error', 'container-cpu-exceeds-task', [...base, 'cpu'], "The 'cpu' setting for container is greater than for the task.", DOCS.cpuMemory, CLIENT),
        );
      } else {
        cpuSum += cpu;
        if (!cpuSumReported && cpuSum > ctx.taskCpu) {
          cpuSumReported = true;
          out.push(
            diagnostic(
              'error',
              'container-cpu-sum-exceeds-task',
              [...base, 'cpu'],
              `The containers' cpu settings add up to ${cpuSum} units, which is greater than the task cpu (${ctx.taskCpu} units).`,
              DOCS.cpuMemory,
              CLIENT,
            ),
          );
        }
      }
    }
  }
};

const HEALTH_CHECK_RANGES = [
  { key: 'interval', min: 5, max: 300, unit: ' seconds' },
  { key: 'timeout', min: 2, max: 60, unit: ' seconds' },
  { key: 'retries', min: 1, max: 10, unit: '' },
  { key: 'startPeriod', min: 0, max: 300, unit: ' seconds' },
] as const;

/** `health-check-command-invalid`, `health-check-value-out-of-range`. */
export const healthCheckRule: Rule = (ctx, out) => {
  for (const c of ctx.containers) {
    const hc = getObject(c.def, 'healthCheck');
    if (hc === undefined) continue;
    const base = [...containerPath(c), 'healthCheck'];
    const command = getArray(hc, 'command');
    if (command !== undefined) checkHealthCheckCommand(c, command, [...base, 'command'], out);
    for (const { key, min, max, unit } of HEALTH_CHECK_RANGES) {
      const value = getNumber(hc, key);
      if (value !== undefined && (value < min || value > max)) {
        out.push(
          diagnostic(
            'error',
            'health-check-value-out-of-range',
            [...base, key],
            `Invalid 'healthCheck.${key}' setting for container '${c.name}': ${value}. It must be between ${min} and ${max}${unit}.`,
            DOCS.healthChecks,
            CLIENT,
          ),
        );
      }
    }
  }
};

function checkHealthCheckCommand(c: ContainerEntry, command: unknown[], path: JsonPath, out: Diagnostic[]): void {
  const first = command[0];
  if (typeof first === 'string' && first !== 'CMD' && first !== 'CMD-SHELL') {
    out.push(
      diagnostic(
        'error',
        'health-check-command-invalid',
        [...path, 0],
        `The health check command of container '${c.name}' must start with "CMD" (run the arguments directly) or "CMD-SHELL" (run a shell command), not "${first}".`,
        DOCS.healthChecks,
        CLIENT,
      ),
    );
  } else if (command.length < 2) {
    out.push(
      diagnostic(
        'error',
        'health-check-command-invalid',
        path,
        `The health check command of container '${c.name}' needs "CMD" or "CMD-SHELL" followed by the command to run, e.g. ["CMD-SHELL", "curl -f http://localhost/ || exit 1"].`,
        DOCS.healthChecks,
        CLIENT,
      ),
    );
  }
}

/** `secret-value-from-invalid`, `execution-role-secrets` (warning), `execution-role-repository-credentials` (warning). */
export const secretsRule: Rule = (ctx, out) => {
  for (const c of ctx.containers) {
    const base = containerPath(c);
    const secrets = getArray(c.def, 'secrets');
    secrets?.forEach((s, j) => {
      const valueFrom = isObject(s) ? getString(s, 'valueFrom') : undefined;
      if (valueFrom !== undefined && parseSecretReference(valueFrom) === undefined) {
        out.push(
          diagnostic(
            'error',
            'secret-value-from-invalid',
            [...base, 'secrets', j, 'valueFrom'],
            `'${valueFrom}' is neither a Secrets Manager secret ARN (arn:aws:secretsmanager:<region>:<account>:secret:<name>[:<json-key>:<version-stage>:<version-id>]) nor an SSM parameter ARN (arn:aws:ssm:<region>:<account>:parameter/<name>) or name. The task would fail to start with ResourceInitializationError.`,
            DOCS.environment,
          ),
        );
      }
    });
    if (!ctx.hasExecutionRole && secrets !== undefined && secrets.length > 0) {
      out.push(
        diagnostic(
          'warning',
          'execution-role-secrets',
          [...base, 'secrets'],
          `Container '${c.name}' reads secrets, but the task definition has no executionRoleArn. Registration succeeds, but the task will fail to start (ResourceInitializationError: unable to pull secrets or registry auth).`,
          DOCS.roles,
        ),
      );
    }
    if (!ctx.hasExecutionRole && getObject(c.def, 'repositoryCredentials') !== undefined) {
      out.push(
        diagnostic(
          'warning',
          'execution-role-repository-credentials',
          [...base, 'repositoryCredentials'],
          `Container '${c.name}' uses repositoryCredentials, but the task definition has no executionRoleArn to read them with. Registration succeeds, but the task will fail to start (ResourceInitializationError: unable to pull secrets or registry auth).`,
          DOCS.roles,
        ),
      );
    }
  }
};

/**
 * `awslogs-option-missing`: awslogs needs awslogs-group and awslogs-region, and awslogs-stream-prefix on Fargate.
 * `awslogs-option-unknown`: Docker refuses unknown options when the container starts.
 */
export const awslogsOptionsRule: Rule = (ctx, out) => {
  for (const c of ctx.containers) {
    const log = getObject(c.def, 'logConfiguration');
    if (log === undefined || getString(log, 'logDriver') !== 'awslogs') continue;
    const options = getObject(log, 'options') ?? {};
    for (const option of Object.keys(options)) {
      if (AWSLOGS_OPTIONS.includes(option)) continue;
      const suggestion = suggestName(option, AWSLOGS_OPTIONS);
      out.push(
        diagnostic(
          'error',
          'awslogs-option-unknown',
          [...containerPath(c), 'logConfiguration', 'options', option],
          `Unknown awslogs option '${option}' in container '${c.name}'. The container would fail to start (unknown log opt '${option}' for awslogs log driver).${suggestion === undefined ? '' : ` Did you mean '${suggestion}'?`}`,
          DOCS.logging,
        ),
      );
    }
    const required = ctx.fargate ? ['awslogs-group', 'awslogs-region', 'awslogs-stream-prefix'] : ['awslogs-group', 'awslogs-region'];
    for (const option of required) {
      if (has(options, option)) continue;
      const why =
        option === 'awslogs-stream-prefix'
          ? 'Tasks on Fargate need it to name their log streams (<prefix>/<container>/<task-id>).'
          : 'Without it the task fails to start (ResourceInitializationError: failed to validate logger args).';
      out.push(
        diagnostic(
          'error',
          'awslogs-option-missing',
          [...containerPath(c), 'logConfiguration', 'options', option],
          `The awslogs log driver of container '${c.name}' needs the '${option}' option. ${why}`,
          DOCS.logging,
        ),
      );
    }
  }
};

/** `depends-on-unknown-container`, `depends-on-healthy-without-health-check`. */
export const dependsOnRule: Rule = (ctx: RuleContext, out) => {
  const byName = new Map<string, ContainerEntry>();
  for (const c of ctx.containers) if (c.name !== '' && !byName.has(c.name)) byName.set(c.name, c);
  for (const c of ctx.containers) {
    getArray(c.def, 'dependsOn')?.forEach((dep, j) => {
      if (!isObject(dep)) return;
      const target = getString(dep, 'containerName');
      const base = [...containerPath(c), 'dependsOn', j];
      if (target === undefined) return;
      const targetEntry = byName.get(target);
      if (targetEntry === undefined) {
        out.push(
          diagnostic(
            'error',
            'depends-on-unknown-container',
            [...base, 'containerName'],
            `Container '${c.name}' depends on container '${target}', which is not defined in this task definition.`,
            DOCS.essential,
            CLIENT,
          ),
        );
      } else if (getString(dep, 'condition') === 'HEALTHY' && getObject(targetEntry.def, 'healthCheck') === undefined) {
        out.push(
          diagnostic(
            'error',
            'depends-on-healthy-without-health-check',
            [...base, 'condition'],
            `Container '${c.name}' waits for container '${target}' to be HEALTHY, but '${target}' has no healthCheck.`,
            DOCS.healthChecks,
            CLIENT,
          ),
        );
      }
    });
  }
};
