/**
 * Quick fixes for the editor's ECS markers, as pure functions: (document text, diagnostic) → titled text edits.
 * The Monaco code-action provider only maps these edits to ranges; everything a fix decides (which memory is
 * nearest, where a member goes, how it is indented) lives here so Node tests can check the resulting documents.
 *
 * Fixes keep the learner's layout: values are replaced in place, new members are inserted after the last
 * member of their object with the document's own indentation.
 */
// The task-definition rules only (not src/sim/index.ts): the editor must not pull the whole engine in.
import {
  FARGATE_CPU_VALUES,
  formatVcpu,
  looksLikeSecretName,
  nearestValidCpuValue,
  nearestValidMemory,
  parseTaskCpu,
  parseTaskMemory,
  validCpusFor,
  type Diagnostic,
  type JsonPath,
} from '../../sim/taskdef/index.ts';
import type { JsonValue } from '../../sim/cli/pythonJson.ts';
import { indentUnit, indexJson, lineIndentAt, spanAt, valueAt, type SpanIndex } from './jsonSpans.ts';

/** One replacement: `length` characters at `offset` become `text`. */
export interface TextEdit {
  offset: number;
  length: number;
  text: string;
}

/** A titled set of non-overlapping edits (offsets refer to the original text). */
export interface QuickFix {
  title: string;
  /** The diagnostic code it fixes. */
  code: string;
  edits: TextEdit[];
  /** The fix to apply with one keystroke (Monaco's "preferred" action). */
  isPreferred?: boolean;
}

/** The execution role ARN the course uses everywhere. */
export const SAMPLE_EXECUTION_ROLE_ARN = 'arn:aws:iam::123456789012:role/ecsTaskExecutionRole';

/** Codes that have a quick fix (the code-action provider only asks about these). */
export const FIXABLE_CODES: ReadonlySet<string> = new Set([
  'fargate-invalid-cpu-memory',
  'fargate-network-mode',
  'fargate-cpu-required',
  'fargate-memory-required',
  'fargate-execution-role-awslogs',
  'fargate-execution-role-ecr',
  'execution-role-secrets',
  'execution-role-repository-credentials',
  'environment-secret-literal',
  'awsvpc-host-port-mismatch',
]);

/** Applies edits to a text (highest offset first, so earlier offsets stay valid). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.offset - a.offset)) {
    out = out.slice(0, e.offset) + e.text + out.slice(e.offset + e.length);
  }
  return out;
}

/**
 * The quick fixes for one diagnostic on this text. Returns `[]` when the text is not JSON, the diagnostic has no
 * fix, or the document no longer looks the way the diagnostic describes (it was edited since).
 */
export function quickFixesFor(text: string, diagnostic: Pick<Diagnostic, 'code' | 'path'>): QuickFix[] {
  if (!FIXABLE_CODES.has(diagnostic.code)) return [];
  let index: SpanIndex;
  try {
    index = indexJson(text);
  } catch {
    return [];
  }
  if (!isRecord(index.value)) return [];
  return fixesFor(index, diagnostic).map((f) => ({ ...f, edits: mergeTouching(f.edits) }));
}

function fixesFor(index: SpanIndex, diagnostic: Pick<Diagnostic, 'code' | 'path'>): QuickFix[] {
  switch (diagnostic.code) {
    case 'fargate-invalid-cpu-memory':
      return fixCpuMemory(index);
    case 'fargate-network-mode':
      return [setMember(index, [], 'networkMode', 'awsvpc', 'Set networkMode to "awsvpc" (the only mode Fargate supports)', diagnostic.code)];
    case 'fargate-cpu-required':
    case 'fargate-memory-required':
      return fixMissingSize(index, diagnostic.code);
    case 'fargate-execution-role-awslogs':
    case 'fargate-execution-role-ecr':
    case 'execution-role-secrets':
    case 'execution-role-repository-credentials':
      return [
        setMember(index, [], 'executionRoleArn', SAMPLE_EXECUTION_ROLE_ARN, `Add executionRoleArn (${SAMPLE_EXECUTION_ROLE_ARN})`, diagnostic.code),
      ];
    case 'environment-secret-literal':
      return fixSecretInEnvironment(index, diagnostic.path);
    case 'awsvpc-host-port-mismatch':
      return fixHostPort(index, diagnostic.path);
    default:
      return [];
  }
}

// --- fixes -------------------------------------------------------------------------------------------------

