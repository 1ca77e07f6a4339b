import { describe, expect, test } from 'vitest';
import { summarizeStates } from '../../../src/ui/sim/layout/blockSummary.ts';

describe('summarizeStates', () => {
  test('counts tasks per group and state, states in lifecycle order', () => {
    const items = [
      ...Array.from({ length: 200 }, () => ({ group: 'rev 3', state: 'RUNNING' })),
      ...Array.from({ length: 80 }, () => ({ group: 'rev 4', state: 'PROVISIONING' })),
      ...Array.from({ length: 120 }, () => ({ group: 'rev 4', state: 'RUNNING' })),
    ];
    expect(summarizeStates(items)).toBe('400 tasks: rev 3: 200 RUNNING; rev 4: 80 PROVISIONING, 120 RUNNING');
  });

  test('one task, unknown states last, and no tasks', () => {
    expect(summarizeStates([{ group: 'rev 1', state: 'PENDING' }])).toBe('1 task: rev 1: 1 PENDING');
    expect(summarizeStates([{ group: 'rev 1', state: 'WEIRD' }, { group: 'rev 1', state: 'STOPPED' }])).toBe('2 tasks: rev 1: 1 STOPPED, 1 WEIRD');
    expect(summarizeStates([])).toBe('No tasks');
  });

  test('groups keep the order they are first met in', () => {
    expect(summarizeStates([{ group: 'rev 5', state: 'RUNNING' }, { group: 'rev 2', state: 'RUNNING' }])).toBe('2 tasks: rev 5: 1 RUNNING; rev 2: 1 RUNNING');
  });
});
