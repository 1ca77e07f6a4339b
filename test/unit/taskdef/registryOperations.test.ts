import { describe, expect, test } from 'vitest';
import { AwsError } from '../../../src/sim/errors.ts';
import {
  createTaskDefinitionRegistry,
  deleteTaskDefinitions,
  launchBlockers,
  deregisterTaskDefinition,
  describeTaskDefinition,
  listTaskDefinitionFamilies,
  listTaskDefinitions,
  purgeDeletedTaskDefinitions,
  registerTaskDefinition,
  resolveTaskDefinition,
  type TaskDefinitionRegistry,
} from '../../../src/sim/taskdef/index.ts';
import { chapterDoc, ec2Doc, testContext, userService } from './chapterFixtures.ts';

const ARN = 'arn:aws:ecs:us-east-1:123456789012:task-definition';

function thrown(fn: () => unknown): AwsError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(AwsError);
    return error as AwsError;
  }
  throw new Error('expected an AwsError');
}

/** A registry with user-service:1..n and api-gateway:1. */
function seeded(userServiceRevisions = 3): TaskDefinitionRegistry {
  const reg = createTaskDefinitionRegistry();
  for (let i = 0; i < userServiceRevisions; i++) registerTaskDefinition(reg, chapterDoc('user-service'), testContext());
  registerTaskDefinition(reg, chapterDoc('api-gateway'), testContext());
  return reg;
}

