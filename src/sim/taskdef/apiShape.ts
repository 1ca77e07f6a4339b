/**
 * The RegisterTaskDefinition input shape (members, types, enums, required members), transcribed from the ECS API
 * model (botocore `ecs/2014-11-13/service-2.json`, 2026 snapshot). Used for the CLI-style parameter validation
 * (unknown members, missing required members, wrong types) and for the enum checks.
 *
 * Why a transcription and not an import: the pure core must not load node_modules JSON at run time.
 * test/unit/taskdef/apiShape.test.ts compares this table with `aws-sdk/apis/ecs-2014-11-13.min.json` so a
 * drift shows up as a failing test. Members newer than that SDK model are listed in `MEMBERS_NEWER_THAN_SDK_MODEL`.
 */

/** A node of the API shape tree. */
export type ApiShape =
  | { type: 'string'; enum?: readonly string[]; min?: number }
  | { type: 'integer' }
  | { type: 'boolean' }
  | { type: 'list'; member: ApiShape; min?: number }
  | { type: 'map'; value: ApiShape }
  | { type: 'structure'; members: Readonly<Record<string, ApiShape>>; required: readonly string[] };

const str = (opts: { min?: number } = {}): ApiShape => ({ type: 'string', ...opts });
const oneOf = (values: readonly string[]): ApiShape => ({ type: 'string', enum: values });
const int = (): ApiShape => ({ type: 'integer' });
const bool = (): ApiShape => ({ type: 'boolean' });
const list = (member: ApiShape, opts: { min?: number } = {}): ApiShape => ({ type: 'list', member, ...opts });
const map = (value: ApiShape): ApiShape => ({ type: 'map', value });
const struct = (members: Record<string, ApiShape>, required: readonly string[] = []): ApiShape => ({
  type: 'structure',
  members,
  required,
});

/** Members present in the current API model but not in the aws-sdk v2 model the tests read. */
export const MEMBERS_NEWER_THAN_SDK_MODEL: readonly string[] = [
  'enableFaultInjection',
  'containerDefinitions[].versionConsistency',
  'volumes[].s3filesVolumeConfiguration',
];

