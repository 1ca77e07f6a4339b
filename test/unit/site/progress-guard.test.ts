import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { checkProgressExport, checkProgressV1, checkProgressV2 } from '../../../src/lib/progress/guard.ts';
import { progressExportSchema, progressV1Schema, progressV2Schema } from '../../../src/lib/progress/schema.ts';

// The browser validates progress with the small hand-written guard (zod would blow the 4 KB JS
// budget). These properties show the guard accepts exactly what the zod contract accepts.

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
const exportish = fc.oneof(
  fc.record({ format: fc.constantFrom('ecs-course-progress', 'other'), version, exportedAt: time, lessons }),
  fc.record({ format: fc.constant('ecs-course-progress'), version: fc.constant(2), exportedAt: fc.nat(), lessons, x: fc.anything() }, { requiredKeys: ['format', 'version', 'exportedAt', 'lessons'] }),
  fc.anything(),
);

describe('progress guard agrees with the zod schemas', () => {
  test('version 2 documents', () => {
    fc.assert(fc.property(v2ish, (v) => checkProgressV2(v).ok === progressV2Schema.safeParse(v).success), { numRuns: 3000 });
  });

  test('version 1 documents', () => {
    fc.assert(fc.property(v1ish, (v) => checkProgressV1(v).ok === progressV1Schema.safeParse(v).success), { numRuns: 2000 });
  });

  test('export files', () => {
    fc.assert(fc.property(exportish, (v) => checkProgressExport(v).ok === progressExportSchema.safeParse(v).success), { numRuns: 3000 });
  });

  test('valid documents are accepted (the properties above are not vacuous)', () => {
    expect(checkProgressV2({ version: 2, lessons: { 'm/a': { status: 'complete', startedAt: 1, completedAt: 2 } } }).ok).toBe(true);
    expect(checkProgressExport({ format: 'ecs-course-progress', version: 2, exportedAt: 5, lessons: {} }).ok).toBe(true);
  });
});
