/**
 * ECS error codes and messages the operation handlers throw, in one place so they are easy to check
 * against AWS. Sources per reference §3.3/§4.2; entries marked [I] are the best-known forms where the
 * reference has no capture.
 */
import { AwsError } from '../errors.ts';

/** Factories for every ECS error the engine raises. */
export const ecsErrors = {
  clusterNotFound: () => new AwsError('ClusterNotFoundException', 'Cluster not found.'),
  serviceNotFound: () => new AwsError('ServiceNotFoundException', 'Service not found.'),
  serviceNotActive: () => new AwsError('ServiceNotActiveException', 'Service was not ACTIVE.'),
  /** Unknown task definition (observed as ClientException on CreateService; assumed the same on RunTask/UpdateService). */
  taskDefinitionNotFound: () => new AwsError('ClientException', 'TaskDefinition not found.'),
  /** Observed: ClientException on UpdateService, InvalidParameterException on RunTask (reference §3.3). */
  taskDefinitionInactive: (code: 'ClientException' | 'InvalidParameterException') => new AwsError(code, 'TaskDefinition is inactive'),
  launchTypeUnsupported: (launchType: string) =>
    new AwsError('InvalidParameterException', `Task definition does not support launch_type ${launchType}.`),
  networkConfigurationRequired: () =>
    new AwsError('InvalidParameterException', "Network Configuration must be provided when networkMode 'awsvpc' is specified."),
  /** [I] */
  subnetsEmpty: () => new AwsError('InvalidParameterException', 'subnets can not be empty.'),
  /** [I] the EC2 lookup error ECS wraps. */
  subnetNotFound: (id: string) =>
    new AwsError(
      'InvalidParameterException',
      `Error retrieving subnet information for [${id}]: The subnet ID '${id}' does not exist (ErrorCode: InvalidSubnetID.NotFound)`,
    ),
  /** [I] */
  securityGroupNotFound: (id: string) =>
    new AwsError(
      'InvalidParameterException',
      `Error retrieving security group information for [${id}]: The security group '${id}' does not exist (ErrorCode: InvalidGroup.NotFound)`,
    ),
  /** [I] */
  tooManySubnets: () => new AwsError('InvalidParameterException', 'subnets can have at most 16 items.'),
  /** [I] */
  tooManySecurityGroups: () => new AwsError('InvalidParameterException', 'securityGroups can have at most 5 items.'),
  /** [I] */
  subnetsInDifferentVpcs: () => new AwsError('InvalidParameterException', 'Subnets must all be in the same VPC.'),
  targetGroupInvalid: () =>
    new AwsError(
      'InvalidParameterException',
      'Unable to assume role and validate the specified targetGroupArn. Please verify that the ECS service role being passed has the proper permissions.',
    ),
  targetGroupInstanceType: (arn: string) =>
    new AwsError(
      'InvalidParameterException',
      `The provided target group ${arn} has target type instance, which is incompatible with the awsvpc network mode specified in the task definition.`,
    ),
  lbContainerMissing: (name: string) =>
    new AwsError('InvalidParameterException', `The container ${name} does not exist in the task definition.`),
  lbPortMissing: (name: string, port: number) =>
    new AwsError('InvalidParameterException', `The container ${name} did not have a container port ${port} defined.`),
  serviceNotIdempotent: () => new AwsError('InvalidParameterException', 'Creation of service was not idempotent.'),
  serviceScaledAboveZero: () => new AwsError('InvalidParameterException', 'The service cannot be stopped while it is scaled above 0.'),
  noContainerInstances: () => new AwsError('InvalidParameterException', 'No Container Instances were found in your cluster.'),
  clusterHasServices: () => new AwsError('ClusterContainsServicesException', 'The Cluster cannot be deleted while Services are active.'),
  clusterHasTasks: () => new AwsError('ClusterContainsTasksException', 'The Cluster cannot be deleted while Tasks are active.'),
  /** [I] */
  taskNotFound: () => new AwsError('InvalidParameterException', 'The referenced task was not found.'),
  /** [I] bounds messages. */
  countOutOfRange: () => new AwsError('InvalidParameterException', 'count must be between 1 and 10.'),
  tooManyServices: () => new AwsError('InvalidParameterException', 'services can have at most 10 items.'),
  tooManyTasks: () => new AwsError('InvalidParameterException', 'tasks can have at most 100 items.'),
  desiredCountNegative: () => new AwsError('InvalidParameterException', 'Desired count must be >= 0.'),
  unableToAssumeRole: (arn: string) =>
    new AwsError(
      'ClientException',
      `ECS was unable to assume the role '${arn}' that was provided for this task. Please verify that the role being passed has the proper trust relationship and permissions and that your IAM user has permissions to pass this role.`,
    ),
  execNotEnabled: () =>
    new AwsError(
      'InvalidParameterException',
      'The execute command failed because execute command was not enabled when the task was run or the execute command agent isn’t running. Wait and try again or run a new task with execute command enabled and try again.',
    ),
  execNotConnected: () =>
    new AwsError('TargetNotConnectedException', 'The execute command failed due to an internal error. Try again later.'),
  execInteractiveOnly: () => new AwsError('InvalidParameterException', 'Interactive is the only mode supported currently.'),
  /** [I] */
  execContainerRequired: () =>
    new AwsError('InvalidParameterException', 'The task has more than one container, so a container name must be specified.'),
  /** [I] */
  execContainerNotFound: (name: string) =>
    new AwsError('InvalidParameterException', `The container ${name} was not found in the task.`),
  /** [I] */
  overrideContainerMissing: (name: string) =>
    new AwsError('InvalidParameterException', `Override for container named ${name} is not a container in the TaskDefinition.`),
  /** Missing required parameter (the CLI normally catches these first). */
  missingParameter: (name: string) => new AwsError('InvalidParameterException', `${name} must be specified.`),
  /** Operation the simulator does not implement. */
  unsupported: (service: string, operation: string) =>
    new AwsError('UnsupportedOperation', `The simulator does not implement ${service} ${operation}.`),
};
