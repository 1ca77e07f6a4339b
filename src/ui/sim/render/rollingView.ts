/**
 * Rolling-deploy view: the followed service's tasks as blocks in one lane per revision (keyed by task id, so a
 * block stays put while it moves through its lifecycle), a counts chart with the minimumHealthyPercent floor and
 * maximumPercent ceiling as a band, the "Time 0 … Time n" table generated from the run, the circuit breaker and
 * rollback when they happen, and the service's events as a live log.
 */
import { select } from 'd3-selection';
import type { SimController } from '../controller.ts';
import { countSeries, countsChart, layoutLanes, lanesHeight, LANE, type Lane, type LaneTask } from '../layout/rollingLayout.ts';
import { deploymentBounds, serviceDeployments, serviceTasks } from '../layout/samples.ts';
import { buildTimeline, summarizeTasks, type TimelineRow } from '../layout/timelineTable.ts';
import { formatClock, formatElapsed, healthMark } from '../layout/taskStyle.ts';
import { changedSince, ensurePatterns, followedService, placeAt, ownedSvg, patternFill, setAttr, setText } from './common.ts';

const P = 'rv';
const COUNTS = { width: 720, height: 200, margin: 28 };
const EVENTS_SHOWN = 15;

/** Mounts the view in `host`. */
export function mount(host: HTMLElement, c: SimController): { update(): void } {
  const svg = ownedSvg(host, 'Tasks of each revision during the deployment');
  ensurePatterns(svg, P);
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

  function update(): void {
    const key = followedService(host, c);
    const state = c.engine.view();
    const service = key ? state.services[key] : undefined;
    const samples = key ? (c.history[key] ?? []) : [];
    const now = c.now();
    const renderKey = `${key}|${samples.length}|${samples[samples.length - 1]?.t}|${service?.events[0]?.id}|${Math.floor(now / 5000)}`;
    if (renderKey === lastKey) return;
    lastKey = renderKey;
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

    // Lanes of blocks.
    const lanes = layoutLanes(serviceTasks(state, key!), serviceDeployments(state, key!));
    const height = lanesHeight(lanes);
    const widest = Math.max(0, ...lanes.flatMap((l) => l.tasks.map((t) => t.x + t.w)));
    setAttr(svg, 'viewBox', () => `0 0 ${Math.max(LANE.width, widest + LANE.gap)} ${height}`);
    svg
      .selectAll<SVGGElement, Lane>('g.lane')
      .data(lanes, (d) => String(d.revision))
      .join((enter) => {
        const g = enter.append('g').attr('class', 'lane');
        g.append('rect').attr('class', 'lane-bg').attr('x', 0).attr('rx', 6);
        g.append('text').attr('class', 'lane-label').attr('x', 8);
        return g;
      })
      .attr('class', (d) => `lane${d.isNew ? ' lane-new' : ''}`)
      .call((g) => g.select('.lane-bg').attr('y', (d) => d.y + 2).attr('height', (d) => d.h - 4).attr('width', '100%'))
      .call((g) => g.select('.lane-label').attr('y', (d) => d.y + (d.tasks[0]?.compact ? 20 : LANE.laneH / 2 + 4)).text((d) => d.label));
    svg
      .selectAll<SVGGElement, LaneTask>('g.block')
      .data(lanes.flatMap((l) => l.tasks.map((t) => ({ ...t, revision: l.revision }))), (d) => d.id)
      .join(
        (enter) => {
          const g = enter
            .append('g')
            .attr('class', 'block');
          g.append('rect').attr('class', 'block-box').attr('rx', 3);
          g.append('rect').attr('class', 'block-pattern').attr('rx', 3);
          g.append('text').attr('class', 'block-state').attr('x', 5).attr('y', 16);
          g.append('text').attr('class', 'block-health').attr('x', 5).attr('y', 32);
          g.append('title');
          return g;
        },
        (u) => u,
        (exit) => exit.remove(),
      )
      .call((g) => placeAt(g, (d) => d.x, (d) => d.y))
      .filter(changedSince<LaneTask>((d) => `${d.style.className}|${d.phase}|${d.w}|${d.h}|${d.compact}|${d.lastStatus}|${d.healthStatus}`))
      .call((g) => setAttr(g, 'class', (d) => `block state-${d.style.className} phase-${d.phase}`))
      .call((g) => setAttr(g.select('.block-box'), 'width', (d) => String(d.w)))
      .call((g) => setAttr(g.select('.block-box'), 'height', (d) => String(d.h)))
      .call((g) => setAttr(g.select('.block-pattern'), 'width', (d) => String(d.w)))
      .call((g) => setAttr(g.select('.block-pattern'), 'height', (d) => String(d.h)))
      .call((g) => setAttr(g.select('.block-pattern'), 'fill', (d) => patternFill(P, d.style.pattern) ?? 'none'))
      .call((g) => setText(g.select('.block-state'), (d) => (d.compact ? '' : d.style.short)))
      .call((g) => setText(g.select('.block-health'), (d) => (d.compact ? '' : `${healthMark(d.healthStatus).mark} ${d.phase}`)))
      .call((g) => setText(g.select('title'), (d) => `Task ${d.id.slice(0, 8)}: ${d.lastStatus}, ${healthMark(d.healthStatus).label}`));

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
