/**
 * Task lifecycle view: the task statechart drawn from the core's own machine definition
 * (`taskLifecycleMachine.config`), each state with the number of tasks in it right now. A table lists the same
 * counts and the transitions in words.
 */
import { select } from 'd3-selection';
import { taskLifecycleMachine } from '../../../sim/index.ts';
import type { SimController } from '../controller.ts';
import { lifecycleGraph, type LifecycleEdge, type LifecycleNode, type MachineConfigLike } from '../layout/lifecycleGraph.ts';
import { stateStyle } from '../layout/taskStyle.ts';
import { ensurePatterns, ownedSvg, patternFill } from './common.ts';

const P = 'lv';
const NODE = { w: 132, h: 46 };

function edgePath(a: LifecycleNode, b: LifecycleNode, index: number): string {
  // Straight along a row, curved between rows; parallel edges fan out.
  if (a.y === b.y) {
    const dir = Math.sign(b.x - a.x);
    return `M${a.x + (dir * NODE.w) / 2},${a.y}L${b.x - (dir * NODE.w) / 2},${b.y}`;
  }
  const down = b.y > a.y;
  const sx = a.x + (index % 3) * 12 - 12;
  return `M${sx},${a.y + (down ? NODE.h / 2 : -NODE.h / 2)}C${sx},${(a.y + b.y) / 2} ${b.x},${(a.y + b.y) / 2} ${b.x},${b.y + (down ? -NODE.h / 2 : NODE.h / 2)}`;
}

/** Mounts the view in `host`. */
export function mount(host: HTMLElement, c: SimController): { update(): void } {
  const graph = lifecycleGraph(taskLifecycleMachine.config as MachineConfigLike);
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const svg = ownedSvg(host, 'Task lifecycle statechart with the number of tasks in each state').attr('viewBox', `0 0 ${graph.width} ${graph.height}`);
  ensurePatterns(svg, P);
  const outIndex = new Map<string, number>();
  svg
    .append('g')
    .attr('class', 'edges')
    .selectAll('g')
    .data(graph.edges, (d) => (d as LifecycleEdge).id)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'edge');
      g.append('path')
        .attr('d', (d) => {
          const i = outIndex.get(d.source) ?? 0;
          outIndex.set(d.source, i + 1);
          return edgePath(byId.get(d.source)!, byId.get(d.target)!, i);
        })
        .attr('marker-end', `url(#${P}-arrow)`);
      g.append('title').text((d) => `${d.source} → ${d.target} on ${d.event}`);
      return g;
    });
  const nodes = svg
    .append('g')
    .attr('class', 'nodes')
    .selectAll<SVGGElement, LifecycleNode>('g')
    .data(graph.nodes, (d) => d.id)
    .join((enter) => {
      const g = enter.append('g').attr('transform', (d) => `translate(${d.x - NODE.w / 2},${d.y - NODE.h / 2})`);
      g.append('rect').attr('class', 'node-box').attr('width', NODE.w).attr('height', NODE.h).attr('rx', 8);
      g.append('rect').attr('class', 'node-pattern').attr('width', NODE.w).attr('height', NODE.h).attr('rx', 8)
        .attr('fill', (d) => patternFill(P, stateStyle(d.id).pattern) ?? 'none');
      g.append('text').attr('class', 'node-name').attr('x', NODE.w / 2).attr('y', 19).attr('text-anchor', 'middle').text((d) => d.id);
      g.append('text').attr('class', 'node-count').attr('x', NODE.w / 2).attr('y', 37).attr('text-anchor', 'middle');
      return g;
    })
    .attr('class', (d) => `node state-${stateStyle(d.id).className}${d.initial ? ' initial' : ''}${d.final ? ' final' : ''}`);
  const tbody = select(host).select<HTMLTableSectionElement>('[data-table] tbody');
  const rows = tbody
    .selectAll<HTMLTableRowElement, LifecycleNode>('tr')
    .data(graph.nodes, (d) => d.id)
    .join((enter) => {
      const tr = enter.append('tr');
      tr.append('th').attr('scope', 'row').text((d) => d.id);
      tr.append('td').attr('class', 'count');
      tr.append('td').text((d) =>
        graph.edges
          .filter((e) => e.source === d.id)
          .map((e) => `${e.event} → ${e.target}`)
          .join('; ') || 'final state',
      );
      return tr;
    });
  let last = '';

  function update(): void {
    const counts = new Map<string, number>();
    for (const t of Object.values(c.engine.view().tasks)) counts.set(t.lastStatus, (counts.get(t.lastStatus) ?? 0) + 1);
    const key = [...counts].join();
    if (key === last) return;
    last = key;
    nodes.classed('occupied', (d) => (counts.get(d.id) ?? 0) > 0);
    nodes.select('.node-count').text((d) => `${counts.get(d.id) ?? 0} task${counts.get(d.id) === 1 ? '' : 's'}`);
    rows.select('.count').text((d) => String(counts.get(d.id) ?? 0));
  }
  return { update };
}
