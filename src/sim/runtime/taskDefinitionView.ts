/**
 * The parts of a registered task definition (the ECS `TaskDefinition` output shape) the engine reads.
 * The task-definition module owns the full shape; this view keeps the engine's reads typed.
 */

/** A container definition as registered. */
export interface ContainerDefinitionView {
  name: string;
  image: string;
  essential?: boolean;
  cpu?: number;
  memory?: number;
  portMappings?: { containerPort?: number; hostPort?: number; protocol?: string }[];
  environment?: { name: string; value: string }[];
  secrets?: { name: string; valueFrom: string }[];
  logConfiguration?: { logDriver: string; options?: Record<string, string> };
  healthCheck?: { command: string[]; interval?: number; timeout?: number; retries?: number; startPeriod?: number };
  stopTimeout?: number;
  command?: string[];
  entryPoint?: string[];
  readonlyRootFilesystem?: boolean;
}

/** A registered task definition. */
export interface TaskDefinitionView {
  taskDefinitionArn: string;
  family: string;
  revision: number;
  status: string;
  networkMode?: string;
  requiresCompatibilities?: string[];
  compatibilities?: string[];
  cpu?: string;
  memory?: string;
  executionRoleArn?: string;
  taskRoleArn?: string;
  containerDefinitions: ContainerDefinitionView[];
}

/** Health-check settings with AWS defaults applied (seconds). */
export function healthCheckSettings(hc: NonNullable<ContainerDefinitionView['healthCheck']>): {
  interval: number;
  timeout: number;
  retries: number;
  startPeriod: number;
} {
  return { interval: hc.interval ?? 30, timeout: hc.timeout ?? 5, retries: hc.retries ?? 3, startPeriod: hc.startPeriod ?? 0 };
}

/** The container ports a container listens on. */
export function containerPorts(def: ContainerDefinitionView): number[] {
  return (def.portMappings ?? []).map((p) => p.containerPort).filter((p): p is number => typeof p === 'number');
}

/** vCPU and GB of a task size (`cpu` units, `memory` MiB, as strings). */
export function taskSize(cpu: string, memory: string): { vcpu: number; gb: number } {
  return { vcpu: Number(cpu) / 1024 || 0, gb: Number(memory) / 1024 || 0 };
}
