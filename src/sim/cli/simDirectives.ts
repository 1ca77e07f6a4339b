/**
 * `sim …` directives: the simulator's own commands for scripts, labs and the terminal
 * (move virtual time, wait for a steady service, drive load, inject faults, print the state).
 */
import type { FaultKind, LoadSpec, SimulationHandle } from '../contract.ts';
import { formatAwsTimestamp } from '../contract.ts';
import type { CommandResult } from './cliErrors.ts';
import { FAULT_KINDS, parseDuration, formatDuration, SIM_HELP } from './simBasics.ts';

export { FAULT_KINDS, parseDuration, formatDuration, SIM_HELP };

const LOAD_PATTERNS: readonly LoadSpec['pattern'][] = ['constant', 'step', 'spike', 'daily'];

class DirectiveError extends Error {}

/** Reads `--name value` options; rejects unknown names and missing values. */
function readOptions(words: readonly string[], allowed: readonly string[], usage: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const m = /^--([a-z][a-z0-9-]*)(?:=(.*))?$/s.exec(word);
    if (!m) throw new DirectiveError(`unexpected argument '${word}'\nusage: ${usage}`);
    const name = m[1]!;
    if (!allowed.includes(name)) throw new DirectiveError(`unknown option '--${name}'\nusage: ${usage}`);
    let value = m[2];
    if (value === undefined) {
      value = words[i + 1];
      if (value === undefined || value.startsWith('--')) throw new DirectiveError(`option '--${name}' needs a value\nusage: ${usage}`);
      i++;
    }
    out[name] = value;
  }
  return out;
}

function required(options: Record<string, string>, names: string[], usage: string): void {
  const missing = names.filter((n) => options[n] === undefined);
  if (missing.length) throw new DirectiveError(`missing ${missing.map((n) => `--${n}`).join(', ')}\nusage: ${usage}`);
}

function percent(options: Record<string, string>, name: string): number | undefined {
  const text = options[name];
  if (text === undefined) return undefined;
  const value = Number(text.replace(/%$/, ''));
  if (!Number.isFinite(value) || value < 0 || text.trim() === '') {
    throw new DirectiveError(`--${name} must be a number >= 0, got '${text}'`);
  }
  return value;
}

const camel = (s: string): string => s.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

