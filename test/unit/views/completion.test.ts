import { describe, expect, test } from 'vitest';
import { completeLine, flagsFor } from '../../../src/ui/sim/completion.ts';

describe('completeLine', () => {
  test('completes shell commands and aws services', () => {
    expect(completeLine('aw').insert).toBe('aws ');
    expect(completeLine('aws ec').insert).toBe('ecs ');
    expect(completeLine('aws application-').insert).toBe('application-autoscaling ');
  });

  test('completes commands the simulator answers, from the API model', () => {
    expect(completeLine('aws ecs create-ser').insert).toBe('create-service ');
    expect(completeLine('aws ecs describe-').candidates).toEqual(expect.arrayContaining(['describe-services', 'describe-tasks', 'describe-task-definition']));
    expect(completeLine('aws ecs wait services-st').insert).toBe('services-stable ');
    expect(completeLine('aws ecs wait serv').insert).toBe('services-'); // several waiters: their common prefix
  });

  test('completes flags of the operation, without the ones already given', () => {
    expect(completeLine('aws ecs create-service --desired-c').insert).toBe('--desired-count ');
    expect(completeLine('aws ecs create-cluster --cluster-name x --cl').candidates).not.toContain('--cluster-name');
    expect(flagsFor('ecs', 'update-service')).toEqual(expect.arrayContaining(['--force-new-deployment', '--no-force-new-deployment', '--task-definition']));
  });

  test('completes values: names from the simulation, enums, fault kinds', () => {
    const names = { clusters: ['production'], services: ['user-service'] };
    expect(completeLine('aws ecs describe-services --cluster pro', names).insert).toBe('production ');
    expect(completeLine('aws ecs describe-services --cluster production --services us', names).insert).toBe('user-service ');
    expect(completeLine('aws ecs list-tasks --output ta').insert).toBe('table ');
    expect(completeLine('sim fault image').insert).toBe('image-not-found ');
  });

  test('completes inside a continued command', () => {
    expect(completeLine('aws ecs create-service \\\n  --launch-t').insert).toBe('--launch-type ');
  });

  test('with nothing to offer it returns no candidates (Tab then moves focus)', () => {
    expect(completeLine('aws nosuch ').candidates).toEqual([]);
    expect(completeLine('echo hel').candidates).toEqual([]);
  });
});
