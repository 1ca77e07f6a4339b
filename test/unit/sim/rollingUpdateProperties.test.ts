import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countsAsHealthy, rollingBounds } from '../../../src/sim/runtime/serviceScheduler.ts';
import type { Simulation } from '../../../src/sim/runtime/simulation.ts';
import { chapterSimulation, chapterTaskDefinition, messagesOldestFirst } from './chapterCommands.ts';

const E14 =
  '(service user-service) was unable to stop or start tasks during a deployment because of the service deployment configuration. Update the minimumHealthyPercent or maximumPercent value and try again.';

/** Tasks the service wants running, and how many of them count as healthy, straight from the engine state. */
function census(sim: Simulation): { total: number; healthy: number; onNew: number; onOld: number } {
  const state = sim.view();
  const service = state.services['production/user-service']!;
  let total = 0;
  let healthy = 0;
  let onNew = 0;
  let onOld = 0;
  for (const t of Object.values(state.tasks)) {
    if (t.serviceKey !== service.key || t.desiredStatus !== 'RUNNING') continue;
    total++;
    if (countsAsHealthy(state as Parameters<typeof countsAsHealthy>[0], service, t)) healthy++;
    if (t.revision === 4) onNew++;
    else onOld++;
  }
  return { total, healthy, onNew, onOld };
}

describe('rolling update bounds (property)', () => {
  it('never drops below L healthy nor exceeds U tasks, and ends on the new revision or with E14', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }),
        fc.constantFrom(0, 25, 50, 75, 100),
        fc.constantFrom(100, 125, 150, 200),
        fc.boolean(),
        (desired, minimumHealthyPercent, maximumPercent, surgeOne) => {
          const sim = chapterSimulation(
            { seed: `prop-${desired}-${minimumHealthyPercent}-${maximumPercent}`, settings: { deploymentSurgeLimit: surgeOne ? 1 : null } },
            { desiredCount: desired, deploymentConfiguration: { minimumHealthyPercent, maximumPercent } },
          );
          expect(sim.waitSteady('production', 'user-service', 1_800_000).reached).toBe(true);
          sim.call('ecs', 'RegisterTaskDefinition', chapterTaskDefinition(sim, 'v1.2.4'));
          sim.call('ecs', 'UpdateService', { cluster: 'production', service: 'user-service', taskDefinition: 'user-service:4' });
          const { lower, upper } = rollingBounds(desired, minimumHealthyPercent, maximumPercent);
          for (let second = 0; second < 3_600; second += 2) {
            sim.advance(2_000);
            const c = census(sim);
            expect(c.healthy).toBeGreaterThanOrEqual(lower);
            expect(c.total).toBeLessThanOrEqual(Math.max(upper, desired));
            if (c.onOld === 0 && c.onNew === desired && c.healthy === desired) break;
          }
          const end = census(sim);
          const stuck = messagesOldestFirst(sim).includes(E14);
          if (stuck) {
            expect(upper <= desired && lower >= desired).toBe(true);
            expect(end.onNew).toBe(0);
          } else {
            expect(end).toMatchObject({ onOld: 0, onNew: desired });
          }
        },
      ),
      { numRuns: 30, seed: 20260115 },
    );
  });
});
