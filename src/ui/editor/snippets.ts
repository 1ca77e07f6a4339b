/**
 * Snippets the editor offers in completion, as JSON Schema `defaultSnippets` (Monaco's JSON language inserts
 * them where the schema allows that value). Keys are member paths as in fieldDocs.ts; `''` is the whole
 * document (offered in an empty editor). In `body`, `${1:x}` is a tab stop and a string starting with `^` is
 * inserted without quotes (a number or boolean placeholder).
 */

/** One snippet as Monaco's JSON language reads it. */
export interface SchemaSnippet {
  label: string;
  description: string;
  body: unknown;
}

const EXECUTION_ROLE = 'arn:aws:iam::123456789012:role/ecsTaskExecutionRole';

const container = {
  name: '${1:app}',
  image: '${2:123456789012.dkr.ecr.us-east-1.amazonaws.com/app:v1.0.0}',
  essential: true,
  portMappings: [{ containerPort: '^${3:3000}', protocol: 'tcp' }],
  logConfiguration: {
    logDriver: 'awslogs',
    options: { 'awslogs-group': '/ecs/${1:app}', 'awslogs-region': 'us-east-1', 'awslogs-stream-prefix': 'ecs' },
  },
};

const healthCheck = {
  command: ['CMD-SHELL', '${1:wget --no-verbose --tries=1 --spider http://localhost:3000/health || exit 1}'],
  interval: '^${2:30}',
  timeout: '^${3:5}',
  retries: '^${4:3}',
  startPeriod: '^${5:60}',
};

const logConfiguration = {
  logDriver: 'awslogs',
  options: { 'awslogs-group': '/ecs/${1:app}', 'awslogs-region': '${2:us-east-1}', 'awslogs-stream-prefix': 'ecs' },
};

/** Snippets by member path. */
export const SNIPPETS: Readonly<Record<string, readonly SchemaSnippet[]>> = {
  '': [
    {
      label: 'Fargate task definition',
      description: 'A minimal valid Fargate task definition: awsvpc, .25 vCPU / 512 MiB, one container with logs.',
      body: {
        family: '${1:my-service}',
        networkMode: 'awsvpc',
        requiresCompatibilities: ['FARGATE'],
        cpu: '256',
        memory: '512',
        executionRoleArn: EXECUTION_ROLE,
        containerDefinitions: [container],
      },
    },
  ],
  'containerDefinitions[]': [
    { label: 'Container definition', description: 'A container with an image, a port and awslogs logging.', body: container },
  ],
  'containerDefinitions[].healthCheck': [
    { label: 'Health check (CMD-SHELL)', description: 'A wget health check with the default timings.', body: healthCheck },
  ],
  'containerDefinitions[].secrets[]': [
    {
      label: 'Secret from Secrets Manager',
      description: 'An environment variable read from Secrets Manager at start-up (needs the execution role).',
      body: { name: '${1:DATABASE_URL}', valueFrom: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:${2:app/db-url}' },
    },
    {
      label: 'Secret from SSM Parameter Store',
      description: 'An environment variable read from an SSM parameter at start-up (needs the execution role).',
      body: { name: '${1:API_TOKEN}', valueFrom: 'arn:aws:ssm:us-east-1:123456789012:parameter/${2:app/api-token}' },
    },
  ],
  'containerDefinitions[].logConfiguration': [
    { label: 'awslogs log configuration', description: 'CloudWatch Logs with the three options Fargate needs.', body: logConfiguration },
  ],
  'containerDefinitions[].portMappings[]': [
    { label: 'Port mapping', description: 'A TCP port; with awsvpc no hostPort is needed.', body: { containerPort: '^${1:3000}', protocol: 'tcp' } },
  ],
  'containerDefinitions[].environment[]': [
    { label: 'Environment variable', description: 'A plain-text variable (never a secret).', body: { name: '${1:LOG_LEVEL}', value: '${2:info}' } },
  ],
};
