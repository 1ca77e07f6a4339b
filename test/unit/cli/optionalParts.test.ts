/**
 * The CLI's optional parts (src/sim/optional/registry.ts): in the browser, JMESPath, the table/text/yaml
 * formatters, help and waiters load on first use. Here the browser's lazy registry replaces the eager
 * src/sim/optional/parts.ts (as src/build/browserVariants.mjs does in the build), with loaders the tests can make fail.
 */
import { describe, expect, it, vi } from 'vitest';

import { lazyRegistry, neededOptional, OptionalNotLoadedError } from '../../../src/sim/optional/registry.ts';

const control = vi.hoisted(() => ({ fail: false, loads: [] as string[] }));

vi.mock('../../../src/sim/optional/parts.ts', async () => {
  const { lazyRegistry: lazy } = await import('../../../src/sim/optional/registry.ts');
  const load = async <T>(name: string, importer: () => Promise<T>): Promise<T> => {
    control.loads.push(name);
    if (control.fail) throw new TypeError('Failed to fetch dynamically imported module');
    return importer();
  };
  return {
    optional: lazy({
      query: () => load('query', () => import('../../../src/sim/cli/query.ts')),
      formatters: () => load('formatters', () => import('../../../src/sim/cli/formatters.ts')),
      help: () => load('help', () => import('../../../src/sim/cli/help.ts')),
      waiters: () => load('waiters', () => import('../../../src/sim/cli/waiters.ts')),
      autoscaling: () => load('autoscaling', () => import('../../../src/sim/autoscaling/engine.ts')),
      sim: () => load('sim', () => import('../../../src/sim/cli/simPart.ts')),
      exec: () => load('exec', () => import('../../../src/sim/runtime/execShell.ts')),
    }),
  };
});

const { createSimulation, Shell } = await import('../../../src/sim/index.ts');

describe('neededOptional', () => {
  it('reads what a line may need from its text and the shell variables', () => {
    expect(neededOptional('aws ecs list-clusters')).toEqual([]);
    expect(neededOptional('aws ecs list-clusters --query clusterArns[0]')).toEqual(['query']);
    expect(neededOptional('ARN=$(aws ecs list-clusters --query "clusterArns[0]" --output text)')).toEqual(['query', 'formatters']);
    expect(neededOptional('aws ecs list-clusters', [['AWS_DEFAULT_OUTPUT', 'table']])).toEqual(['formatters']);
    expect(neededOptional('aws ecs list-clusters $ARGS', [['ARGS', '--query clusterArns']])).toEqual(['query']);
    expect(neededOptional('aws ecs help')).toEqual(['help']);
    expect(neededOptional('aws ecs wait services-stable --cluster c --services s')).toEqual(['waiters', 'query']);
    expect(neededOptional('aws ecs describe-services --cluster helpdesk --services waiter')).toEqual([]);
    expect(neededOptional('sim advance 5m')).toEqual(['sim']);
    expect(neededOptional('aws ecs execute-command --cluster c --task t --interactive --command /bin/sh')).toEqual(['exec']);
    expect(neededOptional('T=$(sim time)')).toEqual(['sim']);
    expect(neededOptional('aws ecs create-service --service-name simple')).toEqual([]);
  });
});