/** RegisterTaskDefinition request shape, member order as in the API model (the CLI lists members in this order). */
export const REGISTER_TASK_DEFINITION_INPUT: ApiShape = struct(
  {
    family: str(),
    taskRoleArn: str(),
    executionRoleArn: str(),
    networkMode: oneOf(['bridge', 'host', 'awsvpc', 'none']),
    containerDefinitions: list(struct(
      {
        name: str(),
        image: str(),
        repositoryCredentials: struct(
          {
            credentialsParameter: str(),
          }, ['credentialsParameter']
        ),
        cpu: int(),
        memory: int(),
        memoryReservation: int(),
        links: list(str()),
        portMappings: list(struct(
          {
            containerPort: int(),
            hostPort: int(),
            protocol: oneOf(['tcp', 'udp']),
            name: str(),
            appProtocol: oneOf(['http', 'http2', 'grpc']),
            containerPortRange: str(),
          }
        )),
        essential: bool(),
        restartPolicy: struct(
          {
            enabled: bool(),
            ignoredExitCodes: list(int()),
            restartAttemptPeriod: int(),
          }, ['enabled']
        ),
        entryPoint: list(str()),
        command: list(str()),
        environment: list(struct(
          {
            name: str(),
            value: str(),
          }
        )),
        environmentFiles: list(struct(
          {
            value: str(),
            type: oneOf(['s3']),
          }, ['value', 'type']
        )),
        mountPoints: list(struct(
          {
            sourceVolume: str(),
            containerPath: str(),
            readOnly: bool(),
          }
        )),
        volumesFrom: list(struct(
          {
            sourceContainer: str(),
            readOnly: bool(),
          }
        )),
        linuxParameters: struct(
          {
            capabilities: struct(
              {
                add: list(str()),
                drop: list(str()),
              }
            ),
            devices: list(struct(
              {
                hostPath: str(),
                containerPath: str(),
                permissions: list(oneOf(['read', 'write', 'mknod'])),
              }, ['hostPath']
            )),
            initProcessEnabled: bool(),
            sharedMemorySize: int(),
            tmpfs: list(struct(
              {
                containerPath: str(),
                size: int(),
                mountOptions: list(str()),
              }, ['containerPath', 'size']
            )),
            maxSwap: int(),
            swappiness: int(),
          }
        ),
        secrets: list(struct(
          {
            name: str(),
            valueFrom: str(),
          }, ['name', 'valueFrom']
        )),
        dependsOn: list(struct(
          {
            containerName: str(),
            condition: oneOf(['START', 'COMPLETE', 'SUCCESS', 'HEALTHY']),
          }, ['containerName', 'condition']
        )),
        startTimeout: int(),
        stopTimeout: int(),
        versionConsistency: oneOf(['enabled', 'disabled']),
        hostname: str(),
        user: str(),
        workingDirectory: str(),
        disableNetworking: bool(),
        privileged: bool(),
        readonlyRootFilesystem: bool(),
        dnsServers: list(str()),
        dnsSearchDomains: list(str()),
        extraHosts: list(struct(
          {
            hostname: str(),
            ipAddress: str(),
          }, ['hostname', 'ipAddress']
        )),
        dockerSecurityOptions: list(str()),
        interactive: bool(),
        pseudoTerminal: bool(),
        dockerLabels: map(str()),
        ulimits: list(struct(
          {
            name: oneOf(['core', 'cpu', 'data', 'fsize', 'locks', 'memlock', 'msgqueue', 'nice', 'nofile', 'nproc', 'rss', 'rtprio', 'rttime', 'sigpending', 'stack']),
            softLimit: int(),
            hardLimit: int(),
          }, ['name', 'softLimit', 'hardLimit']
        )),
        logConfiguration: struct(
          {
            logDriver: oneOf(['json-file', 'syslog', 'journald', 'gelf', 'fluentd', 'awslogs', 'splunk', 'awsfirelens']),
            options: map(str()),
            secretOptions: list(struct(
              {
                name: str(),
                valueFrom: str(),
              }, ['name', 'valueFrom']
            )),
          }, ['logDriver']
        ),
        healthCheck: struct(
          {
            command: list(str()),
            interval: int(),
            timeout: int(),
            retries: int(),
            startPeriod: int(),
          }, ['command']
        ),
        systemControls: list(struct(
          {
            namespace: str(),
            value: str(),
          }
        )),
        resourceRequirements: list(struct(
          {
            value: str(),
            type: oneOf(['GPU', 'InferenceAccelerator']),
          }, ['value', 'type']
        )),
        firelensConfiguration: struct(
          {
            type: oneOf(['fluentd', 'fluentbit']),
            options: map(str()),
          }, ['type']
        ),
        credentialSpecs: list(str()),
      }
    )),
    volumes: list(struct(
      {
        name: str(),
        host: struct(
          {
            sourcePath: str(),
          }
        ),
        dockerVolumeConfiguration: struct(
          {
            scope: oneOf(['task', 'shared']),
            autoprovision: bool(),
            driver: str(),
            driverOpts: map(str()),
            labels: map(str()),
          }
        ),
        efsVolumeConfiguration: struct(
          {
            fileSystemId: str(),
            rootDirectory: str(),
            transitEncryption: oneOf(['ENABLED', 'DISABLED']),
            transitEncryptionPort: int(),
            authorizationConfig: struct(
              {
                accessPointId: str(),
                iam: oneOf(['ENABLED', 'DISABLED']),
              }
            ),
          }, ['fileSystemId']
        ),
        s3filesVolumeConfiguration: struct(
          {
            fileSystemArn: str(),
            rootDirectory: str(),
            transitEncryptionPort: int(),
            accessPointArn: str(),
          }, ['fileSystemArn']
        ),
        fsxWindowsFileServerVolumeConfiguration: struct(
          {
            fileSystemId: str(),
            rootDirectory: str(),
            authorizationConfig: struct(
              {
                credentialsParameter: str(),
                domain: str(),
              }, ['credentialsParameter', 'domain']
            ),
          }, ['fileSystemId', 'rootDirectory', 'authorizationConfig']
        ),
        configuredAtLaunch: bool(),
      }
    )),
    placementConstraints: list(struct(
      {
        type: oneOf(['memberOf']),
        expression: str(),
      }
    )),
    requiresCompatibilities: list(oneOf(['EC2', 'FARGATE', 'EXTERNAL', 'MANAGED_INSTANCES'])),
    cpu: str(),
    memory: str(),
    tags: list(struct(
      {
        key: str({ min: 1 }),
        value: str(),
      }
    ), { min: 0 }),
    pidMode: oneOf(['host', 'task']),
    ipcMode: oneOf(['host', 'task', 'none']),
    proxyConfiguration: struct(
      {
        type: oneOf(['APPMESH']),
        containerName: str(),
        properties: list(struct(
          {
            name: str(),
            value: str(),
          }
        )),
      }, ['containerName']
    ),
    inferenceAccelerators: list(struct(
      {
        deviceName: str(),
        deviceType: str(),
      }, ['deviceName', 'deviceType']
    )),
    ephemeralStorage: struct(
      {
        sizeInGiB: int(),
      }, ['sizeInGiB']
    ),
    runtimePlatform: struct(
      {
        cpuArchitecture: oneOf(['X86_64', 'ARM64']),
        operatingSystemFamily: oneOf(['WINDOWS_SERVER_2019_FULL', 'WINDOWS_SERVER_2019_CORE', 'WINDOWS_SERVER_2016_FULL', 'WINDOWS_SERVER_2004_CORE', 'WINDOWS_SERVER_2022_CORE', 'WINDOWS_SERVER_2022_FULL', 'WINDOWS_SERVER_2025_CORE', 'WINDOWS_SERVER_2025_FULL', 'WINDOWS_SERVER_20H2_CORE', 'LINUX']),
      }
    ),
    enableFaultInjection: bool(),
  }, ['family', 'containerDefinitions']
);