describe('registerTaskDefinition', () => {
  test('normalises "1 vCPU" / "2 GB" to unit and MiB strings', () => {
    const reg = createTaskDefinitionRegistry();

    const { taskDefinition } = registerTaskDefinition(reg, userService((d) => Object.assign(d, { cpu: '1 vCPU', memory: '2 GB' })), testContext());

    expect(taskDefinition.cpu).toBe('1024');
    expect(taskDefinition.memory).toBe('2048');
  });

  test('fills the container defaults ECS echoes back', () => {
    const reg = createTaskDefinitionRegistry();
    const doc = chapterDoc('email-worker');

    const [container] = registerTaskDefinition(reg, doc, testContext()).taskDefinition.containerDefinitions;

    expect(container).toMatchObject({ cpu: 0, essential: true, portMappings: [], mountPoints: [], volumesFrom: [] });
    expect(Object.keys(container!).slice(0, 5)).toEqual(['name', 'image', 'cpu', 'portMappings', 'essential']);
  });

  test('under awsvpc, fills hostPort from containerPort and protocol tcp', () => {
    const reg = createTaskDefinitionRegistry();

    const { taskDefinition } = registerTaskDefinition(
      reg,
      userService((d) => (d.containerDefinitions[0].portMappings = [{ containerPort: 8080 }])),
      testContext(),
    );

    expect(taskDefinition.containerDefinitions[0]!.portMappings).toEqual([{ containerPort: 8080, hostPort: 8080, protocol: 'tcp' }]);
  });

  test('fills health-check defaults (interval 30, timeout 5, retries 3) and keeps given values', () => {
    const reg = createTaskDefinitionRegistry();

    const { taskDefinition } = registerTaskDefinition(
      reg,
      userService((d) => (d.containerDefinitions[0].healthCheck = { command: ['CMD', 'true'], retries: 5 })),
      testContext(),
    );

    expect(taskDefinition.containerDefinitions[0]!.healthCheck).toEqual({ command: ['CMD', 'true'], interval: 30, timeout: 5, retries: 5 });
  });

  test('returns the task-level members ECS adds', () => {
    const reg = createTaskDefinitionRegistry();

    const { taskDefinition } = registerTaskDefinition(reg, chapterDoc('user-service'), testContext({ now: Date.UTC(2026, 0, 15, 9, 30, 5, 123) }));

    expect(taskDefinition).toMatchObject({
      taskDefinitionArn: `${ARN}/user-service:1`,
      family: 'user-service',
      revision: 1,
      status: 'ACTIVE',
      volumes: [],
      placementConstraints: [],
      compatibilities: ['EC2', 'FARGATE'],
      requiresCompatibilities: ['FARGATE'],
      registeredAt: '2026-01-15T09:30:05.123000+00:00',
      registeredBy: 'arn:aws:iam::123456789012:user/alice',
    });
    const attributes = taskDefinition.requiresAttributes.map((a) => a.name);
    expect(attributes).toEqual(
      expect.arrayContaining([
        'ecs.capability.task-eni',
        'com.amazonaws.ecs.capability.logging-driver.awslogs',
        'ecs.capability.execution-role-awslogs',
        'ecs.capability.execution-role-ecr-pull',
        'ecs.capability.secrets.asm.environment-variables',
        'ecs.capability.secrets.ssm.environment-variables',
        'ecs.capability.container-health-check',
        'com.amazonaws.ecs.capability.task-iam-role',
      ]),
    );
    expect(Object.keys(taskDefinition).slice(0, 3)).toEqual(['taskDefinitionArn', 'containerDefinitions', 'family']);
  });

  test('a bridge task definition is compatible with EXTERNAL and EC2, not FARGATE', () => {
    const reg = createTaskDefinitionRegistry();

    const { taskDefinition } = registerTaskDefinition(reg, ec2Doc(), testContext());

    expect(taskDefinition.compatibilities).toEqual(['EXTERNAL', 'EC2']);
    expect(taskDefinition.requiresAttributes.map((a) => a.name)).not.toContain('ecs.capability.task-eni');
  });

  test('returns tags given at registration and keeps them for describe --include TAGS', () => {
    const reg = createTaskDefinitionRegistry();
    const tags = [{ key: 'team', value: 'identity' }];

    const registered = registerTaskDefinition(reg, userService((d) => (d.tags = tags)), testContext());
    const described = describeTaskDefinition(reg, { taskDefinition: 'user-service:1', include: ['TAGS'] }, testContext());

    expect(registered.tags).toEqual(tags);
    expect(registered.taskDefinition).not.toHaveProperty('tags');
    expect(described.tags).toEqual(tags);
    expect(describeTaskDefinition(reg, { taskDefinition: 'user-service:1' }, testContext())).not.toHaveProperty('tags');
  });

  test('rejects with the ClientException AWS would send', () => {
    const reg = createTaskDefinitionRegistry();

    const error = thrown(() => registerTaskDefinition(reg, userService((d) => (d.memory = '9 GB')), testContext()));

    expect(error.code).toBe('ClientException');
    expect(error.message).toBe(
      'No Fargate configuration exists for given values: 256 CPU, 9216 memory. See the Amazon ECS documentation for the valid values.',
    );
    expect(reg.families).toEqual({});
  });

  test('rejects with the first blocking error in document order', () => {
    const reg = createTaskDefinitionRegistry();
    const doc = userService((d) => {
      d.networkMode = 'bridge';
      d.containerDefinitions[0].memory = 4096;
    });

    const error = thrown(() => registerTaskDefinition(reg, doc, testContext()));

    expect(error.message).toBe('Fargate only supports network mode ‘awsvpc’.');
  });

  test('reports every CLI parameter problem at once, in botocore order, before any service check', () => {
    const reg = createTaskDefinitionRegistry();
    const doc = userService((d) => {
      d.networkMode = 'bridge';
      d.revision = 3;
      d.containerDefinitions[0].memory = '512';
    });

    const error = thrown(() => registerTaskDefinition(reg, doc, testContext()));

    expect(error.code).toBe('ParamValidation');
    expect(error.message).toMatch(/^Parameter validation failed:\nUnknown parameter in input: "revision", must be one of: family, /);
    expect(error.message).toContain(
      "\nInvalid type for parameter containerDefinitions[0].memory, value: 512, type: <class 'str'>, valid types: <class 'int'>",
    );
  });

  test('warnings do not block registration', () => {
    const reg = createTaskDefinitionRegistry();
    const doc = userService((d) => {
      d.containerDefinitions[0].environment.push({ name: 'API_KEY', value: 'abc123' });
      d.containerDefinitions[0].image = 'nginx:latest';
    });

    expect(registerTaskDefinition(reg, doc, testContext()).taskDefinition.revision).toBe(1);
  });

  test('a response is a copy: editing it does not change the registry', () => {
    const reg = createTaskDefinitionRegistry();
    const { taskDefinition } = registerTaskDefinition(reg, chapterDoc('user-service'), testContext());

    taskDefinition.containerDefinitions[0]!.image = 'evil:1';
    taskDefinition.status = 'INACTIVE';

    const again = describeTaskDefinition(reg, { taskDefinition: 'user-service:1' }, testContext()).taskDefinition;
    expect(again.containerDefinitions[0]!.image).toBe('123456789012.dkr.ecr.us-east-1.amazonaws.com/user-service:v1.2.3');
    expect(again.status).toBe('ACTIVE');
  });

  test('a family called __proto__ is an ordinary family', () => {
    const reg = createTaskDefinitionRegistry();

    registerTaskDefinition(reg, userService((d) => (d.family = '__proto__')), testContext());

    expect(Object.getPrototypeOf(reg.families)).toBe(Object.prototype);
    expect(listTaskDefinitionFamilies(reg, {}, testContext()).families).toEqual(['__proto__']);
    expect(describeTaskDefinition(reg, { taskDefinition: '__proto__' }, testContext()).taskDefinition.revision).toBe(1);
  });
});

