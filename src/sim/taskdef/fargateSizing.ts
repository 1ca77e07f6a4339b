/**
 * Fargate task sizes: the 74 valid task-level cpu/memory pairs, and the parsing of the string forms
 * RegisterTaskDefinition accepts (`"1024"`, `"1 vCPU"`, `".25 vCPU"`; `"2048"`, `"2GB"`, `"2 GB"`).
 *
 * The table is generated from the rule AWS publishes (ecs-behaviour.md §3.2) rather than typed out, so a
 * typo cannot hide one pair; test/unit/taskdef/fargateSizing.test.ts pins the count and the boundaries.
 * The editor's quick fixes call `nearestValidMemory` / `nearestValidCpu`.
 */

/** One row of the Fargate size table: a cpu value and the memory values allowed with it. */
export interface FargateCpuOption {
  /** CPU units (1024 = 1 vCPU). */
  cpu: number;
  /** The same value in vCPU, e.g. 0.25. */
  vcpu: number;
  /** Allowed task memory values in MiB, ascending. */
  memories: readonly number[];
}

/** Inclusive MiB range with a step; expands to the list of allowed values. */
function range(fromMiB: number, toMiB: number, stepMiB: number): number[] {
  const values: number[] = [];
  for (let m = fromMiB; m <= toMiB; m += stepMiB) values.push(m);
  return values;
}

/** The valid Fargate task sizes (Linux), ascending by cpu. 74 pairs in total. */
export const FARGATE_SIZES: readonly FargateCpuOption[] = [
  { cpu: 256, vcpu: 0.25, memories: [512, 1024, 2048] },
  { cpu: 512, vcpu: 0.5, memories: range(1024, 4096, 1024) },
  { cpu: 1024, vcpu: 1, memories: range(2048, 8192, 1024) },
  { cpu: 2048, vcpu: 2, memories: range(4096, 16384, 1024) },
  { cpu: 4096, vcpu: 4, memories: range(8192, 30720, 1024) },
  { cpu: 8192, vcpu: 8, memories: range(16384, 61440, 4096) },
  { cpu: 16384, vcpu: 16, memories: range(32768, 122880, 8192) },
];

/** Every valid `{cpu, memory}` pair (units, MiB), ascending by cpu then memory. */
export const FARGATE_VALID_PAIRS: readonly { cpu: number; memory: number }[] = FARGATE_SIZES.flatMap((row) =>
  row.memories.map((memory) => ({ cpu: row.cpu, memory })),
);

/** The cpu values Fargate offers, in units, ascending. */
export const FARGATE_CPU_VALUES: readonly number[] = FARGATE_SIZES.map((row) => row.cpu);

/** The range of Fargate task cpu values (units); values outside it are "Invalid 'cpu' setting for task." */
export const FARGATE_TASK_CPU = { min: 256, max: 16384 } as const;

/** Windows containers on Fargate need 1–4 vCPU; .25/.5 and 8/16 vCPU are Linux only (§3.2). */
export const FARGATE_WINDOWS_CPU = { min: 1024, max: 4096 } as const;

// "1 vCPU", "1vcpu", ".25 vCPU", "0.5 VCPU": the unit is case-insensitive and the space optional,
// as cfn-lint's pattern `^(\.25|\.5|1|2|4|8|16)\s*(?i)vCpu$` describes (we also accept a leading 0).
const VCPU_FORM = /^\s*(\d*\.?\d+)\s*vcpu\s*$/i;
const UNITS_FORM = /^\s*(\d+)\s*$/;
const GB_FORM = /^\s*(\d*\.?\d+)\s*gb\s*$/i;

/**
 * Parses a task-level `cpu` value into CPU units: `"1024"` → 1024, `"1 vCPU"` → 1024, `".25 vcpu"` → 256.
 * Numbers are accepted too (the editor may hold them before they are quoted). Returns undefined when the text
 * is not one of those forms (AWS then answers `Invalid 'cpu' setting for task.`).
 */
export function parseTaskCpu(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) && value > 0 ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const units = UNITS_FORM.exec(value);
  if (units) {
    const n = Number(units[1]);
    return n > 0 ? n : undefined;
  }
  const vcpu = VCPU_FORM.exec(value);
  if (vcpu) {
    const n = Math.round(Number(vcpu[1]) * 1024);
    return n > 0 ? n : undefined;
  }
  return undefined;
}

/**
 * Parses a task-level `memory` value into MiB: `"2048"` → 2048, `"2GB"` / `"2 gb"` → 2048, `"0.5 GB"` → 512.
 * Returns undefined for anything else.
 */
export function parseTaskMemory(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) && value > 0 ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const mib = UNITS_FORM.exec(value);
  if (mib) {
    const n = Number(mib[1]);
    return n > 0 ? n : undefined;
  }
  const gb = GB_FORM.exec(value);
  if (gb) {
    const n = Math.round(Number(gb[1]) * 1024);
    return n > 0 ? n : undefined;
  }
  return undefined;
}

/** The memory values (MiB) Fargate allows with this cpu (units); empty when the cpu itself is not offered. */
export function validMemoriesFor(cpu: number): readonly number[] {
  return FARGATE_SIZES.find((row) => row.cpu === cpu)?.memories ?? [];
}

/** True when `cpu` units and `memory` MiB form one of the 74 Fargate sizes. */
export function isValidFargateSize(cpu: number, memory: number): boolean {
  return validMemoriesFor(cpu).includes(memory);
}

/** The cpu values (units) that accept this memory (MiB); empty when none does. */
export function validCpusFor(memory: number): readonly number[] {
  return FARGATE_SIZES.filter((row) => row.memories.includes(memory)).map((row) => row.cpu);
}

/**
 * The allowed memory for this cpu that is closest to `memory`; ties go to the larger value, so a quick fix never
 * shrinks what the learner asked for when it does not have to. When the cpu is not a Fargate value, the nearest
 * Fargate cpu's table is used. Always returns a memory that pairs with `nearestValidCpuValue(cpu)`.
 */
export function nearestValidMemory(cpu: number, memory: number): number {
  const memories = validMemoriesFor(nearestValidCpuValue(cpu));
  return closest(memories, memory);
}

/**
 * The smallest cpu (units) that accepts `memory` MiB, or — when no cpu accepts that exact value — the smallest cpu
 * whose range contains the nearest allowed memory. Useful for "this memory needs at least N vCPU" fixes.
 */
export function nearestValidCpu(memory: number): number {
  const exact = validCpusFor(memory);
  if (exact.length > 0) return exact[0] as number;
  const allMemories = [...new Set(FARGATE_VALID_PAIRS.map((p) => p.memory))].sort((a, b) => a - b);
  return validCpusFor(closest(allMemories, memory))[0] as number;
}

/** The Fargate cpu value (units) closest to `cpu`; ties go to the larger one. */
export function nearestValidCpuValue(cpu: number): number {
  return closest(FARGATE_CPU_VALUES, cpu);
}

/** Closest value in a non-empty ascending list; ties resolve upward. */
function closest(values: readonly number[], target: number): number {
  let best = values[0] as number;
  for (const v of values) {
    if (Math.abs(v - target) <= Math.abs(best - target)) best = v;
  }
  return best;
}

/** Formats CPU units as vCPU text for messages and hovers: 256 → ".25 vCPU", 1024 → "1 vCPU". */
export function formatVcpu(cpu: number): string {
  const v = cpu / 1024;
  return `${String(v).replace(/^0\./, '.')} vCPU`;
}
