/** The chapter's commands as API inputs, shared by the engine tests. */
import { createSimulation, type Simulation, type SimulationOptions } from '../../../src/sim/runtime/simulation.ts';

export const TG_ARN = 'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/user-svc-tg/abc123';

export const NETWORK = {
  awsvpcConfiguration: {
    subnets: ['subnet-0a1b2c3d4e5f', 'subnet-1a2b3c4d5e6f'],
    securityGroups: ['sg-0a1b2c3d4e5f6g7h'],
    assignPublicIp: 'DISABLED',
  },
};

/** The chapter's create-service input (optionally changed). */
export function createServiceInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    cluster: 'production',
    serviceName: 'user-service',
    taskDefinition: 'user-service:3',
    desiredCount: 3,
    launchType: 'FARGATE',
    networkConfiguration: NETWORK,
    loadBalancers: [{ targetGroupArn: TG_ARN, containerName: 'user-service', containerPort: 3000 }],
    deploymentConfiguration: { minimumHealthyPercent: 100, maximumPercent: 200 },
    ...overrides,
  };
}

/** The chapter's task definition with another image tag (or other changes). */
export function chapterTaskDefinition(sim: Simulation, tag?: string): Record<string, unknown> {
  const td = JSON.parse(sim.files.read('task-definition.json')!) as { containerDefinitions: { image: string }[] };
  if (tag) td.containerDefinitions[0]!.image = td.containerDefinitions[0]!.image.replace(/:[^:]+$/, `:${tag}`);
  return td as unknown as Record<string, unknown>;
}

/** Cluster `production`, user-service:3 registered, the service created (not yet advanced). */
export function chapterSimulation(options: SimulationOptions = {}, serviceOverrides: Record<string, unknown> = {}): Simulation {
  const sim = createSimulation({ seed: 'chapter', ...options });
  sim.call('ecs', 'CreateCluster', { clusterName: 'production' });
  sim.call('ecs', 'RegisterTaskDefinition', chapterTaskDefinition(sim));
  sim.call('ecs', 'CreateService', createServiceInput(serviceOverrides));
  return sim;
}

interface ServiceOut {
  status: string;
  desiredCount: number;
  runningCount: number;
  pendingCount: number;
  taskDefinition: string;
  deployments: { id: string; status: string; rolloutState: string; rolloutStateReason: string; failedTasks: number; taskDefinition: string; desiredCount: number; runningCount: number }[];
  events: { id: string; createdAt: string; message: string }[];
}

/** describe-services for one service of `production`. */
export function describeService(sim: Simulation, name = 'user-service', cluster = 'production'): ServiceOut {
  const out = sim.call('ecs', 'DescribeServices', { cluster, services: [name] }) as { services: ServiceOut[] };
  return out.services[0]!;
}

interface TaskOut {
  taskArn: string;
  lastStatus: string;
  desiredStatus: string;
  stopCode?: string;
  stoppedReason?: string;
  healthStatus: string;
  taskDefinitionArn: string;
  startedAt?: string;
  pullStartedAt?: string;
  containers: { name: string; exitCode?: number; reason?: string; healthStatus: string; lastStatus: string }[];
  version: number;
  [key: string]: unknown;
}

/** describe-tasks of every task with the given desired status in `production` (optionally one service). */
export function tasksOf(sim: Simulation, desiredStatus: 'RUNNING' | 'STOPPED', serviceName?: string, cluster = 'production'): TaskOut[] {
  const list = sim.call('ecs', 'ListTasks', { cluster, desiredStatus, ...(serviceName ? { serviceName } : {}) }) as { taskArns: string[] };
  if (list.taskArns.length === 0) return [];
  const out: TaskOut[] = [];
  for (let i = 0; i < list.taskArns.length; i += 100) {
    const d = sim.call('ecs', 'DescribeTasks', { cluster, tasks: list.taskArns.slice(i, i + 100) }) as { tasks: TaskOut[] };
    out.push(...d.tasks);
  }
  return out;
}

/** Event messages oldest first. */
export function messagesOldestFirst(sim: Simulation, name = 'user-service'): string[] {
  return describeService(sim, name).events.map((e) => e.message).reverse();
}
