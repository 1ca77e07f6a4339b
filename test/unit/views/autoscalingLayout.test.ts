import { describe, expect, test } from 'vitest';
import { autoscalingModel, breaches } from '../../../src/ui/sim/layout/autoscalingLayout.ts';
import { startRun } from './helpers.ts';

describe('autoscalingModel', () => {
  test('at 90 % CPU: three breaching datapoints, then a scale-out with its cause and a cooldown', () => {
    const run = startRun('autoscaling');
    run.advance(3 * 60_000, 5000);
    run.sim.setLoad('production', 'user-service', { pattern: 'constant', cpuPercent: 90 });

    let model = autoscalingModel(run.sim.view().autoScaling, 'service/production/user-service', run.history['production/user-service']!);
    let minutes = 0;
    while (run.sim.view().services['production/user-service']!.desiredCount === 3 && minutes < 10) {
      const high = model.alarms.find((a) => a.role === 'high')!;
      expect(high.breachingCount).toBeLessThan(3); // no scaling before the alarm has its datapoints
      run.advance(60_000, 5000);
      minutes++;
      model = autoscalingModel(run.sim.view().autoScaling, 'service/production/user-service', run.history['production/user-service']!);
    }

    const high = model.alarms.find((a) => a.role === 'high')!;
    expect(model.target).toBe(70);
    expect(high.threshold).toBe(70);
    expect(high.window.map((w) => w.breaching)).toEqual([true, true, true]);
    expect(model.alarms.find((a) => a.role === 'low')!.threshold).toBeLessThan(70);
    expect(model.activities.at(-1)).toMatchObject({ description: 'Setting desired count to 4.' });
    expect(model.activities.at(-1)!.cause).toContain('AlarmHigh');
    expect(model.cooldowns.at(-1)).toMatchObject({ kind: 'scale-out' });
    expect(model.cooldowns.at(-1)!.to - model.cooldowns.at(-1)!.from).toBe(60_000);
    expect(model.desired.at(-1)!.value).toBe(4);
  });

  test('a service that is not a scalable target says so', () => {
    const run = startRun('service');

    const model = autoscalingModel(run.sim.view().autoScaling, 'service/production/user-service', []);

    expect(model.registered).toBe(false);
    expect(model.alarms).toEqual([]);
  });

  test('breaches follows the comparison operator', () => {
    expect(breaches({ ComparisonOperator: 'GreaterThanThreshold', Threshold: 70 }, 70)).toBe(false);
    expect(breaches({ ComparisonOperator: 'GreaterThanOrEqualToThreshold', Threshold: 70 }, 70)).toBe(true);
    expect(breaches({ ComparisonOperator: 'LessThanThreshold', Threshold: 63 }, 5)).toBe(true);
    expect(breaches({ ComparisonOperator: 'LessThanOrEqualToThreshold', Threshold: 63 }, 64)).toBe(false);
  });
});
