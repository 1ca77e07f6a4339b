/**
 * Live cluster view: clusters → services → tasks → containers as nested boxes (blocks keyed by task id, so a
 * task keeps its block while its state changes), drawn on a canvas (render/canvasBlocks.ts). Each task block shows
 * its revision, its lifecycle state in words and as a fill pattern, and its health mark; colour only repeats what
 * the text says. Clicking a block, or a task's button in the table (the keyboard path: the canvas is one image,
 * not hundreds of tab stops), shows what `aws ecs describe-tasks` returns for it. The table gives the same facts
 * as text.
 */
import { select } from 'd3-selection';
import type { SimController } from '../controller.ts';
import { summarizeStates } from '../layout/blockSummary.ts';
import { layoutCluster, type ClusterLayout, type TaskBox } from '../layout/clusterLayout.ts';
import { pageLabel, pageSlice } from '../layout/paging.ts';
import { healthMark, stateStyle } from '../layout/taskStyle.ts';
import { paceWhilePlaying } from '../pacing.ts';
import { mountBlockCanvas, type BlockScene } from './canvasBlocks.ts';
import { setAttr, setText } from './common.ts';

/** While the clock plays, the status line, the table and describe-tasks are rewritten at most this often. */
const TEXT_INTERVAL_MS = 250;

/** The cluster picture as a canvas scene: cluster and service frames with their names, and the task blocks. */
function clusterScene(layout: ClusterLayout, selected: string | undefined): BlockScene {
  const groups = layout.clusters.flatMap((cl) => cl.groups);
  return {
    width: layout.width,
    height: layout.height,
    radius: 4,
    selected,
    boxes: [
      ...layout.clusters.map((cl) => ({ x: cl.x + 1, y: cl.y + 1, w: cl.w - 2, h: cl.h - 2, radius: 8, filled: false, lineWidth: 2, dash: [] })),
      ...groups.map((g) => ({ x: g.x, y: g.y, w: g.w, h: g.h, radius: 6, filled: true, lineWidth: 1, dash: [] })),
    ],
    labels: [
      ...layout.clusters.map((cl) => ({ text: `cluster ${cl.name}`, x: cl.x + 12, y: cl.y + 18 })),
      ...groups.map((g) => ({ text: g.label, x: g.x + 10, y: g.y + 17 })),
    ],
    blocks: groups.flatMap((g) =>
      g.tasks.map((t) => ({
        id: t.id,
        x: t.x,
        y: t.y,
        w: t.w,
        h: t.h,
        revision: t.revision,
        lastStatus: t.lastStatus,
        style: t.style,
        texts: t.compact ? [] : [{ text: `rev ${t.revision} ${healthMark(t.healthStatus).mark}`, x: 6, y: 14 }, { text: t.style.short, x: 6, y: 28 }],
        // Containers as small squares along the bottom: filled while they run, hollow once stopped.
        marks: t.compact ? [] : t.containers.map((c, i) => ({ x: 6 + i * 12, y: 33, w: 10, h: 8, hollow: c.lastStatus === 'STOPPED' })),
      })),
    ),
  };
}

/** The canvas' label: per service, its tasks by revision and state. */
function clusterSummary(layout: ClusterLayout): string {
  if (layout.clusters.length === 0) return 'Tasks in each cluster and service: no cluster yet.';
  const parts = layout.clusters.flatMap((cl) =>
    cl.groups.length === 0
      ? [`cluster ${cl.name}: no services`]
      : cl.groups.map((g) => `cluster ${cl.name}, ${g.label.split(':')[0]}: ${summarizeStates(g.tasks.map((t) => ({ group: `${t.family} rev ${t.revision}`, state: t.lastStatus })))}`),
  );
  return `Tasks in each cluster and service. ${parts.join('. ')}. Select a task in the table to see describe-tasks.`;
}

/** Mounts the view in `host`. */
export function mount(host: HTMLElement, c: SimController): { update(): void } {
  const blocks = mountBlockCanvas(host, { onPick: (id) => choose(id), describedBy: host.querySelector('[data-canvas-hint]')?.id });
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
  /** The layout last drawn; the text describes it (update always runs before writeText). */
  let drawnLayout: ClusterLayout | undefined;
  let lastSignature = '';
  let page = 0;
  const text = paceWhilePlaying(c, () => writeText(), TEXT_INTERVAL_MS);
  /** After the learner's own action (select, page, close), picture and words change at once. */
  const redrawNow = () => {
    lastSignature = '';
    update();
    writeText();
  };

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
    redrawNow();
  };

  /** The picture, every frame something a learner could see changed; the text beside it is paced (writeText). */
  function update(): void {
    const layout = (drawnLayout = layoutCluster(c.engine.view()));
    const tasks = layout.clusters.flatMap((cl) => cl.groups.flatMap((g) => g.tasks));
    const signature =
      `${selected}|${page}|${layout.height}|${layout.clusters.map((cl) => `${cl.name}:${cl.groups.map((g) => g.label).join()}`).join()}|` +
      tasks.map((t) => `${t.id}${t.lastStatus}${t.healthStatus}${t.x},${t.y}${t.containers.map((x) => x.lastStatus[0]).join('')}`).join(';');
    if (signature === lastSignature) return; // nothing a learner could see changed
    lastSignature = signature;
    blocks.show(signature, () => ({ scene: clusterScene(layout, selected), label: clusterSummary(layout) }));
    text();
  }

  /** The words: the status line, the task table (the keyboard path to selecting a task) and describe-tasks. */
  function writeText(): void {
    const layout = drawnLayout;
    if (!layout) return;
    const tasks = layout.clusters.flatMap((cl) => cl.groups.flatMap((g) => g.tasks));
    if (status) {
      status.textContent = layout.clusters.length
        ? `${tasks.length} task${tasks.length === 1 ? '' : 's'} in ${layout.clusters.length} cluster${layout.clusters.length === 1 ? '' : 's'}.`
        : 'No cluster yet. Create one in the terminal: aws ecs create-cluster --cluster-name production';
    }
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
    redrawNow();
  };
  prev?.addEventListener('click', () => turn(-1));
  next?.addEventListener('click', () => turn(1));
  host.querySelector('[data-close-details]')?.addEventListener('click', () => {
    selected = undefined;
    redrawNow();
  });
  return { update };
}