function fixCpuMemory(index: SpanIndex): QuickFix[] {
  const doc = index.value as Record<string, JsonValue>;
  const cpu = parseTaskCpu(doc['cpu']);
  const memory = parseTaskMemory(doc['memory']);
  if (cpu === undefined || memory === undefined) return [];
  const code = 'fargate-invalid-cpu-memory';
  const fixes: QuickFix[] = [];
  if (FARGATE_CPU_VALUES.includes(cpu)) {
    const m = nearestValidMemory(cpu, memory);
    fixes.push({
      title: `Set memory to "${m}" (the nearest size Fargate offers with ${cpu} CPU)`,
      code,
      isPreferred: true,
      edits: [replaceValue(index, ['memory'], String(m))],
    });
    const cpus = validCpusFor(memory);
    if (cpus.length > 0) {
      fixes.push({
        title: `Set cpu to "${cpus[0]}" (${formatVcpu(cpus[0]!)}, the smallest size that allows ${memory} MiB)`,
        code,
        edits: [replaceValue(index, ['cpu'], String(cpus[0]))],
      });
    }
  } else {
    // Not a Fargate cpu value at all (e.g. 300): move both to the nearest valid pair.
    const c = nearestValidCpuValue(cpu);
    const m = nearestValidMemory(c, memory);
    fixes.push({
      title: `Set cpu to "${c}" and memory to "${m}" (the nearest Fargate size)`,
      code,
      isPreferred: true,
      edits: [replaceValue(index, ['cpu'], String(c)), replaceValue(index, ['memory'], String(m))],
    });
  }
  return fixes;
}

function fixMissingSize(index: SpanIndex, code: string): QuickFix[] {
  const doc = index.value as Record<string, JsonValue>;
  if (code === 'fargate-cpu-required') {
    const memory = parseTaskMemory(doc['memory']);
    const cpus = memory === undefined ? [] : validCpusFor(memory);
    const cpu = String(cpus[0] ?? 256);
    return [setMember(index, [], 'cpu', cpu, `Add cpu "${cpu}" (${formatVcpu(Number(cpu))})`, code)];
  }
  const cpu = parseTaskCpu(doc['cpu']);
  const memory = String(cpu === undefined ? 512 : nearestValidMemory(cpu, 0));
  return [setMember(index, [], 'memory', memory, `Add memory "${memory}" (the smallest Fargate memory for this cpu)`, code)];
}

function fixHostPort(index: SpanIndex, path: JsonPath): QuickFix[] {
  const mappingPath = path[path.length - 1] === 'hostPort' ? path.slice(0, -1) : path;
  const containerPort = spanAt(index, [...mappingPath, 'containerPort']);
  const hostPort = spanAt(index, [...mappingPath, 'hostPort']);
  if (!containerPort || !hostPort) return [];
  const portText = index.text.slice(containerPort.start, containerPort.end);
  return [
    {
      title: `Set hostPort to ${portText} (equal to containerPort, as awsvpc requires)`,
      code: 'awsvpc-host-port-mismatch',
      isPreferred: true,
      edits: [{ offset: hostPort.start, length: hostPort.end - hostPort.start, text: portText }],
    },
  ];
}

/** Moves `environment[j]` of a container into its `secrets`, with a Secrets Manager valueFrom to fill in. */
function fixSecretInEnvironment(index: SpanIndex, path: JsonPath): QuickFix[] {
  const envIdx = path.indexOf('environment');
  if (envIdx < 0 || typeof path[envIdx + 1] !== 'number') return [];
  const containerPath = path.slice(0, envIdx);
  const entryIndex = path[envIdx + 1] as number;
  const envPath = [...containerPath, 'environment'];
  const entry = valueAt(index, [...envPath, entryIndex]);
  const name = isRecord(entry) && typeof entry['name'] === 'string' ? entry['name'] : undefined;
  if (name === undefined || !looksLikeSecretName(name)) return [];
  const family = typeof (index.value as Record<string, JsonValue>)['family'] === 'string' ? String((index.value as Record<string, JsonValue>)['family']) : 'app';
  const secretName = `${family}/${name.toLowerCase().replace(/_/g, '-')}`;
  const secret = { name, valueFrom: `arn:aws:secretsmanager:us-east-1:123456789012:secret:${secretName}` };

  const edits: TextEdit[] = [removeArrayItem(index, envPath, entryIndex)];
  const secrets = valueAt(index, [...containerPath, 'secrets']);
  if (Array.isArray(secrets)) {
    edits.push(appendArrayItem(index, [...containerPath, 'secrets'], secret));
  } else if (secrets === undefined) {
    // A new "secrets" member right after "environment", so the two sit together as in the lesson.
    const envSpan = spanAt(index, envPath)!;
    const indent = lineIndentAt(index, envSpan.keyStart ?? envSpan.start);
    const unit = indentUnit(index.text);
    edits.push({ offset: envSpan.end, length: 0, text: `,\n${indent}"secrets": ${render([secret], indent, unit)}` });
  } else {
    return [];
  }
  return [{ title: `Move ${name} to "secrets" (read from Secrets Manager at start-up)`, code: 'environment-secret-literal', isPreferred: true, edits }];
}

// --- edit helpers ------------------------------------------------------------------------------------------

