/**
 * The course's own words about task-definition fields, shown in the editor's hover and completion details.
 * src/tools/generate-taskdef-schema.ts merges them into the JSON Schema as `markdownDescription`, ahead of AWS's
 * reference text (which every other field gets). Keys are member paths in the RegisterTaskDefinition input,
 * with `[]` for "every item of the list": `containerDefinitions[].healthCheck.interval`.
 *
 * Wording follows the chapter's field table (content/ecs-fargate/03-task-definition-anatomy.mdx) and lesson 4.
 */

const ANATOMY = '/ecs-fargate/task-definition-anatomy/';

/** The lesson anchors the hovers link to. */
export const LESSON_LINKS = {
  anatomy: `${ANATOMY}`,
  family: `${ANATOMY}#family-and-revisions`,
  networkMode: `${ANATOMY}#network-mode`,
  cpuMemory: '/ecs-fargate/fargate-cpu-memory/#valid-combinations',
  roles: `${ANATOMY}#execution-role-and-task-role`,
  images: `${ANATOMY}#images-and-tags`,
  essential: `${ANATOMY}#essential-containers`,
  portMappings: `${ANATOMY}#port-mappings`,
  environment: `${ANATOMY}#environment-and-secrets`,
  logging: `${ANATOMY}#logging`,
  healthChecks: `${ANATOMY}#health-checks`,
  ephemeralStorage: `${ANATOMY}#ephemeral-storage`,
} as const;

/** One field's course documentation. */
export interface FieldDoc {
  /** Markdown, one or two sentences. */
  text: string;
  /** Lesson anchor with more. */
  link?: string;
  /** Title of the link, e.g. "Network mode". */
  linkTitle?: string;
}

