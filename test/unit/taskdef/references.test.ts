import { describe, expect, test } from 'vitest';
import {
  isPrivateEcrImage,
  looksLikeSecretName,
  parseImageReference,
  parseSecretReference,
  parseTaskDefinitionRef,
} from '../../../src/sim/taskdef/index.ts';
import { pythonRepr, pythonStr } from '../../../src/sim/taskdef/pythonRepr.ts';

describe('parseImageReference', () => {
  test('reads an ECR URI into registry, repository, tag and account/region', () => {
    expect(parseImageReference('123456789012.dkr.ecr.us-east-1.amazonaws.com/user-service:v1.2.3')).toEqual({
      registry: '123456789012.dkr.ecr.us-east-1.amazonaws.com',
      repository: 'user-service',
      tag: 'v1.2.3',
      ecr: { accountId: '123456789012', region: 'us-east-1' },
    });
  });

  test.each([
    ['nginx', { repository: 'nginx' }],
    ['nginx:1.27', { repository: 'nginx', tag: '1.27' }],
    ['library/nginx:latest', { repository: 'library/nginx', tag: 'latest' }],
    ['public.ecr.aws/nginx/nginx:1.27', { registry: 'public.ecr.aws', repository: 'nginx/nginx', tag: '1.27' }],
    ['localhost:5000/app', { registry: 'localhost:5000', repository: 'app' }],
    [`app@sha256:${'0'.repeat(64)}`, { repository: 'app', digest: `sha256:${'0'.repeat(64)}` }],
    [`ghcr.io/org/app:v1@sha256:${'f'.repeat(64)}`, { registry: 'ghcr.io', repository: 'org/app', tag: 'v1', digest: `sha256:${'f'.repeat(64)}` }],
  ])('reads %s', (image, expected) => {
    expect(parseImageReference(image)).toEqual(expected);
  });

  test.each(['', 'User-Service:v1', 'app:', 'app:-bad', 'app@sha256:short', 'a//b', 'app:has space', '/app', 'app/'])('refuses %j', (image) => {
    expect(parseImageReference(image)).toBeUndefined();
  });

  test('recognises private ECR hosts, not ECR Public', () => {
    expect(isPrivateEcrImage('123456789012.dkr.ecr.eu-west-1.amazonaws.com/app:1')).toBe(true);
    expect(isPrivateEcrImage('123456789012.dkr.ecr.cn-north-1.amazonaws.com.cn/app:1')).toBe(true);
    expect(isPrivateEcrImage('public.ecr.aws/nginx/nginx:1')).toBe(false);
    expect(isPrivateEcrImage('docker.io/library/nginx')).toBe(false);
  });
});

describe('parseSecretReference', () => {
  test('accepts a partial Secrets Manager ARN (no 6-character suffix), as the chapter writes it', () => {
    expect(parseSecretReference('arn:aws:secretsmanager:us-east-1:123456789012:secret:user-service/db-url')).toEqual({
      kind: 'secretsmanager',
      region: 'us-east-1',
      accountId: '123456789012',
      secretName: 'user-service/db-url',
    });
  });

  test('reads json-key, version-stage and version-id, keeping empty fields empty', () => {
    const base = 'arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf';

    expect(parseSecretReference(`${base}:username::`)).toMatchObject({ jsonKey: 'username' });
    expect(parseSecretReference(`${base}::AWSPREVIOUS:`)).toMatchObject({ versionStage: 'AWSPREVIOUS' });
    expect(parseSecretReference(`${base}:::0123-abcd`)).toMatchObject({ versionId: '0123-abcd' });
    expect(parseSecretReference(`${base}:username::`)).not.toHaveProperty('versionStage');
  });

  test('reads SSM parameters by ARN or by name', () => {
    expect(parseSecretReference('arn:aws:ssm:us-east-1:123456789012:parameter/user-service/jwt-secret')).toMatchObject({
      kind: 'ssm',
      parameterName: '/user-service/jwt-secret',
    });
    expect(parseSecretReference('arn:aws:ssm:us-east-1:123456789012:parameter/jwt')).toMatchObject({ parameterName: 'jwt' });
    expect(parseSecretReference('jwt-secret')).toEqual({ kind: 'ssm', parameterName: 'jwt-secret' });
    expect(parseSecretReference('/prod/db/url')).toEqual({ kind: 'ssm', parameterName: '/prod/db/url' });
  });

  test.each([
    'arn:aws:secretsmanager:us-east-1:123456789012:secret:db:key',
    'arn:aws:secretsmanager:us-east-1:123456789012:secret:db:a:b',
    'arn:aws:s3:::bucket/key',
    'arn:aws:ssm:us-east-1:123456789012:document/x',
    'has spaces',
    '',
  ])('refuses %j', (valueFrom) => {
    expect(parseSecretReference(valueFrom)).toBeUndefined();
  });
});

describe('looksLikeSecretName', () => {
  test.each(['DB_PASSWORD', 'JWT_SECRET', 'API_KEY', 'apiKey', 'GITHUB_TOKEN', 'AWS_SECRET_ACCESS_KEY', 'AWS_ACCESS_KEY_ID', 'SMTP_PASS', 'db-credentials', 'STRIPE_SECRET_KEY', 'dbPassword'])(
    'flags %s',
    (name) => {
      expect(looksLikeSecretName(name)).toBe(true);
    },
  );

  test.each(['NODE_ENV', 'KEYSPACE', 'CASSANDRA_KEYSPACE', 'MONKEY_MODE', 'SECRET_ARN', 'TOKEN_TTL', 'KEY_PREFIX', 'PUBLIC_KEY', 'PORT', 'LOG_LEVEL', 'PASSPORT_STRATEGY', 'TOKEN_URL', 'SQS_QUEUE_URL', ''])(
    'leaves %j alone',
    (name) => {
      expect(looksLikeSecretName(name)).toBe(false);
    },
  );
});

describe('parseTaskDefinitionRef', () => {
  test.each([
    ['user-service', { family: 'user-service' }],
    ['user-service:3', { family: 'user-service', revision: 3 }],
    [
      'arn:aws:ecs:us-east-1:123456789012:task-definition/user-service:3',
      { family: 'user-service', revision: 3, region: 'us-east-1', accountId: '123456789012' },
    ],
  ])('reads %s', (ref, expected) => {
    expect(parseTaskDefinitionRef(ref)).toEqual(expected);
  });

  test.each(['user-service:0', 'user-service:-1', 'user-service:x', 'user service', '', 'arn:aws:ecs:us-east-1:1:task-definition/a:1'])('refuses %j', (ref) => {
    expect(parseTaskDefinitionRef(ref)).toBeUndefined();
  });
});

describe('Python value formatting (for botocore messages)', () => {
  test('prints values the way Python str()/repr() does', () => {
    expect(pythonStr('512')).toBe('512');
    expect(pythonRepr('512')).toBe("'512'");
    expect(pythonRepr("it's")).toBe('"it\'s"');
    expect(pythonRepr({ a: [1, true, null], b: 1.5 })).toBe("{'a': [1, True, None], 'b': 1.5}");
    expect(pythonStr(false)).toBe('False');
  });
});
