/**
 * Generates the CLI layer's API tables (src/sim/model/*.generated.ts) from the official AWS SDK models.
 *
 *   npx tsx src/tools/generate-api-model.ts [outDir]
 *
 * Source: the `aws-sdk` (v2) npm package, pinned in package.json as a dev dependency. It ships the service
 * models as JSON (`apis/<service>-<version>.min.json`, `*.waiters2.json`, `*.paginators.json`), which is
 * exactly what we need. Why v2 and not `@aws-sdk/client-ecs` (v3): v3 clients carry no JSON model at all,
 * only generated code, so the model would have to be scraped from TypeScript or fetched from the Smithy
 * repos. aws-sdk v2 is in maintenance mode (its models stopped following the API in 2025), so operations
 * added since are missing from the "Invalid choice" list; the operations the simulator answers are all there.
 *
 * Members AWS added since then that the course may use are added from `apiModelSupplement.ts` (transcribed from
 * botocore, which is current but not an npm package).
 *
 * The `.min.json` models drop shape names and enum values; both are recovered from the package's
 * TypeScript declarations (`clients/<client>.d.ts`), which carry the original names and the enums as
 * string unions (`export type LaunchType = "EC2"|"FARGATE"|"EXTERNAL"|string;`).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import type { ApiOperation, ApiServiceModel, ApiShape, ApiWaiter } from '../sim/model/apiModelTypes.ts';
import { cliNameOf } from '../sim/model/cliNames.ts';
import { applySupplement } from './apiModelSupplement.ts';

/** One service to generate, and the operations whose input tables the simulator needs. */
interface ServiceSpec {
  cliName: string;
  modelFile: string;
  dtsFile: string;
  exportName: string;
  outFile: string;
  supported: string[];
}

const SERVICES: ServiceSpec[] = [
  {
    cliName: 'ecs',
    modelFile: 'ecs-2014-11-13',
    dtsFile: 'ecs.d.ts',
    exportName: 'ecsModel',
    outFile: 'ecs.generated.ts',
    supported: [
      'CreateCluster', 'DescribeClusters', 'ListClusters', 'DeleteCluster', 'RegisterTaskDefinition',
      'DescribeTaskDefinition', 'ListTaskDefinitions', 'ListTaskDefinitionFamilies', 'DeregisterTaskDefinition',
      'DeleteTaskDefinitions', 'RunTask', 'StopTask', 'ListTasks', 'DescribeTasks', 'CreateService',
      'UpdateService', 'DeleteService', 'DescribeServices', 'ListServices', 'ExecuteCommand',
    ],
  },
  {
    cliName: 'application-autoscaling',
    modelFile: 'application-autoscaling-2016-02-06',
    dtsFile: 'applicationautoscaling.d.ts',
    exportName: 'applicationAutoscalingModel',
    outFile: 'application-autoscaling.generated.ts',
    supported: [
      'RegisterScalableTarget', 'DeregisterScalableTarget', 'DescribeScalableTargets', 'PutScalingPolicy',
      'DeleteScalingPolicy', 'DescribeScalingPolicies', 'PutScheduledAction', 'DeleteScheduledAction',
      'DescribeScheduledActions', 'DescribeScalingActivities',
    ],
  },
  {
    cliName: 'cloudwatch',
    modelFile: 'monitoring-2010-08-01',
    dtsFile: 'cloudwatch.d.ts',
    exportName: 'cloudwatchModel',
    outFile: 'cloudwatch.generated.ts',
    supported: ['PutMetricAlarm', 'DescribeAlarms', 'DeleteAlarms'],
  },
];

/** A shape as it appears in a `.min.json` model (type defaults to string, `shape` points at a shared one). */
interface MinShape {
  type?: string;
  shape?: string;
  members?: Record<string, MinShape>;
  required?: string[];
  member?: MinShape;
  key?: MinShape;
  value?: MinShape;
}

/** What the `.d.ts` says about one named type. */
type DtsType =
  | { kind: 'interface'; members: Record<string, string> }
  | { kind: 'list'; item: string }
  | { kind: 'map'; value: string }
  | { kind: 'enum'; values: string[] }
  | { kind: 'alias'; target: string };

