/** CreateCluster, DescribeClusters, ListClusters, DeleteCluster. */
import type { Engine } from '../runtime/engineContext.ts';
import type { ClusterRecord, SimState } from '../runtime/state.ts';
import { ecsErrors } from './ecsErrors.ts';
import { clusterName, page, str, strings } from './inputs.ts';

function render(state: SimState, c: ClusterRecord): Record<string, unknown> {
  let running = 0;
  let pending = 0;
  for (const t of Object.values(state.tasks)) {
    if (t.cluster !== c.name || c.status !== 'ACTIVE') continue;
    if (t.lastStatus === 'RUNNING') running++;
    else if (t.desiredStatus === 'RUNNING' && t.lastStatus !== 'STOPPED') pending++;
  }
  const services = Object.values(state.services).filter((s) => s.cluster === c.name && s.status === 'ACTIVE').length;
  return {
    clusterArn: c.arn,
    clusterName: c.name,
    status: c.status,
    registeredContainerInstancesCount: 0,
    runningTasksCount: running,
    pendingTasksCount: pending,
    activeServicesCount: c.status === 'ACTIVE' ? services : 0,
    statistics: [],
    tags: c.tags,
    settings: c.settings,
    capacityProviders: [],
    defaultCapacityProviderStrategy: [],
  };
}

/** The ACTIVE cluster named by `ref` (name or ARN; default `default`), or ClusterNotFoundException. */
export function requireCluster(state: SimState, ref: string | undefined): ClusterRecord {
  const c = state.clusters[clusterName(ref)];
  if (!c || c.status !== 'ACTIVE') throw ecsErrors.clusterNotFound();
  return c;
}

/** Creates (or returns the existing ACTIVE) cluster. */
export function createCluster(engine: Engine, input: Record<string, unknown>): unknown {
  const { state } = engine;
  const name = str(input, 'clusterName') ?? 'default';
  const existing = state.clusters[name];
  if (existing && existing.status === 'ACTIVE') return { cluster: render(state, existing) };
  const settings = Array.isArray(input['settings'])
    ? (input['settings'] as { name: string; value: string }[])
    : [{ name: 'containerInsights', value: 'disabled' }];
  const tags = Array.isArray(input['tags']) ? (input['tags'] as { key: string; value: string }[]) : [];
  const cluster: ClusterRecord = {
    name,
    arn: `arn:aws:ecs:${state.account.region}:${state.account.accountId}:cluster/${name}`,
    status: 'ACTIVE',
    createdAt: state.now,
    settings,
    tags,
  };
  delete state.clusters[name];
  state.clusters[name] = cluster;
  return { cluster: render(state, cluster) };
}

/** Describes clusters; unknown ones come back as failures with reason MISSING. */
export function describeClusters(engine: Engine, input: Record<string, unknown>): unknown {
  const { state } = engine;
  const refs = strings(input, 'clusters');
  const names = refs.length > 0 ? refs : ['default'];
  const clusters: unknown[] = [];
  const failures: unknown[] = [];
  for (const ref of names) {
    const c = state.clusters[clusterName(ref)];
    if (c) clusters.push(render(state, c));
    else failures.push({ arn: `arn:aws:ecs:${state.account.region}:${state.account.accountId}:cluster/${clusterName(ref)}`, reason: 'MISSING' });
  }
  return { clusters, failures };
}

/** Lists ACTIVE cluster ARNs. */
export function listClusters(engine: Engine, input: Record<string, unknown>): unknown {
  const arns = Object.values(engine.state.clusters)
    .filter((c) => c.status === 'ACTIVE')
    .map((c) => c.arn);
  const p = page(arns, input);
  return { clusterArns: p.items, ...(p.nextToken ? { nextToken: p.nextToken } : {}) };
}

/** Deletes a cluster with no active services or tasks (it stays describable as INACTIVE). */
export function deleteCluster(engine: Engine, input: Record<string, unknown>): unknown {
  const { state } = engine;
  const cluster = requireCluster(state, str(input, 'cluster'));
  if (Object.values(state.services).some((s) => s.cluster === cluster.name && s.status !== 'INACTIVE')) throw ecsErrors.clusterHasServices();
  if (Object.values(state.tasks).some((t) => t.cluster === cluster.name && t.lastStatus !== 'STOPPED')) throw ecsErrors.clusterHasTasks();
  cluster.status = 'INACTIVE';
  return { cluster: render(state, cluster) };
}
