/**
 * Rolling-deploy view: the followed service's tasks as blocks in one lane per revision, drawn on a canvas
 * (canvasBlocks.ts; keyed by task id, so a block eases to its new place as it moves through its lifecycle) with
 * the lane labels as text over it, a counts chart with the minimumHealthyPercent floor and
 * maximumPercent ceiling as a band, the "Time 0 … Time n" table generated from the run, the circuit breaker and
 * rollback when they happen, and the service's events as a live log.
 */
import { select } from 'd3-selection';
import type { SimController } from '../controller.ts';
import { summarizeStates } from '../layout/blockSummary.ts';
import { countSeries, countsChart, layoutLanes, lanesHeight, LANE, type Lane } from '../layout/rollingLayout.ts';
import { deploymentBounds, serviceDeployments, serviceTasks } from '../layout/samples.ts';
import { buildTimeline, summarizeTasks, type TimelineRow } from '../layout/timelineTable.ts';
import { formatClock, formatElapsed, healthMark } from '../layout/taskStyle.ts';
import { paceWhilePlaying } from '../pacing.ts';
import { mountBlockCanvas } from './canvasBlocks.ts';
import { followedService, setAttr, setText } from './common.ts';

const COUNTS = { width: 720, height: 200, margin: 28 };
const EVENTS_SHOWN = 15;
/** While the clock plays, the text (summary, timeline table, event log) is rewritten at most this often. */
const TEXT_INTERVAL_MS = 250;