/** Joins edits where one ends exactly where the next starts, so editors that refuse touching ranges accept them. */
function mergeTouching(edits: readonly TextEdit[]): TextEdit[] {
  const sorted = [...edits].sort((a, b) => a.offset - b.offset);
  const out: TextEdit[] = [];
  for (const e of sorted) {
    const prev = out[out.length - 1];
    if (prev && prev.offset + prev.length === e.offset) {
      out[out.length - 1] = { offset: prev.offset, length: prev.length + e.length, text: prev.text + e.text };
    } else {
      out.push({ ...e });
    }
  }
  return out;
}

/** Replaces the value at `path` with a JSON string. */
function replaceValue(index: SpanIndex, path: JsonPath, value: string): TextEdit {
  const span = spanAt(index, path)!;
  return { offset: span.start, length: span.end - span.start, text: JSON.stringify(value) };
}

/** Sets `key` of the object at `objectPath` to a value: replaces it when present, else inserts a member. */
function setMember(index: SpanIndex, objectPath: JsonPath, key: string, value: JsonValue, title: string, code: string): QuickFix {
  const existing = spanAt(index, [...objectPath, key]);
  if (existing) {
    const indent = lineIndentAt(index, existing.keyStart ?? existing.start);
    return {
      title,
      code,
      isPreferred: true,
      edits: [{ offset: existing.start, length: existing.end - existing.start, text: render(value, indent, indentUnit(index.text)) }],
    };
  }
  return { title, code, isPreferred: true, edits: [insertMember(index, objectPath, key, value)] };
}

/** Inserts `"key": value` as the last member of the object at `objectPath`. */
function insertMember(index: SpanIndex, objectPath: JsonPath, key: string, value: JsonValue): TextEdit {
  const obj = spanAt(index, objectPath)!;
  const objValue = valueAt(index, objectPath) as Record<string, JsonValue>;
  const keys = Object.keys(objValue);
  const unit = indentUnit(index.text);
  if (keys.length === 0) {
    const outer = lineIndentAt(index, obj.keyStart ?? obj.start);
    const inner = outer + unit;
    return { offset: obj.start, length: obj.end - obj.start, text: `{\n${inner}${JSON.stringify(key)}: ${render(value, inner, unit)}\n${outer}}` };
  }
  const last = spanAt(index, [...objectPath, keys[keys.length - 1]!])!;
  const indent = lineIndentAt(index, last.keyStart!);
  const sameLine = index.text.lastIndexOf('\n', last.keyStart!) < obj.start; // a one-line object
  const sep = sameLine ? ', ' : `,\n${indent}`;
  return { offset: last.end, length: 0, text: `${sep}${JSON.stringify(key)}: ${render(value, indent, unit)}` };
}

/** Removes item `i` of the array at `arrayPath`, with its separating comma and line. */
function removeArrayItem(index: SpanIndex, arrayPath: JsonPath, i: number): TextEdit {
  const arr = valueAt(index, arrayPath) as JsonValue[];
  const item = spanAt(index, [...arrayPath, i])!;
  if (arr.length === 1) {
    const whole = spanAt(index, arrayPath)!;
    return { offset: whole.start, length: whole.end - whole.start, text: '[]' };
  }
  if (i < arr.length - 1) {
    // Up to the start of the next item: removes this item, its comma and the whitespace before the next one.
    const next = spanAt(index, [...arrayPath, i + 1])!;
    return { offset: item.start, length: next.start - item.start, text: '' };
  }
  // The last item: from the end of the previous item (its comma included) to the end of this one.
  const prev = spanAt(index, [...arrayPath, i - 1])!;
  return { offset: prev.end, length: item.end - prev.end, text: '' };
}

/** Appends an item to the array at `arrayPath`. */
function appendArrayItem(index: SpanIndex, arrayPath: JsonPath, value: JsonValue): TextEdit {
  const arr = valueAt(index, arrayPath) as JsonValue[];
  const whole = spanAt(index, arrayPath)!;
  const unit = indentUnit(index.text);
  if (arr.length === 0) {
    const outer = lineIndentAt(index, whole.keyStart ?? whole.start);
    const inner = outer + unit;
    return { offset: whole.start, length: whole.end - whole.start, text: `[\n${inner}${render(value, inner, unit)}\n${outer}]` };
  }
  const last = spanAt(index, [...arrayPath, arr.length - 1])!;
  const indent = lineIndentAt(index, last.start);
  return { offset: last.end, length: 0, text: `,\n${indent}${render(value, indent, unit)}` };
}

/** JSON text of a value, its continuation lines indented to sit at `indent`. */
function render(value: JsonValue, indent: string, unit: string): string {
  return JSON.stringify(value, null, unit).replace(/\n/g, `\n${indent}`);
}

function isRecord(v: unknown): v is Record<string, JsonValue> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}
