import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { grade } from '../../../src/grading/index.ts';
import { GROUNDED, ROLES, STRONG } from './fixture.ts';

const words = ['execution', 'role', 'task', 'not', 'pull', 'pulls', 'image', 'ecr', 'the', 'is', ',', '.', '\n', 'never', "doesn't", 's3', 'application', 'task role', 'without'];

describe('grade is total', () => {
  test('never throws and always returns a whole score in 0–100, for any text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 400 }), fc.string({ unit: 'grapheme', maxLength: 200 }), fc.array(fc.constantFrom(...words), { maxLength: 80 }).map((w) => w.join(' '))), (answer) => {
        for (const challenge of [ROLES, GROUNDED]) {
          const r = grade(challenge, answer, { facts: { stoppedReason: 'CannotPullContainerError: not found' } });
          expect(Number.isInteger(r.score)).toBe(true);
          expect(r.score).toBeGreaterThanOrEqual(0);
          expect(r.score).toBeLessThanOrEqual(100);
          expect(r.met.length + r.missed.length).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: 300 },
    );
  });

  test('adding unrelated sentences never raises the score of a fixed answer within the length window', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('Lorem ipsum dolor sit amet.', 'Ships float on water.', 'Bread is baked daily.'), { maxLength: 3 }), (extra) => {
        expect(grade(ROLES, [STRONG, ...extra].join(' ')).score).toBeLessThanOrEqual(grade(ROLES, STRONG).score);
      }),
    );
  });

  test('does not throw on non-string input from untyped callers', () => {
    expect(grade(ROLES, undefined as unknown as string).score).toBe(0);
  });
});
