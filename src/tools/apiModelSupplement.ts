/**
 * Input members AWS added after the aws-sdk v2 model froze, transcribed from botocore 1.43 (`ecs/2014-11-13/
 * service-2.json`). Without them the CLI layer would answer `Unknown options: --availability-zone-rebalancing`
 * or reject a task definition the task-definition validator accepts (src/sim/taskdef/apiShape.ts lists the same
 * newer members). Only members that are simple to type are listed; each goes right after the member botocore
 * places it after, so "must be one of" lists keep AWS's order.
 */
import type { ApiShape } from '../sim/model/apiModelTypes.ts';

/** One member to add to a generated structure. */
export interface MemberSupplement {
  service: string;
  structure: string;
  member: string;
  after: string;
  shape: string;
}

export const SUPPLEMENT_SHAPES: Record<string, Record<string, ApiShape>> = {
  ecs: {
    AvailabilityZoneRebalancing: { type: 'string', enum: ['ENABLED', 'DISABLED'] },
    VersionConsistency: { type: 'string', enum: ['enabled', 'disabled'] },
    DeploymentStrategy: { type: 'string', enum: ['ROLLING', 'BLUE_GREEN', 'LINEAR', 'CANARY'] },
    BoxedBoolean: { type: 'boolean' },
    BoxedInteger: { type: 'integer' },
    String: { type: 'string' },
    S3FilesVolumeConfiguration: {
      type: 'structure',
      members: {
        fileSystemArn: 'String',
        rootDirectory: 'String',
        transitEncryptionPort: 'BoxedInteger',
        accessPointArn: 'String',
      },
      required: ['fileSystemArn'],
    },
  },
};

export const MEMBER_SUPPLEMENTS: readonly MemberSupplement[] = [
  { service: 'ecs', structure: 'CreateServiceRequest', member: 'availabilityZoneRebalancing', after: 'taskDefinition', shape: 'AvailabilityZoneRebalancing' },
  { service: 'ecs', structure: 'UpdateServiceRequest', member: 'availabilityZoneRebalancing', after: 'deploymentConfiguration', shape: 'AvailabilityZoneRebalancing' },
  { service: 'ecs', structure: 'DeploymentConfiguration', member: 'strategy', after: 'alarms', shape: 'DeploymentStrategy' },
  { service: 'ecs', structure: 'DeploymentConfiguration', member: 'bakeTimeInMinutes', after: 'strategy', shape: 'BoxedInteger' },
  { service: 'ecs', structure: 'RegisterTaskDefinitionRequest', member: 'enableFaultInjection', after: 'runtimePlatform', shape: 'BoxedBoolean' },
  { service: 'ecs', structure: 'ContainerDefinition', member: 'versionConsistency', after: 'stopTimeout', shape: 'VersionConsistency' },
  { service: 'ecs', structure: 'Volume', member: 's3filesVolumeConfiguration', after: 'efsVolumeConfiguration', shape: 'S3FilesVolumeConfiguration' },
];

/** Adds the supplement to a service's shapes (in place). Throws when the model already has a member or lacks an anchor. */
export function applySupplement(service: string, shapes: Record<string, ApiShape>): void {
  for (const [name, shape] of Object.entries(SUPPLEMENT_SHAPES[service] ?? {})) shapes[name] ??= shape;
  for (const s of MEMBER_SUPPLEMENTS.filter((x) => x.service === service)) {
    const target = shapes[s.structure];
    if (target?.type !== 'structure') throw new Error(`supplement: ${s.structure} is not a structure in the ${service} model`);
    if (s.member in target.members) throw new Error(`supplement: ${s.structure}.${s.member} is in the SDK model now; drop it`);
    if (!(s.after in target.members)) throw new Error(`supplement: ${s.structure} has no member ${s.after}`);
    const entries: [string, string][] = [];
    for (const [k, v] of Object.entries(target.members)) {
      entries.push([k, v]);
      if (k === s.after) entries.push([s.member, s.shape]);
    }
    shapes[s.structure] = { ...target, members: Object.fromEntries(entries) };
  }
}
