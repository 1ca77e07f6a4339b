/**
 * A stand-in SimulationHandle for the CLI layer's tests: records every call, answers with handlers the
 * test sets per operation (or `{}`), keeps a clock and virtual files, and runs a scripted exec shell.
 */
import { AwsError } from '../../../src/sim/errors.ts';
import type { ExecShellResult, FaultKind, LoadSpec, ServiceName, SimulationHandle, VirtualFiles } from '../../../src/sim/contract.ts';

export type Handler = (input: Record<string, unknown>, sim: FakeSimulation) => unknown;

export class FakeSimulation implements SimulationHandle {
  readonly calls: { service: ServiceName; operation: string; input: Record<string, unknown>; at: number }[] = [];
  readonly handlers = new Map<string, Handler>();
  readonly directives: string[] = [];
  readonly execLines: { sessionId: string; line: string }[] = [];
  private time = Date.UTC(2026, 0, 15, 9, 0, 0);
  private readonly fileMap = new Map<string, string>();

  readonly files: VirtualFiles = {
    read: (path) => this.fileMap.get(path),
    write: (path, text) => void this.fileMap.set(path, text),
    list: () => [...this.fileMap.keys()].sort(),
  };

  /** Answers `operation` with `handler` (a function or a fixed response). */
  on(operation: string, handler: Handler | unknown): this {
    this.handlers.set(operation, typeof handler === 'function' ? (handler as Handler) : () => handler);
    return this;
  }

  call(service: ServiceName, operation: string, input: Record<string, unknown>): unknown {
    this.calls.push({ service, operation, input, at: this.time });
    const handler = this.handlers.get(operation);
    if (!handler) return {};
    return handler(input, this);
  }

  now(): number {
    return this.time;
  }

  advance(ms: number): void {
    this.time += ms;
  }

  waitSteady(cluster: string, service: string, timeoutMs: number): { reached: boolean; elapsedMs: number } {
    this.directives.push(`waitSteady ${cluster} ${service} ${timeoutMs}`);
    if (service === 'never-steady') {
      this.time += timeoutMs;
      return { reached: false, elapsedMs: timeoutMs };
    }
    this.time += 135_000;
    return { reached: true, elapsedMs: 135_000 };
  }

  setLoad(cluster: string, service: string, load: LoadSpec): void {
    if (service === 'missing') throw new Error(`Service ${service} not found in cluster ${cluster}`);
    this.directives.push(`setLoad ${cluster} ${service} ${JSON.stringify(load)}`);
  }

  injectFault(kind: FaultKind, options: Record<string, string>): string {
    this.directives.push(`injectFault ${kind} ${JSON.stringify(options)}`);
    return `Fault ${kind} injected`;
  }

  clearFault(kind?: FaultKind): string {
    this.directives.push(`clearFault ${kind ?? '*'}`);
    return kind ? `Cleared ${kind}` : 'Cleared all faults';
  }

  describeState(): string {
    return 'cluster production: 0 services';
  }

  execShell(sessionId: string, commandLine: string): ExecShellResult {
    this.execLines.push({ sessionId, line: commandLine });
    if (commandLine === 'exit') return { output: '', exitCode: 0, closed: true };
    if (commandLine === 'whoami') return { output: 'root', exitCode: 0, closed: false };
    return { output: `sh: ${commandLine}: not found`, exitCode: 127, closed: false };
  }
}

/** Throws an AwsError like the engine does. */
export function awsError(code: string, message: string): never {
  throw new AwsError(code, message);
}
