import { describe, expect, it } from 'vitest';

import { runCommandLine } from '../../../src/sim/cli/shell.ts';
import { awsError, FakeSimulation } from './fakeSimulation.ts';

const USAGE =
  'usage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]\n' +
  'To see help text, you can run:\n\n  aws help\n  aws <command> help\n  aws <command> <subcommand> help\n\n';

function run(line: string) {
  const sim = new FakeSimulation();
  const result = runCommandLine(sim, line);
  return { ...result, calls: sim.calls };
}

describe('usage errors (exit 252, nothing sent to the service)', () => {
  it('missing required flags', () => {
    expect(run('aws ecs create-cluster').exitCode).toBe(0); // create-cluster has no required flag
    const missing = run('aws ecs create-service --cluster production');
    expect(missing.exitCode).toBe(252);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toBe(`${USAGE}aws: [ERROR]: the following arguments are required: --service-name\n`);
    expect(missing.calls).toEqual([]);
  });

  it('lists every missing required flag in model order', () => {
    const r = run('aws application-autoscaling register-scalable-target --min-capacity 1');
    expect(r.stderr).toContain(
      'aws: [ERROR]: the following arguments are required: --service-namespace, --resource-id, --scalable-dimension\n',
    );
  });

  it('unknown options, including stray values', () => {
    const r = run('aws ecs list-clusters --foo bar');
    expect(r.exitCode).toBe(252);
    expect(r.stderr).toBe(`${USAGE}aws: [ERROR]: Unknown options: --foo, bar\n`);
    expect(run('aws ecs create-service --service-name s --desired-count 3 4').stderr).toContain('Unknown options: 4\n');
  });

  it('a flag without its value', () => {
    const r = run('aws ecs create-service --service-name');
    expect(r.stderr).toBe(`${USAGE}aws: [ERROR]: argument --service-name: expected one argument\n`);
    expect(run('aws ecs describe-services --services').stderr).toContain('argument --services: expected at least one argument');
  });

  it('invalid command, with the list of choices and close matches', () => {
    const r = run('aws ecs create-servic');
    expect(r.exitCode).toBe(252);
    expect(r.stderr.startsWith(`${USAGE}aws: [ERROR]: argument operation: Invalid choice, valid choices are:\n\n`)).toBe(true);
    expect(r.stderr).toContain('create-service                           | create-task-set                         \n');
    expect(r.stderr.endsWith("\n\n\nInvalid choice: 'create-servic', maybe you meant:\n\n  * create-service\n")).toBe(true);
  });

  it('invalid service', () => {
    const r = run('aws ecss list-clusters');
    expect(r.stderr).toContain('aws: [ERROR]: argument command: Invalid choice, valid choices are:');
    expect(r.stderr).toContain('  * ecs\n');
  });

  it('a real but unsimulated command says so instead of pretending it does not exist', () => {
    const r = run('aws ecs create-capacity-provider --name x');
    expect(r.exitCode).toBe(252);
    expect(r.stderr).toContain("The simulator does not implement 'aws ecs create-capacity-provider'");
  });

  it('bad JSON, with Python json wording and the text received', () => {
    const r = run(`aws ecs create-service --service-name s --network-configuration '{bad'`);
    expect(r.exitCode).toBe(252);
    expect(r.stderr).toBe(
      "\naws: [ERROR]: Error parsing parameter '--network-configuration': Invalid JSON: Expecting property name enclosed in double quotes: line 1 column 2 (char 1)\nJSON received: {bad\n",
    );
    const trailing = run(`aws ecs update-service --service s --deployment-configuration '{\n"maximumPercent": 200,\n}'`);
    expect(trailing.stderr).toContain('Invalid JSON: Expecting property name enclosed in double quotes: line 3 column 1 (char 25)');
  });

  it('bad shorthand', () => {
    const r = run(`aws ecs update-service --service s --deployment-configuration 'deploymentCircuitBreaker={enable=true'`);
    expect(r.stderr).toBe(
      "\naws: [ERROR]: Error parsing parameter '--deployment-configuration': Expected: ',', received: 'EOF' for input:\n" +
        'deploymentCircuitBreaker={enable=true\n                                     ^\n',
    );
  });

  it('a non-integer for an integer member', () => {
    const r = run('aws ecs create-service --service-name s --desired-count three');
    expect(r.exitCode).toBe(252);
    expect(r.stderr).toBe("\naws: [ERROR]: invalid literal for int() with base 10: 'three'\n");
  });

  it('botocore parameter validation of JSON values', () => {
    const r = run(`aws ecs create-service --service-name s --network-configuration '{"awsvpcConfiguration": {"subnet": ["a"]}}'`);
    expect(r.exitCode).toBe(252);
    expect(r.stderr).toBe(
      '\naws: [ERROR]: Parameter validation failed:\n' +
        'Missing required parameter in networkConfiguration.awsvpcConfiguration: "subnets"\n' +
        'Unknown parameter in networkConfiguration.awsvpcConfiguration: "subnet", must be one of: subnets, securityGroups, assignPublicIp\n',
    );
    const typed = run(`aws ecs create-service --service-name s --load-balancers '[{"containerName": "x", "containerPort": "3000"}]'`);
    expect(typed.stderr).toContain(
      "Invalid type for parameter loadBalancers[0].containerPort, value: '3000', type: <class 'str'>, valid types: <class 'int'>",
    );
  });

  it('an enum violation is answered like the service would (exit 254)', () => {
    const r = run('aws ecs create-service --service-name s --launch-type FARGATEX');
    expect(r.exitCode).toBe(254);
    expect(r.stderr).toBe(
      "\naws: [ERROR]: An error occurred (InvalidParameterException) when calling the CreateService operation: 1 validation error detected: Value 'FARGATEX' at 'launchType' failed to satisfy constraint: Member must satisfy enum value set: [EC2, FARGATE, EXTERNAL]\n",
    );
    const aas = run('aws application-autoscaling describe-scalable-targets --service-namespace ecz');
    expect(aas.stderr).toContain('An error occurred (ValidationException) when calling the DescribeScalableTargets operation: 1 validation error detected: Value \'ecz\' at \'serviceNamespace\'');
  });

  it('--output with an invalid format', () => {
    const r = run('aws ecs list-clusters --output yml');
    expect(r.exitCode).toBe(252);
    expect(r.stderr).toContain('aws: [ERROR]: argument --output: Invalid choice, valid choices are:\n\njson                                     | text');
  });

  it('a file:// that does not exist', () => {
    const r = run('aws ecs register-task-definition --cli-input-json file://nope.json');
    expect(r.exitCode).toBe(252);
    expect(r.stderr).toBe(
      "\naws: [ERROR]: Error parsing parameter '--cli-input-json': Unable to load paramfile file://nope.json: [Errno 2] No such file or directory: 'nope.json'\n",
    );
  });

  it('--cli-input-json skips the required-flag check but botocore still wants the members', () => {
    const r = run(`aws ecs register-task-definition --cli-input-json '{"familly": "web"}'`);
    expect(r.exitCode).toBe(252);
    expect(r.stderr).toBe(
      '\naws: [ERROR]: Parameter validation failed:\n' +
        'Missing required parameter in input: "family"\n' +
        'Missing required parameter in input: "containerDefinitions"\n' +
        'Unknown parameter in input: "familly", must be one of: ' +
        'family, taskRoleArn, executionRoleArn, networkMode, containerDefinitions, volumes, placementConstraints, ' +
        'requiresCompatibilities, cpu, memory, tags, pidMode, ipcMode, proxyConfiguration, inferenceAccelerators, ' +
        'ephemeralStorage, runtimePlatform, enableFaultInjection\n',
    );
  });

  it('a bad --query', () => {
    const r = run(`aws ecs list-clusters --query 'foo['`);
    expect(r.exitCode).toBe(252);
    expect(r.stderr).toMatch(/^\naws: \[ERROR\]: Bad value for --query foo\[: Invalid jmespath expression: /);
    expect(r.calls).toEqual([]);
  });
});

describe('service and unexpected errors', () => {
  it('an AwsError from the engine prints the CLI v2 sentence on stderr, exit 254', () => {
    const sim = new FakeSimulation().on('DescribeServices', () => awsError('ClusterNotFoundException', 'Cluster not found.'));
    const r = runCommandLine(sim, 'aws ecs describe-services --cluster nope --services web');
    expect(r).toMatchObject({
      exitCode: 254,
      stdout: '',
      stderr: '\naws: [ERROR]: An error occurred (ClusterNotFoundException) when calling the DescribeServices operation: Cluster not found.\n',
    });
  });

  it('UnsupportedOperation from the engine is printed like any service error', () => {
    const sim = new FakeSimulation().on('DeleteCluster', () => awsError('UnsupportedOperation', 'DeleteCluster is not simulated yet.'));
    const r = runCommandLine(sim, 'aws ecs delete-cluster --cluster production');
    expect(r.exitCode).toBe(254);
    expect(r.stderr).toContain('An error occurred (UnsupportedOperation) when calling the DeleteCluster operation');
  });

  it('any other exception becomes exit 255 with a clear message, never a throw', () => {
    const sim = new FakeSimulation().on('DescribeClusters', () => {
      throw new TypeError('cannot read x of undefined');
    });
    const r = runCommandLine(sim, 'aws ecs describe-clusters');
    expect(r.exitCode).toBe(255);
    expect(r.stderr).toBe('\naws: [ERROR]: cannot read x of undefined (simulator internal error)\n');
  });
});

describe('option prefixes, as argparse accepts them', () => {
  it('an unambiguous prefix stands for the option', () => {
    const sim = new FakeSimulation();
    expect(runCommandLine(sim, 'aws ecs create-service --service-nam web --clust production --out text').exitCode).toBe(0);
    expect(sim.calls[0]?.input).toEqual({ serviceName: 'web', cluster: 'production' });
  });

  it('an ambiguous one is a usage error listing the candidates', () => {
    const r = run('aws ecs create-service --service web');
    expect(r.exitCode).toBe(252);
    expect(r.stderr).toBe(
      `${USAGE}aws: [ERROR]: ambiguous option: --service could match --service-name, --service-registries, --service-connect-configuration\n`,
    );
  });
});
