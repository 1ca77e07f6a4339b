import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { checkProgressV1, checkProgressV2, checkProgressV3 } from '../../../src/lib/progress/guard.ts';
import { checkProgressExport } from '../../../src/lib/progress/exportGuard.ts';
import { recordsProblem } from '../../../src/lib/progress/records.ts';
import { progressExportSchema, progressV1Schema, progressV2Schema, progressV3Schema } from '../../../src/lib/progress/schema.ts';

// The browser validates progress with the small hand-written guard (zod would blow the 4 KB JS
// budget), plus full record checks (records.ts) on the pages that use challenges and labs. These
// properties show the two together accept exactly what the zod contract accepts.
const full = (c: { ok: boolean }, v: unknown) => c.ok && recordsProblem(v as object) === undefined;

const key = fc.constantFrom('m/a', 'ecs-fargate/fargate-cpu-memory', 'M/a', 'm', 'm/a/b', '', 'm/-a');
const time = fc.oneof(fc.nat(), fc.constant(-1), fc.constant(1.5), fc.string(), fc.constant(Number.MAX_SAFE_INTEGER + 2));
const lesson = fc.oneof(
  fc.record({ status: fc.constantFrom('started', 'complete', 'done'), startedAt: time }),
  fc.record({ status: fc.constantFrom('started', 'complete'), startedAt: time, completedAt: time }),
  fc.record({ status: fc.constant('started'), startedAt: fc.nat(), note: fc.string() }),
  fc.anything(),
);
const lessons = fc.oneof(fc.dictionary(key, lesson, { maxKeys: 4 }), fc.anything());
const version = fc.constantFrom(1, 2, 3, '2');
const v2ish = fc.oneof(
  fc.record({ version, lessons }),
  fc.record({ version, lessons, extra: fc.anything() }),
  fc.anything(),
);
const v1ish = fc.oneof(
  fc.record({ version, visited: fc.array(key, { maxLength: 3 }), completed: fc.oneof(fc.array(key, { maxLength: 3 }), fc.anything()) }),
  fc.anything(),
);
const id = fc.constantFrom('desired-vs-running', '02-first-service', 'Bad Id', '', 'a--b');
const item = fc.oneof(fc.constantFrom('events', 'fact-stoppedReason', 'has space', ''), fc.string({ maxLength: 3 }));
const items = fc.oneof(fc.array(item, { maxLength: 3 }), fc.constant(Array.from({ length: 101 }, () => 'x')), fc.anything());
const pct = fc.oneof(fc.integer({ min: -1, max: 101 }), fc.constant(50.5), fc.string());
const challenge = fc.oneof(
  fc.record(
    {
      answer: fc.oneof(fc.string({ maxLength: 20 }), fc.constant('x'.repeat(20_001)), fc.nat()),
      score: pct,
      bestScore: pct,
      met: items,
      missed: items,
      feedback: fc.oneof(fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }), fc.constant(['y'.repeat(2001)]), fc.anything()),
      attempts: fc.oneof(fc.integer({ min: 0, max: 3 }), fc.constant(1.5)),
      lastAttemptAt: time,
      selfRating: fc.constantFrom('weaker', 'same', 'stronger', 'better'),
    },
    { requiredKeys: ['answer', 'score', 'bestScore', 'met', 'missed', 'feedback', 'attempts', 'lastAttemptAt'] },
  ),
  fc.anything(),
);
const lab = fc.oneof(fc.record({ passedSteps: items, completed: fc.oneof(fc.boolean(), fc.constant('yes')), updatedAt: time }), fc.anything());
const challenges = fc.oneof(fc.dictionary(id, challenge, { maxKeys: 3 }), fc.anything());
const labs = fc.oneof(fc.dictionary(id, lab, { maxKeys: 3 }), fc.anything());
const v3ish = fc.oneof(
  fc.record({ version, lessons, challenges, labs }),
  fc.record({ version, lessons, challenges, labs }, { requiredKeys: ['version', 'lessons'] }),
  fc.record({ version, lessons, challenges, labs, extra: fc.anything() }),
);
const exportish = fc.oneof(
  fc.record({ format: fc.constantFrom('ecs-course-progress', 'other'), version, exportedAt: time, lessons }),
  fc.record({ format: fc.constant('ecs-course-progress'), version, exportedAt: time, lessons, challenges, labs }),
  fc.record({ format: fc.constant('ecs-course-progress'), version: fc.constant(2), exportedAt: fc.nat(), lessons, x: fc.anything() }, { requiredKeys: ['format', 'version', 'exportedAt', 'lessons'] }),
  fc.anything(),
);

describe('progress guard agrees with the zod schemas', () => {
  test('version 2 documents', () => {
    fc.assert(fc.property(v2ish, (v) => checkProgressV2(v).ok === progressV2Schema.safeParse(v).success), { numRuns: 3000 });
  });

  test('version 3 documents', () => {
    fc.assert(fc.property(v3ish, (v) => full(checkProgressV3(v), v) === progressV3Schema.safeParse(v).success), { numRuns: 4000 });
  });

  test('version 1 documents', () => {
    fc.assert(fc.property(v1ish, (v) => checkProgressV1(v).ok === progressV1Schema.safeParse(v).success), { numRuns: 2000 });
  });

  test('export files', () => {
    fc.assert(fc.property(exportish, (v) => full(checkProgressExport(v), v) === progressExportSchema.safeParse(v).success), { numRuns: 3000 });
  });

  test('valid documents are accepted (the properties above are not vacuous)', () => {
    expect(checkProgressV2({ version: 2, lessons: { 'm/a': { status: 'complete', startedAt: 1, completedAt: 2 } } }).ok).toBe(true);
    expect(checkProgressExport({ format: 'ecs-course-progress', version: 2, exportedAt: 5, lessons: {} }).ok).toBe(true);
    const attempt = { answer: 'a', score: 40, bestScore: 70, met: ['fact-stoppedReason'], missed: [], feedback: ['ok'], attempts: 2, lastAttemptAt: 9, selfRating: 'same' };
    const v3 = { version: 3, lessons: {}, challenges: { 'desired-vs-running': attempt }, labs: { '02-first-service': { passedSteps: ['create-cluster'], completed: false, updatedAt: 3 } } };
    expect(full(checkProgressV3(v3), v3)).toBe(true);
    expect(checkProgressExport({ format: 'ecs-course-progress', version: 3, exportedAt: 5, lessons: {}, challenges: v3.challenges, labs: v3.labs }).ok).toBe(true);
  });
});
