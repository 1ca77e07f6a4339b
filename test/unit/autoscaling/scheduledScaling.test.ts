import { describe, expect, test } from 'vitest';
import { dueTimes, parseSchedule } from '../../../src/sim/autoscaling/index.ts';
import { CHAPTER_REGISTER, MINUTE, START, TARGET, USER_SERVICE, harness } from './fakeHost.ts';

const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

function setup(desired = 3) {
  const h = harness();
  h.host.addService('production', 'user-service', desired);
  h.aas('RegisterScalableTarget', CHAPTER_REGISTER);
  return h;
}

function target(h: ReturnType<typeof harness>) {
  return h.aas('DescribeScalableTargets', { ServiceNamespace: 'ecs' }).ScalableTargets[0];
}

function iso(ms: number) {
  return new Date(ms).toISOString().slice(0, 16);
}

describe('scheduled actions', () => {
  test('a weekday cron raises MinCapacity at 18:00 UTC and scales the service out to it', () => {
    const h = setup(3);
    h.aas('PutScheduledAction', { ...TARGET, ScheduledActionName: 'evening-peak', Schedule: 'cron(0 18 ? * MON-FRI *)', ScalableTargetAction: { MinCapacity: 8, MaxCapacity: 30 } });

    h.minutes(9 * 60 - 1); // 09:00 → 17:59
    const before = h.host.service(USER_SERVICE).desiredCount;
    h.minutes(1);

    expect(before).toBe(3);
    expect(target(h)).toMatchObject({ MinCapacity: 8, MaxCapacity: 30 });
    expect(h.host.service(USER_SERVICE).desiredCount).toBe(8);
    expect(h.aas('DescribeScalingActivities', { ServiceNamespace: 'ecs' }).ScalingActivities[0]).toMatchObject({
      Description: 'Setting desired count to 8.',
      Cause: 'minimum capacity was set to 8',
      StartTime: '2026-01-15T18:00:00.000000+00:00',
    });
  });

  test('a new MaxCapacity below the desired count scales in to it; inside the range nothing moves', () => {
    const h = setup(10);
    h.aas('PutScheduledAction', { ...TARGET, ScheduledActionName: 'night', Schedule: 'at(2026-01-15T09:30:00)', ScalableTargetAction: { MinCapacity: 2, MaxCapacity: 4 } });
    h.aas('PutScheduledAction', { ...TARGET, ScheduledActionName: 'widen', Schedule: 'at(2026-01-15T10:00:00)', ScalableTargetAction: { MaxCapacity: 40 } });

    h.minutes(30);
    const afterNight = h.host.service(USER_SERVICE).desiredCount;
    h.minutes(30);

    expect(afterNight).toBe(4);
    expect(h.host.desiredCountCalls).toHaveLength(1);
    expect(target(h)).toMatchObject({ MinCapacity: 2, MaxCapacity: 40 });
  });

  test('at() fires once', () => {
    const h = setup(3);
    h.aas('PutScheduledAction', { ...TARGET, ScheduledActionName: 'once', Schedule: 'at(2026-01-15T09:05:00)', ScalableTargetAction: { MinCapacity: 5 } });
    h.minutes(10);
    h.host.service(USER_SERVICE).desiredCount = 3;
    h.aas('RegisterScalableTarget', { ...TARGET, MinCapacity: 2 });
    h.host.desiredCountCalls.length = 0;

    h.minutes(2 * 24 * 60);

    expect(h.host.desiredCountCalls).toEqual([]);
  });

  test('rate(2 hours) fires every two hours after creation', () => {
    const h = setup(3);
    h.aas('PutScheduledAction', { ...TARGET, ScheduledActionName: 'every-2h', Schedule: 'rate(2 hours)', ScalableTargetAction: { MinCapacity: 5 } });
    const fired: string[] = [];

    for (let i = 0; i < 6 * 60; i++) {
      h.host.service(USER_SERVICE).desiredCount = 3;
      h.host.desiredCountCalls.length = 0;
      h.minutes(1);
      if (h.host.desiredCountCalls.length > 0) fired.push(iso(h.host.time));
    }

    expect(fired).toEqual(['2026-01-15T11:00', '2026-01-15T13:00', '2026-01-15T15:00']);
  });

  test('a Timezone makes cron fire at local time (09:00 in Berlin is 08:00 UTC in winter)', () => {
    const h = setup(3);
    h.aas('PutScheduledAction', { ...TARGET, ScheduledActionName: 'berlin-morning', Schedule: 'cron(0 9 * * ? *)', Timezone: 'Europe/Berlin', ScalableTargetAction: { MinCapacity: 6 } });

    h.minutes(22 * 60 + 59); // to 07:59 UTC next day
    const before = h.host.service(USER_SERVICE).desiredCount;
    h.minutes(1);

    expect(before).toBe(3);
    expect(h.host.service(USER_SERVICE).desiredCount).toBe(6);
    expect(iso(h.host.time)).toBe('2026-01-16T08:00');
  });

  test('ScheduledScalingSuspended skips due actions', () => {
    const h = setup(3);
    h.aas('RegisterScalableTarget', { ...TARGET, SuspendedState: { ScheduledScalingSuspended: true } });
    h.aas('PutScheduledAction', { ...TARGET, ScheduledActionName: 'soon', Schedule: 'at(2026-01-15T09:02:00)', ScalableTargetAction: { MinCapacity: 5 } });

    h.minutes(5);

    expect(target(h).MinCapacity).toBe(2);
  });

  test('StartTime and EndTime bound a recurring schedule', () => {
    const h = setup(3);
    h.aas('PutScheduledAction', {
      ...TARGET,
      ScheduledActionName: 'bounded',
      Schedule: 'cron(0 * * * ? *)',
      StartTime: '2026-01-15T12:30:00',
      EndTime: '2026-01-15T14:30:00',
      ScalableTargetAction: { MinCapacity: 5 },
    });
    const fired: string[] = [];

    for (let i = 0; i < 8 * 60; i++) {
      h.host.service(USER_SERVICE).desiredCount = 3;
      h.host.desiredCountCalls.length = 0;
      h.minutes(1);
      if (h.host.desiredCountCalls.length > 0) fired.push(iso(h.host.time));
    }

    expect(fired).toEqual(['2026-01-15T13:00', '2026-01-15T14:00']);
  });

  test('describe and delete', () => {
    const h = setup(3);
    h.aas('PutScheduledAction', { ...TARGET, ScheduledActionName: 'a', Schedule: 'cron(0/15 * * * ? *)', Timezone: 'America/New_York', ScalableTargetAction: { MinCapacity: 2, MaxCapacity: 6 } });

    const described = h.aas('DescribeScheduledActions', { ServiceNamespace: 'ecs', ResourceId: USER_SERVICE }).ScheduledActions;
    h.aas('DeleteScheduledAction', { ...TARGET, ScheduledActionName: 'a' });

    expect(described).toEqual([
      {
        ScheduledActionName: 'a',
        ScheduledActionARN: expect.stringMatching(/^arn:aws:autoscaling:us-east-1:123456789012:scheduledAction:[0-9a-f-]{36}:resource\/ecs\/service\/production\/user-service:scheduledActionName\/a$/),
        ServiceNamespace: 'ecs',
        Schedule: 'cron(0/15 * * * ? *)',
        Timezone: 'America/New_York',
        ResourceId: USER_SERVICE,
        ScalableDimension: 'ecs:service:DesiredCount',
        ScalableTargetAction: { MinCapacity: 2, MaxCapacity: 6 },
        CreationTime: '2026-01-15T09:00:00.000000+00:00',
      },
    ]);
    expect(h.aas('DescribeScheduledActions', { ServiceNamespace: 'ecs' }).ScheduledActions).toEqual([]);
    expect(() => h.aas('DeleteScheduledAction', { ...TARGET, ScheduledActionName: 'a' })).toThrow(expect.objectContaining({ code: 'ObjectNotFoundException' }));
  });

  test.each([
    ['cron(0 9 * * * *)', 'Use ? in exactly one of the day-of-month and day-of-week fields.'],
    ['cron(0 25 * * ? *)', "The hours field must be between 0 and 23, found '25'."],
    ['cron(0 9 * *)', 'A cron expression has 6 fields: minutes hours day-of-month month day-of-week year.'],
    ['rate(0 minutes)', 'The value must be a positive integer.'],
    ['rate(5 weeks)', 'The unit must be minute, minutes, hour, hours, day or days.'],
    ['rate(1 hours)', "Use '1 hour'."],
    ['at(2026-02-30T10:00:00)', 'The date-time does not exist.'],
    ['every day', 'A schedule is at(...), rate(...) or cron(...).'],
  ])('rejects the schedule %s', (schedule, detail) => {
    const h = setup(3);

    expect(() => h.aas('PutScheduledAction', { ...TARGET, ScheduledActionName: 'x', Schedule: schedule, ScalableTargetAction: { MinCapacity: 1 } })).toThrow(
      expect.objectContaining({ code: 'ValidationException', message: `Invalid schedule expression: ${schedule}. ${detail}` }),
    );
  });

  test('rejects an unknown time zone and a target that is not registered', () => {
    const h = setup(3);

    expect(() => h.aas('PutScheduledAction', { ...TARGET, ScheduledActionName: 'x', Schedule: 'rate(1 day)', Timezone: 'Mars/Olympus' })).toThrow(expect.objectContaining({ code: 'ValidationException' }));
    expect(() => h.aas('PutScheduledAction', { ...TARGET, ResourceId: 'service/production/other', ScheduledActionName: 'x', Schedule: 'rate(1 day)' })).toThrow(
      expect.objectContaining({ code: 'ObjectNotFoundException' }),
    );
  });
});

