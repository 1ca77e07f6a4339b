/**
 * `--generate-cli-skeleton`: the JSON input skeleton of an operation, as botocore's ArgumentGenerator makes
 * it (every member; strings empty or their first enum value, numbers 0, booleans true, one item per list,
 * `KeyName` for map keys), ready to fill in and pass back with `--cli-input-json file://…`.
 */
import type { ApiServiceModel } from '../model/apiModelTypes.ts';
import { formatJson } from './outputJson.ts';
import { markDoubles } from './pythonFloats.ts';

function skeletonOf(model: ApiServiceModel, shapeName: string, stack: string[]): unknown {
  const shape = model.shapes[shapeName];
  if (!shape) return '';
  if (stack.includes(shapeName)) return shape.type === 'structure' ? {} : shape.type === 'list' ? [] : '';
  const next = [...stack, shapeName];
  switch (shape.type) {
    case 'structure':
      return Object.fromEntries(Object.entries(shape.members).map(([k, v]) => [k, skeletonOf(model, v, next)]));
    case 'list':
      return [skeletonOf(model, shape.member, next)];
    case 'map':
      return { KeyName: skeletonOf(model, shape.value, next) };
    case 'string':
      return shape.enum?.[0] ?? '';
    case 'boolean':
      return true;
    case 'timestamp':
      return '1970-01-01T00:00:00';
    case 'blob':
      return '';
    default:
      return 0;
  }
}

/** The skeleton as the CLI prints it (JSON, indent 4; doubles as `0.0`). */
export function inputSkeleton(model: ApiServiceModel, inputShape: string | undefined): string {
  if (!inputShape) return '{}\n';
  const skeleton = skeletonOf(model, inputShape, []);
  return formatJson(markDoubles(skeleton, doublePathsOf(model, inputShape, '', [])));
}

function doublePathsOf(model: ApiServiceModel, shapeName: string, path: string, stack: string[]): string[] {
  const shape = model.shapes[shapeName];
  if (!shape || stack.includes(shapeName)) return [];
  const next = [...stack, shapeName];
  switch (shape.type) {
    case 'double':
    case 'float':
      return [path];
    case 'structure':
      return Object.entries(shape.members).flatMap(([k, v]) => doublePathsOf(model, v, path ? `${path}.${k}` : k, next));
    case 'list':
      return doublePathsOf(model, shape.member, `${path}[]`, next);
    case 'map':
      return doublePathsOf(model, shape.value, `${path}{}`, next);
    default:
      return [];
  }
}