describe('revisions', () => {
  test('never reset, even after every revision was deregistered and deleted', () => {
    const reg = seeded(2);
    const ctx = testContext();
    for (const ref of ['user-service:1', 'user-service:2']) deregisterTaskDefinition(reg, { taskDefinition: ref }, ctx);
    deleteTaskDefinitions(reg, { taskDefinitions: ['user-service:1', 'user-service:2'] }, ctx);

    const { taskDefinition } = registerTaskDefinition(reg, chapterDoc('user-service'), ctx);

    expect(taskDefinition.revision).toBe(3);
    expect(taskDefinition.taskDefinitionArn).toBe(`${ARN}/user-service:3`);
  });

  test('are counted per family', () => {
    const reg = seeded(3);

    const next = registerTaskDefinition(reg, chapterDoc('api-gateway'), testContext()).taskDefinition;

    expect(next.revision).toBe(2);
  });
});

describe('describeTaskDefinition and resolveTaskDefinition', () => {
  test('a bare family means its latest ACTIVE revision', () => {
    const reg = seeded(3);
    deregisterTaskDefinition(reg, { taskDefinition: 'user-service:3' }, testContext());

    const { taskDefinition } = describeTaskDefinition(reg, { taskDefinition: 'user-service' }, testContext());

    expect(taskDefinition.revision).toBe(2);
  });

  test('family:revision and the full ARN find INACTIVE revisions too', () => {
    const reg = seeded(3);
    deregisterTaskDefinition(reg, { taskDefinition: 'user-service:3' }, testContext());

    expect(describeTaskDefinition(reg, { taskDefinition: 'user-service:3' }, testContext()).taskDefinition.status).toBe('INACTIVE');
    expect(describeTaskDefinition(reg, { taskDefinition: `${ARN}/user-service:3` }, testContext()).taskDefinition.revision).toBe(3);
  });

  test.each(['user-service:9', 'nope', 'user-service:0', 'user service', 'arn:aws:ecs:eu-west-1:123456789012:task-definition/user-service:1', ''])(
    'answers "Unable to describe task definition." for %j',
    (ref) => {
      const reg = seeded(3);

      const error = thrown(() => describeTaskDefinition(reg, { taskDefinition: ref }, testContext()));

      expect([error.code, error.message]).toEqual(['ClientException', 'Unable to describe task definition.']);
    },
  );

  test('a family whose revisions are all INACTIVE has no latest', () => {
    const reg = seeded(1);
    deregisterTaskDefinition(reg, { taskDefinition: 'user-service:1' }, testContext());

    expect(resolveTaskDefinition(reg, 'user-service', testContext())).toBeUndefined();
    expect(resolveTaskDefinition(reg, 'user-service:1', testContext())?.status).toBe('INACTIVE');
  });

  test('refuses a missing taskDefinition the way the CLI does', () => {
    const error = thrown(() => describeTaskDefinition(seeded(1), {}, testContext()));

    expect(error.code).toBe('ParamValidation');
    expect(error.message).toBe('Parameter validation failed:\nMissing required parameter in input: "taskDefinition"');
  });
});

