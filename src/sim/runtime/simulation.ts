/**
 * The simulation facade: `createSimulation(options)` builds the state from a scenario and returns a
 * `Simulation` implementing the CLI contract (`SimulationHandle`). All behaviour lives in the modules it
 * wires together; this file owns the clock loop, event dispatch, snapshots and listeners.
 */
import { createAutoScalingState, needsEvaluation } from '../autoscaling/autoScalingState.ts';
import { createLoadState, loadMetrics } from '../autoscaling/loadModel.ts';
import type { AutoScalingHost } from '../autoscaling/types.ts';
import type { ExecShellResult, FaultKind, LoadSpec, ServiceName, SimulationHandle, VirtualFiles } from '../contract.ts';
import { handleEcsOperation } from '../ecs/ecsRouter.ts';
import { AwsError } from '../errors.ts';
import { optional } from '../optional/parts.ts';
import { setServiceDesiredCount } from '../ecs/serviceOperations.ts';
import { defaultScenario } from '../scenarios/defaultScenario.ts';
import type { Scenario } from '../scenarios/scenarioTypes.ts';
import {
  createTaskDefinitionRegistry,
  purgeDeletedTaskDefinitions,
  registerTaskDefinition,
  resolveTaskDefinition,
  type RegistryContext,
} from '../taskdef/index.ts';
import { retireTaskCost } from './cost.ts';
import { cloneJson } from './jsonClone.ts';
import type { Engine } from './engineContext.ts';
import { schedule, peek, pop } from './eventQueue.ts';
import { FAULT_DESCRIPTIONS } from './faults.ts';
import { seedFrom, uuid } from './rng.ts';
import { reconcileService } from './serviceScheduler.ts';
import { DEFAULT_SETTINGS, type EngineSettings } from './settings.ts';
import type { ServiceRecord, SimState } from './state.ts';
import type { TaskDefinitionView } from './taskDefinitionView.ts';
import {
  armExitFaults,
  armHealthProbes,
  onContainerExit,
  onHealthProbe,
  onPurge,
  onTargetCheck,
  onTaskEvent,
  scheduleTargetCheck,
  shapeTask,
} from './taskLifecycle.ts';

/** Options of `createSimulation`. */
export interface SimulationOptions {
  /** PRNG seed (default `ecs-course`). Same seed + same calls ⇒ identical state, byte for byte. */
  seed?: string | number;
  /** Starting account (default: the chapter's `defaultScenario`). */
  scenario?: Scenario;
  /** Overrides of the engine settings (timings, prices, clock start). */
  settings?: Partial<EngineSettings>;
}

/** A snapshot: the whole state as plain JSON. */
export type SimulationSnapshot = SimState;

/** Called after every API call, advance, fault change or shell command. */
export type SimulationListener = (sim: Simulation) => void;

const DAY = 86_400_000;
/** Operations that change nothing (no task-definition purge needed after them). */
const READ_ONLY_OPERATION = /^(?:Describe|List)/;

