/** Validates a RunTask/CreateService/UpdateService awsvpc network configuration against the scenario's VPC. */
import type { NetworkConfiguration, SimState } from '../runtime/state.ts';
import { ecsErrors } from './ecsErrors.ts';

/** Checks and normalises (default security group, assignPublicIp DISABLED). Throws AwsError. */
export function validateNetworkConfiguration(state: SimState, raw: unknown): NetworkConfiguration {
  const awsvpc = (raw as { awsvpcConfiguration?: Record<string, unknown> } | undefined)?.awsvpcConfiguration;
  if (!awsvpc) throw ecsErrors.networkConfigurationRequired();
  const subnets = Array.isArray(awsvpc['subnets']) ? (awsvpc['subnets'] as unknown[]).map(String) : [];
  const groups = Array.isArray(awsvpc['securityGroups']) ? (awsvpc['securityGroups'] as unknown[]).map(String) : [];
  if (subnets.length === 0) throw ecsErrors.subnetsEmpty();
  if (subnets.length > 16) throw ecsErrors.tooManySubnets();
  if (groups.length > 5) throw ecsErrors.tooManySecurityGroups();
  const found = subnets.map((id) => {
    const s = state.resources.subnets.find((x) => x.id === id);
    if (!s) throw ecsErrors.subnetNotFound(id);
    return s;
  });
  const vpcId = found[0]!.vpcId;
  if (found.some((s) => s.vpcId !== vpcId)) throw ecsErrors.subnetsInDifferentVpcs();
  for (const id of groups) {
    if (!state.resources.securityGroups.some((g) => g.id === id)) throw ecsErrors.securityGroupNotFound(id);
  }
  const vpc = state.resources.vpcs.find((v) => v.id === vpcId);
  const assign = awsvpc['assignPublicIp'] === 'ENABLED' ? 'ENABLED' : 'DISABLED';
  return {
    awsvpcConfiguration: {
      subnets,
      securityGroups: groups.length > 0 ? groups : vpc ? [vpc.defaultSecurityGroupId] : [],
      assignPublicIp: assign,
    },
  };
}
