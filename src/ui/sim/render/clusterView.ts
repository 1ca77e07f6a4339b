/**
 * Live cluster view: clusters → services → tasks → containers as nested boxes (keyed joins on task ids, so a
 * task keeps its block while its state changes). Each task block shows its revision, its lifecycle state in
 * words and as a fill pattern, and its health mark; colour only repeats what the text says. Selecting a task
 * (click, Enter or Space) shows what `aws ecs describe-tasks` returns for it. A table gives the same facts as text.
 */
import { select } from 'd3-selection';
import type { SimController } from '../controller.ts';
import { layoutCluster, type TaskBox } from '../layout/clusterLayout.ts';
import { pageLabel, pageSlice } from '../layout/paging.ts';
import { healthMark, stateStyle } from '../layout/taskStyle.ts';
import { changedSince, ensurePatterns, placeAt, ownedSvg, patternFill, setAttr, setText } from './common.ts';

const P = 'cv';

/** Mounts the view in `host`. */
export function mount(host: HTMLElement, c: SimController): { update(): void } {
  const svg = ownedSvg(host, 'Tasks in each cluster and service');
  ensurePatterns(svg, P);
  const root = svg.append('g');
  const details = host.querySelector<HTMLElement>('[data-details]');
  const detailsPre = details?.querySelector('pre');
  const detailsTitle = details?.querySelector('[data-details-title]');
  const tbody = select(host).select<HTMLTableSectionElement>('[data-table] tbody');
  const status = host.querySelector<HTMLElement>('[data-status]');
  const pager = host.querySelector<HTMLElement>('[data-pager]');
  const pageStatus = host.querySelector<HTMLElement>('[data-page-status]');
  const prev = host.querySelector<HTMLButtonElement>('[data-page-prev]');
  const next = host.querySelector<HTMLButtonElement>('[data-page-next]');
  let selected: string | undefined;
  let lastSignature = '';
  let page = 0;

  const showDetails = () => {
    if (!details || !detailsPre) return;
    const task = selected ? c.engine.view().tasks[selected] : undefined;
    if (!task) {
      details.hidden = true;
      return;
    }
    details.hidden = false;
    if (detailsTitle) detailsTitle.textContent = `aws ecs describe-tasks --cluster ${task.cluster} --tasks ${task.id}`;
    try {
      const out = c.engine.call('ecs', 'DescribeTasks', { cluster: task.cluster, tasks: [task.id] });
      detailsPre.textContent = JSON.stringify(out, null, 2);
    } catch (error) {
      detailsPre.textContent = error instanceof Error ? error.message : String(error);
    }
  };

  const choose = (id: string) => {
    selected = id;
    lastSignature = '';
    update();
  };

  function update(): void {
    const state = c.engine.view();
    const layout = layoutCluster(state);
    const tasks = layout.clusters.flatMap((cl) => cl.groups.flatMap((g) => g.tasks));
    const signature = `${selected}|${page}|${layout.height}|${tasks.map((t) => `${t.id}${t.lastStatus}${t.healthStatus}${t.x},${t.y}`).join(';')}`;
    if (signature === lastSignature) return; // nothing a learner could see changed
    lastSignature = signature;
    svg.attr('viewBox', `0 0 ${layout.width} ${layout.height}`);
    if (status) {
      status.textContent = layout.clusters.length
        ? `${tasks.length} task${tasks.length === 1 ? '' : 's'} in ${layout.clusters.length} cluster${layout.clusters.length === 1 ? '' : 's'}.`
        : 'No cluster yet. Create one in the terminal: aws ecs create-cluster --cluster-name production';
    }

    root
      .selectAll<SVGGElement, (typeof layout.clusters)[number]>('g.cluster')
      .data(layout.clusters, (d) => d.name)
      .join((enter) => {
        const g = enter.append('g').attr('class', 'cluster');
        g.append('rect').attr('class', 'cluster-box').attr('rx', 8);
        g.append('text').attr('class', 'cluster-label');
        return g;
      })
      .call((g) => g.select('rect').attr('x', (d) => d.x + 1).attr('y', (d) => d.y + 1).attr('width', (d) => d.w - 2).attr('height', (d) => d.h - 2))
      .call((g) => g.select('text').attr('x', (d) => d.x + 12).attr('y', (d) => d.y + 18).text((d) => `cluster ${d.name}`));

    const groups = layout.clusters.flatMap((cl) => cl.groups);
    root
      .selectAll<SVGGElement, (typeof groups)[number]>('g.group')
      .data(groups, (d) => d.key)
      .join((enter) => {
        const g = enter.append('g').attr('class', 'group');
        g.append('rect').attr('class', 'group-box').attr('rx', 6);
        g.append('text').attr('class', 'group-label');
        return g;
      })
      .call((g) => g.select('rect').attr('x', (d) => d.x).attr('y', (d) => d.y).attr('width', (d) => d.w).attr('height', (d) => d.h))
      .call((g) => g.select('text').attr('x', (d) => d.x + 10).attr('y', (d) => d.y + 17).text((d) => d.label));

    root
      .selectAll<SVGGElement, TaskBox>('g.task')
      .data(tasks, (d) => d.id)
      .join(
        (enter) => {
          const g = enter
            .append('g')
            .attr('class', 'task')
            .attr('tabindex', 0)
            .attr('role', 'button')
            .on('click', (_, d) => choose(d.id))
            .on('keydown', (event: KeyboardEvent, d) => {
              if (event.key === 'Enter' || event.key === ' ') {
                event.preventDefault();
                choose(d.id);
              }
            });
          g.append('rect').attr('class', 'task-box').attr('rx', 4);
          g.append('rect').attr('class', 'task-pattern').attr('rx', 4);
          g.append('text').attr('class', 'task-rev').attr('x', 6).attr('y', 14);
          g.append('text').attr('class', 'task-state').attr('x', 6).attr('y', 28);
          g.append('g').attr('class', 'containers');
          return g;
        },
        (update) => update,
        (exit) => exit.remove(),
      )
      .call((g) => placeAt(g, (d) => d.x, (d) => d.y))
      .filter(changedSince<TaskBox>((d) => `${d.style.className}|${d.id === selected}|${d.w}|${d.h}|${d.compact}|${d.lastStatus}|${d.healthStatus}|${d.containers.map((x) => x.lastStatus).join()}`))
      .call((g) => setAttr(g, 'class', (d) => `task state-${d.style.className}${d.id === selected ? ' selected' : ''}`))
      .call((g) => setAttr(g, 'aria-label', (d) => `rev ${d.revision} ${healthMark(d.healthStatus).mark} ${d.style.short}: task ${d.id.slice(0, 8)} of ${d.family}, ${d.lastStatus}, ${healthMark(d.healthStatus).label}`))
      .call((g) => setAttr(g, 'aria-pressed', (d) => String(d.id === selected)))
      .call((g) => setAttr(g.select('.task-box'), 'width', (d) => String(d.w)))
      .call((g) => setAttr(g.select('.task-box'), 'height', (d) => String(d.h)))
      .call((g) => setAttr(g.select('.task-pattern'), 'width', (d) => String(d.w)))
      .call((g) => setAttr(g.select('.task-pattern'), 'height', (d) => String(d.h)))
      .call((g) => setAttr(g.select('.task-pattern'), 'fill', (d) => patternFill(P, d.style.pattern) ?? 'none'))
      .call((g) => setText(g.select('.task-rev'), (d) => (d.compact ? '' : `rev ${d.revision} ${healthMark(d.healthStatus).mark}`)))
      .call((g) => setText(g.select('.task-state'), (d) => (d.compact ? '' : d.style.short)))
      .call((g) =>
        g
          .select('.containers')
          .selectAll<SVGRectElement, TaskBox['containers'][number]>('rect')
          .data((d) => (d.compact ? [] : d.containers), (d) => d.name)
          .join((enter) => enter.append('rect').attr('y', 33).attr('width', 10).attr('height', 8).attr('x', (_, i) => 6 + i * 12))
          .call((r) => setAttr(r, 'class', (d) => `container container-${d.lastStatus.toLowerCase()}`)),
      );

    // The text equivalent: one row per task, keyed like the blocks, a page at a time (a 400-row table cost a
    // whole-table layout on every change); the pager says which rows are shown.
    const slice = pageSlice(tasks.length, page);
    page = slice.page;
    if (pager) pager.hidden = slice.pages <= 1;
    if (pageStatus && pageStatus.textContent !== pageLabel(slice, tasks.length)) pageStatus.textContent = pageLabel(slice, tasks.length);
    if (prev) prev.disabled = slice.page === 0;
    if (next) next.disabled = slice.page >= slice.pages - 1;
    tbody
      .selectAll<HTMLTableRowElement, TaskBox>('tr')
      .data(tasks.slice(slice.start, slice.end), (d) => d.id)
      .join((enter) => {
        const tr = enter.append('tr');
        tr.append('th').attr('scope', 'row').append('button').attr('type', 'button').attr('class', 'linklike').on('click', (_, d) => choose(d.id));
        for (let i = 0; i < 4; i++) tr.append('td');
        return tr;
      })
      .call((tr) => setText(tr.select('button'), (d) => d.id.slice(0, 12)))
      .call((tr) => setAttr(tr.select('button'), 'aria-pressed', (d) => String(d.id === selected)))
      .call((tr) => setText(tr.select('td:nth-of-type(1)'), (d) => `${d.family}:${d.revision}`))
      .call((tr) => setText(tr.select('td:nth-of-type(2)'), (d) => stateStyle(d.lastStatus).label))
      .call((tr) => setText(tr.select('td:nth-of-type(3)'), (d) => `${healthMark(d.healthStatus).mark} ${healthMark(d.healthStatus).label}`))
      .call((tr) => setText(tr.select('td:nth-of-type(4)'), (d) => d.containers.map((x) => `${x.name} ${x.lastStatus}`).join(', ')));
    showDetails();
  }

  const turn = (by: number) => {
    page += by;
    lastSignature = '';
    update();
  };
  prev?.addEventListener('click', () => turn(-1));
  next?.addEventListener('click', () => turn(1));
  host.querySelector('[data-close-details]')?.addEventListener('click', () => {
    selected = undefined;
    lastSignature = '';
    update();
  });
  return { update };
}
