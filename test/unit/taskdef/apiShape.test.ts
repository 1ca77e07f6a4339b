/**
 * The transcribed RegisterTaskDefinition shape must agree with the official ECS API model shipped in the aws-sdk
 * v2 package (read here at test time only; the core never loads node_modules JSON).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import {
  CONTAINER_DEFINITION_SHAPE,
  enumAt,
  MEMBERS_NEWER_THAN_SDK_MODEL,
  OPERATION_INPUTS,
  REGISTER_TASK_DEFINITION_INPUT,
  type ApiShape,
} from '../../../src/sim/taskdef/apiShape.ts';

interface ModelShape {
  type?: string;
  shape?: string;
  members?: Record<string, ModelShape>;
  member?: ModelShape;
  value?: ModelShape;
  required?: string[];
}

const require = createRequire(import.meta.url);
const model = JSON.parse(readFileSync(require.resolve('aws-sdk/apis/ecs-2014-11-13.min.json'), 'utf8')) as {
  operations: Record<string, { input: ModelShape }>;
  shapes: Record<string, ModelShape>;
};

function resolve(ref: ModelShape): ModelShape {
  return ref.shape ? resolve(model.shapes[ref.shape]!) : ref;
}

/** Flattens a model shape into `path → type` lines, e.g. `containerDefinitions[].memory integer`. */
function flattenModel(ref: ModelShape, path: string, out: Map<string, string>, required: Set<string>): void {
  const shape = resolve(ref);
  const type = shape.type ?? 'string';
  if (type === 'structure') {
    for (const r of shape.required ?? []) required.add(`${path}.${r}`);
    for (const [k, v] of Object.entries(shape.members ?? {})) flattenModel(v, path ? `${path}.${k}` : k, out, required);
  } else if (type === 'list') flattenModel(shape.member!, `${path}[]`, out, required);
  else if (type === 'map') flattenModel(shape.value!, `${path}{}`, out, required);
  else out.set(path, type);
}

function flattenOurs(shape: ApiShape, path: string, out: Map<string, string>, required: Set<string>): void {
  if (shape.type === 'structure') {
    for (const r of shape.required) required.add(`${path}.${r}`);
    for (const [k, v] of Object.entries(shape.members)) flattenOurs(v, path ? `${path}.${k}` : k, out, required);
  } else if (shape.type === 'list') flattenOurs(shape.member, `${path}[]`, out, required);
  else if (shape.type === 'map') flattenOurs(shape.value, `${path}{}`, out, required);
  else out.set(path, shape.type);
}

function isNewer(path: string): boolean {
  return MEMBERS_NEWER_THAN_SDK_MODEL.some((m) => path === m || path.startsWith(`${m}.`));
}

describe('RegisterTaskDefinition input shape', () => {
  const theirs = new Map<string, string>();
  const theirRequired = new Set<string>();
  flattenModel(model.operations.RegisterTaskDefinition!.input, '', theirs, theirRequired);
  const ours = new Map<string, string>();
  const ourRequired = new Set<string>();
  flattenOurs(REGISTER_TASK_DEFINITION_INPUT, '', ours, ourRequired);

  test('has every member of the official model with the same type', () => {
    const mismatches = [...theirs].filter(([path, type]) => ours.get(path) !== type);

    expect(mismatches).toEqual([]);
    expect(theirs.size).toBeGreaterThan(100);
  });

  test('adds only the members documented as newer than the SDK model', () => {
    const extra = [...ours.keys()].filter((p) => !theirs.has(p));

    expect(extra.filter((p) => !isNewer(p))).toEqual([]);
    for (const newer of MEMBERS_NEWER_THAN_SDK_MODEL) expect(extra.some((p) => p === newer || p.startsWith(`${newer}.`))).toBe(true);
  });

  test('requires the same members', () => {
    const ourComparable = [...ourRequired].filter((p) => !isNewer(p.replace(/^\./, '')));

    expect(ourComparable.sort()).toEqual([...theirRequired].sort());
  });

  test('lists top-level members in the model order (the CLI prints them in that order)', () => {
    const modelOrder = Object.keys(resolve(model.operations.RegisterTaskDefinition!.input).members!);
    const ourOrder = Object.keys((REGISTER_TASK_DEFINITION_INPUT as { members: object }).members).filter((k) => !isNewer(k));

    expect(ourOrder).toEqual(modelOrder);
  });

  test.each(Object.keys(OPERATION_INPUTS))('%s input has the model members', (operation) => {
    const theirMembers = Object.keys(resolve(model.operations[operation]!.input).members!);
    const ourShape = OPERATION_INPUTS[operation as keyof typeof OPERATION_INPUTS] as { members: object; required: readonly string[] };

    expect(Object.keys(ourShape.members)).toEqual(theirMembers);
    expect(ourShape.required).toEqual(resolve(model.operations[operation]!.input).required ?? []);
  });
});

describe('shape helpers', () => {
  test('enumAt reads enum values by path', () => {
    expect(enumAt('networkMode')).toEqual(['bridge', 'host', 'awsvpc', 'none']);
    expect(enumAt('containerDefinitions[].logConfiguration.logDriver')).toContain('awsfirelens');
    expect(enumAt('containerDefinitions[].dependsOn[].condition')).toEqual(['START', 'COMPLETE', 'SUCCESS', 'HEALTHY']);
    expect(enumAt('family')).toEqual([]);
    expect(enumAt('nope.nothing')).toEqual([]);
  });

  test('CONTAINER_DEFINITION_SHAPE is the container definition structure', () => {
    expect(CONTAINER_DEFINITION_SHAPE.type).toBe('structure');
    expect(Object.keys((CONTAINER_DEFINITION_SHAPE as { members: object }).members).slice(0, 2)).toEqual(['name', 'image']);
  });
});