/** Course documentation by member path. */
export const FIELD_DOCS: Readonly<Record<string, FieldDoc>> = {
  family: {
    text: "The task definition's name; all revisions share it (`user-service:1`, `:2`, …). Letters, digits, `_` and `-`, up to 255 characters.",
    link: LESSON_LINKS.family,
    linkTitle: 'Family and revisions',
  },
  networkMode: {
    text: 'With `awsvpc` every task gets its own elastic network interface (ENI) and private IP. **Fargate accepts nothing else**; leaving it out means `bridge`, which Fargate rejects.',
    link: LESSON_LINKS.networkMode,
    linkTitle: 'Network mode',
  },
  requiresCompatibilities: {
    text: 'Which launch types the definition is validated for: `["FARGATE"]`, `["EC2"]` or both. `FARGATE` turns on the Fargate rules (awsvpc, task-level cpu and memory, valid sizes).',
    link: LESSON_LINKS.networkMode,
    linkTitle: 'Network mode',
  },
  cpu: {
    text: 'Task size in CPU units as a **string** (`"256"` = .25 vCPU, `"1024"` = 1 vCPU), or `"1 vCPU"`. On Fargate only certain cpu/memory pairs exist: 256 → 512–2048 MiB, 512 → 1024–4096, 1024 → 2048–8192, 2048 → 4096–16384, 4096 → 8192–30720, 8192 → 16384–61440, 16384 → 32768–122880.',
    link: LESSON_LINKS.cpuMemory,
    linkTitle: 'Valid combinations',
  },
  memory: {
    text: 'Task memory in MiB as a **string** (`"512"`), or `"2 GB"`. On Fargate it must pair with `cpu`: e.g. 256 CPU allows only 512, 1024 or 2048.',
    link: LESSON_LINKS.cpuMemory,
    linkTitle: 'Valid combinations',
  },
  executionRoleArn: {
    text: 'The IAM role **ECS itself** uses to pull the image, fetch `secrets` and write logs, before and around container start. Required on Fargate for `awslogs` and for ECR images. Usually `arn:aws:iam::123456789012:role/ecsTaskExecutionRole`.',
    link: LESSON_LINKS.roles,
    linkTitle: 'Execution role and task role',
  },
  taskRoleArn: {
    text: 'The IAM role **your application code** uses when it calls AWS services (S3, DynamoDB, SQS…) and that ECS Exec needs. Give each service its own.',
    link: LESSON_LINKS.roles,
    linkTitle: 'Execution role and task role',
  },
  containerDefinitions: {
    text: 'The containers of the task. Each needs a `name` and an `image`; at least one must be essential.',
    link: LESSON_LINKS.anatomy,
    linkTitle: 'Task definition anatomy',
  },
  ephemeralStorage: {
    text: 'Task-local scratch space. Fargate gives 20 GiB by default; set `sizeInGiB` between 21 and 200 to get more (billed above 20).',
    link: LESSON_LINKS.ephemeralStorage,
    linkTitle: 'Ephemeral storage',
  },
  'ephemeralStorage.sizeInGiB': {
    text: 'Size in GiB, 21 to 200. Leave `ephemeralStorage` out for the default 20 GiB.',
    link: LESSON_LINKS.ephemeralStorage,
    linkTitle: 'Ephemeral storage',
  },
  runtimePlatform: {
    text: 'Operating system and CPU architecture. `"cpuArchitecture": "ARM64"` runs on cheaper Graviton capacity (the image must be built for arm64).',
    link: LESSON_LINKS.anatomy,
    linkTitle: 'Task definition anatomy',
  },
  'containerDefinitions[].name': {
    text: 'The container name: services and load balancers refer to the container by it. Up to 255 letters, digits, `_` and `-`.',
    link: LESSON_LINKS.portMappings,
    linkTitle: 'Port mappings',
  },
  'containerDefinitions[].image': {
    text: 'The full image URI including the tag, e.g. `123456789012.dkr.ecr.us-east-1.amazonaws.com/user-service:v1.2.3`. Use an immutable version tag, never `latest`.',
    link: LESSON_LINKS.images,
    linkTitle: 'Images and tags',
  },
  'containerDefinitions[].essential': {
    text: 'When `true` (the default), the whole task stops if this container stops. At least one container must be essential; mark helper sidecars `false`.',
    link: LESSON_LINKS.essential,
    linkTitle: 'Essential containers',
  },
  'containerDefinitions[].cpu': {
    text: 'CPU units reserved for this container (an **integer**). Optional on Fargate; the containers together must fit in the task `cpu`.',
    link: LESSON_LINKS.cpuMemory,
    linkTitle: 'CPU and memory',
  },
  'containerDefinitions[].memory': {
    text: 'Hard memory limit in MiB (an **integer**): the container is killed above it. Optional on Fargate; must not exceed the task `memory`.',
    link: LESSON_LINKS.cpuMemory,
    linkTitle: 'CPU and memory',
  },
  'containerDefinitions[].memoryReservation': {
    text: 'Soft memory reservation in MiB (an **integer**). Must not exceed `memory` or the task memory.',
    link: LESSON_LINKS.cpuMemory,
    linkTitle: 'CPU and memory',
  },
  'containerDefinitions[].portMappings': {
    text: 'The ports the application listens on. With `awsvpc` there is no port translation: `hostPort`, if set, must equal `containerPort`.',
    link: LESSON_LINKS.portMappings,
    linkTitle: 'Port mappings',
  },
  'containerDefinitions[].portMappings[].containerPort': {
    text: 'The port the application listens on inside the container; with `awsvpc` it is also the port on the task’s own IP address.',
    link: LESSON_LINKS.portMappings,
    linkTitle: 'Port mappings',
  },
  'containerDefinitions[].portMappings[].hostPort': {
    text: 'With `awsvpc` (Fargate), leave it out or make it **equal to `containerPort`**; anything else is rejected.',
    link: LESSON_LINKS.portMappings,
    linkTitle: 'Port mappings',
  },
  'containerDefinitions[].portMappings[].protocol': {
    text: '`tcp` (default) or `udp`.',
    link: LESSON_LINKS.portMappings,
    linkTitle: 'Port mappings',
  },
  'containerDefinitions[].environment': {
    text: 'Plain-text environment variables as `{ "name", "value" }` pairs. Anyone who can describe the task definition can read them: fine for `NODE_ENV`, **never for passwords** (use `secrets`).',
    link: LESSON_LINKS.environment,
    linkTitle: 'Environment and secrets',
  },
  'containerDefinitions[].secrets': {
    text: 'Environment variables whose values ECS fetches at start-up from Secrets Manager (`arn:aws:secretsmanager:…:secret:…`) or SSM Parameter Store (`arn:aws:ssm:…:parameter/…`), using the **execution role**.',
    link: LESSON_LINKS.environment,
    linkTitle: 'Environment and secrets',
  },
  'containerDefinitions[].secrets[].valueFrom': {
    text: 'The full ARN of a Secrets Manager secret or of an SSM parameter (or just the parameter name in the same region).',
    link: LESSON_LINKS.environment,
    linkTitle: 'Environment and secrets',
  },
  'containerDefinitions[].logConfiguration': {
    text: 'Where the container’s stdout/stderr go. With `awslogs`, Fargate needs the options `awslogs-group`, `awslogs-region` and `awslogs-stream-prefix`, and an execution role.',
    link: LESSON_LINKS.logging,
    linkTitle: 'Logging',
  },
  'containerDefinitions[].logConfiguration.logDriver': {
    text: 'Fargate supports `awslogs`, `splunk` and `awsfirelens`.',
    link: LESSON_LINKS.logging,
    linkTitle: 'Logging',
  },
  'containerDefinitions[].logConfiguration.options': {
    text: '`awslogs-group` (must exist unless `awslogs-create-group` is `"true"`), `awslogs-region`, `awslogs-stream-prefix` (streams are named `prefix/container-name/task-id`).',
    link: LESSON_LINKS.logging,
    linkTitle: 'Logging',
  },
  'containerDefinitions[].healthCheck': {
    text: 'A command ECS runs **inside** the container; exit code 0 means healthy. The command must work with the tools in your image (`wget` vs `curl`).',
    link: LESSON_LINKS.healthChecks,
    linkTitle: 'Health checks',
  },
  'containerDefinitions[].healthCheck.command': {
    text: '`["CMD-SHELL", "wget -q --spider http://localhost:3000/health || exit 1"]` runs through the shell; `["CMD", …]` runs directly.',
    link: LESSON_LINKS.healthChecks,
    linkTitle: 'Health checks',
  },
  'containerDefinitions[].healthCheck.interval': {
    text: 'Seconds between checks: 5–300, default 30.',
    link: LESSON_LINKS.healthChecks,
    linkTitle: 'Health checks',
  },
  'containerDefinitions[].healthCheck.timeout': {
    text: 'Seconds before one check counts as failed: 2–60, default 5.',
    link: LESSON_LINKS.healthChecks,
    linkTitle: 'Health checks',
  },
  'containerDefinitions[].healthCheck.retries': {
    text: 'Consecutive failures before the container is `UNHEALTHY`: 1–10, default 3.',
    link: LESSON_LINKS.healthChecks,
    linkTitle: 'Health checks',
  },
  'containerDefinitions[].healthCheck.startPeriod': {
    text: 'Grace period in seconds after start during which failures do not count: 0–300, off by default.',
    link: LESSON_LINKS.healthChecks,
    linkTitle: 'Health checks',
  },
  'containerDefinitions[].stopTimeout': {
    text: 'Seconds ECS waits after `SIGTERM` before `SIGKILL`. Fargate: default 30, maximum 120.',
    link: LESSON_LINKS.anatomy,
    linkTitle: 'Other fields worth knowing',
  },
  'containerDefinitions[].dependsOn': {
    text: 'Start order between containers of the task (`START`, `COMPLETE`, `SUCCESS`, `HEALTHY`). `HEALTHY` needs a `healthCheck` on the other container.',
    link: LESSON_LINKS.essential,
    linkTitle: 'Essential containers',
  },
  // Members newer than the aws-sdk v2 declarations the AWS text comes from (src/tools/apiModelSupplement.ts):
  // without these they would have no hover at all.
  enableFaultInjection: {
    text: 'Allows AWS Fault Injection Service experiments to inject faults into this task. Default `false`.',
  },
  'containerDefinitions[].versionConsistency': {
    text: '`enabled` (the default): at deployment ECS resolves the image tag to a digest, so every task of the deployment runs exactly the same image. `disabled` skips that resolution.',
    link: LESSON_LINKS.images,
    linkTitle: 'Images and tags',
  },
  'volumes[].s3filesVolumeConfiguration': {
    text: 'A volume backed by an Amazon S3 Files file system. `fileSystemArn` is required.',
  },
  'volumes[].s3filesVolumeConfiguration.fileSystemArn': { text: 'The ARN of the file system to mount.' },
  'volumes[].s3filesVolumeConfiguration.rootDirectory': { text: 'The directory of the file system to mount as the root of the volume.' },
  'volumes[].s3filesVolumeConfiguration.transitEncryptionPort': { text: 'The port used for encryption in transit between the task and the file system.' },
  'volumes[].s3filesVolumeConfiguration.accessPointArn': { text: 'The access point to mount the file system through.' },
};

/** The Markdown shown for one member: course text first, then AWS's reference text, then the lesson link. */
export function fieldMarkdown(path: string, awsText: string | undefined): string | undefined {
  const doc = FIELD_DOCS[path];
  const parts: string[] = [];
  if (doc) parts.push(doc.text);
  if (awsText) parts.push(doc ? `*AWS:* ${awsText}` : awsText);
  if (doc?.link) parts.push(`[Course: ${doc.linkTitle ?? 'read more'}](${doc.link})`);
  return parts.length > 0 ? parts.join('\n\n') : undefined;
}