function buildState(options: SimulationOptions): SimState {
  const scenario = cloneJson(options.scenario ?? defaultScenario);
  const settings: EngineSettings = { ...DEFAULT_SETTINGS, ...options.settings };
  const state: SimState = {
    formatVersion: 1,
    settings,
    now: settings.startTime,
    seq: 0,
    queue: [],
    rng: seedFrom(options.seed ?? 'ecs-course'),
    account: {
      accountId: scenario.account?.accountId ?? '123456789012',
      region: scenario.account?.region ?? 'us-east-1',
      callerArn: scenario.account?.callerArn ?? `arn:aws:iam::${scenario.account?.accountId ?? '123456789012'}:user/learner`,
    },
    resources: scenario.resources,
    subnetIpsInUse: {},
    subnetNextHost: {},
    files: { ...(scenario.files ?? {}) },
    clusters: {},
    taskDefinitions: createTaskDefinitionRegistry(),
    tasks: {},
    services: {},
    autoScaling: createAutoScalingState(),
    autoScalingTickScheduled: false,
    loads: {},
    loadSpecs: {},
    faults: (scenario.faults ?? []).map((f) => ({ ...f, injectedAt: settings.startTime })),
    execSessions: {},
    retiredCost: { total: 0, byService: {}, byCluster: {} },
  };
  for (const name of scenario.clusters ?? []) {
    state.clusters[name] = {
      name,
      arn: `arn:aws:ecs:${state.account.region}:${state.account.accountId}:cluster/${name}`,
      status: 'ACTIVE',
      createdAt: settings.startTime - DAY,
      settings: [{ name: 'containerInsights', value: 'disabled' }],
      tags: [],
    };
  }
  const tds = scenario.taskDefinitions ?? [];
  tds.forEach((input, i) => {
    // Registered on earlier days, one per day, so `registeredAt` reads like a real history.
    registerTaskDefinition(state.taskDefinitions, input, {
      accountId: state.account.accountId,
      region: state.account.region,
      now: settings.startTime - (tds.length - i) * DAY,
      callerArn: state.account.callerArn,
    });
  });
  for (const [key, spec] of Object.entries(scenario.loads ?? {})) state.loadSpecs[`service/${key}`] = spec;
  return state;
}

/** The running simulation. */
export class Simulation implements SimulationHandle {
  readonly files: VirtualFiles;
  private readonly listeners = new Set<SimulationListener>();
  private readonly engine: Engine;
  private readonly host: AutoScalingHost;

  /** Use `createSimulation` / `restoreSimulation`. */
  constructor(private readonly state: SimState) {
    const registryContext = (): RegistryContext => ({
      accountId: state.account.accountId,
      region: state.account.region,
      now: state.now,
      callerArn: state.account.callerArn,
      isInUse: (arn: string) => taskDefinitionInUse(state, arn),
    });
    const resolve = (ref: string) =>
      resolveTaskDefinition(state.taskDefinitions, ref, state.account) as unknown as TaskDefinitionView | undefined;
    this.engine = { state, lookup: resolve, resolve, registryContext };
    this.files = {
      read: (path) => (Object.hasOwn(state.files, path) ? state.files[path] : undefined),
      write: (path, text) => {
        state.files[path] = text;
        this.notify();
      },
      list: () => Object.keys(state.files).sort(),
    };
    const serviceFor = (resourceId: string): ServiceRecord | undefined => {
      const m = /^service\/([^/]+)\/([^/]+)$/.exec(resourceId);
      return m ? state.services[`${m[1]}/${m[2]}`] : undefined;
    };
    const running = (s: ServiceRecord) => s.taskIds.reduce((n, id) => n + (state.tasks[id]?.lastStatus === 'RUNNING' ? 1 : 0), 0);
    this.host = {
      now: () => state.now,
      accountId: state.account.accountId,
      region: state.account.region,
      uuid: () => uuid(state),
      getService: (resourceId) => {
        const s = serviceFor(resourceId);
        if (!s) return undefined;
        const primary = s.deployments[0];
        return {
          cluster: s.cluster,
          service: s.name,
          status: s.status,
          desiredCount: s.desiredCount,
          runningCount: running(s),
          deploymentInProgress: s.deployments.length > 1 || primary?.rolloutState === 'IN_PROGRESS',
        };
      },
      setDesiredCount: (resourceId, desiredCount) => {
        const s = serviceFor(resourceId);
        if (s && s.status === 'ACTIVE') setServiceDesiredCount(state, s, desiredCount);
      },
      metrics: (resourceId) => {
        const s = serviceFor(resourceId);
        if (!s) return undefined;
        const n = running(s);
        const load = state.loads[resourceId];
        // With a load model the ALB keeps counting requests with no task running (the evaluator ignores CPU and
        // memory then), so a request-count policy can scale a service up from zero.
        if (load) return loadMetrics(load, state.now, n);
        if (n === 0) return undefined; // no tasks, no datapoints
        // An idle service without a load model still publishes low utilisation [I].
        return { cpu: 5, memory: 15, requestCountPerTarget: 0 };
      },
    };
  }

