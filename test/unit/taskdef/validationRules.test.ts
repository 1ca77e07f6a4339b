/**
 * Every validation rule, each with a document that breaks it and one that satisfies it, and the exact message
 * the learner (or the CLI) sees. Documents are derived from the chapter's user-service task definition, which is
 * clean, so each failing document differs from a clean one by the single edit named in the case.
 */
import { describe, expect, test } from 'vitest';
import { validateTaskDefinition, type Diagnostic } from '../../../src/sim/taskdef/index.ts';
import { ec2Doc, userService } from './chapterFixtures.ts';

type Doc = Record<string, any>;

interface RuleCase {
  /** What the case breaks, for the test name. */
  title: string;
  code: string;
  severity: Diagnostic['severity'];
  awsErrorCode?: string;
  path: (string | number)[];
  message: string;
  fail: Doc;
  pass: Doc;
  docs?: string;
}

const c0 = ['containerDefinitions', 0] as const;
const SECOND_CONTAINER = {
  name: 'sidecar',
  image: 'public.ecr.aws/aws-observability/aws-otel-collector:v0.40.0',
  essential: false,
};

const CASES: RuleCase[] = [
  // --- CLI parameter validation (botocore wording) ---
  {
    title: 'an unknown top-level member',
    code: 'param-unknown-field',
    severity: 'error',
    awsErrorCode: 'ParamValidation',
    path: ['x'],
    message:
      'Unknown parameter in input: "x", must be one of: family, taskRoleArn, executionRoleArn, networkMode, containerDefinitions, volumes, placementConstraints, requiresCompatibilities, cpu, memory, tags, pidMode, ipcMode, proxyConfiguration, inferenceAccelerators, ephemeralStorage, runtimePlatform, enableFaultInjection',
    fail: userService((d) => (d.x = 1)),
    pass: userService(),
  },
  {
    title: 'an unknown container member (a describe output pasted back)',
    code: 'param-unknown-field',
    severity: 'error',
    awsErrorCode: 'ParamValidation',
    path: [...c0, 'status'],
    message: expect.stringMatching(/^Unknown parameter in containerDefinitions\[0\]: "status", must be one of: name, image, repositoryCredentials, cpu, /) as unknown as string,
    fail: userService((d) => (d.containerDefinitions[0].status = 'RUNNING')),
    pass: userService(),
  },
  {
    title: 'no family',
    code: 'param-missing-required',
    severity: 'error',
    awsErrorCode: 'ParamValidation',
    path: ['family'],
    message: 'Missing required parameter in input: "family"',
    fail: userService((d) => delete d.family),
    pass: userService(),
  },
  {
    title: 'no containerDefinitions',
    code: 'param-missing-required',
    severity: 'error',
    awsErrorCode: 'ParamValidation',
    path: ['containerDefinitions'],
    message: 'Missing required parameter in input: "containerDefinitions"',
    fail: userService((d) => delete d.containerDefinitions),
    pass: userService(),
  },
  {
    title: 'a secret without valueFrom',
    code: 'param-missing-required',
    severity: 'error',
    awsErrorCode: 'ParamValidation',
    path: [...c0, 'secrets', 1, 'valueFrom'],
    message: 'Missing required parameter in containerDefinitions[0].secrets[1]: "valueFrom"',
    fail: userService((d) => delete d.containerDefinitions[0].secrets[1].valueFrom),
    pass: userService(),
  },
  {
    title: 'container memory written as a string',
    code: 'param-invalid-type',
    severity: 'error',
    awsErrorCode: 'ParamValidation',
    path: [...c0, 'memory'],
    message: "Invalid type for parameter containerDefinitions[0].memory, value: 512, type: <class 'str'>, valid types: <class 'int'>",
    fail: userService((d) => (d.containerDefinitions[0].memory = '512')),
    pass: userService((d) => (d.containerDefinitions[0].memory = 512)),
  },
  {
    title: 'task cpu written as a number',
    code: 'param-invalid-type',
    severity: 'error',
    awsErrorCode: 'ParamValidation',
    path: ['cpu'],
    message: "Invalid type for parameter cpu, value: 256, type: <class 'int'>, valid types: <class 'str'>",
    fail: userService((d) => (d.cpu = 256)),
    pass: userService(),
  },
  {
    title: 'essential written as a string',
    code: 'param-invalid-type',
    severity: 'error',
    awsErrorCode: 'ParamValidation',
    path: [...c0, 'essential'],
    message: "Invalid type for parameter containerDefinitions[0].essential, value: true, type: <class 'str'>, valid types: <class 'bool'>",
    fail: userService((d) => (d.containerDefinitions[0].essential = 'true')),
    pass: userService(),
  },
  {
    title: 'portMappings given as an object',
    code: 'param-invalid-type',
    severity: 'error',
    awsErrorCode: 'ParamValidation',
    path: [...c0, 'portMappings'],
    message:
      "Invalid type for parameter containerDefinitions[0].portMappings, value: {'containerPort': 3000}, type: <class 'dict'>, valid types: <class 'list'>, <class 'tuple'>",
    fail: userService((d) => (d.containerDefinitions[0].portMappings = { containerPort: 3000 })),
    pass: userService(),
  },
  {
    title: 'an awslogs option given as a number',
    code: 'param-invalid-type',
    severity: 'error',
    awsErrorCode: 'ParamValidation',
    path: [...c0, 'logConfiguration', 'options', 'max-buffer-size'],
    message:
      "Invalid type for parameter containerDefinitions[0].logConfiguration.options.max-buffer-size, value: 25, type: <class 'int'>, valid types: <class 'str'>",
    fail: userService((d) => (d.containerDefinitions[0].logConfiguration.options['max-buffer-size'] = 25)),
    pass: userService((d) => (d.containerDefinitions[0].logConfiguration.options['max-buffer-size'] = '25m')),
  },
  {
    title: 'an empty tag key',
    code: 'param-invalid-length',
    severity: 'error',
    awsErrorCode: 'ParamValidation',
    path: ['tags', 0, 'key'],
    message: 'Invalid length for parameter tags[0].key, value: 0, valid min length: 1',
    fail: userService((d) => (d.tags = [{ key: '', value: 'x' }])),
    pass: userService((d) => (d.tags = [{ key: 'team', value: 'x' }])),
  },
  // --- task level ---
  {
    title: 'a family with a space',
    code: 'family-invalid',
    severity: 'error',
    awsErrorCode: 'ClientException',
    path: ['family'],
    message:
      'Family contains invalid characters. Up to 255 letters (uppercase and lowercase), numbers, underscores, and hyphens are allowed.',
    fail: userService((d) => (d.family = 'user service')),
    pass: userService((d) => (d.family = 'User_Service-2')),
    docs: '/ecs-fargate/registering-revisions/#revisions',
  },
  {
    title: 'a 256-character family',
    code: 'family-invalid',
    severity: 'error',
    awsErrorCode: 'ClientException',
    path: ['family'],
    message:
      'Family contains invalid characters. Up to 255 letters (uppercase and lowercase), numbers, underscores, and hyphens are allowed.',
    fail: userService((d) => (d.family = 'a'.repeat(256))),
    pass: userService((d) => (d.family = 'a'.repeat(255))),
  },
  {
    title: 'an empty container list',
    code: 'container-definitions-empty',
    severity: 'error',
    awsErrorCode: 'ClientException',
    path: ['containerDefinitions'],
    message: 'Container list cannot be empty.',
    fail: userService((d) => (d.containerDefinitions = [])),
    pass: userService(),
  },
  {
    title: 'an unparseable task cpu',
    code: 'task-cpu-invalid',
    severity: 'error',
    awsErrorCode: 'ClientException',
    path: ['cpu'],
    message: "Invalid 'cpu' setting for task.",
    fail: userService((d) => (d.cpu = 'quarter')),
    pass: userService((d) => (d.cpu = '.25 vCPU')),
    docs: '/ecs-fargate/fargate-cpu-memory/#valid-combinations',
  },
  {
    title: 'a task cpu below 128 units',
    code: 'task-cpu-invalid',
    severity: 'error',
    awsErrorCode: 'ClientException',
    path: ['cpu'],
    message: "Invalid 'cpu' setting for task.",
    fail: ec2Doc((d) => (d.cpu = '64')),
    pass: ec2Doc((d) => (d.cpu = '128')),
  },
  {
    title: 'a Fargate cpu above 16 vCPU (no 32 vCPU size exists)',
    code: 'task-cpu-invalid',
    severity: 'error',
    awsErrorCode: 'ClientException',
    path: ['cpu'],
    message: "Invalid 'cpu' setting for task.",
    fail: userService((d) => Object.assign(d, { cpu: '32768', memory: '65536' })),
    pass: userService((d) => Object.assign(d, { cpu: '16384', memory: '65536' })),
  },
  {
    title: 'a Fargate cpu below .25 vCPU',
    code: 'task-cpu-invalid',
    severity: 'error',
    awsErrorCode: 'ClientException',
    path: ['cpu'],
    message: "Invalid 'cpu' setting for task.",
    fail: userService((d) => (d.cpu = '128')),
    pass: ec2Doc((d) => (d.cpu = '128')),
  },
  {
    title: 'an unparseable task memory',
    code: 'task-memory-invalid',
    severity: 'error',
    awsErrorCode: 'ClientException',
    path: ['memory'],
    message: "Invalid 'memory' setting for task.",
    fail: userService((d) => (d.memory = '512 MiB')),
    pass: userService((d) => (d.memory = '0.5 GB')),
  },
  {
    title: 'an execution role that is not an IAM role ARN',
    code: 'role-arn-invalid',
    severity: 'error',
    awsErrorCode: 'ClientException',
    path: ['executionRoleArn'],
    message: 'Role is not valid',
    fail: userService((d) => (d.executionRoleArn = 'ecsTaskExecutionRole')),
    pass: userService((d) => (d.executionRoleArn = 'arn:aws:iam::123456789012:role/service-role/ecsTaskExecutionRole')),
    docs: '/ecs-fargate/task-definition-anatomy/#execution-role-and-task-role',
  },
  {
    title: 'a task role that is a user ARN',
    code: 'role-arn-invalid',
    severity: 'error',
    awsErrorCode: 'ClientException',
    path: ['taskRoleArn'],
    message: 'Role is not valid',
    fail: userService((d) => (d.taskRoleArn = 'arn:aws:iam::123456789012:user/alice')),
    pass: userService(),
  },
  {
    title: 'ephemeral storage below 21 GiB',
    code: 'ephemeral-storage-out-of-range',
    severity: 'error',
    awsErrorCode: 'ClientException',
    path: ['ephemeralStorage', 'sizeInGiB'],
    message: 'EphemeralStorage size should be at least 21',
    fail: userService((d) => (d.ephemeralStorage = { sizeInGiB: 20 })),
    pass: userService((d) => (d.ephemeralStorage = { sizeInGiB: 21 })),
    docs: '/ecs-fargate/task-definition-anatomy/#ephemeral-storage',
  },
  {
    title: 'ephemeral storage above 200 GiB',
    code: 'ephemeral-storage-out-of-range',
    severity: 'error',
    awsErrorCode: 'ClientException',
    path: ['ephemeralStorage', 'sizeInGiB'],
    message: 'EphemeralStorage size should be at most 200',
    fail: userService((d) => (d.ephemeralStorage = { sizeInGiB: 201 })),
    pass: userService((d) => (d.ephemeralStorage = { sizeInGiB: 200 })),
  },
  {
    title: 'every container non-essential',
    code: 'no-essential-container',
    severity: 'error',
    awsErrorCode: 'ClientException',
    path: ['containerDefinitions'],
    message: "Task definition doesn't have any essential container. At least one container must be marked essential.",
    fail: userService((d) => (d.containerDefinitions[0].essential = false)),
    pass: userService((d) => delete d.containerDefinitions[0].essential),
    docs: '/ecs-fargate/task-definition-anatomy/#essential-containers',
  },
  {
    title: 'an unknown network mode',
    code: 'enum-value-invalid',
    severity: 'error',
    awsErrorCode: 'ClientException',
    path: ['networkMode'],
    message: "Invalid value 'AWSVPC' for networkMode. Valid values: bridge, host, awsvpc, none. Did you mean 'awsvpc'?",
    fail: userService((d) => (d.networkMode = 'AWSVPC')),
    pass: userService(),
    docs: '/ecs-fargate/task-definition-anatomy/#network-mode',
  },
  {
    title: 'an unknown launch type',
    code: 'enum-value-invalid',
    severity: 'error',
    awsErrorCode: 'ClientException',
    path: ['requiresCompatibilities', 1],
    message: "Invalid value 'LAMBDA' for requiresCompatibilities. Valid values: EC2, FARGATE, EXTERNAL, MANAGED_INSTANCES.",
    fail: userService((d) => d.requiresCompatibilities.push('LAMBDA')),
    pass: userService((d) => d.requiresCompatibilities.push('EC2')),
  },
  {
    title: 'an unknown port protocol',
    code: 'enum-value-invalid',
    severity: 'error',
    awsErrorCode: 'ClientException',
    path: [...c0, 'portMappings', 0, 'protocol'],
    message: "Invalid value 'http' for protocol. Valid values: tcp, udp.",
    fail: userService((d) => (d.containerDefinitions[0].portMappings[0].protocol = 'http')),
    pass: userService((d) => (d.containerDefinitions[0].portMappings[0].appProtocol = 'http')),
  },
  {
    title: 'an unknown log driver',
    code: 'enum-value-invalid',
    severity: 'error',
    awsErrorCode: 'ClientException',
    path: [...c0, 'logConfiguration', 'logDriver'],
    message:
      "Invalid value 'cloudwatch' for logDriver. Valid values: json-file, syslog, journald, gelf, fluentd, awslogs, splunk, awsfirelens.",
    fail: userService((d) => (d.containerDefinitions[0].logConfiguration.logDriver = 'cloudwatch')),
    pass: userService(),
  },
  {
    title: 'an unknown dependsOn condition',
    code: 'enum-value-invalid',
    severity: 'error',
    awsErrorCode: 'ClientException',
    path: ['containerDefinitions', 1, 'dependsOn', 0, 'condition'],
    message: "Invalid value 'RUNNING' for condition. Valid values: START, COMPLETE, SUCCESS, HEALTHY.",
    fail: userService((d) =>
      d.containerDefinitions.push({ ...SECOND_CONTAINER, dependsOn: [{ containerName: 'user-service', condition: 'RUNNING' }] }),
    ),
    pass: userService((d) =>
      d.containerDefinitions.push({ ...SECOND_CONTAINER, dependsOn: [{ containerName: 'user-service', condition: 'START' }] }),
    ),
  },
  // --- Fargate ---
  {
    title: 'Fargate with bridge networking',
    code: 'fargate-network-mode',
    severity: 'error',
    awsErrorCode: 'ClientException',
    path: ['networkMode'],
    message: 'Fargate only supports network mode ‘awsvpc’.',
    fail: userService((d) => (d.networkMode = 'bridge')),
    pass: userService(),
    docs: '/ecs-fargate/task-definition-anatomy/#network-mode',
  },
  {
    title: 'Fargate without networkMode (the API default is bridge)',
    code: 'fargate-network-mode',
    severity: 'error',
    awsErrorCode: 'ClientException',
    path: ['networkMode'],
    message: 'Fargate only supports network mode ‘awsvpc’.',
    fail: userService((d) => delete d.networkMode),
    pass: userService(),
  },
  {
    title: 'Fargate without task cpu',
    code: 'fargate-cpu-required',
    severity: 'error',
    awsErrorCode: 'ClientException',
    path: ['cpu'],
    message: "Fargate requires that 'cpu' be defined at the task level.",
    fail: userService((d) => delete d.cpu),
    pass: userService(),
  },
  {
    title: 'Fargate without task memory',
    code: 'fargate-memory-required',
    severity: 'error',
    awsErrorCode: 'ClientException',
    path: ['memory'],
    message: "Fargate requires that 'memory' be defined at the task level.",
    fail: userService((d) => delete d.memory),
    pass: userService(),
  },
  {
    title: '1 vCPU with 9 GB (one step too many)',
    code: 'fargate-invalid-cpu-memory',
    severity: 'error',
    awsErrorCode: 'ClientException',
    path: ['memory'],
    message: 'No Fargate configuration exists for given values: 1024 CPU, 9216 memory. See the Amazon ECS documentation for the valid values.',
    fail: userService((d) => Object.assign(d, { cpu: '1 vCPU', memory: '9 GB' })),
    pass: userService((d) => Object.assign(d, { cpu: '1 vCPU', memory: '8 GB' })),
    docs: '/ecs-fargate/fargate-cpu-memory/#valid-combinations',
  },
  {
    title: 'a cpu Fargate does not offer',
    code: 'fargate-invalid-cpu-memory',
    severity: 'error',
    awsErrorCode: 'ClientException',
    path: ['cpu'],
    message: 'No Fargate configuration exists for given values: 300 CPU, 512 memory. See the Amazon ECS documentation for the valid values.',
    fail: userService((d) => (d.cpu = '300')),
    pass: userService((d) => (d.cpu = '256')),
  },
  {
    title: 'awslogs on Fargate without an execution role',
    code: 'fargate-execution-role-awslogs',
    severity: 'error',
    awsErrorCode: 'ClientException',
    path: [...c0, 'logConfiguration', 'logDriver'],
    message: 'Fargate requires task definition to have execution role ARN to support log driver awslogs.',
    fail: userService((d) => {
      delete d.executionRoleArn;
      d.containerDefinitions[0].image = 'public.ecr.aws/nginx/nginx:1.27';
      delete d.containerDefinitions[0].secrets;
    }),
    pass: userService(),
    docs: '/ecs-fargate/task-definition-anatomy/#execution-role-and-task-role',
  },
  {
    title: 'a private ECR image on Fargate without an execution role',
    code: 'fargate-execution-role-ecr',
    severity: 'error',
    awsErrorCode: 'ClientException',
    path: [...c0, 'image'],
    message: 'Fargate requires task definition to have execution role ARN to support ECR images.',
    fail: userService((d) => {
      delete d.executionRoleArn;
      d.containerDefinitions[0].logConfiguration.logDriver = 'splunk';
    }),
    pass: userService((d) => {
      delete d.executionRoleArn;
      delete d.containerDefinitions[0].secrets;
      d.containerDefinitions[0].logConfiguration.logDriver = 'splunk';
      d.containerDefinitions[0].image = 'public.ecr.aws/nginx/nginx:1.27';
    }),
  },
  {
    title: 'json-file logging on Fargate',
    code: 'fargate-log-driver-unsupported',
    severity: 'error',
    awsErrorCode: 'ClientException',
    path: [...c0, 'logConfiguration', 'logDriver'],
    message:
      'Log driver json-file is not supported for tasks using the Fargate launch type. Supported log drivers are awslogs, splunk, and awsfirelens.',
    fail: userService((d) => (d.containerDefinitions[0].logConfiguration = { logDriver: 'json-file' })),
    pass: ec2Doc(),
  },
  {
    title: 'a privileged container on Fargate',
    code: 'fargate-privileged-unsupported',
    severity: 'error',
    awsErrorCode: 'ClientException',
    path: [...c0, 'privileged'],
    message: 'Privileged containers are not supported for tasks using the Fargate launch type.',
    fail: userService((d) => (d.containerDefinitions[0].privileged = true)),
    pass: userService((d) => (d.containerDefinitions[0].privileged = false)),
  },
  {
    title: 'placement constraints on Fargate',
    code: 'fargate-placement-constraints-unsupported',
    severity: 'error',
    awsErrorCode: 'ClientException',
    path: ['placementConstraints'],
    message: 'Task definition placement constraints are not supported for tasks using the Fargate launch type.',
    fail: userService((d) => (d.placementConstraints = [{ type: 'memberOf', expression: 'attribute:ecs.instance-type =~ t3.*' }])),
    pass: userService((d) => (d.placementConstraints = [])),
  },
  {
    title: 'dockerSecurityOptions on Fargate',
    code: 'fargate-docker-security-options-unsupported',
    severity: 'error',
    awsErrorCode: 'ClientException',
    path: [...c0, 'dockerSecurityOptions'],
    message: 'dockerSecurityOptions are not supported for tasks using the Fargate launch type.',
    fail: userService((d) => (d.containerDefinitions[0].dockerSecurityOptions = ['no-new-privileges'])),
    pass: ec2Doc((d) => (d.containerDefinitions[0].dockerSecurityOptions = ['no-new-privileges'])),
  },
  {
    title: 'sharedMemorySize on Fargate',
    code: 'fargate-shared-memory-unsupported',
    severity: 'error',
    awsErrorCode: 'ClientException',
    path: [...c0, 'linuxParameters', 'sharedMemorySize'],
    message: 'sharedMemorySize is not supported for tasks using the Fargate launch type.',
    fail: userService((d) => (d.containerDefinitions[0].linuxParameters = { sharedMemorySize: 64 })),
    pass: userService((d) => (d.containerDefinitions[0].linuxParameters = { initProcessEnabled: true })),
  },
  {
    title: 'pidMode host on Fargate',
    code: 'fargate-pid-mode',
    severity: 'error',
    awsErrorCode: 'ClientException',
    path: ['pidMode'],
    message: "Tasks using the Fargate launch type do not support pidMode 'host'. The supported value for pidMode is 'task'.",
    fail: userService((d) => (d.pidMode = 'host')),
    pass: userService((d) => (d.pidMode = 'task')),
  },
  {
    title: 'ipcMode on Fargate',
    code: 'fargate-ipc-mode-unsupported',
    severity: 'error',
    awsErrorCode: 'ClientException',
    path: ['ipcMode'],
    message: 'ipcMode is not supported for tasks using the Fargate launch type.',
    fail: userService((d) => (d.ipcMode = 'task')),
    pass: ec2Doc((d) => (d.ipcMode = 'task')),
  },
  {
    title: 'a Windows task on Fargate with .5 vCPU (Linux only)',
    code: 'fargate-invalid-cpu-memory',
    severity: 'error',
    awsErrorCode: 'ClientException',
    path: ['cpu'],
    message: 'No Fargate configuration exists for given values: 512 CPU, 1024 memory. See the Amazon ECS documentation for the valid values.',
    fail: userService((d) => Object.assign(d, { cpu: '512', memory: '1024', runtimePlatform: { operatingSystemFamily: 'WINDOWS_SERVER_2022_CORE' } })),
    pass: userService((d) => Object.assign(d, { cpu: '1024', memory: '2048', runtimePlatform: { operatingSystemFamily: 'WINDOWS_SERVER_2022_CORE' } })),
  },
  {
    title: 'a stop timeout above 120 s on Fargate',
    code: 'fargate-stop-timeout-too-large',
    severity: 'error',
    awsErrorCode: 'ClientException',
    path: [...c0, 'stopTimeout'],
    message:
      "Invalid 'stopTimeout' setting for container 'user-service'. The maximum stop timeout for tasks using the Fargate launch type is 120 seconds.",
    fail: userService((d) => (d.containerDefinitions[0].stopTimeout = 121)),
    pass: userService((d) => (d.containerDefinitions[0].stopTimeout = 120)),
  },
  // --- ports ---
  {
    title: 'an awsvpc host port that differs from the container port',
    code: 'awsvpc-host-port-mismatch',
    severity: 'error',
    awsErrorCode: 'ClientException',
    path: [...c0, 'portMappings', 0, 'hostPort'],
    message: 'When networkMode=awsvpc, the host ports and container ports in port mappings must match.',
    fail: userService((d) => (d.containerDefinitions[0].portMappings[0].hostPort = 80)),
    pass: userService((d) => (d.containerDefinitions[0].portMappings[0].hostPort = 3000)),
    docs: '/ecs-fargate/task-definition-anatomy/#port-mappings',
  },
  {
    title: 'the same port in two awsvpc containers',
    code: 'port-mapped-twice',
    severity: 'error',
    awsErrorCode: 'ClientException',
    path: ['containerDefinitions', 1, 'portMappings', 0, 'containerPort'],
    message:
      "Port 3000 is mapped more than once. With networkMode=awsvpc all containers share the task's network interface, so each port can be exposed only once.",
    fail: userService((d) => d.containerDefinitions.push({ ...SECOND_CONTAINER, portMappings: [{ containerPort: 3000 }] })),
    pass: userService((d) => d.containerDefinitions.push({ ...SECOND_CONTAINER, portMappings: [{ containerPort: 4317 }] })),
  },
  {
    title: 'a container port of 0',
    code: 'port-out-of-range',
    severity: 'error',
    awsErrorCode: 'ClientException',
    path: [...c0, 'portMappings', 0, 'containerPort'],
    message: "Invalid port mapping for container 'user-service': containerPort 0 must be between 1 and 65535.",
    fail: userService((d) => (d.containerDefinitions[0].portMappings[0].containerPort = 0)),
    pass: userService((d) => (d.containerDefinitions[0].portMappings[0].containerPort = 65535)),
  },
  {
    title: 'a host port above 65535',
    code: 'port-out-of-range',
    severity: 'error',
    awsErrorCode: 'ClientException',
    path: [...c0, 'portMappings', 0, 'hostPort'],
    message: "Invalid port mapping for container 'web': hostPort 70000 must be between 0 and 65535.",
    fail: ec2Doc((d) => (d.containerDefinitions[0].portMappings[0].hostPort = 70000)),
    pass: ec2Doc((d) => (d.containerDefinitions[0].portMappings[0].hostPort = 0)),
  },
  // --- containers ---
  {
    title: 'a container without a name',
    code: 'container-name-required',
    severity: 'error',
    awsErrorCode: 'ClientException',
    path: [...c0, 'name'],
    message: 'Container.name should not be null or empty.',
    fail: userService((d) => delete d.containerDefinitions[0].name),
    pass: userService(),
  },
  {
    title: 'a container name with a dot',
    code: 'container-name-invalid',
    severity: 'error',
    awsErrorCode: 'ClientException',
    path: [...c0, 'name'],
    message: "Invalid container name 'user.service'. Up to 255 letters (uppercase and lowercase), numbers, underscores, and hyphens are allowed.",
    fail: userService((d) => (d.containerDefinitions[0].name = 'user.service')),
    pass: userService((d) => (d.containerDefinitions[0].name = 'user_service-1')),
  },
  {
    title: 'two containers with the same name',
    code: 'container-name-duplicate',
    severity: 'error',
    awsErrorCode: 'ClientException',
    path: ['containerDefinitions', 1, 'name'],
    message: "Duplicate container name 'user-service'. Container names must be unique within a task definition.",
    fail: userService((d) => d.containerDefinitions.push({ ...SECOND_CONTAINER, name: 'user-service' })),
    pass: userService((d) => d.containerDefinitions.push({ ...SECOND_CONTAINER })),
  },
  {
    title: 'a container without an image',
    code: 'container-image-required',
    severity: 'error',
    awsErrorCode: 'ClientException',
    path: [...c0, 'image'],
    message: 'Container.image should not be null or empty.',
    fail: userService((d) => (d.containerDefinitions[0].image = '')),
    pass: userService(),
    docs: '/ecs-fargate/task-definition-anatomy/#images-and-tags',
  },
  {
    title: 'an image reference with upper-case letters',
    code: 'image-reference-invalid',
    severity: 'error',
    path: [...c0, 'image'],
    message:
      "'123456789012.dkr.ecr.us-east-1.amazonaws.com/UserService:v1' is not a valid image reference. Use [registry/]repository[:tag] or [registry/]repository@sha256:<digest> in lower case, e.g. 123456789012.dkr.ecr.us-east-1.amazonaws.com/user-service:v1.2.3. The task would stop with CannotPullContainerError: invalid reference format.",
    fail: userService((d) => (d.containerDefinitions[0].image = '123456789012.dkr.ecr.us-east-1.amazonaws.com/UserService:v1')),
    pass: userService(
      (d) =>
        (d.containerDefinitions[0].image = `123456789012.dkr.ecr.us-east-1.amazonaws.com/user-service@sha256:${'a'.repeat(64)}`),
    ),
  },
  {
    title: 'an EC2 container with neither memory nor memoryReservation',
    code: 'container-memory-required',
    severity: 'error',
    awsErrorCode: 'ClientException',
    path: [...c0, 'memory'],
    message: "Invalid setting for container 'web'. At least one of 'memory' or 'memoryReservation' must be specified.",
    fail: ec2Doc((d) => delete d.containerDefinitions[0].memory),
    pass: ec2Doc((d) => {
      delete d.containerDefinitions[0].memory;
      d.containerDefinitions[0].memoryReservation = 128;
    }),
  },
  {
    title: 'a container memory above the task memory',
    code: 'container-memory-exceeds-task',
    severity: 'error',
    awsErrorCode: 'ClientException',
    path: [...c0, 'memory'],
    message: "The 'memory' setting for container is greater than for the task.",
    fail: userService((d) => (d.containerDefinitions[0].memory = 1024)),
    pass: userService((d) => (d.containerDefinitions[0].memory = 512)),
  },
  {
    title: 'a container memoryReservation above the task memory',
    code: 'container-memory-exceeds-task',
    severity: 'error',
    awsErrorCode: 'ClientException',
    path: [...c0, 'memoryReservation'],
    message: "The 'memory' setting for container is greater than for the task.",
    fail: userService((d) => (d.containerDefinitions[0].memoryReservation = 600)),
    pass: userService((d) => (d.containerDefinitions[0].memoryReservation = 400)),
  },
  {
    title: 'memoryReservation above memory',
    code: 'container-memory-reservation-exceeds-memory',
    severity: 'error',
    awsErrorCode: 'ClientException',
    path: [...c0, 'memoryReservation'],
    message: "Invalid setting for container 'user-service'. 'memoryReservation' must be less than or equal to 'memory'.",
    fail: userService((d) => Object.assign(d.containerDefinitions[0], { memory: 256, memoryReservation: 300 })),
    pass: userService((d) => Object.assign(d.containerDefinitions[0], { memory: 300, memoryReservation: 256 })),
  },
  {
    title: 'container memories that add up to more than the task',
    code: 'container-memory-sum-exceeds-task',
    severity: 'error',
    awsErrorCode: 'ClientException',
    path: ['containerDefinitions', 1, 'memory'],
    message: "The containers' memory settings add up to 640 MiB, which is greater than the task memory (512 MiB).",
    fail: userService((d) => {
      d.containerDefinitions[0].memory = 384;
      d.containerDefinitions.push({ ...SECOND_CONTAINER, memory: 256 });
    }),
    pass: userService((d) => {
      d.containerDefinitions[0].memory = 384;
      d.containerDefinitions.push({ ...SECOND_CONTAINER, memory: 128 });
    }),
  },
  {
    title: 'a container cpu above the task cpu',
    code: 'container-cpu-exceeds-task',
    severity: 'error',
    awsErrorCode: 'ClientException',
    path: [...c0, 'cpu'],
    message: "The 'cpu' setting for container is greater than for the task.",
    fail: userService((d) => (d.containerDefinitions[0].cpu = 512)),
    pass: userService((d) => (d.containerDefinitions[0].cpu = 256)),
  },
  {
    title: 'container cpus that add up to more than the task',
    code: 'container-cpu-sum-exceeds-task',
    severity: 'error',
    awsErrorCode: 'ClientException',
    path: ['containerDefinitions', 1, 'cpu'],
    message: "The containers' cpu settings add up to 320 units, which is greater than the task cpu (256 units).",
    fail: userService((d) => {
      d.containerDefinitions[0].cpu = 192;
      d.containerDefinitions.push({ ...SECOND_CONTAINER, cpu: 128 });
    }),
    pass: userService((d) => {
      d.containerDefinitions[0].cpu = 192;
      d.containerDefinitions.push({ ...SECOND_CONTAINER, cpu: 64 });
    }),
  },
  // --- health checks ---
  {
    title: 'a health-check command without CMD/CMD-SHELL',
    code: 'health-check-command-invalid',
    severity: 'error',
    awsErrorCode: 'ClientException',
    path: [...c0, 'healthCheck', 'command', 0],
    message:
      'The health check command of container \'user-service\' must start with "CMD" (run the arguments directly) or "CMD-SHELL" (run a shell command), not "curl".',
    fail: userService((d) => (d.containerDefinitions[0].healthCheck.command = ['curl', '-f', 'http://localhost:3000/health'])),
    pass: userService((d) => (d.containerDefinitions[0].healthCheck.command = ['CMD', 'curl', '-f', 'http://localhost:3000/health'])),
    docs: '/ecs-fargate/task-definition-anatomy/#health-checks',
  },
  {
    title: 'a health-check command with nothing after CMD-SHELL',
    code: 'health-check-command-invalid',
    severity: 'error',
    awsErrorCode: 'ClientException',
    path: [...c0, 'healthCheck', 'command'],
    message:
      'The health check command of container \'user-service\' needs "CMD" or "CMD-SHELL" followed by the command to run, e.g. ["CMD-SHELL", "curl -f http://localhost/ || exit 1"].',
    fail: userService((d) => (d.containerDefinitions[0].healthCheck.command = ['CMD-SHELL'])),
    pass: userService(),
  },
  ...(
    [
      ['interval', 4, 5, 300, 301, ' seconds'],
      ['timeout', 1, 2, 60, 61, ' seconds'],
      ['retries', 0, 1, 10, 11, ''],
      ['startPeriod', -1, 0, 300, 301, ' seconds'],
    ] as const
  ).flatMap(([key, below, min, max, above, unit]) =>
    [
      [below, min],
      [above, max],
    ].map(
      ([bad, good]): RuleCase => ({
        title: `healthCheck.${key} = ${bad}`,
        code: 'health-check-value-out-of-range',
        severity: 'error',
        awsErrorCode: 'ClientException',
        path: [...c0, 'healthCheck', key],
        message: `Invalid 'healthCheck.${key}' setting for container 'user-service': ${bad}. It must be between ${min} and ${max}${unit}.`,
        fail: userService((d) => (d.containerDefinitions[0].healthCheck[key] = bad)),
        pass: userService((d) => (d.containerDefinitions[0].healthCheck[key] = good)),
      }),
    ),
  ),
  // --- secrets and roles ---
  {
    title: 'a secret valueFrom that is an S3 ARN',
    code: 'secret-value-from-invalid',
    severity: 'error',
    path: [...c0, 'secrets', 0, 'valueFrom'],
    message:
      "'arn:aws:s3:::my-bucket/db-url' is neither a Secrets Manager secret ARN (arn:aws:secretsmanager:<region>:<account>:secret:<name>[:<json-key>:<version-stage>:<version-id>]) nor an SSM parameter ARN (arn:aws:ssm:<region>:<account>:parameter/<name>) or name. The task would fail to start with ResourceInitializationError.",
    fail: userService((d) => (d.containerDefinitions[0].secrets[0].valueFrom = 'arn:aws:s3:::my-bucket/db-url')),
    pass: userService(
      (d) => (d.containerDefinitions[0].secrets[0].valueFrom = 'arn:aws:secretsmanager:us-east-1:123456789012:secret:user-service/db-AbCdEf:url::'),
    ),
    docs: '/ecs-fargate/task-definition-anatomy/#environment-and-secrets',
  },
  {
    title: 'a Secrets Manager ARN with only a JSON key and no trailing colons',
    code: 'secret-value-from-invalid',
    severity: 'error',
    path: [...c0, 'secrets', 0, 'valueFrom'],
    message: expect.stringContaining('is neither a Secrets Manager secret ARN') as unknown as string,
    fail: userService((d) => (d.containerDefinitions[0].secrets[0].valueFrom = 'arn:aws:secretsmanager:us-east-1:123456789012:secret:db:password')),
    pass: userService((d) => (d.containerDefinitions[0].secrets[0].valueFrom = '/user-service/db-url')),
  },
  {
    title: 'secrets without an execution role',
    code: 'execution-role-secrets',
    severity: 'warning',
    path: [...c0, 'secrets'],
    message:
      "Container 'user-service' reads secrets, but the task definition has no executionRoleArn. Registration succeeds, but the task will fail to start (ResourceInitializationError: unable to pull secrets or registry auth).",
    fail: userService((d) => {
      delete d.executionRoleArn;
      d.containerDefinitions[0].image = 'public.ecr.aws/nginx/nginx:1.27';
      d.containerDefinitions[0].logConfiguration.logDriver = 'splunk';
    }),
    pass: userService(),
  },
  {
    title: 'repositoryCredentials without an execution role',
    code: 'execution-role-repository-credentials',
    severity: 'warning',
    path: [...c0, 'repositoryCredentials'],
    message:
      "Container 'web' uses repositoryCredentials, but the task definition has no executionRoleArn to read them with. Registration succeeds, but the task will fail to start (ResourceInitializationError: unable to pull secrets or registry auth).",
    fail: ec2Doc(
      (d) =>
        (d.containerDefinitions[0].repositoryCredentials = {
          credentialsParameter: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:dockerhub',
        }),
    ),
    pass: ec2Doc((d) => {
      d.executionRoleArn = 'arn:aws:iam::123456789012:role/ecsTaskExecutionRole';
      d.containerDefinitions[0].repositoryCredentials = {
        credentialsParameter: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:dockerhub',
      };
    }),
  },
  // --- logging ---
  {
    title: 'awslogs without awslogs-group',
    code: 'awslogs-option-missing',
    severity: 'error',
    path: [...c0, 'logConfiguration', 'options', 'awslogs-group'],
    message:
      "The awslogs log driver of container 'user-service' needs the 'awslogs-group' option. Without it the task fails to start (ResourceInitializationError: failed to validate logger args).",
    fail: userService((d) => delete d.containerDefinitions[0].logConfiguration.options['awslogs-group']),
    pass: userService(),
    docs: '/ecs-fargate/task-definition-anatomy/#logging',
  },
  {
    title: 'awslogs without awslogs-region',
    code: 'awslogs-option-missing',
    severity: 'error',
    path: [...c0, 'logConfiguration', 'options', 'awslogs-region'],
    message:
      "The awslogs log driver of container 'user-service' needs the 'awslogs-region' option. Without it the task fails to start (ResourceInitializationError: failed to validate logger args).",
    fail: userService((d) => delete d.containerDefinitions[0].logConfiguration.options['awslogs-region']),
    pass: userService(),
  },
  {
    title: 'awslogs on Fargate without awslogs-stream-prefix',
    code: 'awslogs-option-missing',
    severity: 'error',
    path: [...c0, 'logConfiguration', 'options', 'awslogs-stream-prefix'],
    message:
      "The awslogs log driver of container 'user-service' needs the 'awslogs-stream-prefix' option. Tasks on Fargate need it to name their log streams (<prefix>/<container>/<task-id>).",
    fail: userService((d) => delete d.containerDefinitions[0].logConfiguration.options['awslogs-stream-prefix']),
    pass: ec2Doc((d) => (d.containerDefinitions[0].logConfiguration = { logDriver: 'awslogs', options: { 'awslogs-group': 'g', 'awslogs-region': 'us-east-1' } })),
  },
  {
    title: 'an awslogs option with an underscore typo',
    code: 'awslogs-option-unknown',
    severity: 'error',
    path: [...c0, 'logConfiguration', 'options', 'awslogs_stream_prefix'],
    message:
      "Unknown awslogs option 'awslogs_stream_prefix' in container 'user-service'. The container would fail to start (unknown log opt 'awslogs_stream_prefix' for awslogs log driver). Did you mean 'awslogs-stream-prefix'?",
    fail: userService((d) => (d.containerDefinitions[0].logConfiguration.options.awslogs_stream_prefix = 'ecs')),
    pass: userService((d) => (d.containerDefinitions[0].logConfiguration.options.mode = 'non-blocking')),
  },
  {
    title: 'an awslogs option that resembles nothing',
    code: 'awslogs-option-unknown',
    severity: 'error',
    path: [...c0, 'logConfiguration', 'options', 'retention'],
    message:
      "Unknown awslogs option 'retention' in container 'user-service'. The container would fail to start (unknown log opt 'retention' for awslogs log driver).",
    fail: userService((d) => (d.containerDefinitions[0].logConfiguration.options.retention = '7')),
    pass: userService((d) => (d.containerDefinitions[0].logConfiguration.options['awslogs-create-group'] = 'true')),
  },
  // --- dependsOn ---
  {
    title: 'dependsOn naming a container that does not exist',
    code: 'depends-on-unknown-container',
    severity: 'error',
    awsErrorCode: 'ClientException',
    path: ['containerDefinitions', 1, 'dependsOn', 0, 'containerName'],
    message: "Container 'sidecar' depends on container 'db', which is not defined in this task definition.",
    fail: userService((d) => d.containerDefinitions.push({ ...SECOND_CONTAINER, dependsOn: [{ containerName: 'db', condition: 'START' }] })),
    pass: userService((d) =>
      d.containerDefinitions.push({ ...SECOND_CONTAINER, dependsOn: [{ containerName: 'user-service', condition: 'START' }] }),
    ),
  },
  {
    title: 'dependsOn HEALTHY on a container without a health check',
    code: 'depends-on-healthy-without-health-check',
    severity: 'error',
    awsErrorCode: 'ClientException',
    path: [...c0, 'dependsOn', 0, 'condition'],
    message: "Container 'user-service' waits for container 'sidecar' to be HEALTHY, but 'sidecar' has no healthCheck.",
    fail: userService((d) => {
      d.containerDefinitions[0].dependsOn = [{ containerName: 'sidecar', condition: 'HEALTHY' }];
      d.containerDefinitions.push({ ...SECOND_CONTAINER });
    }),
    pass: userService((d) => {
      d.containerDefinitions.push({ ...SECOND_CONTAINER, dependsOn: [{ containerName: 'user-service', condition: 'HEALTHY' }] });
    }),
  },
  // --- course best practice ---
  {
    title: 'a password in plain environment variables',
    code: 'environment-secret-literal',
    severity: 'warning',
    path: [...c0, 'environment', 3, 'value'],
    message:
      "'DB_PASSWORD' looks like a secret but its value is written in plain text in the task definition, where anyone who can describe it can read it. Store it in Secrets Manager or SSM Parameter Store and reference it from 'secrets' (valueFrom) instead.",
    fail: userService((d) => d.containerDefinitions[0].environment.push({ name: 'DB_PASSWORD', value: 'hunter2' })),
    pass: userService((d) => d.containerDefinitions[0].environment.push({ name: 'CASSANDRA_KEYSPACE', value: 'users' })),
    docs: '/ecs-fargate/task-definition-anatomy/#environment-and-secrets',
  },
  {
    title: 'an essential container without a health check',
    code: 'essential-container-without-health-check',
    severity: 'warning',
    path: [...c0, 'healthCheck'],
    message:
      "Essential container 'user-service' has no healthCheck, so its health stays UNKNOWN and ECS only replaces it when the process exits, not when it hangs.",
    fail: userService((d) => delete d.containerDefinitions[0].healthCheck),
    pass: userService((d) => d.containerDefinitions.push({ ...SECOND_CONTAINER })),
  },
  {
    title: 'the latest tag',
    code: 'image-tag-latest',
    severity: 'warning',
    path: [...c0, 'image'],
    message:
      'Image tag \'latest\' moves with every push, so tasks of the same revision can run different code and rolling back to an older revision does not bring the old code back. Pin a version tag or a digest.',
    fail: userService((d) => (d.containerDefinitions[0].image = '123456789012.dkr.ecr.us-east-1.amazonaws.com/user-service:latest')),
    pass: userService(),
  },
  {
    title: 'no tag at all',
    code: 'image-tag-missing',
    severity: 'warning',
    path: [...c0, 'image'],
    message:
      "Image '123456789012.dkr.ecr.us-east-1.amazonaws.com/user-service' has no tag, so it means ':latest'. Pin a version tag (e.g. ':v1.2.3') or a digest so every task of a revision runs the same code and rollbacks work.",
    fail: userService((d) => (d.containerDefinitions[0].image = '123456789012.dkr.ecr.us-east-1.amazonaws.com/user-service')),
    pass: userService((d) => (d.containerDefinitions[0].image = 'localhost:5000/user-service:1.0')),
  },
  {
    title: 'no log configuration',
    code: 'log-configuration-missing',
    severity: 'info',
    path: [...c0, 'logConfiguration'],
    message:
      "Container 'user-service' has no logConfiguration, so its output is not kept anywhere you can read it. The awslogs driver sends it to CloudWatch Logs.",
    fail: userService((d) => delete d.containerDefinitions[0].logConfiguration),
    pass: userService(),
  },
];