/** Reads `export interface X {…}` and `export type X = …;` declarations from an aws-sdk v2 `.d.ts`. */
function parseDeclarations(dts: string): { types: Map<string, DtsType>; inputs: Map<string, string> } {
  const types = new Map<string, DtsType>();
  const inputs = new Map<string, string>();
  for (const m of dts.matchAll(/^ {2}(\w+)\(params: [\w.]+\.Types\.(\w+), callback/gm)) {
    inputs.set(m[1]!, m[2]!);
  }
  for (const m of dts.matchAll(/^ {2}export interface (\w+) \{\n([\s\S]*?)^ {2}\}/gm)) {
    const members: Record<string, string> = {};
    for (const mm of m[2]!.matchAll(/^ {4}(\w+)\??: ([\w[\]]+);/gm)) members[mm[1]!] = mm[2]!;
    types.set(m[1]!, { kind: 'interface', members });
  }
  for (const m of dts.matchAll(/^ {2}export type (\w+) = (.*);$/gm)) {
    const [name, rhs] = [m[1]!, m[2]!];
    const list = /^(\w+)\[\]$/.exec(rhs);
    const map = /^\{\[key: string\]: (\w+)\}$/.exec(rhs);
    if (list) types.set(name, { kind: 'list', item: list[1]! });
    else if (map) types.set(name, { kind: 'map', value: map[1]! });
    else if (rhs.startsWith('"')) {
      const values = [...rhs.matchAll(/"([^"]*)"/g)].map((v) => v[1]!);
      types.set(name, { kind: 'enum', values });
    } else types.set(name, { kind: 'alias', target: rhs });
  }
  return { types, inputs };
}

/** Builds one service's tables. Pure apart from reading the SDK's files. */
function buildServiceModel(sdkRoot: string, spec: ServiceSpec): ApiServiceModel {
  const model = JSON.parse(readFileSync(join(sdkRoot, 'apis', `${spec.modelFile}.min.json`), 'utf8')) as {
    metadata: { apiVersion: string };
    operations: Record<string, { input?: MinShape; output?: MinShape }>;
    shapes: Record<string, MinShape>;
  };
  const readOptional = (file: string): Record<string, unknown> => {
    try {
      return JSON.parse(readFileSync(join(sdkRoot, 'apis', file), 'utf8')) as Record<string, unknown>;
    } catch {
      return {};
    }
  };
  const waiters = (readOptional(`${spec.modelFile}.waiters2.json`).waiters ?? {}) as Record<string, ApiWaiter>;
  const paginators = (readOptional(`${spec.modelFile}.paginators.json`).pagination ?? {}) as Record<
    string,
    { input_token?: string; limit_key?: string; output_token?: string; result_key?: string | string[] }
  >;
  const { types, inputs } = parseDeclarations(readFileSync(join(sdkRoot, 'clients', spec.dtsFile), 'utf8'));

  const shapes: Record<string, ApiShape> = {};
  const resolveMin = (s: MinShape): MinShape => (s.shape ? resolveMin(model.shapes[s.shape]!) : s);
  const resolveDts = (name: string): DtsType | undefined => {
    const t = types.get(name);
    return t?.kind === 'alias' && types.has(t.target) ? resolveDts(t.target) : t;
  };

  // Walks the min.json shape and the .d.ts type side by side: the first gives structure and scalar
  // types, the second gives the name and the enum values.
  const visit = (name: string, raw: MinShape): string => {
    if (shapes[name]) return name;
    const s = resolveMin(raw);
    const dts = resolveDts(name);
    const type = s.type ?? 'string';
    if (type === 'structure') {
      const placeholder: ApiShape = { type: 'structure', members: {} };
      shapes[name] = placeholder; // guards against recursive shapes
      const members: Record<string, string> = {};
      for (const [member, ms] of Object.entries(s.members ?? {})) {
        const typeName = dts?.kind === 'interface' ? dts.members[member] : undefined;
        members[member] = visit(typeName ?? fallbackName(ms), ms);
      }
      shapes[name] = s.required?.length ? { type, members, required: s.required } : { type, members };
    } else if (type === 'list') {
      const itemName = dts?.kind === 'list' ? dts.item : fallbackName(s.member ?? {});
      shapes[name] = { type, member: 'pending' };
      shapes[name] = { type, member: visit(itemName, s.member ?? {}) };
    } else if (type === 'map') {
      const valueName = dts?.kind === 'map' ? dts.value : fallbackName(s.value ?? {});
      shapes[name] = { type, key: 'pending', value: 'pending' };
      shapes[name] = { type, key: visit(fallbackName(s.key ?? {}), s.key ?? {}), value: visit(valueName, s.value ?? {}) };
    } else if (type === 'string') {
      shapes[name] = dts?.kind === 'enum' ? { type, enum: dts.values } : { type };
    } else {
      shapes[name] = { type: type as 'integer' };
    }
    return name;
  };

  const operations: Record<string, ApiOperation> = {};
  for (const op of spec.supported) {
    const def = model.operations[op];
    if (!def) throw new Error(`${spec.cliName}: operation ${op} is not in the model`);
    const inputName = inputs.get(op[0]!.toLowerCase() + op.slice(1));
    const entry: { command: string; input?: string; paginated?: ApiOperation['paginated']; outputDoubles?: string[] } = {
      command: cliNameOf(op),
    };
    if (def.input) entry.input = visit(inputName ?? `${op}Request`, def.input);
    const doubles = def.output ? doublePaths(def.output, resolveMin) : [];
    if (doubles.length) entry.outputDoubles = doubles;
    const pager = paginators[op];
    if (pager?.input_token && pager.output_token && pager.result_key) {
      entry.paginated = {
        inputToken: pager.input_token,
        outputToken: pager.output_token,
        resultKeys: Array.isArray(pager.result_key) ? pager.result_key : [pager.result_key],
        ...(pager.limit_key ? { limitKey: pager.limit_key } : {}),
      };
    }
    operations[op] = entry;
  }

  applySupplement(spec.cliName, shapes);
  return {
    cliName: spec.cliName,
    apiVersion: model.metadata.apiVersion,
    allCommands: Object.keys(model.operations).sort().map(cliNameOf),
    operations,
    shapes: Object.fromEntries(Object.entries(shapes).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
    waiters,
  };
}

/**
 * Paths of the `double`/`float` members of an output shape (`ScalingPolicies[].TargetTrackingScalingPolicyConfiguration.TargetValue`),
 * so the CLI layer can print `70.0` where Python's json module would.
 */
function doublePaths(output: MinShape, resolveMin: (s: MinShape) => MinShape): string[] {
  const out: string[] = [];
  const walk = (raw: MinShape, path: string, depth: number): void => {
    if (depth > 12) return;
    const s = resolveMin(raw);
    const type = s.type ?? 'string';
    if (type === 'double' || type === 'float') out.push(path);
    else if (type === 'structure') {
      for (const [m, ms] of Object.entries(s.members ?? {})) walk(ms, path ? `${path}.${m}` : m, depth + 1);
    } else if (type === 'list' && s.member) walk(s.member, `${path}[]`, depth + 1);
    else if (type === 'map' && s.value) walk(s.value, `${path}{}`, depth + 1);
  };
  walk(output, '', 0);
  return out;
}

/** Names an anonymous scalar the way the SDK's declarations do. */
function fallbackName(s: MinShape): string {
  const type = s.type ?? 'string';
  return type[0]!.toUpperCase() + type.slice(1);
}

/** Returns `{ fileName: contents }` for every generated file. Exported for the reproducibility test. */
export function generateApiModelFiles(sdkRoot: string): Record<string, string> {
  const sdkVersion = (JSON.parse(readFileSync(join(sdkRoot, 'package.json'), 'utf8')) as { version: string }).version;
  const files: Record<string, string> = {};
  for (const spec of SERVICES) {
    const model = buildServiceModel(sdkRoot, spec);
    files[spec.outFile] =
      `// GENERATED by src/tools/generate-api-model.ts from aws-sdk@${sdkVersion} ` +
      `(apis/${spec.modelFile}.min.json, clients/${spec.dtsFile}) ` +
      `+ src/tools/apiModelSupplement.ts. Do not edit; regenerate.\n` +
      `import type { ApiServiceModel } from './apiModelTypes.ts';\n\n` +
      `/** The ${spec.cliName} API as the CLI layer needs it. */\n` +
      `export const ${spec.exportName}: ApiServiceModel = ${JSON.stringify(model, null, 2)};\n`;
  }
  return files;
}

/** Where the installed aws-sdk package lives. */
export function defaultSdkRoot(): string {
  const require = createRequire(import.meta.url);
  return dirname(require.resolve('aws-sdk/package.json'));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outDir = resolve(process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '../sim/model'));
  mkdirSync(outDir, { recursive: true });
  for (const [file, text] of Object.entries(generateApiModelFiles(defaultSdkRoot()))) {
    writeFileSync(join(outDir, file), text);
    console.log(`wrote ${join(outDir, file)} (${text.length} bytes)`);
  }
}