describe('cron expressions', () => {
  const utc = { createdAt: START };

  function fires(expression: string, from: number, to: number, timeZone?: string) {
    return dueTimes(parseSchedule(expression), timeZone ? { ...utc, timeZone } : utc, from, to).map(iso);
  }

  test('0/15 fires every quarter hour', () => {
    expect(fires('cron(0/15 * * * ? *)', START, START + HOUR)).toEqual(['2026-01-15T09:15', '2026-01-15T09:30', '2026-01-15T09:45', '2026-01-15T10:00']);
  });

  test('MON-FRI skips the weekend (15 Jan 2026 is a Thursday)', () => {
    expect(fires('cron(0 18 ? * MON-FRI *)', START, START + 5 * DAY)).toEqual(['2026-01-15T18:00', '2026-01-16T18:00', '2026-01-19T18:00']);
  });

  test('lists, ranges with steps, numeric weekdays (1 = Sunday) and the last day of the month', () => {
    expect(fires('cron(0 8,20 ? * 1 *)', START, START + 7 * DAY)).toEqual(['2026-01-18T08:00', '2026-01-18T20:00']);
    expect(fires('cron(10-40/15 9 16 JAN ? 2026)', START, START + 2 * DAY)).toEqual(['2026-01-16T09:10', '2026-01-16T09:25', '2026-01-16T09:40']);
    expect(fires('cron(0 0 L * ? *)', START, START + 40 * DAY)).toEqual(['2026-01-31T00:00']);
  });

  test('a seven-field expression ignores the seconds', () => {
    expect(fires('cron(0 30 9 * * ? *)', START, START + DAY)).toEqual(['2026-01-15T09:30']);
  });

  test('daylight saving time is honoured: 09:00 New York is 14:00 UTC in winter and 13:00 in summer', () => {
    const summer = Date.UTC(2026, 6, 1);
    expect(fires('cron(0 9 * * ? *)', START, START + DAY, 'America/New_York')).toEqual(['2026-01-15T14:00']);
    expect(fires('cron(0 9 * * ? *)', summer, summer + DAY, 'America/New_York')).toEqual(['2026-07-01T13:00']);
    expect(fires('at(2026-07-01T09:00:00)', summer, summer + DAY, 'America/New_York')).toEqual(['2026-07-01T13:00']);
  });
});
