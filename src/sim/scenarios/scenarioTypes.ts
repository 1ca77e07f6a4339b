/**
 * The scenario format: the starting account a simulation is created from. A scenario is plain data
 * (it is copied into the simulation state), documented field by field here and in README.md.
 */
import type { FaultKind, LoadSpec } from '../contract.ts';

/** A VPC subnet tasks can be placed in. */
export interface SubnetSpec {
  id: string;
  vpcId: string;
  availabilityZone: string;
  /** e.g. `10.0.1.0/24`; task IPs are handed out from it. */
  cidrBlock: string;
  /** Free IP addresses (each task's ENI takes one). */
  availableIpAddressCount: number;
  /** Can reach ECR, Secrets Manager, SSM and CloudWatch Logs (NAT gateway or VPC endpoints). */
  routeToAwsServices: boolean;
  /** Can reach the public internet (NAT, or an internet gateway with a public IP) for non-ECR images. */
  routeToInternet: boolean;
  /** Has a route to an internet gateway (public subnet); tasks then need assignPublicIp ENABLED to get out. */
  public: boolean;
}

/** A security group. */
export interface SecurityGroupSpec {
  id: string;
  vpcId: string;
  name: string;
}

/** An ALB target group. */
export interface TargetGroupSpec {
  arn: string;
  name: string;
  port: number;
  protocol: 'HTTP' | 'HTTPS';
  targetType: 'ip' | 'instance';
  vpcId: string;
  healthCheckPath: string;
  healthCheckIntervalSeconds: number;
  healthyThresholdCount: number;
  unhealthyThresholdCount: number;
  /** Connection draining time (AWS default 300 s). */
  deregistrationDelaySeconds: number;
  /** The load balancer's name, e.g. `my-alb`. */
  loadBalancerName: string;
  /** `app/<lb>/<lb-id>/targetgroup/<tg>/<tg-id>` labels accepted for ALBRequestCountPerTarget. */
  resourceLabels: string[];
  /** HTTP codes returned for the health-check path when the app answers (e.g. [200]; [404] for a wrong path). */
  healthCheckCodes?: number[];
}

/** An IAM policy statement (Allow only). Actions and resources accept `*` wildcards. */
export interface PermissionSpec {
  actions: string[];
  resources: string[];
}

/** An IAM role. */
export interface RoleSpec {
  name: string;
  arn: string;
  /** Service principals the trust policy allows, e.g. `ecs-tasks.amazonaws.com`. */
  trustedServices: string[];
  permissions: PermissionSpec[];
}

/** A Secrets Manager secret. `arn` may omit the random 6-character suffix. */
export interface SecretSpec {
  arn: string;
  name: string;
  /** The value containers see (fake). */
  value: string;
}

/** An SSM parameter. */
export interface ParameterSpec {
  arn: string;
  name: string;
  type: 'String' | 'SecureString';
  value: string;
}

/** An ECR repository and its image tags. */
export interface RepositorySpec {
  name: string;
  uri: string;
  tags: string[];
}

/** A CloudWatch Logs log group. */
export interface LogGroupSpec {
  name: string;
}

/** Everything the account holds apart from ECS resources. */
export interface ScenarioResources {
  vpcs: { id: string; cidrBlock: string; defaultSecurityGroupId: string }[];
  subnets: SubnetSpec[];
  securityGroups: SecurityGroupSpec[];
  targetGroups: TargetGroupSpec[];
  roles: RoleSpec[];
  secrets: SecretSpec[];
  parameters: ParameterSpec[];
  repositories: RepositorySpec[];
  logGroups: LogGroupSpec[];
}

/** A starting point for a simulation. */
export interface Scenario {
  /** Short id, e.g. `default`. */
  id: string;
  /** One-line description for people choosing a scenario. */
  description: string;
  account?: { accountId?: string; region?: string; callerArn?: string };
  resources: ScenarioResources;
  /** Clusters that already exist. */
  clusters?: string[];
  /** RegisterTaskDefinition inputs registered in order before the learner starts. */
  taskDefinitions?: Record<string, unknown>[];
  /** Files of the virtual file system, by relative path. */
  files?: Record<string, string>;
  /** Faults active from the start. */
  faults?: { kind: FaultKind; options: Record<string, string> }[];
  /** Load models by `cluster/service` (applied when the service exists). */
  loads?: Record<string, LoadSpec>;
}
