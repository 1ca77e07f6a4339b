/**
 * The task statechart as a graph, read from the core's machine definition (not a hand copy): states become
 * nodes on a layered layout along the happy path, transitions become edges labelled with their event.
 */

/** The part of an XState machine definition we read (`machine.config`). */
export interface MachineConfigLike {
  initial?: unknown;
  states?: Record<string, { on?: Record<string, unknown>; type?: string }>;
}

/** A state. */
export interface LifecycleNode {
  id: string;
  x: number;
  y: number;
  initial: boolean;
  final: boolean;
}

/** A transition. */
export interface LifecycleEdge {
  id: string;
  source: string;
  target: string;
  event: string;
}

/** Nodes and edges with positions. */
export interface LifecycleGraph {
  nodes: LifecycleNode[];
  edges: LifecycleEdge[];
  width: number;
  height: number;
}

function targetOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value.replace(/^\./, '');
  if (Array.isArray(value)) return targetOf(value[0]);
  if (value && typeof value === 'object' && 'target' in value) return targetOf((value as { target: unknown }).target);
  return undefined;
}

/**
 * Builds the graph. States are placed in the order the definition lists them, on two rows: the start-up half
 * (up to and including the first state with no way back to earlier ones, RUNNING) on top, the stop half below.
 */
export function lifecycleGraph(config: MachineConfigLike, width = 720): LifecycleGraph {
  const states = Object.entries(config.states ?? {});
  const edges: LifecycleEdge[] = [];
  for (const [source, def] of states) {
    for (const [event, transition] of Object.entries(def.on ?? {})) {
      const target = targetOf(transition);
      if (target) edges.push({ id: `${source}-${event}`, source, target, event });
    }
  }
  const names = states.map(([name]) => name);
  const split = Math.ceil(names.length / 2);
  const colW = width / split;
  const nodes: LifecycleNode[] = names.map((id, i) => {
    const top = i < split;
    const col = top ? i : names.length - 1 - i; // bottom row runs right to left, like a U
    return {
      id,
      x: Math.round(colW * (col + 0.5)),
      y: top ? 50 : 190,
      initial: config.initial === id,
      final: states[i]![1].type === 'final',
    };
  });
  return { nodes, edges, width, height: 250 };
}