describe('listTaskDefinitions', () => {
  test('lists ACTIVE revisions by family then revision', () => {
    const reg = seeded(3);

    expect(listTaskDefinitions(reg, {}, testContext())).toEqual({
      taskDefinitionArns: [`${ARN}/api-gateway:1`, `${ARN}/user-service:1`, `${ARN}/user-service:2`, `${ARN}/user-service:3`],
    });
  });

  test('familyPrefix is the full family name, not a prefix', () => {
    const reg = seeded(2);
    registerTaskDefinition(reg, userService((d) => (d.family = 'user-service-v2')), testContext());

    expect(listTaskDefinitions(reg, { familyPrefix: 'user-service' }, testContext()).taskDefinitionArns).toEqual([
      `${ARN}/user-service:1`,
      `${ARN}/user-service:2`,
    ]);
    expect(listTaskDefinitions(reg, { familyPrefix: 'user' }, testContext()).taskDefinitionArns).toEqual([]);
  });

  test('status INACTIVE lists deregistered revisions only; sort DESC puts the newest first', () => {
    const reg = seeded(3);
    deregisterTaskDefinition(reg, { taskDefinition: 'user-service:1' }, testContext());
    deregisterTaskDefinition(reg, { taskDefinition: 'user-service:2' }, testContext());

    expect(listTaskDefinitions(reg, { status: 'INACTIVE', sort: 'DESC' }, testContext()).taskDefinitionArns).toEqual([
      `${ARN}/user-service:2`,
      `${ARN}/user-service:1`,
    ]);
    expect(listTaskDefinitions(reg, { sort: 'DESC' }, testContext()).taskDefinitionArns).toEqual([`${ARN}/user-service:3`, `${ARN}/api-gateway:1`]);
  });

  test('pages with maxResults and nextToken', () => {
    const reg = seeded(5);

    const first = listTaskDefinitions(reg, { maxResults: 4 }, testContext());
    const second = listTaskDefinitions(reg, { maxResults: 4, nextToken: first.nextToken }, testContext());

    expect(first.taskDefinitionArns).toHaveLength(4);
    expect(first.nextToken).toEqual(expect.any(String));
    expect(second).toEqual({ taskDefinitionArns: [`${ARN}/user-service:4`, `${ARN}/user-service:5`] });
  });

  test.each([
    [{ maxResults: 0 }, 'InvalidParameterException'],
    [{ maxResults: 101 }, 'InvalidParameterException'],
    [{ nextToken: 'garbage' }, 'InvalidParameterException'],
    [{ status: 'ALL' }, 'InvalidParameterException'],
    [{ sort: 'UP' }, 'InvalidParameterException'],
    [{ maxResults: '10' }, 'ParamValidation'],
    [{ family: 'user-service' }, 'ParamValidation'],
  ])('refuses %j with %s', (input, code) => {
    expect(thrown(() => listTaskDefinitions(seeded(1), input, testContext())).code).toBe(code);
  });
});

describe('listTaskDefinitionFamilies', () => {
  test('filters by prefix and by whether a family still has an ACTIVE revision', () => {
    const reg = seeded(1);
    registerTaskDefinition(reg, chapterDoc('email-worker'), testContext());
    deregisterTaskDefinition(reg, { taskDefinition: 'email-worker:1' }, testContext());
    const ctx = testContext();

    expect(listTaskDefinitionFamilies(reg, {}, ctx).families).toEqual(['api-gateway', 'user-service']);
    expect(listTaskDefinitionFamilies(reg, { status: 'INACTIVE' }, ctx).families).toEqual(['email-worker']);
    expect(listTaskDefinitionFamilies(reg, { status: 'ALL' }, ctx).families).toEqual(['api-gateway', 'email-worker', 'user-service']);
    expect(listTaskDefinitionFamilies(reg, { familyPrefix: 'user', status: 'ALL' }, ctx).families).toEqual(['user-service']);
  });

  test('pages with maxResults and nextToken', () => {
    const reg = seeded(1);
    registerTaskDefinition(reg, chapterDoc('email-worker'), testContext());

    const first = listTaskDefinitionFamilies(reg, { maxResults: 2 }, testContext());
    const second = listTaskDefinitionFamilies(reg, { maxResults: 2, nextToken: first.nextToken }, testContext());

    expect(first.families).toEqual(['api-gateway', 'email-worker']);
    expect(second).toEqual({ families: ['user-service'] });
  });
});

describe('deregisterTaskDefinition', () => {
  test('marks the revision INACTIVE with deregisteredAt', () => {
    const reg = seeded(1);

    const { taskDefinition } = deregisterTaskDefinition(reg, { taskDefinition: `${ARN}/user-service:1` }, testContext({ now: Date.UTC(2026, 1, 1) }));

    expect(taskDefinition.status).toBe('INACTIVE');
    expect(taskDefinition.deregisteredAt).toBe('2026-02-01T00:00:00.000000+00:00');
    expect(listTaskDefinitions(reg, { familyPrefix: 'user-service' }, testContext()).taskDefinitionArns).toEqual([]);
  });

  test('refuses a bare family: "Revision is missing."', () => {
    const error = thrown(() => deregisterTaskDefinition(seeded(1), { taskDefinition: 'user-service' }, testContext()));

    expect([error.code, error.message]).toEqual(['ClientException', 'Revision is missing.']);
  });

  test('refuses an unknown revision', () => {
    const error = thrown(() => deregisterTaskDefinition(seeded(1), { taskDefinition: 'user-service:7' }, testContext()));

    expect([error.code, error.message]).toEqual(['ClientException', 'The specified task definition does not exist.']);
  });
});

