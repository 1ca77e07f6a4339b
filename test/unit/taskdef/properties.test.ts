/**
 * Properties over arbitrary input: the validator answers anything the learner can type without throwing, and
 * the registry operations fail only with AwsError — never with a TypeError that would crash the terminal.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { AwsError } from '../../../src/sim/errors.ts';
import {
  blocksRegistration,
  createTaskDefinitionRegistry,
  deleteTaskDefinitions,
  deregisterTaskDefinition,
  describeTaskDefinition,
  listTaskDefinitionFamilies,
  listTaskDefinitions,
  registerTaskDefinition,
  validateTaskDefinition,
  type Diagnostic,
} from '../../../src/sim/taskdef/index.ts';
import { CHAPTER_FAMILIES, chapterDoc, testContext } from './chapterFixtures.ts';

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function checkWellFormed(diagnostics: Diagnostic[]): void {
  for (const d of diagnostics) {
    expect(d.code).toMatch(KEBAB);
    expect(d.code).not.toBe('internal-validation-failure');
    expect(['error', 'warning', 'info']).toContain(d.severity);
    expect(typeof d.message).toBe('string');
    expect(d.path.every((p) => typeof p === 'string' || typeof p === 'number')).toBe(true);
  }
}

/** Every path to a value inside a JSON document, root excluded. */
function allPaths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => [[...prefix, i], ...allPaths(v, [...prefix, i])]);
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => [[...prefix, k], ...allPaths(v, [...prefix, k])]);
  }
  return [];
}

type Mutation = { pick: number; op: 'replace' | 'delete' | 'insert'; value: unknown; key: string };

/** Applies one mutation to a copy of the document: replace a value, delete it, or add a member next to it. */
function mutate(doc: Record<string, unknown>, { pick, op, value, key }: Mutation): Record<string, unknown> {
  const copy = structuredClone(doc);
  const paths = allPaths(copy);
  const path = paths[pick % paths.length]!;
  const parent = path.slice(0, -1).reduce<any>((node, step) => node[step], copy);
  const last = path[path.length - 1]!;
  if (op === 'replace') parent[last] = value;
  else if (op === 'delete') Array.isArray(parent) ? parent.splice(last as number, 1) : delete parent[last];
  else if (Array.isArray(parent)) parent.push(value);
  else parent[key] = value;
  return copy;
}

const mutationArb = fc.record({
  pick: fc.nat(),
  op: fc.constantFrom('replace', 'delete', 'insert') as fc.Arbitrary<Mutation['op']>,
  value: fc.oneof(fc.jsonValue(), fc.constantFrom('FARGATE', 'awsvpc', '1 vCPU', '2 GB', 0, -1, '', null, [], {})),
  key: fc.oneof(fc.string(), fc.constantFrom('essential', 'memory', 'cpu', 'hostPort', 'healthCheck', '__proto__')),
});

const chapterArb = fc.constantFrom(...CHAPTER_FAMILIES).map((f) => chapterDoc(f));

describe('validateTaskDefinition on arbitrary input', () => {
  test('never throws on arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        checkWellFormed(validateTaskDefinition(value));
      }),
      { numRuns: 500 },
    );
  });

  test('never throws on arbitrary JavaScript values', () => {
    fc.assert(
      fc.property(fc.anything({ withBoxedValues: true, withMap: true, withSet: true, withNullPrototype: true }), (value) => {
        checkWellFormed(validateTaskDefinition(value));
      }),
      { numRuns: 500 },
    );
  });

  test('never throws on mutated chapter documents, and is deterministic', () => {
    fc.assert(
      fc.property(chapterArb, fc.array(mutationArb, { minLength: 1, maxLength: 4 }), (doc, mutations) => {
        const mutated = mutations.reduce(mutate, doc);

        const first = validateTaskDefinition(mutated);

        checkWellFormed(first);
        expect(validateTaskDefinition(mutated)).toEqual(first);
      }),
      { numRuns: 400 },
    );
  });

  test('answers deep nesting and thousands of containers', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 5000; i++) deep = [deep];
    const many = chapterDoc('user-service');
    const template = many.containerDefinitions[0];
    many.memory = '122880';
    many.cpu = '16384';
    many.containerDefinitions = Array.from({ length: 3000 }, (_, i) => ({ ...template, name: `c${i}`, portMappings: [{ containerPort: 1000 + i }] }));

    checkWellFormed(validateTaskDefinition({ family: 'deep', containerDefinitions: deep }));
    checkWellFormed(validateTaskDefinition({ family: 'deep', containerDefinitions: [{ name: 'a', image: 'a:1', dockerLabels: { x: deep } }] }));
    const started = performance.now();
    const diagnostics = validateTaskDefinition(many);
    expect(performance.now() - started).toBeLessThan(3000);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});