describe('lazyRegistry', () => {
  it('answers "still loading" before a part is loaded, then gives the module; a failed load is retried', async () => {
    let attempts = 0;
    const registry = lazyRegistry({
      query: async () => {
        attempts += 1;
        if (attempts === 1) throw new Error('offline');
        return import('../../../src/sim/cli/query.ts');
      },
      formatters: () => import('../../../src/sim/cli/formatters.ts'),
      help: () => import('../../../src/sim/cli/help.ts'),
      waiters: () => import('../../../src/sim/cli/waiters.ts'),
      autoscaling: () => import('../../../src/sim/autoscaling/engine.ts'),
      sim: () => import('../../../src/sim/cli/simPart.ts'),
      exec: () => import('../../../src/sim/runtime/execShell.ts'),
    });
    expect(() => registry.get('query')).toThrow(OptionalNotLoadedError);
    expect(() => registry.get('query')).toThrow("The simulator is still loading its --query support (JMESPath); run the command again.");
    await expect(registry.load(['query'])).rejects.toThrow('offline');
    await registry.load(['query', 'query']);
    expect(attempts).toBe(2);
    expect(registry.get('query').runQuery({ a: [1, 2] }, 'a[1]')).toBe(2);
    expect(registry.load(['query'])).toBeUndefined(); // loaded: the caller stays synchronous
  });
});

describe('Shell.prepare with parts loaded on first use', () => {
  it('prints a clear error when a part cannot be downloaded, and the command does not run', async () => {
    const sim = createSimulation({ seed: 'optional-parts' });
    const shell = new Shell(sim);
    control.fail = true;
    const line = 'aws ecs create-cluster --cluster-name lost --query cluster.clusterName';
    const failure = await shell.prepare(line);
    expect(failure).toEqual({
      exitCode: 255,
      stdout: '',
      stderr:
        "\naws: [ERROR]: Could not load the simulator's --query support (JMESPath) (Failed to fetch dynamically imported module). Check the connection and run the command again.\n",
    });
    // Run without the part anyway: refused before the call, so no cluster is created.
    const r = shell.run(line);
    expect(r.exitCode).toBe(255);
    expect(r.stderr).toContain('still loading its --query support (JMESPath)');
    expect(Object.keys(sim.view().clusters)).not.toContain('lost');
    control.fail = false;
  });

  it('runs --query, --output table, help and wait once prepared; plain lines need no preparing', async () => {
    const sim = createSimulation({ seed: 'optional-parts' });
    const shell = new Shell(sim);
    expect(shell.prepare('aws ecs create-cluster --cluster-name production')).toBeUndefined();
    expect(shell.run('aws ecs create-cluster --cluster-name production').exitCode).toBe(0);

    const query = 'aws ecs list-clusters --query clusterArns[0] --output text';
    expect(await shell.prepare(query)).toBeUndefined();
    expect(shell.run(query)).toEqual({ exitCode: 0, stdout: 'arn:aws:ecs:us-east-1:123456789012:cluster/production\n', stderr: '' });
    expect(shell.prepare(query)).toBeUndefined(); // already loaded

    const table = 'aws ecs list-clusters --output table';
    expect(shell.prepare(table)).toBeUndefined(); // the formatters came with the text output above
    expect(shell.run(table).stdout).toContain('ListClusters');

    await shell.prepare('aws ecs help');
    expect(shell.run('aws ecs help').stdout).toContain('create-service');

    const wait = 'aws ecs wait services-inactive --cluster production --services none';
    await shell.prepare(wait);
    expect(shell.run(wait).stderr).not.toContain('still loading');
  });
});

