/**
 * Tab completion for the terminal: shell commands, `aws` services, their commands and flags (read from the
 * generated API model, never a hand-written list), `sim` directives and fault kinds, and cluster/service names
 * from the running simulation. Pure: give it the text before the caret, get back what to insert.
 */
import { apiModels, cliNameOf, FAULT_KINDS, type ApiServiceModel } from '../../sim/index.ts';

/** Names the running simulation knows (for `--cluster`/`--service` values). */
export interface CompletionNames {
  clusters: readonly string[];
  services: readonly string[];
}

/** What Tab does. */
export interface Completion {
  /** Characters of the current word already typed (to be replaced). */
  word: string;
  /** Every candidate, sorted. */
  candidates: string[];
  /** The text to put in place of `word`: the single candidate plus a space, or the candidates' common prefix. */
  insert: string;
}

const SHELL_WORDS = ['aws', 'sim', 'help', 'clear', 'echo', 'cat', 'ls', 'env', 'export', 'unset', 'exit'];
const SIM_DIRECTIVES = ['advance', 'wait', 'load', 'fault', 'state', 'time', 'help'];
const GLOBAL_FLAGS = ['--region', '--output', '--query', '--cli-input-json', '--no-cli-pager', '--debug', '--profile'];
const SIM_FLAGS: Record<string, string[]> = {
  wait: ['--cluster', '--service', '--timeout'],
  load: ['--cluster', '--service', '--cpu', '--memory', '--requests', '--pattern'],
  fault: ['--cluster', '--service', '--image', '--secret', '--subnet', '--exit-code'],
};
const VALUE_LISTS: Record<string, string[]> = {
  '--output': ['json', 'text', 'table', 'yaml'],
  '--launch-type': ['FARGATE', 'EC2'],
  '--pattern': ['constant', 'step', 'spike', 'daily'],
  '--service-namespace': ['ecs'],
  '--scalable-dimension': ['ecs:service:DesiredCount'],
};

function commonPrefix(words: string[]): string {
  if (!words.length) return '';
  let p = words[0]!;
  for (const w of words) while (!w.startsWith(p)) p = p.slice(0, -1);
  return p;
}

function complete(word: string, options: Iterable<string>): Completion {
  const candidates = [...new Set(options)].filter((o) => o.startsWith(word)).sort();
  const insert = candidates.length === 1 ? `${candidates[0]} ` : commonPrefix(candidates) || word;
  return { word, candidates, insert };
}

/**
 * A service's API model, or undefined for an unknown service or one whose part of the simulator is still
 * loading (Application Auto Scaling and CloudWatch load on first use; the terminal starts that as they are typed).
 */
function modelOf(service: string): ApiServiceModel | undefined {
  try {
    return (apiModels as Record<string, ApiServiceModel>)[service];
  } catch {
    return undefined;
  }
}

/** Flags of `aws <service> <command>` from the API model, e.g. `--cluster-name`. */
export function flagsFor(service: string, command: string): string[] {
  const model = modelOf(service);
  if (!model) return [];
  const op = Object.values(model.operations).find((o) => o.command === command);
  if (!op) return [];
  const flags = [...GLOBAL_FLAGS];
  const shape = op.input ? model.shapes[op.input] : undefined;
  if (shape && shape.type === 'structure') {
    for (const member of Object.keys(shape.members)) {
      flags.push(`--${cliNameOf(member)}`);
      const target = model.shapes[shape.members[member]!];
      if (target?.type === 'boolean') flags.push(`--no-${cliNameOf(member)}`);
    }
  }
  if (op.paginated) flags.push('--starting-token', '--max-items', '--page-size');
  return flags;
}

/** Commands of an `aws` service the simulator answers (plus `wait` when the service has waiters). */
export function commandsFor(service: string): string[] {
  const model = modelOf(service);
  if (!model) return [];
  const commands = Object.values(model.operations).map((o) => o.command);
  if (Object.keys(model.waiters).length) commands.push('wait');
  return commands;
}

/** Completes the last word of `before` (the text left of the caret). */
export function completeLine(before: string, names: CompletionNames = { clusters: [], services: [] }): Completion {
  // The current logical line: continuation lines joined, only the last command of a `;`/`&&` list.
  const line = before.replace(/\\\n/g, ' ').split(/;|&&|\|\|/).pop() ?? '';
  const words = line.trimStart().split(/\s+/);
  const word = words.pop() ?? '';
  const [first, second, third] = words;
  const prev = words[words.length - 1];
  if (words.length === 0) return complete(word, SHELL_WORDS);
  if (prev === '--cluster' || prev === '--cluster-name') return complete(word, names.clusters);
  if (prev === '--service' || prev === '--services' || prev === '--service-name') return complete(word, names.services);
  if (prev && VALUE_LISTS[prev]) return complete(word, VALUE_LISTS[prev]!);
  if (first === 'aws') {
    if (words.length === 1) return complete(word, Object.keys(apiModels));
    if (words.length === 2) return complete(word, commandsFor(second!));
    if (third === 'wait' && words.length === 3) {
      const model = modelOf(second!);
      return complete(word, Object.keys(model?.waiters ?? {}).map(cliNameOf));
    }
    if (word.startsWith('-')) {
      const used = new Set(words.filter((w) => w.startsWith('--')));
      return complete(word, flagsFor(second!, third!).filter((f) => !used.has(f)));
    }
    return complete(word, []);
  }
  if (first === 'sim') {
    if (words.length === 1) return complete(word, SIM_DIRECTIVES);
    if (second === 'fault' && words.length === 2) return complete(word, [...FAULT_KINDS, 'clear']);
    if (second === 'wait' && words.length === 2) return complete(word, ['steady']);
    if (word.startsWith('-')) return complete(word, SIM_FLAGS[second!] ?? []);
  }
  return complete(word, []);
}
