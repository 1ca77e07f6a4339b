/**
 * A fake `AutoScalingHost` for the autoscaling tests: services are plain records, time moves only when a test
 * says so, ids are counters, and each service's metrics come from a load model or a scripted value.
 */
import { createAutoScalingState, evaluateAutoScaling, handleAutoScalingOperation, createLoadState, loadMetrics } from '../../../src/sim/autoscaling/index.ts';
import type { AutoScalingHost, AutoScalingState, LoadState, ScalableServiceView, ServiceMetrics } from '../../../src/sim/autoscaling/index.ts';
import type { LoadSpec } from '../../../src/sim/contract.ts';

/** 2026-01-15T09:00:00Z — a Thursday. */
export const START = Date.UTC(2026, 0, 15, 9, 0, 0);
export const MINUTE = 60_000;

export interface FakeService extends ScalableServiceView {
  /** Fixed metrics for this minute (wins over `load`). */
  metrics?: ServiceMetrics;
  load?: LoadState;
}

export class FakeHost implements AutoScalingHost {
  accountId = '123456789012';
  region = 'us-east-1';
  time = START;
  services = new Map<string, FakeService>();
  /** When true (default) running follows desired at once, as if tasks started instantly. */
  runningFollowsDesired = true;
  desiredCountCalls: { resourceId: string; desiredCount: number }[] = [];
  private counter = 0;

  now(): number {
    return this.time;
  }

  uuid(): string {
    this.counter++;
    const hex = this.counter.toString(16).padStart(12, '0');
    return `00000000-0000-4000-8000-${hex}`;
  }

  getService(resourceId: string): ScalableServiceView | undefined {
    const s = this.services.get(resourceId);
    return s && { cluster: s.cluster, service: s.service, status: s.status, desiredCount: s.desiredCount, runningCount: s.runningCount, deploymentInProgress: s.deploymentInProgress };
  }

  setDesiredCount(resourceId: string, desiredCount: number): void {
    const s = this.services.get(resourceId)!;
    s.desiredCount = desiredCount;
    if (this.runningFollowsDesired) s.runningCount = desiredCount;
    this.desiredCountCalls.push({ resourceId, desiredCount });
  }

  metrics(resourceId: string): ServiceMetrics | undefined {
    const s = this.services.get(resourceId);
    if (!s) return undefined;
    if (s.metrics) return s.metrics;
    return s.load ? loadMetrics(s.load, this.time, s.runningCount) : undefined;
  }

  addService(cluster: string, service: string, desiredCount: number, extra: Partial<FakeService> = {}): FakeService {
    const record: FakeService = { cluster, service, status: 'ACTIVE', desiredCount, runningCount: desiredCount, deploymentInProgress: false, ...extra };
    this.services.set(`service/${cluster}/${service}`, record);
    return record;
  }

  service(resourceId: string): FakeService {
    return this.services.get(resourceId)!;
  }

  setLoad(resourceId: string, spec: LoadSpec): void {
    const s = this.service(resourceId);
    s.load = createLoadState(spec, this.time, s.runningCount);
    delete s.metrics;
  }

  setCpu(resourceId: string, cpu: number): void {
    this.service(resourceId).metrics = { cpu, memory: 40, requestCountPerTarget: 0 };
  }
}

/** A simulation harness: a fresh state, a host, and helpers that call the API and run minutes. */
export function harness() {
  const host = new FakeHost();
  let state: AutoScalingState = createAutoScalingState();
  return {
    host,
    get state() {
      return state;
    },
    set state(next: AutoScalingState) {
      state = next;
    },
    aas(operation: string, input: Record<string, unknown>): any {
      return handleAutoScalingOperation(state, 'application-autoscaling', operation, input, host);
    },
    cw(operation: string, input: Record<string, unknown>): any {
      return handleAutoScalingOperation(state, 'cloudwatch', operation, input, host);
    },
    /** Advances `n` minutes, evaluating at the end of each. */
    minutes(n: number): void {
      for (let i = 0; i < n; i++) {
        host.time += MINUTE;
        evaluateAutoScaling(state, host);
      }
    },
  };
}

export type Harness = ReturnType<typeof harness>;

/** The chapter's `register-scalable-target` (§7), as the CLI turns it into API input. */
export const CHAPTER_REGISTER = {
  ServiceNamespace: 'ecs',
  ResourceId: 'service/production/user-service',
  ScalableDimension: 'ecs:service:DesiredCount',
  MinCapacity: 2,
  MaxCapacity: 20,
};

/** The chapter's CPU target tracking policy (§7). */
export const CHAPTER_CPU_POLICY = {
  ServiceNamespace: 'ecs',
  ResourceId: 'service/production/user-service',
  ScalableDimension: 'ecs:service:DesiredCount',
  PolicyName: 'cpu-target-tracking',
  PolicyType: 'TargetTrackingScaling',
  TargetTrackingScalingPolicyConfiguration: {
    TargetValue: 70.0,
    PredefinedMetricSpecification: { PredefinedMetricType: 'ECSServiceAverageCPUUtilization' },
    ScaleInCooldown: 300,
    ScaleOutCooldown: 60,
  },
};

/** The chapter's request-count target tracking policy (§7). */
export const CHAPTER_ALB_POLICY = {
  ServiceNamespace: 'ecs',
  ResourceId: 'service/production/user-service',
  ScalableDimension: 'ecs:service:DesiredCount',
  PolicyName: 'request-count-tracking',
  PolicyType: 'TargetTrackingScaling',
  TargetTrackingScalingPolicyConfiguration: {
    TargetValue: 1000.0,
    PredefinedMetricSpecification: {
      PredefinedMetricType: 'ALBRequestCountPerTarget',
      ResourceLabel: 'app/my-alb/abc123/targetgroup/user-svc-tg/def456',
    },
    ScaleInCooldown: 300,
    ScaleOutCooldown: 60,
  },
};

export const USER_SERVICE = 'service/production/user-service';

/** Identity members for the user-service target. */
export const TARGET = { ServiceNamespace: 'ecs', ResourceId: USER_SERVICE, ScalableDimension: 'ecs:service:DesiredCount' };
