/**
 * Facts about a task-definition document that several rules need, computed once per validation.
 */
import { parseTaskCpu, parseTaskMemory } from '../fargateSizing.ts';
import { getArray, getString, isObject, type JsonObject } from '../jsonAccess.ts';
import type { Diagnostic } from '../diagnostic.ts';

/** A container definition that is an object, with its index in `containerDefinitions`. */
export interface ContainerEntry {
  index: number;
  def: JsonObject;
  /** The container's name when it is a string, for messages. */
  name: string;
}

/** What the rules read. */
export interface RuleContext {
  doc: JsonObject;
  /** `requiresCompatibilities` includes FARGATE. */
  fargate: boolean;
  /** The effective network mode (`bridge` when omitted, as the API defaults). */
  networkMode: string;
  /** Task cpu in units, when present and parseable. */
  taskCpu?: number;
  /** Task memory in MiB, when present and parseable. */
  taskMemory?: number;
  /** A non-empty executionRoleArn string is present. */
  hasExecutionRole: boolean;
  containers: ContainerEntry[];
}

/** Builds the context from a document that is known to be an object. */
export function buildRuleContext(doc: JsonObject): RuleContext {
  const compat = getArray(doc, 'requiresCompatibilities') ?? [];
  const containers: ContainerEntry[] = [];
  (getArray(doc, 'containerDefinitions') ?? []).forEach((def, index) => {
    if (isObject(def)) containers.push({ index, def, name: getString(def, 'name') ?? '' });
  });
  const ctx: RuleContext = {
    doc,
    fargate: compat.includes('FARGATE'),
    networkMode: getString(doc, 'networkMode') ?? 'bridge',
    hasExecutionRole: (getString(doc, 'executionRoleArn') ?? '') !== '',
    containers,
  };
  const cpu = parseTaskCpu(doc['cpu']);
  const memory = parseTaskMemory(doc['memory']);
  if (cpu !== undefined && typeof doc['cpu'] === 'string') ctx.taskCpu = cpu;
  if (memory !== undefined && typeof doc['memory'] === 'string') ctx.taskMemory = memory;
  return ctx;
}

/** A rule: reads the context, appends diagnostics. */
export type Rule = (ctx: RuleContext, out: Diagnostic[]) => void;

/** Path prefix of a container definition. */
export function containerPath(entry: ContainerEntry): ['containerDefinitions', number] {
  return ['containerDefinitions', entry.index];
}
