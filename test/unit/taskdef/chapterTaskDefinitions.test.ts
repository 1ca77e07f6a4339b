import { describe, expect, test } from 'vitest';
import {
  createTaskDefinitionRegistry,
  registerTaskDefinition,
  validateTaskDefinition,
} from '../../../src/sim/taskdef/index.ts';
import { CHAPTER_FAMILIES, chapterDoc, testContext } from './chapterFixtures.ts';

describe("the chapter's task definitions", () => {
  test('user-service (section 3) is clean: no errors, warnings or info', () => {
    expect(validateTaskDefinition(chapterDoc('user-service'))).toEqual([]);
  });

  // api-gateway and email-worker (section 10) have no container health check. AWS accepts that; the course
  // warns because ECS then only notices a crash, not a hang (their health stays UNKNOWN).
  test.each(['api-gateway', 'email-worker'] as const)('%s only gets the missing-health-check warning', (family) => {
    const diagnostics = validateTaskDefinition(chapterDoc(family));

    expect(diagnostics).toEqual([
      expect.objectContaining({
        code: 'essential-container-without-health-check',
        severity: 'warning',
        path: ['containerDefinitions', 0, 'healthCheck'],
      }),
    ]);
  });

  test('the Secrets Manager ARNs without the 6-character suffix are accepted', () => {
    const codes = validateTaskDefinition(chapterDoc('email-worker')).map((d) => d.code);

    expect(codes).not.toContain('secret-value-from-invalid');
    expect(chapterDoc('email-worker').containerDefinitions[0].secrets[0].valueFrom).toBe(
      'arn:aws:secretsmanager:us-east-1:123456789012:secret:email-worker/smtp',
    );
  });

  test.each(CHAPTER_FAMILIES)('%s registers as revision 1 of its family', (family) => {
    const reg = createTaskDefinitionRegistry();

    const { taskDefinition } = registerTaskDefinition(reg, chapterDoc(family), testContext());

    expect(taskDefinition.taskDefinitionArn).toBe(`arn:aws:ecs:us-east-1:123456789012:task-definition/${family}:1`);
    expect(taskDefinition.status).toBe('ACTIVE');
    expect(taskDefinition.compatibilities).toEqual(['EC2', 'FARGATE']);
  });

  test('registering user-service three times gives the ARNs the chapter lists', () => {
    const reg = createTaskDefinitionRegistry();
    const ctx = testContext();

    const arns = [1, 2, 3].map(() => registerTaskDefinition(reg, chapterDoc('user-service'), ctx).taskDefinition.taskDefinitionArn);

    expect(arns).toEqual([
      'arn:aws:ecs:us-east-1:123456789012:task-definition/user-service:1',
      'arn:aws:ecs:us-east-1:123456789012:task-definition/user-service:2',
      'arn:aws:ecs:us-east-1:123456789012:task-definition/user-service:3',
    ]);
  });
});