describe('Application Auto Scaling and CloudWatch, loaded on first use', () => {
  it('answers exactly the operations the CLI layer lists', async () => {
    const { HANDLED_OPERATIONS } = await import('../../../src/sim/autoscaling/handleAutoScalingOperation.ts');
    const { AUTOSCALING_OPERATIONS } = await import('../../../src/sim/autoscaling/operations.ts');
    expect(HANDLED_OPERATIONS).toEqual(AUTOSCALING_OPERATIONS);
  });

  it('loads with the first command that needs it; a direct API call before that says it is loading', async () => {
    const line = 'aws application-autoscaling register-scalable-target --service-namespace ecs --resource-id service/production/web --scalable-dimension ecs:service:DesiredCount --min-capacity 1 --max-capacity 4';
    expect(neededOptional(line)).toEqual(['autoscaling']);
    expect(neededOptional('aws cloudwatch describe-alarms')).toEqual(['autoscaling']);
    const { optional } = await import('../../../src/sim/optional/parts.ts');
    const sim = createSimulation({ seed: 'optional-autoscaling' });
    const shell = new Shell(sim);
    const before = control.loads.length;
    expect(optional.peek('autoscaling')).toBeUndefined();
    // Not loaded yet: a direct API call says so (the terminal always prepares first) and starts the load.
    expect(() => sim.call('cloudwatch', 'DescribeAlarms', {})).toThrow('The simulator is still loading cloudwatch; try again in a moment.');
    expect(control.loads.slice(before)).toEqual(['autoscaling']);
    await shell.prepare(line);
    const r = shell.run(line);
    expect(r.stderr).toContain('ValidationException'); // the engine answered: there is no such service
    expect(shell.run('aws application-autoscaling describe-scalable-targets --service-namespace ecs')).toEqual({
      exitCode: 0,
      stdout: '{\n    "ScalableTargets": []\n}\n',
      stderr: '',
    });
  });
});

describe('a restored state with scaling', () => {
  it('has its code loaded before time moves: whenReady resolves once the part is here', async () => {
    // A state with an alarm, made where the part is loaded.
    const { optional: loaded } = await import('../../../src/sim/optional/parts.ts');
    await loaded.load(['autoscaling']);
    const made = createSimulation({ seed: 'optional-ready' });
    const put = 'aws cloudwatch put-metric-alarm --alarm-name cpu-high --metric-name CPUUtilization --namespace AWS/ECS --statistic Average --period 60 --evaluation-periods 3 --threshold 70 --comparison-operator GreaterThanThreshold --treat-missing-data notBreaching';
    expect(new Shell(made).run(put).exitCode).toBe(0);
    const snapshot = made.snapshot();

    // A fresh page: the registry has loaded nothing yet.
    vi.resetModules();
    vi.doMock('../../../src/sim/optional/parts.ts', async () => {
      const { lazyRegistry: lazy } = await import('../../../src/sim/optional/registry.ts');
      const never = () => Promise.reject(new Error('not needed here'));
      const autoscaling = async () => {
        control.loads.push('autoscaling');
        return import('../../../src/sim/autoscaling/engine.ts');
      };
      return { optional: lazy({ query: () => import('../../../src/sim/cli/query.ts'), formatters: () => import('../../../src/sim/cli/formatters.ts'), help: never, waiters: never, autoscaling, sim: never, exec: never }) };
    });
    const index = await import('../../../src/sim/index.ts');
    const { optional } = await import('../../../src/sim/optional/parts.ts');
    const before = control.loads.length;
    const restored = index.restoreSimulation(snapshot);
    expect(optional.peek('autoscaling')).toBeUndefined();
    await restored.whenReady();
    expect(optional.peek('autoscaling')).toBeDefined();
    expect(control.loads.slice(before)).toEqual(['autoscaling']);

    // Its minutes are evaluated: with missing data treated as not breaching, the alarm leaves INSUFFICIENT_DATA.
    restored.advance(5 * 60_000);
    const shell = new index.Shell(restored);
    await shell.prepare('aws cloudwatch describe-alarms --query "MetricAlarms[0].StateValue" --output text');
    expect(shell.run('aws cloudwatch describe-alarms --query "MetricAlarms[0].StateValue" --output text').stdout.trim()).toBe('OK');
  });
});

describe('sim directives, loaded on first use', () => {
  it('say they are loading when run unprepared, and run once prepared', async () => {
    const sim = createSimulation({ seed: 'optional-sim' });
    const shell = new Shell(sim);
    expect(shell.run('sim time')).toEqual({
      exitCode: 255,
      stdout: '',
      stderr: "\naws: [ERROR]: The simulator is still loading its sim directives; run the command again.\n",
    });
    await shell.prepare('sim time');
    expect(shell.run('sim time').stdout).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(shell.run('sim state').exitCode).toBe(0);
  });
});
