import { describe, expect, test } from 'vitest';
import { terminalProps, timeControlsProps, viewProps } from '../../../src/components/sim/props.ts';
import { presetScript } from '../../../src/ui/sim/presets.ts';
import { startRun } from './helpers.ts';

describe('simulator component props', () => {
  test('<Terminal> defaults and presets', () => {
    expect(terminalProps({})).toEqual({ scenario: 'default', preset: 'empty', title: 'Terminal' });
    expect(terminalProps({ preset: 'service', desiredCount: 3, minimumHealthyPercent: 50, maximumPercent: 200 })).toMatchObject({ preset: 'service', minimumHealthyPercent: 50 });
  });

  test('<Terminal> with bad props names each problem', () => {
    expect(() => terminalProps({ preset: 'rolling-update', maximumPercent: 250, desiredCont: 3 })).toThrowErrorMatchingInlineSnapshot(`
      [SimPropsError: Invalid props on <Terminal>:
        - desiredCont: unknown prop. Allowed props: scenario, preset, desiredCount, minimumHealthyPercent, maximumPercent, circuitBreaker, title.
        - preset: expected one of "empty", "service", "rolling", "autoscaling", found "rolling-update".
        - maximumPercent: expected a whole number from 100 to 200, found 250.
      See src/components/sim/README.md for the props each simulator component accepts.]
    `);
  });

  test('views take "cluster/service"', () => {
    expect(viewProps('RollingDeployView', { service: 'production/user-service' }, 'Rolling')).toEqual({ service: 'production/user-service', title: 'Rolling' });
    expect(() => viewProps('RollingDeployView', { service: 'user-service' }, 'Rolling')).toThrow('service: expected "cluster/service"');
    expect(() => timeControlsProps({ speed: 7 })).toThrow('speed: expected one of 1, 2, 5, 10, 30, 60, found 7.');
  });

  test('the service preset writes the chapter\'s commands with the deployment settings', () => {
    const script = presetScript('service', { desiredCount: 4, minimumHealthyPercent: 50, maximumPercent: 100, circuitBreaker: true });

    expect(script).toContain('aws ecs create-cluster --cluster-name production');
    expect(script).toContain('--desired-count 4');
    expect(script).toContain('"minimumHealthyPercent":50,"maximumPercent":100,"deploymentCircuitBreaker":{"enable":true,"rollback":true}');
    expect(presetScript('empty')).toBe('');
  });

  test('the rolling preset leaves revision 4 registered for the lesson\'s update-service', () => {
    const run = startRun('rolling');

    expect(run.sim.view().services['production/user-service']!.taskDefinitionArn).toMatch(/user-service:3$/);
    expect(run.run('aws ecs update-service --cluster production --service user-service --task-definition user-service:4')).toContain('user-service:4');
  });
});