describe('registry operations on arbitrary input', () => {
  test('registration agrees with validation: it fails exactly when a blocking diagnostic exists, CLI problems first', () => {
    fc.assert(
      fc.property(chapterArb, fc.array(mutationArb, { minLength: 1, maxLength: 3 }), (doc, mutations) => {
        const mutated = mutations.reduce(mutate, doc);
        const reg = createTaskDefinitionRegistry();
        // The CLI's own parameter validation runs before anything reaches ECS, so it wins over document order.
        const all = validateTaskDefinition(mutated).filter(blocksRegistration);
        const cliProblems = all.filter((d) => d.awsErrorCode === 'ParamValidation');
        const blocking = cliProblems.length > 0 ? cliProblems : all;

        let error: unknown;
        try {
          registerTaskDefinition(reg, mutated, testContext());
        } catch (e) {
          error = e;
        }

        if (blocking.length === 0) expect(error).toBeUndefined();
        else {
          expect(error).toBeInstanceOf(AwsError);
          expect((error as AwsError).code).toBe(blocking[0]!.awsErrorCode);
          if ((error as AwsError).code !== 'ParamValidation') expect((error as AwsError).message).toBe(blocking[0]!.message);
        }
      }),
      { numRuns: 400 },
    );
  });

  const refArb = fc.oneof(
    fc.constantFrom(...CHAPTER_FAMILIES),
    fc.tuple(fc.constantFrom(...CHAPTER_FAMILIES), fc.integer({ min: -1, max: 6 })).map(([f, r]) => `${f}:${r}`),
    fc.tuple(fc.constantFrom(...CHAPTER_FAMILIES), fc.integer({ min: 1, max: 6 })).map(
      ([f, r]) => `arn:aws:ecs:us-east-1:123456789012:task-definition/${f}:${r}`,
    ),
    fc.string(),
  );
  const inputArb = (plausible: fc.Arbitrary<Record<string, unknown>>) => fc.oneof({ weight: 4, arbitrary: plausible }, fc.anything() as fc.Arbitrary<any>);
  const callArb = fc.oneof(
    fc.tuple(fc.constant('register'), inputArb(chapterArb)),
    fc.tuple(fc.constant('describe'), inputArb(fc.record({ taskDefinition: refArb, include: fc.constantFrom(['TAGS'], ['X'], []) }))),
    fc.tuple(fc.constant('deregister'), inputArb(fc.record({ taskDefinition: refArb }))),
    fc.tuple(fc.constant('delete'), inputArb(fc.record({ taskDefinitions: fc.array(refArb, { maxLength: 12 }) }))),
    fc.tuple(
      fc.constant('list'),
      inputArb(
        fc.record(
          {
            familyPrefix: fc.constantFrom(...CHAPTER_FAMILIES),
            status: fc.constantFrom('ACTIVE', 'INACTIVE', 'DELETE_IN_PROGRESS', 'ALL'),
            sort: fc.constantFrom('ASC', 'DESC'),
            maxResults: fc.integer({ min: -1, max: 120 }),
            nextToken: fc.string(),
          },
          { requiredKeys: [] },
        ),
      ),
    ),
    fc.tuple(
      fc.constant('families'),
      inputArb(fc.record({ familyPrefix: fc.string(), status: fc.constantFrom('ACTIVE', 'INACTIVE', 'ALL', 'x') }, { requiredKeys: [] })),
    ),
  );
  const OPS = {
    register: registerTaskDefinition,
    describe: describeTaskDefinition,
    deregister: deregisterTaskDefinition,
    delete: deleteTaskDefinitions,
    list: listTaskDefinitions,
    families: listTaskDefinitionFamilies,
  } as const;

  test('any sequence of calls throws only AwsError, and no ARN is ever registered twice', () => {
    fc.assert(
      fc.property(fc.array(callArb, { maxLength: 25 }), fc.boolean(), (calls, inUse) => {
        const reg = createTaskDefinitionRegistry();
        const ctx = testContext({ isInUse: () => inUse });
        const registered = new Set<string>();
        for (const [op, input] of calls) {
          try {
            const result = (OPS[op as keyof typeof OPS] as (r: typeof reg, i: unknown, c: typeof ctx) => any)(reg, input, ctx);
            if (op === 'register') {
              const arn = result.taskDefinition.taskDefinitionArn as string;
              expect(registered.has(arn)).toBe(false);
              registered.add(arn);
            }
          } catch (error) {
            expect(error).toBeInstanceOf(AwsError);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
