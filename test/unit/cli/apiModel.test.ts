import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

import { defaultSdkRoot, generateApiModelFiles } from '../../../src/tools/generate-api-model.ts';
import { apiModels, cliNameOf, findOperationByCommand } from '../../../src/sim/model/index.ts';
import { operationFlags } from '../../../src/sim/cli/awsArguments.ts';

describe('cliNameOf (botocore xform_name)', () => {
  it.each([
    ['CreateService', 'create-service'],
    ['ListTaskDefinitionFamilies', 'list-task-definition-families'],
    ['clusterName', 'cluster-name'],
    ['enableECSManagedTags', 'enable-ecs-managed-tags'],
    ['ResourceId', 'resource-id'],
    ['ScalableDimension', 'scalable-dimension'],
    ['AlarmNames', 'alarm-names'],
    ['OKActions', 'ok-actions'],
    ['TargetTrackingScalingPolicyConfiguration', 'target-tracking-scaling-policy-configuration'],
  ])('%s → %s', (name, cli) => expect(cliNameOf(name)).toBe(cli));
});

describe('generated API tables', () => {
  it('are exactly what the generator produces today (regenerated into a temp dir)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'api-model-'));
    try {
      for (const [file, text] of Object.entries(generateApiModelFiles(defaultSdkRoot()))) {
        writeFileSync(join(dir, file), text);
        const committed = readFileSync(new URL(`../../../src/sim/model/${file}`, import.meta.url), 'utf8');
        expect(readFileSync(join(dir, file), 'utf8'), `${file} is stale: run npx tsx src/tools/generate-api-model.ts`).toBe(committed);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('give create-service its flags, types, required members and enums', () => {
    const ecs = apiModels.ecs;
    const op = findOperationByCommand(ecs, 'create-service')!;
    expect(op.name).toBe('CreateService');
    const flags = operationFlags(ecs, op.operation);
    expect(flags.get('--service-name')?.member).toBe('serviceName');
    expect(flags.get('--desired-count')?.shape.type).toBe('integer');
    expect(flags.get('--enable-execute-command')?.shape.type).toBe('boolean');
    expect(flags.get('--no-enable-execute-command')?.negated).toBe(true);
    expect(flags.get('--launch-type')?.shape).toEqual({ type: 'string', enum: ['EC2', 'FARGATE', 'EXTERNAL'] });
    expect(flags.get('--load-balancers')?.shape.type).toBe('list');
    const input = ecs.shapes[op.operation.input!];
    expect(input?.type === 'structure' && input.required).toEqual(['serviceName']);
  });

  it('use PascalCase members for Application Auto Scaling', () => {
    const aas = apiModels['application-autoscaling'];
    const op = findOperationByCommand(aas, 'register-scalable-target')!;
    const flags = operationFlags(aas, op.operation);
    expect(flags.get('--resource-id')?.member).toBe('ResourceId');
    expect(flags.get('--min-capacity')?.shape.type).toBe('integer');
  });

  it('list every operation name for "Invalid choice" but full inputs only for simulated ones', () => {
    expect(apiModels.ecs.allCommands).toContain('create-capacity-provider');
    expect(Object.keys(apiModels.ecs.operations)).not.toContain('CreateCapacityProvider');
    expect(Object.keys(apiModels.ecs.operations)).toHaveLength(20);
    expect(Object.keys(apiModels.cloudwatch.operations).sort()).toEqual(['DeleteAlarms', 'DescribeAlarms', 'PutMetricAlarm']);
  });

  it('carry the ECS waiters', () => {
    expect(apiModels.ecs.waiters.ServicesStable).toMatchObject({ operation: 'DescribeServices', delay: 15, maxAttempts: 40 });
    expect(apiModels.ecs.waiters.TasksRunning).toMatchObject({ operation: 'DescribeTasks', delay: 6, maxAttempts: 100 });
  });
});

describe('members newer than the aws-sdk v2 model (apiModelSupplement.ts)', () => {
  it('are flags, in botocore order, with their enums', () => {
    const ecs = apiModels.ecs;
    const flags = [...operationFlags(ecs, findOperationByCommand(ecs, 'update-service')!.operation).keys()];
    expect(flags.slice(5, 8)).toEqual(['--deployment-configuration', '--availability-zone-rebalancing', '--network-configuration']);
    expect(ecs.shapes.DeploymentStrategy).toEqual({ type: 'string', enum: ['ROLLING', 'BLUE_GREEN', 'LINEAR', 'CANARY'] });
    const container = ecs.shapes.ContainerDefinition;
    expect(container?.type === 'structure' && container.members.versionConsistency).toBe('VersionConsistency');
  });
});