  /** Virtual time, epoch ms. */
  now(): number {
    return this.state.now;
  }

  /** Calls one API operation. Throws AwsError. */
  call(service: ServiceName, operation: string, input: Record<string, unknown>): unknown {
    try {
      if (service === 'ecs') {
        const result = handleEcsOperation(this.engine, operation, input);
        if (operation === 'CreateService') this.attachScenarioLoad(result);
        if (!READ_ONLY_OPERATION.test(operation)) this.purgeDeletedRevisions();
        return result;
      }
      const autoScaling = optional.peek('autoscaling');
      if (!autoScaling) {
        // Only in the browser, where it loads on first use: the terminal loads it before such a command runs.
        this.loadAutoScaling();
        throw new AwsError('ServiceUnavailable', `The simulator is still loading ${service}; try again in a moment.`);
      }
      const result = autoScaling.handleAutoScalingOperation(this.state.autoScaling, service, operation, input, this.host);
      this.ensureAutoScalingTick();
      return result;
    } finally {
      this.notify();
    }
  }

  /** Moves virtual time forward by `ms`, firing every due event in (time, sequence) order. */
  advance(ms: number): void {
    this.runUntil(this.state.now + Math.max(0, ms));
    this.notify();
  }

  /** Advances until the service has one COMPLETED deployment and running = desired, or the timeout passes. */
  waitSteady(cluster: string, service: string, timeoutMs: number): { reached: boolean; elapsedMs: number } {
    const start = this.state.now;
    const deadline = start + Math.max(0, timeoutMs);
    let reached = this.isSteady(cluster, service);
    while (!reached) {
      const next = peek(this.state);
      if (!next || next.at > deadline) {
        this.state.now = deadline;
        break;
      }
      this.runUntil(next.at);
      reached = this.isSteady(cluster, service);
    }
    this.notify();
    return { reached, elapsedMs: this.state.now - start };
  }

  /** Sets the load model of a service. Throws a plain Error for unknown services. */
  setLoad(cluster: string, service: string, load: LoadSpec): void {
    const s = this.state.services[`${cluster}/${service}`];
    if (!s || s.status !== 'ACTIVE') throw new Error(`No active service ${service} in cluster ${cluster}.`);
    const key = `service/${cluster}/${service}`;
    const running = s.taskIds.reduce((n, id) => n + (this.state.tasks[id]?.lastStatus === 'RUNNING' ? 1 : 0), 0);
    this.state.loadSpecs[key] = { ...load };
    this.state.loads[key] = createLoadState(load, this.state.now, running);
    this.notify();
  }

  /** Injects a fault; running tasks it matches are affected at once where AWS would (crashes, failing checks). */
  injectFault(kind: FaultKind, options: Record<string, string>): string {
    const description = FAULT_DESCRIPTIONS[kind];
    if (!description) throw new Error(`Unknown fault kind: ${String(kind)}.`);
    this.state.faults.push({ kind, options: { ...options }, injectedAt: this.state.now });
    this.rearmRunningTasks(kind);
    this.notify();
    const scope = Object.entries(options).map(([k, v]) => `${k}=${v}`).join(' ');
    return `Fault ${kind} injected${scope ? ` (${scope})` : ''}: ${description}.`;
  }

  /** Removes every fault of `kind` (or all). Health checks of running tasks are re-evaluated. */
  clearFault(kind?: FaultKind): string {
    const before = this.state.faults.length;
    this.state.faults = kind ? this.state.faults.filter((f) => f.kind !== kind) : [];
    const removed = before - this.state.faults.length;
    this.rearmRunningTasks('health-check-failing');
    this.notify();
    return removed === 0 ? `No ${kind ?? ''} faults were active.`.replace('No  faults', 'No faults') : `Cleared ${removed} fault${removed === 1 ? '' : 's'}${kind ? ` of kind ${kind}` : ''}.`;
  }

  /** The readable summary for `sim state`. */
  describeState(): string {
    return optional.get('sim').describeState(this.state); // loaded with the `sim` directives (src/sim/optional/)
  }