/** Mounts the view in `host`. */
export function mount(host: HTMLElement, c: SimController): { update(): void } {
  const blocks = mountBlockCanvas(host);
  const laneLabels = select(blocks.canvas.parentElement!).append('ul').attr('class', 'ecs-view__lane-labels').attr('aria-label', 'Revision lanes');
  const countsHost = host.querySelector<HTMLElement>('[data-counts]')!;
  const counts = select(countsHost)
    .append('svg')
    .attr('role', 'img')
    .attr('viewBox', `0 0 ${COUNTS.width} ${COUNTS.height}`);
  const countsTitle = counts.append('title');
  counts.append('path').attr('class', 'band');
  counts.append('path').attr('class', 'line-ceiling');
  counts.append('path').attr('class', 'line-floor');
  counts.append('path').attr('class', 'line-total');
  counts.append('path').attr('class', 'line-healthy');
  const labels = counts.append('g').attr('class', 'count-labels');
  const summary = host.querySelector<HTMLElement>('[data-summary]')!;
  const breaker = host.querySelector<HTMLElement>('[data-breaker]')!;
  const tbody = select(host).select<HTMLTableSectionElement>('[data-timeline] tbody');
  const events = select(host).select<HTMLOListElement>('[data-events]');
  let lastKey = '';
  const text = paceWhilePlaying(c, () => writeText(), TEXT_INTERVAL_MS);

  /** The lanes as a scene for the canvas, and their labels as text beside the blocks. */
  function showLanes(lanes: readonly Lane[]): void {
    const height = lanesHeight(lanes);
    const widest = Math.max(0, ...lanes.flatMap((l) => l.tasks.map((t) => t.x + t.w)));
    const width = Math.max(LANE.width, widest + LANE.gap);
    // What a learner could see change: lane frames, and each block's place, state words and health mark.
    const signature = `${width}x${height}|${lanes.map((l) => `${l.revision}${l.isNew}${l.y},${l.h}:${l.tasks.map((t) => `${t.id}${t.x},${t.y},${t.w}${t.lastStatus}${t.healthStatus}${t.phase}`).join(';')}`).join('|')}`;
    blocks.show(signature, () => ({
      label: `Tasks of each revision during the deployment. ${summarizeStates(lanes.flatMap((l) => l.tasks.map((t) => ({ group: `rev ${l.revision}`, state: t.lastStatus }))))}.`,
      scene: {
        width,
        height,
        radius: 3,
        labels: [],
        boxes: lanes.map((l) => ({ x: 0.5, y: l.y + 2, w: width - 1, h: l.h - 4, radius: 6, filled: true, lineWidth: l.isNew ? 2 : 1, dash: l.isNew ? [6, 3] : [] })),
        blocks: lanes.flatMap((l) =>
          l.tasks.map((t) => ({
            id: t.id,
            x: t.x,
            y: t.y,
            w: t.w,
            h: t.h,
            revision: l.revision,
            lastStatus: t.lastStatus,
            style: t.style,
            texts: t.compact ? [] : [{ text: t.style.short, x: 5, y: 16 }, { text: `${healthMark(t.healthStatus).mark} ${t.phase}`, x: 5, y: 32 }],
            marks: [],
          })),
        ),
      },
    }));
    laneLabels
      .selectAll<HTMLLIElement, Lane>('li')
      .data(lanes, (d) => String(d.revision))
      .join((enter) => enter.append('li').attr('class', 'ecs-view__lane-label'))
      .call((li) => setAttr(li, 'style', (d) => `--y: ${d.y}`))
      .call((li) => setText(li, (d) => d.label));
  }

  /**
   * The picture: blocks and the counts chart, every frame. The text beside it is paced (writeText): re-laying out
   * the table and the log on every frame of a 400-task deployment cost more than drawing the blocks.
   */
  function update(): void {
    const key = followedService(host, c);
    const state = c.engine.view();
    const service = key ? state.services[key] : undefined;
    const samples = key ? (c.history[key] ?? []) : [];
    const now = c.now();
    const renderKey = `${key}|${samples.length}|${samples[samples.length - 1]?.t}|${service?.events[0]?.id}|${Math.floor(now / 5000)}`;
    if (renderKey === lastKey) return;
    lastKey = renderKey;
    text();
    if (!service) return;

    // Lanes of blocks, on the canvas; the lane labels are text over its left column.
    showLanes(layoutLanes(serviceTasks(state, key!), serviceDeployments(state, key!), service.desiredCount));

    // Counts against the floor/ceiling band.
    const points = countSeries(samples);
    const chart = countsChart(points, now, COUNTS);
    counts.select('.band').attr('d', chart.band);
    counts.select('.line-ceiling').attr('d', chart.ceiling);
    counts.select('.line-floor').attr('d', chart.floor);
    counts.select('.line-total').attr('d', chart.total);
    counts.select('.line-healthy').attr('d', chart.healthy);
    const lastPoint = points[points.length - 1];
    const texts = lastPoint
      ? [
          { id: 'ceiling', y: chart.y(lastPoint.ceiling) - 4, text: `ceiling ${lastPoint.ceiling} (max %)` },
          { id: 'floor', y: chart.y(lastPoint.floor) + 14, text: `floor ${lastPoint.floor} (min healthy %)` },
          { id: 'total', y: chart.y(lastPoint.total) - 4, text: `total ${lastPoint.total}` },
          { id: 'healthy', y: chart.y(lastPoint.healthy) + 14, text: `healthy ${lastPoint.healthy}` },
        ]
      : [];
    labels
      .selectAll<SVGTextElement, (typeof texts)[number]>('text')
      .data(texts, (d) => d.id)
      .join('text')
      .attr('class', (d) => `count-label label-${d.id}`)
      .attr('x', (d) => (d.id === 'total' || d.id === 'healthy' ? COUNTS.margin + 24 : COUNTS.width - COUNTS.margin))
      .attr('text-anchor', (d) => (d.id === 'total' || d.id === 'healthy' ? 'start' : 'end'))
      .attr('y', (d) => d.y)
      .text((d) => d.text);
    countsTitle.text(
      lastPoint
        ? `Task counts over the last ${formatElapsed((now - chart.t0) / 1000)}: now ${lastPoint.total} tasks, ${lastPoint.healthy} healthy; floor ${lastPoint.floor}, ceiling ${lastPoint.ceiling}.`
        : 'No samples yet.',
    );
  }

  /** The words: summary, circuit breaker, the generated timeline table and the live event log. */
  function writeText(): void {
    const key = followedService(host, c);
    const service = key ? c.engine.view().services[key] : undefined;
    const samples = key ? (c.history[key] ?? []) : [];
    if (!service) {
      summary.textContent = 'No service yet. Create one in the terminal (aws ecs create-service …), then update it to a new revision.';
      return;
    }
    const { floor, ceiling } = deploymentBounds(service.desiredCount, service.deploymentConfiguration.minimumHealthyPercent, service.deploymentConfiguration.maximumPercent);
    const primary = service.deployments[0];
    summary.textContent =
      `${service.name}: desired ${service.desiredCount}; floor ${floor} healthy (minimumHealthyPercent ${service.deploymentConfiguration.minimumHealthyPercent} %), ` +
      `ceiling ${ceiling} tasks (maximumPercent ${service.deploymentConfiguration.maximumPercent} %). ` +
      (primary ? `Newest deployment: revision ${primary.taskDefinitionArn.split(':').pop()}, ${primary.rolloutState}.` : '');

    // Circuit breaker and rollback, in words (role="status" announces the change).
    const failed = service.deployments.find((d) => d.rolloutState === 'FAILED');
    const rollback = service.deployments.find((d) => /rolling back/.test(d.rolloutStateReason));
    const breakerText = failed
      ? `Circuit breaker tripped: deployment ${failed.id} (revision ${failed.taskDefinitionArn.split(':').pop()}) FAILED after ${failed.failedTasks} failed tasks.` +
        (rollback ? ` Rolling back: ${rollback.rolloutStateReason}` : '')
      : rollback
        ? `Rollback: ${rollback.rolloutStateReason}`
        : '';
    if (breaker.textContent !== breakerText) breaker.textContent = breakerText;
    breaker.hidden = breakerText === '';

    // The generated timeline table.
    const timeline = buildTimeline(samples);
    host.dataset['timelineRows'] = String(timeline.rows.length);
    host.dataset['deployment'] = timeline.complete ? 'complete' : timeline.failed ? 'failed' : 'in-progress';
    tbody
      .selectAll<HTMLTableRowElement, TimelineRow>('tr')
      .data(timeline.rows, (d) => `${d.step}`)
      .join((enter) => {
        const tr = enter.append('tr');
        tr.append('th').attr('scope', 'row');
        for (let i = 0; i < 4; i++) tr.append('td');
        return tr;
      })
      .call((tr) => setText(tr.select('th'), (d) => `Time ${d.step}`))
      .call((tr) => setText(tr.select('td:nth-of-type(1)'), (d) => `+${formatElapsed(d.seconds)}`))
      .call((tr) => setText(tr.select('td:nth-of-type(2)'), (d) => summarizeTasks(d.tasks)))
      .call((tr) => setText(tr.select('td:nth-of-type(3)'), (d) => `${d.healthy} / ${d.total}`))
      .call((tr) => setText(tr.select('td:nth-of-type(4)'), (d) => d.note));

    // Service events, oldest first so new ones are appended to the live log.
    const shown = service.events.slice(0, EVENTS_SHOWN).reverse();
    events
      .selectAll<HTMLLIElement, (typeof shown)[number]>('li')
      .data(shown, (d) => d.id)
      .join((enter) => enter.append('li'))
      .call((li) => setText(li, (d) => `${formatClock(d.createdAt)} ${d.message}`));
  }
  return { update };
}
