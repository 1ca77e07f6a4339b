/**
 * The DEFAULT scenario: an account holding everything the chapter's commands reference, so the chapter
 * runs verbatim (create-cluster, register-task-definition from `task-definition.json`, create-service with
 * its subnets, security group and target group, the auto-scaling commands, update-service, execute-command).
 *
 * Extras for labs, each a deliberate trap: subnet-2a2b3c4d5e6f has no route to AWS services (pull timeouts),
 * subnet-3a3b3c4d5e6f is a /28 with 2 free IPs, apiGatewayTaskRole lacks the ssmmessages permissions
 * (ECS Exec → TargetNotConnectedException).
 */
import type { Scenario } from './scenarioTypes.ts';

const ACCOUNT = '123456789012';
const REGION = 'us-east-1';
const ECR = `${ACCOUNT}.dkr.ecr.${REGION}.amazonaws.com`;

/** The chapter's user-service task definition, byte for byte as printed in the chapter. */
export const CHAPTER_TASK_DEFINITION_JSON = `{
  "family": "user-service",
  "networkMode": "awsvpc",
  "requiresCompatibilities": ["FARGATE"],
  "cpu": "256",
  "memory": "512",
  "executionRoleArn": "arn:aws:iam::123456789012:role/ecsTaskExecutionRole",
  "taskRoleArn": "arn:aws:iam::123456789012:role/userServiceTaskRole",
  "containerDefinitions": [
    {
      "name": "user-service",
      "image": "123456789012.dkr.ecr.us-east-1.amazonaws.com/user-service:v1.2.3",
      "essential": true,
      "portMappings": [
        {
          "containerPort": 3000,
          "protocol": "tcp"
        }
      ],
      "environment": [
        { "name": "NODE_ENV", "value": "production" },
        { "name": "PORT", "value": "3000" },
        { "name": "LOG_LEVEL", "value": "info" }
      ],
      "secrets": [
        {
          "name": "DATABASE_URL",
          "valueFrom": "arn:aws:secretsmanager:us-east-1:123456789012:secret:user-service/db-url"
        },
        {
          "name": "JWT_SECRET",
          "valueFrom": "arn:aws:ssm:us-east-1:123456789012:parameter/user-service/jwt-secret"
        }
      ],
      "logConfiguration": {
        "logDriver": "awslogs",
        "options": {
          "awslogs-group": "/ecs/user-service",
          "awslogs-region": "us-east-1",
          "awslogs-stream-prefix": "ecs"
        }
      },
      "healthCheck": {
        "command": ["CMD-SHELL", "wget --no-verbose --tries=1 --spider http://localhost:3000/health || exit 1"],
        "interval": 30,
        "timeout": 5,
        "retries": 3,
        "startPeriod": 60
      }
    }
  ]
}
`;

/** The chapter's task definition with another image tag (for the pre-registered revisions). */
function userServiceRevision(tag: string): Record<string, unknown> {
  const td = JSON.parse(CHAPTER_TASK_DEFINITION_JSON) as { containerDefinitions: { image: string }[] };
  td.containerDefinitions[0]!.image = `${ECR}/user-service:${tag}`;
  return td as unknown as Record<string, unknown>;
}

const ssmMessages = [
  'ssmmessages:CreateControlChannel',
  'ssmmessages:CreateDataChannel',
  'ssmmessages:OpenControlChannel',
  'ssmmessages:OpenDataChannel',
];

