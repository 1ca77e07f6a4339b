import { describe, expect, test } from 'vitest';
import { getSimulation, resetSimulation, storageKey } from '../../../src/ui/sim-store.ts';

describe('sim-store', () => {
  test('is safe to import on the server: asking for the simulation there explains where to call it', async () => {
    await expect(getSimulation()).rejects.toThrow('getSimulation() runs in the browser only; call it from a client script, not from Astro frontmatter.');
    expect(() => resetSimulation()).not.toThrow();
  });

  test('saves each page under its own key', () => {
    expect(storageKey('/sandbox/')).toBe('ecs-course:sim:/sandbox/');
    expect(storageKey('/ecs-fargate/registering-revisions/')).not.toBe(storageKey('/sandbox/'));
  });
});