describe('validateTaskDefinition rules', () => {
  test.each(CASES)('$code: reports $title', (rule) => {
    const diagnostics = validateTaskDefinition(rule.fail);

    const found = diagnostics.filter((d) => d.code === rule.code);
    expect(found).toContainEqual(
      expect.objectContaining({ code: rule.code, severity: rule.severity, path: rule.path, message: rule.message }),
    );
    const hit = found.find((d) => JSON.stringify(d.path) === JSON.stringify(rule.path))!;
    expect(hit.awsErrorCode).toBe(rule.awsErrorCode);
    expect(hit.docs).toMatch(/^\/ecs-fargate\/[a-z-]+\/(#[a-z-]+)?$/);
    if (rule.docs) expect(hit.docs).toBe(rule.docs);
  });

  test.each(CASES)('$code: stays quiet once $title is fixed', (rule) => {
    const diagnostics = validateTaskDefinition(rule.pass);

    expect(diagnostics.filter((d) => d.code === rule.code)).toEqual([]);
  });

  test('covers every rule code in RULES.md', async () => {
    const { readFileSync } = await import('node:fs');
    const rulesDoc = readFileSync(new URL('../../../src/sim/taskdef/RULES.md', import.meta.url), 'utf8');
    const documented = [...rulesDoc.matchAll(/^\| `([a-z0-9-]+)` \|/gm)].map((m) => m[1]);

    expect(new Set(CASES.map((c) => c.code))).toEqual(new Set(documented.filter((c) => c !== 'internal-validation-failure')));
  });

  test('RULES.md documents every code the source can emit', async () => {
    const { readFileSync, readdirSync } = await import('node:fs');
    const dir = new URL('../../../src/sim/taskdef/', import.meta.url);
    const sources = [
      ...readdirSync(dir).filter((f) => f.endsWith('.ts')).map((f) => readFileSync(new URL(f, dir), 'utf8')),
      ...readdirSync(new URL('rules/', dir)).map((f) => readFileSync(new URL(`rules/${f}`, dir), 'utf8')),
    ].join('\n');
    const emitted = [
      ...sources.matchAll(/diagnostic\(\s*'(?:error|warning|info)',\s*'([a-z0-9-]+)'/g),
      ...sources.matchAll(/report\(\s*out,\s*[^,]+,\s*'([a-z0-9-]+)'/g),
    ].map((m) => m[1]);
    const rulesDoc = readFileSync(new URL('RULES.md', dir), 'utf8');

    expect(emitted.length).toBeGreaterThan(40);
    expect(emitted.filter((code) => !rulesDoc.includes(`| \`${code}\` |`))).toEqual([]);
  });
});