/** Runs `sim <args…>` (the words after `sim`). Never throws. */
export function runSimDirective(sim: SimulationHandle, args: readonly string[]): CommandResult {
  const ok = (stdout: string): CommandResult => ({ exitCode: 0, stdout, stderr: '' });
  const [verb, ...rest] = args;
  try {
    switch (verb) {
      case undefined:
      case 'help':
        return ok(SIM_HELP);
      case 'time':
        return ok(`${formatAwsTimestamp(sim.now())}\n`);
      case 'state':
        return ok(ensureNewline(sim.describeState()));
      case 'advance': {
        const usage = 'sim advance <duration>   e.g. 30s, 5m, 1h30m';
        if (rest.length !== 1) throw new DirectiveError(`expected one duration\nusage: ${usage}`);
        const ms = parseDuration(rest[0]!);
        if (ms === undefined) throw new DirectiveError(`invalid duration '${rest[0]}'\nusage: ${usage}`);
        sim.advance(ms);
        return ok(`Advanced ${formatDuration(ms)}; virtual time is now ${formatAwsTimestamp(sim.now())}\n`);
      }
      case 'wait': {
        const usage = 'sim wait steady --cluster C --service S [--timeout 30m]';
        if (rest[0] !== 'steady') throw new DirectiveError(`expected 'steady'\nusage: ${usage}`);
        const options = readOptions(rest.slice(1), ['cluster', 'service', 'timeout'], usage);
        required(options, ['cluster', 'service'], usage);
        const timeout = options.timeout === undefined ? 30 * 60_000 : parseDuration(options.timeout);
        if (timeout === undefined) throw new DirectiveError(`invalid duration '${options.timeout}'\nusage: ${usage}`);
        const result = sim.waitSteady(options.cluster!, options.service!, timeout);
        if (result.reached) {
          return ok(`Service ${options.service} reached a steady state after ${formatDuration(result.elapsedMs)}.\n`);
        }
        return {
          exitCode: 1,
          stdout: '',
          stderr: `sim wait: service ${options.service} did not reach a steady state within ${formatDuration(timeout)}.\n`,
        };
      }
      case 'load': {
        const usage = 'sim load --cluster C --service S --cpu N [--memory N] [--requests N] [--pattern constant|step|spike|daily]';
        const options = readOptions(rest, ['cluster', 'service', 'cpu', 'memory', 'requests', 'pattern'], usage);
        required(options, ['cluster', 'service', 'cpu'], usage);
        const pattern = (options.pattern ?? 'constant') as LoadSpec['pattern'];
        if (!LOAD_PATTERNS.includes(pattern)) {
          throw new DirectiveError(`--pattern must be one of ${LOAD_PATTERNS.join(', ')}, got '${options.pattern}'`);
        }
        const load: LoadSpec = { pattern, cpuPercent: percent(options, 'cpu')! };
        const memory = percent(options, 'memory');
        const requests = percent(options, 'requests');
        if (memory !== undefined) load.memoryPercent = memory;
        if (requests !== undefined) load.requestsPerTarget = requests;
        sim.setLoad(options.cluster!, options.service!, load);
        return ok(`Load on ${options.service}: ${pattern}, CPU ${load.cpuPercent}%` +
          `${memory !== undefined ? `, memory ${memory}%` : ''}${requests !== undefined ? `, ${requests} requests/target/min` : ''}\n`);
      }
      case 'fault': {
        const usage = `sim fault <kind> [--cluster C] [--service S] [--image I] [--secret ARN] [--subnet ID] [--role ARN] [--exit-code N] [--after SECONDS]\n       sim fault clear [kind]\nkinds: ${FAULT_KINDS.join(', ')}`;
        const kind = rest[0];
        if (kind === undefined) throw new DirectiveError(`expected a fault kind or 'clear'\nusage: ${usage}`);
        if (kind === 'clear') {
          const which = rest[1];
          if (rest.length > 2) throw new DirectiveError(`unexpected argument '${rest[2]}'\nusage: ${usage}`);
          if (which !== undefined && !FAULT_KINDS.includes(which as FaultKind)) {
            throw new DirectiveError(`unknown fault '${which}'\nkinds: ${FAULT_KINDS.join(', ')}`);
          }
          return ok(ensureNewline(sim.clearFault(which as FaultKind | undefined)));
        }
        if (!FAULT_KINDS.includes(kind as FaultKind)) {
          throw new DirectiveError(`unknown fault '${kind}'\nkinds: ${FAULT_KINDS.join(', ')}`);
        }
        const options = readOptions(
          rest.slice(1),
          ['cluster', 'service', 'image', 'secret', 'subnet', 'role', 'exit-code', 'after'],
          usage,
        );
        // The engine gets both spellings of multi-word options (`exit-code` and `exitCode`).
        const withAliases: Record<string, string> = { ...options };
        for (const [k, v] of Object.entries(options)) withAliases[camel(k)] = v;
        return ok(ensureNewline(sim.injectFault(kind as FaultKind, withAliases)));
      }
      default:
        throw new DirectiveError(`unknown directive '${verb}'. Try 'sim help'.`);
    }
  } catch (error) {
    if (error instanceof DirectiveError) return { exitCode: 2, stdout: '', stderr: `sim ${verb ?? ''}: ${error.message}\n` };
    // The engine reports unknown clusters/services with plain errors.
    const message = error instanceof Error ? error.message : String(error);
    return { exitCode: 1, stdout: '', stderr: `sim ${verb}: ${message}\n` };
  }
}

function ensureNewline(text: string): string {
  return text === '' || text.endsWith('\n') ? text : `${text}\n`;
}