  /** Runs one line in an ECS Exec session. */
  execShell(sessionId: string, commandLine: string): ExecShellResult {
    // Loaded with `aws ecs execute-command`, which opens the session (src/sim/optional/).
    const result = optional.get('exec').runShellLine(this.state, sessionId, commandLine, this.engine.lookup);
    this.notify();
    return result;
  }

  /** A deep copy of the whole state as plain JSON. */
  snapshot(): SimulationSnapshot {
    return JSON.parse(JSON.stringify(this.state)) as SimulationSnapshot;
  }

  /**
   * Replaces the whole state with a snapshot's, in place, and notifies listeners. Every holder of this handle
   * (the terminal, the editor, the views of a page) then sees the restored account: this is how time scrubbing
   * and "start over" work without handing out a new `Simulation`.
   */
  load(snapshot: SimulationSnapshot): void {
    const next = restoreSimulation(snapshot).state;
    // Every module of the engine holds this state object, so its contents are swapped, not the reference.
    const live = this.state as unknown as Record<string, unknown>;
    for (const key of Object.keys(live)) delete live[key];
    Object.assign(live, next);
    this.notify();
  }

  /** Read-only access to the live state for views (do not mutate). */
  view(): Readonly<SimState> {
    return this.state;
  }

  /** Registers a listener; returns the function that removes it. */
  subscribe(listener: SimulationListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private notify(): void {
    for (const l of this.listeners) l(this);
  }

  private isSteady(cluster: string, service: string): boolean {
    const s = this.state.services[`${cluster}/${service}`];
    if (!s || s.status !== 'ACTIVE' || s.deployments.length !== 1 || s.deployments[0]!.rolloutState !== 'COMPLETED') return false;
    const running = s.taskIds.reduce((n, id) => n + (this.state.tasks[id]?.lastStatus === 'RUNNING' ? 1 : 0), 0);
    return running === s.desiredCount;
  }

  private runUntil(target: number): void {
    const state = this.state;
    for (;;) {
      const next = peek(state);
      if (!next || next.at > target) break;
      pop(state);
      if (next.at > state.now) state.now = next.at;
      this.dispatch(next.event);
      const kind = next.event.kind;
      if (kind === 'task' || kind === 'task.purge' || kind === 'service.reconcile') this.purgeDeletedRevisions();
    }
    if (target > state.now) state.now = target;
  }

  private dispatch(event: SimState['queue'][number]['event']): void {
    const state = this.state;
    switch (event.kind) {
      case 'task':
        onTaskEvent(state, event, this.engine.lookup);
        return;
      case 'health.probe':
        onHealthProbe(state, event, this.engine.lookup);
        return;
      case 'target.check':
        onTargetCheck(state, event);
        return;
      case 'container.exit':
        onContainerExit(state, event);
        return;
      case 'task.purge':
        onPurge(state, event, (task) => retireTaskCost(state, task));
        return;
      case 'service.reconcile': {
        const service = state.services[event.serviceKey];
        if (service) reconcileService(state, service, this.engine.lookup);
        return;
      }
      case 'autoscaling.tick': {
        state.autoScalingTickScheduled = false;
        const autoScaling = optional.peek('autoscaling');
        // Only reachable in the browser, by code that restored a state without awaiting `whenReady()` (the page's
        // store, checkpoint restore and start over all await it): then this minute is not evaluated, the next one is.
        if (autoScaling) autoScaling.evaluateAutoScaling(state.autoScaling, this.host);
        else this.loadAutoScaling();
        this.ensureAutoScalingTick();
        return;
      }
    }
  }

  /**
   * Resolves once the code this state runs on is loaded: in the browser, Application Auto Scaling loads on first
   * use, and a restored state with scalable targets or alarms needs it before time moves (or a minute's
   * evaluation would be skipped). Callers that restore a state await this before letting the clock run.
   */
  whenReady(): Promise<void> {
    if (!needsEvaluation(this.state.autoScaling)) return Promise.resolve();
    return optional.load(['autoscaling']) ?? Promise.resolve();
  }

  /** Starts loading the autoscaling part where it loads on first use (the browser); a failure is retried on the next need. */
  private loadAutoScaling(): void {
    optional.load(['autoscaling'])?.catch(() => undefined);
  }

  private ensureAutoScalingTick(): void {
    const state = this.state;
    if (state.autoScalingTickScheduled || !needsEvaluation(state.autoScaling)) return;
    state.autoScalingTickScheduled = true;
    const period = state.settings.autoScalingPeriodMs;
    // On the next whole metric period, like CloudWatch's one-minute datapoints.
    const next = Math.floor(state.now / period) * period + period;
    schedule(state, next, { kind: 'autoscaling.tick' });
  }

  private attachScenarioLoad(result: unknown): void {
    const service = (result as { service?: { serviceName?: string; clusterArn?: string; desiredCount?: number } }).service;
    if (!service?.serviceName || !service.clusterArn) return;
    const cluster = service.clusterArn.split('/').pop()!;
    const key = `service/${cluster}/${service.serviceName}`;
    const spec = this.state.loadSpecs[key];
    // A scenario's cpuPercent is what the service sees at the task count it is created with.
    if (spec) this.state.loads[key] = createLoadState(spec, this.state.now, service.desiredCount ?? 0);
  }

  /** Removes DELETE_IN_PROGRESS revisions that no task or service uses any more (cheap when there are none). */
  private purgeDeletedRevisions(): void {
    const state = this.state;
    if (!hasDeleteInProgress(state)) return;
    purgeDeletedTaskDefinitions(state.taskDefinitions, { isInUse: (arn) => taskDefinitionInUse(state, arn) });
  }

  private rearmRunningTasks(kind: FaultKind): void {
    const state = this.state;
    for (const task of Object.values(state.tasks)) {
      if (task.lastStatus !== 'RUNNING' || task.desiredStatus !== 'RUNNING') continue;
      if (kind === 'container-exit' || kind === 'out-of-memory') armExitFaults(state, task);
      if (kind === 'health-check-failing') {
        armHealthProbes(state, task, this.engine.lookup(task.taskDefinitionArn), false);
        if (task.target) {
          task.target.generation++;
          scheduleTargetCheck(state, task);
        }
      }
    }
  }
}

/**
 * A revision is in use while a task that is not yet STOPPED, or a deployment of an ACTIVE or DRAINING service,
 * references it (reference: DELETE_IN_PROGRESS "until no task/service references it").
 */
function taskDefinitionInUse(state: SimState, arn: string): boolean {
  for (const t of Object.values(state.tasks)) if (t.taskDefinitionArn === arn && t.lastStatus !== 'STOPPED') return true;
  for (const s of Object.values(state.services)) {
    if (s.status !== 'INACTIVE' && s.deployments.some((d) => d.taskDefinitionArn === arn)) return true;
  }
  return false;
}

/** Checked after every task event, so it allocates nothing. */
function hasDeleteInProgress(state: SimState): boolean {
  const families = state.taskDefinitions.families;
  for (const name in families) {
    const revisions = families[name]!.revisions;
    for (const key in revisions) if (revisions[key]!.status === 'DELETE_IN_PROGRESS') return true;
  }
  return false;
}

/** Creates a simulation from a scenario (default: the chapter's account). */
export function createSimulation(options: SimulationOptions = {}): Simulation {
  return new Simulation(buildState(options));
}

/**
 * Rebuilds a simulation from a snapshot; continuing it gives the same results as the original.
 * Throws a plain Error for data that is not a snapshot of this engine version (e.g. an old saved session).
 */
export function restoreSimulation(snapshot: SimulationSnapshot): Simulation {
  const copy = cloneJson(snapshot) as Partial<SimState> | null;
  if (!copy || copy.formatVersion !== 1 || !Array.isArray(copy.queue) || typeof copy.now !== 'number') {
    throw new Error('Not a simulation snapshot of this version.');
  }
  const state = copy as SimState;
  for (const id of Object.keys(state.tasks)) state.tasks[id] = shapeTask(state.tasks[id]!);
  return new Simulation(state);
}