/** The default scenario (account 123456789012, us-east-1). */
export const defaultScenario: Scenario = {
  id: 'default',
  description: 'The chapter’s account: VPC, two private subnets, user-svc-tg behind my-alb, roles, secrets, ECR images.',
  account: { accountId: ACCOUNT, region: REGION, callerArn: `arn:aws:iam::${ACCOUNT}:user/learner` },
  resources: {
    vpcs: [{ id: 'vpc-0a1b2c3d4e5f6a7b8', cidrBlock: '10.0.0.0/16', defaultSecurityGroupId: 'sg-0d3f4a5b6c7d8e9f0' }],
    subnets: [
      {
        id: 'subnet-0a1b2c3d4e5f',
        vpcId: 'vpc-0a1b2c3d4e5f6a7b8',
        availabilityZone: 'us-east-1a',
        cidrBlock: '10.0.1.0/24',
        availableIpAddressCount: 251,
        routeToAwsServices: true,
        routeToInternet: true,
        public: false,
      },
      {
        id: 'subnet-1a2b3c4d5e6f',
        vpcId: 'vpc-0a1b2c3d4e5f6a7b8',
        availabilityZone: 'us-east-1b',
        cidrBlock: '10.0.2.0/24',
        availableIpAddressCount: 251,
        routeToAwsServices: true,
        routeToInternet: true,
        public: false,
      },
      {
        id: 'subnet-2a2b3c4d5e6f',
        vpcId: 'vpc-0a1b2c3d4e5f6a7b8',
        availabilityZone: 'us-east-1c',
        cidrBlock: '10.0.3.0/24',
        availableIpAddressCount: 251,
        routeToAwsServices: false,
        routeToInternet: false,
        public: false,
      },
      {
        id: 'subnet-3a3b3c4d5e6f',
        vpcId: 'vpc-0a1b2c3d4e5f6a7b8',
        availabilityZone: 'us-east-1a',
        cidrBlock: '10.0.4.0/28',
        availableIpAddressCount: 2,
        routeToAwsServices: true,
        routeToInternet: true,
        public: false,
      },
    ],
    securityGroups: [
      { id: 'sg-0a1b2c3d4e5f6g7h', vpcId: 'vpc-0a1b2c3d4e5f6a7b8', name: 'user-service-tasks' },
      { id: 'sg-0d3f4a5b6c7d8e9f0', vpcId: 'vpc-0a1b2c3d4e5f6a7b8', name: 'default' },
    ],
    targetGroups: [
      {
        arn: `arn:aws:elasticloadbalancing:${REGION}:${ACCOUNT}:targetgroup/user-svc-tg/abc123`,
        name: 'user-svc-tg',
        port: 3000,
        protocol: 'HTTP',
        targetType: 'ip',
        vpcId: 'vpc-0a1b2c3d4e5f6a7b8',
        healthCheckPath: '/health',
        healthCheckIntervalSeconds: 10,
        healthyThresholdCount: 3,
        unhealthyThresholdCount: 2,
        deregistrationDelaySeconds: 300,
        loadBalancerName: 'my-alb',
        resourceLabels: [
          'app/my-alb/abc123/targetgroup/user-svc-tg/abc123',
          'app/my-alb/abc123/targetgroup/user-svc-tg/def456',
        ],
        healthCheckCodes: [200],
      },
      {
        arn: `arn:aws:elasticloadbalancing:${REGION}:${ACCOUNT}:targetgroup/api-gateway-tg/def789`,
        name: 'api-gateway-tg',
        port: 3000,
        protocol: 'HTTP',
        targetType: 'ip',
        vpcId: 'vpc-0a1b2c3d4e5f6a7b8',
        healthCheckPath: '/health',
        healthCheckIntervalSeconds: 10,
        healthyThresholdCount: 3,
        unhealthyThresholdCount: 2,
        deregistrationDelaySeconds: 300,
        loadBalancerName: 'my-alb',
        resourceLabels: ['app/my-alb/abc123/targetgroup/api-gateway-tg/def789'],
        healthCheckCodes: [200],
      },
    ],
    roles: [
      {
        name: 'ecsTaskExecutionRole',
        arn: `arn:aws:iam::${ACCOUNT}:role/ecsTaskExecutionRole`,
        trustedServices: ['ecs-tasks.amazonaws.com'],
        permissions: [
          {
            actions: [
              'ecr:GetAuthorizationToken',
              'ecr:BatchCheckLayerAvailability',
              'ecr:GetDownloadUrlForLayer',
              'ecr:BatchGetImage',
              'logs:CreateLogStream',
              'logs:PutLogEvents',
            ],
            resources: ['*'],
          },
          {
            actions: ['secretsmanager:GetSecretValue'],
            resources: [
              `arn:aws:secretsmanager:${REGION}:${ACCOUNT}:secret:user-service/*`,
              `arn:aws:secretsmanager:${REGION}:${ACCOUNT}:secret:email-worker/*`,
            ],
          },
          { actions: ['ssm:GetParameters'], resources: [`arn:aws:ssm:${REGION}:${ACCOUNT}:parameter/user-service/*`] },
          { actions: ['kms:Decrypt'], resources: ['*'] },
        ],
      },
      {
        name: 'userServiceTaskRole',
        arn: `arn:aws:iam::${ACCOUNT}:role/userServiceTaskRole`,
        trustedServices: ['ecs-tasks.amazonaws.com'],
        permissions: [
          { actions: ssmMessages, resources: ['*'] },
          { actions: ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:Query'], resources: ['*'] },
        ],
      },
      {
        name: 'apiGatewayTaskRole',
        arn: `arn:aws:iam::${ACCOUNT}:role/apiGatewayTaskRole`,
        trustedServices: ['ecs-tasks.amazonaws.com'],
        permissions: [{ actions: ['execute-api:Invoke'], resources: ['*'] }],
      },
      {
        name: 'emailWorkerTaskRole',
        arn: `arn:aws:iam::${ACCOUNT}:role/emailWorkerTaskRole`,
        trustedServices: ['ecs-tasks.amazonaws.com'],
        permissions: [
          { actions: ['sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:GetQueueAttributes'], resources: ['*'] },
          { actions: ssmMessages, resources: ['*'] },
        ],
      },
    ],
    secrets: [
      {
        arn: `arn:aws:secretsmanager:${REGION}:${ACCOUNT}:secret:user-service/db-url`,
        name: 'user-service/db-url',
        value: 'postgres://user_svc:Xq7-example-not-real@user-db.cluster-c9akexample.us-east-1.rds.amazonaws.com:5432/users',
      },
      {
        arn: `arn:aws:secretsmanager:${REGION}:${ACCOUNT}:secret:email-worker/smtp`,
        name: 'email-worker/smtp',
        value: 'smtp-pass-example-4f9c2e',
      },
    ],
    parameters: [
      {
        arn: `arn:aws:ssm:${REGION}:${ACCOUNT}:parameter/user-service/jwt-secret`,
        name: '/user-service/jwt-secret',
        type: 'SecureString',
        value: 'jwt-example-7d1e0b6a94c24f38',
      },
    ],
    repositories: [
      { name: 'user-service', uri: `${ECR}/user-service`, tags: ['v1.2.1', 'v1.2.2', 'v1.2.3', 'v1.2.4'] },
      { name: 'api-gateway', uri: `${ECR}/api-gateway`, tags: ['v2.0.0'] },
      { name: 'email-worker', uri: `${ECR}/email-worker`, tags: ['v1.5.0'] },
    ],
    logGroups: [{ name: '/ecs/user-service' }, { name: '/ecs/api-gateway' }, { name: '/ecs/email-worker' }],
  },
  clusters: [],
  taskDefinitions: [userServiceRevision('v1.2.1'), userServiceRevision('v1.2.2')],
  files: { 'task-definition.json': CHAPTER_TASK_DEFINITION_JSON },
  faults: [],
  loads: {},
};