describe('deleteTaskDefinitions', () => {
  test('refuses ACTIVE revisions in failures and deletes INACTIVE ones', () => {
    const reg = seeded(2);
    deregisterTaskDefinition(reg, { taskDefinition: 'user-service:1' }, testContext());

    const result = deleteTaskDefinitions(reg, { taskDefinitions: ['user-service:1', 'user-service:2', 'user-service:9'] }, testContext({ now: Date.UTC(2026, 1, 2) }));

    expect(result.taskDefinitions).toHaveLength(1);
    expect(result.taskDefinitions[0]).toMatchObject({ revision: 1, status: 'DELETE_IN_PROGRESS', deleteRequestedAt: '2026-02-02T00:00:00.000000+00:00' });
    expect(result.failures).toEqual([
      {
        arn: `${ARN}/user-service:2`,
        reason: 'The specified task definition is still in ACTIVE status. Please deregister the target and try again.',
      },
      { arn: `${ARN}/user-service:9`, reason: 'The specified task definition does not exist.' },
    ]);
    expect(thrown(() => describeTaskDefinition(reg, { taskDefinition: 'user-service:1' }, testContext())).message).toBe(
      'Unable to describe task definition.',
    );
  });

  test('keeps a revision DELETE_IN_PROGRESS while a task or service still uses it, then purges it', () => {
    const reg = seeded(1);
    deregisterTaskDefinition(reg, { taskDefinition: 'user-service:1' }, testContext());
    let inUse = true;
    const ctx = testContext({ isInUse: (arn) => inUse && arn === `${ARN}/user-service:1` });

    deleteTaskDefinitions(reg, { taskDefinitions: ['user-service:1'] }, ctx);

    expect(describeTaskDefinition(reg, { taskDefinition: 'user-service:1' }, ctx).taskDefinition.status).toBe('DELETE_IN_PROGRESS');
    expect(listTaskDefinitions(reg, { status: 'DELETE_IN_PROGRESS' }, ctx).taskDefinitionArns).toEqual([`${ARN}/user-service:1`]);
    expect(purgeDeletedTaskDefinitions(reg, ctx)).toEqual([]);
    inUse = false;
    expect(purgeDeletedTaskDefinitions(reg, ctx)).toEqual([`${ARN}/user-service:1`]);
    expect(resolveTaskDefinition(reg, 'user-service:1', ctx)).toBeUndefined();
  });

  test('a family reference without revision is reported, not deleted', () => {
    const reg = seeded(1);

    expect(deleteTaskDefinitions(reg, { taskDefinitions: ['user-service'] }, testContext()).failures).toEqual([
      { arn: 'user-service', reason: 'Revision is missing.' },
    ]);
  });

  test.each([[[]], [Array.from({ length: 11 }, (_, i) => `user-service:${i + 1}`)]])('refuses a batch of %#', (refs) => {
    expect(thrown(() => deleteTaskDefinitions(seeded(1), { taskDefinitions: refs }, testContext())).code).toBe('InvalidParameterException');
  });
});

describe('launchBlockers', () => {
  test('a registered revision with secrets but no execution role cannot start', () => {
    const reg = createTaskDefinitionRegistry();
    const doc = userService((d) => {
      delete d.executionRoleArn;
      d.containerDefinitions[0].image = 'public.ecr.aws/nginx/nginx:1.27';
      d.containerDefinitions[0].logConfiguration.logDriver = 'splunk';
    });
    const { taskDefinition } = registerTaskDefinition(reg, doc, testContext());

    expect(launchBlockers(taskDefinition).map((d) => d.code)).toEqual(['execution-role-secrets']);
  });

  test("the chapter's revisions have none", () => {
    const reg = createTaskDefinitionRegistry();

    for (const family of ['user-service', 'api-gateway', 'email-worker'] as const) {
      expect(launchBlockers(registerTaskDefinition(reg, chapterDoc(family), testContext()).taskDefinition)).toEqual([]);
    }
  });

  test('an image that is not a valid reference registers but cannot start', () => {
    const reg = createTaskDefinitionRegistry();
    const { taskDefinition } = registerTaskDefinition(reg, userService((d) => (d.containerDefinitions[0].image = 'User Service')), testContext());

    expect(launchBlockers(taskDefinition).map((d) => d.code)).toEqual(['image-reference-invalid']);
  });
});