// The literal above is a structure whose containerDefinitions member is a list (the apiShape test pins that).
type StructureShape = Extract<ApiShape, { type: 'structure' }>;
type ListShape = Extract<ApiShape, { type: 'list' }>;

/** The container definition shape (a member of `containerDefinitions`). */
export const CONTAINER_DEFINITION_SHAPE: ApiShape = (
  (REGISTER_TASK_DEFINITION_INPUT as StructureShape).members['containerDefinitions'] as ListShape
).member;

/** Enum values of a string member, by dotted path with `[]` for list members, e.g. `networkMode`. */
export function enumAt(path: string): readonly string[] {
  let node: ApiShape | undefined = REGISTER_TASK_DEFINITION_INPUT;
  for (const part of path.split('.')) {
    const isList = part.endsWith('[]');
    const key = isList ? part.slice(0, -2) : part;
    if (node?.type !== 'structure') return [];
    node = node.members[key];
    if (isList) node = node?.type === 'list' ? node.member : undefined;
  }
  return node?.type === 'string' ? (node.enum ?? []) : [];
}

/** Input shapes of the other task-definition operations (same model). */
export const OPERATION_INPUTS = {
  DescribeTaskDefinition: struct({ taskDefinition: str(), include: list(oneOf(['TAGS'])) }, ['taskDefinition']),
  ListTaskDefinitions: struct({
    familyPrefix: str(),
    status: oneOf(['ACTIVE', 'INACTIVE', 'DELETE_IN_PROGRESS']),
    sort: oneOf(['ASC', 'DESC']),
    nextToken: str(),
    maxResults: int(),
  }),
  ListTaskDefinitionFamilies: struct({
    familyPrefix: str(),
    status: oneOf(['ACTIVE', 'INACTIVE', 'ALL']),
    nextToken: str(),
    maxResults: int(),
  }),
  DeregisterTaskDefinition: struct({ taskDefinition: str() }, ['taskDefinition']),
  DeleteTaskDefinitions: struct({ taskDefinitions: list(str()) }, ['taskDefinitions']),
} as const satisfies Record<string, ApiShape>;
