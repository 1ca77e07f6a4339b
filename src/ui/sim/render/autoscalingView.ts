/**
 * Autoscaling view for the followed service: the metric's one-minute datapoints against the target line, both
 * managed alarms' thresholds with the datapoints now counting toward each (ringed; filled when breaching), the
 * desired and running counts as step lines, cooldown windows shaded and each scaling activity annotated with
 * its cause. The alarm and activity lists say the same in words.
 */
import { select } from 'd3-selection';
import { line, curveStepAfter, curveMonotoneX } from 'd3-shape';
import type { SimController } from '../controller.ts';
import { autoscalingModel, timeWindow, type ActivityMark, type AlarmView, type CooldownWindow, type MetricPoint } from '../layout/autoscalingLayout.ts';
import { formatClock } from '../layout/taskStyle.ts';
import { linearScale } from '../layout/linearScale.ts';
import { followedService, ownedSvg } from './common.ts';

const W = 720;
const H = 240;
const CH = 150;
const M = { top: 16, right: 150, bottom: 24, left: 40 };

/** Mounts the view in `host`. */
export function mount(host: HTMLElement, c: SimController): { update(): void } {
  const svg = ownedSvg(host, 'Metric, target and alarm thresholds').attr('viewBox', `0 0 ${W} ${H}`);
  const layers = ['cooldowns', 'grid', 'thresholds', 'metric', 'window', 'activities'].map((name) => svg.append('g').attr('class', name));
  const [gCooldowns, gGrid, gThresholds, gMetric, gWindow, gActivities] = layers as [typeof layers[0], typeof layers[0], typeof layers[0], typeof layers[0], typeof layers[0], typeof layers[0]];
  const metricPath = gMetric.append('path').attr('class', 'metric-line');
  const counts = select(host.querySelector<HTMLElement>('[data-counts]')!)
    .append('svg')
    .attr('role', 'img')
    .attr('viewBox', `0 0 ${W} ${CH}`);
  const countsTitle = counts.append('title');
  const desiredPath = counts.append('path').attr('class', 'line-desired');
  const runningPath = counts.append('path').attr('class', 'line-running');
  const countLabels = counts.append('g');
  const summary = host.querySelector<HTMLElement>('[data-summary]')!;
  const alarmsList = select(host).select<HTMLUListElement>('[data-alarms]');
  const activitiesList = select(host).select<HTMLOListElement>('[data-activities]');
  let lastKey = '';

  function update(): void {
    const key = followedService(host, c);
    const now = c.now();
    const renderKey = `${key}|${Math.floor(now / 2000)}|${c.history[key ?? '']?.length}`;
    if (renderKey === lastKey) return;
    lastKey = renderKey;
    const state = c.engine.view();
    if (!key) {
      summary.textContent = 'No service yet. Create one in the terminal, then register it as a scalable target with a scaling policy.';
      return;
    }
    const service = state.services[key]!;
    const resourceId = `service/${service.cluster}/${service.name}`;
    const model = autoscalingModel(state.autoScaling, resourceId, c.history[key] ?? []);
    host.dataset['desired'] = String(service.desiredCount);
    summary.textContent = model.registered
      ? `${resourceId}: capacity ${model.minCapacity}–${model.maxCapacity}, desired ${service.desiredCount}.` +
        (model.policyName ? ` Policy ${model.policyName}${model.target !== undefined ? ` keeps ${model.metricName ?? 'the metric'} near ${model.target}` : ''}.` : ' No scaling policy yet.')
      : `${resourceId} is not a scalable target yet: run aws application-autoscaling register-scalable-target (lesson 8).`;

    const [t0, t1] = timeWindow(now, 30);
    const x = linearScale([t0, t1], [M.left, W - M.right]);
    const maxMetric = Math.max(100, ...model.metric.map((p) => p.value), ...model.alarms.map((a) => a.threshold));
    const y = linearScale([0, maxMetric], [H - M.bottom, M.top]).nice();
    const clampX = (t: number) => x(Math.max(t0, Math.min(t1, t)));

    gGrid
      .selectAll<SVGTextElement, number>('text')
      .data(y.ticks(5), (d) => String(d))
      .join('text')
      .attr('class', 'tick')
      .attr('x', M.left - 6)
      .attr('y', (d) => y(d) + 4)
      .attr('text-anchor', 'end')
      .text((d) => `${d}`);

    gCooldowns
      .selectAll<SVGGElement, CooldownWindow>('g')
      .data(model.cooldowns.filter((w) => w.to > t0), (d) => `${d.kind}${d.from}`)
      .join((enter) => {
        const g = enter.append('g');
        g.append('rect').attr('class', 'cooldown');
        g.append('text').attr('class', 'cooldown-label');
        return g;
      })
      .call((g) =>
        g
          .select('rect')
          .attr('class', (d) => `cooldown cooldown-${d.kind}`)
          .attr('x', (d) => clampX(d.from))
          .attr('width', (d) => Math.max(0, clampX(d.to) - clampX(d.from)))
          .attr('y', M.top)
          .attr('height', H - M.top - M.bottom),
      )
      .call((g) => g.select('text').attr('x', (d) => clampX(d.from) + 3).attr('y', H - M.bottom - 4).text((d) => `${d.kind} cooldown`));

    const lines: { id: string; value: number; label: string }[] = [];
    if (model.target !== undefined) lines.push({ id: 'target', value: model.target, label: `target ${model.target}` });
    for (const a of model.alarms) {
      lines.push({ id: `alarm-${a.role}-${a.name}`, value: a.threshold, label: `${a.role === 'low' ? 'AlarmLow' : a.role === 'high' ? 'AlarmHigh' : a.name} ${a.threshold} (${a.breachingCount}/${a.datapointsToAlarm} pts)` });
    }
    gThresholds
      .selectAll<SVGGElement, (typeof lines)[number]>('g')
      .data(lines, (d) => d.id)
      .join((enter) => {
        const g = enter.append('g');
        g.append('line');
        g.append('text');
        return g;
      })
      .attr('class', (d) => `threshold ${d.id.startsWith('alarm-high') ? 'threshold-high' : d.id.startsWith('alarm-low') ? 'threshold-low' : d.id === 'target' ? 'threshold-target' : 'threshold-other'}`)
      .call((g) => g.select('line').attr('x1', M.left).attr('x2', W - M.right).attr('y1', (d) => y(d.value)).attr('y2', (d) => y(d.value)))
      .call((g) =>
        g
          .select('text')
          .attr('x', W - M.right + 4)
          .attr('y', (d, i) => y(d.value) + 4 + (d.id.startsWith('alarm-low') ? 10 : d.id === 'target' ? 0 : -4) * (i > 0 ? 1 : 0))
          .text((d) => d.label),
      );

    const visible = model.metric.filter((p) => p.t >= t0);
    metricPath.attr(
      'd',
      line<MetricPoint>()
        .x((p) => x(p.t))
        .y((p) => y(p.value))
        .curve(curveMonotoneX)(visible) ?? '',
    );
    gMetric
      .selectAll<SVGCircleElement, MetricPoint>('circle')
      .data(visible, (d) => String(d.t))
      .join('circle')
      .attr('class', 'metric-point')
      .attr('r', 2.5)
      .attr('cx', (d) => x(d.t))
      .attr('cy', (d) => y(d.value));

    // Datapoints in each alarm's evaluation window: ringed; filled when they breach.
    const windowPoints = model.alarms.flatMap((a) =>
      a.window.filter((w) => w.value !== null && w.t >= t0).map((w) => ({ ...w, id: `${a.role}${w.t}`, role: a.role, value: w.value! })),
    );
    gWindow
      .selectAll<SVGCircleElement, (typeof windowPoints)[number]>('circle')
      .data(windowPoints, (d) => d.id)
      .join('circle')
      .attr('class', (d) => `window-point window-${d.role}${d.breaching ? ' breaching' : ''}`)
      .attr('r', (d) => (d.role === 'low' ? 9 : 6))
      .attr('cx', (d) => x(d.t))
      .attr('cy', (d) => y(d.value));

    gActivities
      .selectAll<SVGGElement, ActivityMark>('g')
      .data(model.activities.filter((a) => a.t >= t0), (d) => `${d.t}${d.description}`)
      .join((enter) => {
        const g = enter.append('g').attr('class', 'activity');
        g.append('line');
        g.append('text');
        return g;
      })
      .call((g) => g.select('line').attr('x1', (d) => x(d.t)).attr('x2', (d) => x(d.t)).attr('y1', M.top).attr('y2', H - M.bottom))
      .call((g) => g.select('text').attr('x', (d) => x(d.t) + 3).attr('y', M.top + 10).text((d) => d.description.replace(/\.$/, '')));

    // Desired and running counts as step lines.
    const samples = (c.history[key] ?? []).filter((s, i, arr) => s.t >= t0 || arr[i + 1]?.t === undefined || arr[i + 1]!.t >= t0);
    const extended = samples.length ? [...samples, { ...samples[samples.length - 1]!, t: now }] : [];
    const maxCount = Math.max(2, model.maxCapacity ?? 0, ...extended.map((s) => Math.max(s.desired, s.running)));
    const cy = linearScale([0, maxCount], [CH - 20, 12]);
    const stepLine = (field: 'desired' | 'running') =>
      line<(typeof extended)[number]>()
        .x((s) => clampX(s.t))
        .y((s) => cy(s[field]))
        .curve(curveStepAfter)(extended) ?? '';
    desiredPath.attr('d', stepLine('desired'));
    runningPath.attr('d', stepLine('running'));
    const last = extended[extended.length - 1];
    const countTexts = last
      ? [
          { id: 'desired', y: cy(last.desired) - 4, text: `desired ${last.desired}` },
          { id: 'running', y: cy(last.running) + 14, text: `running ${last.running}` },
        ]
      : [];
    countLabels
      .selectAll<SVGTextElement, (typeof countTexts)[number]>('text')
      .data(countTexts, (d) => d.id)
      .join('text')
      .attr('class', (d) => `count-label label-${d.id}`)
      .attr('x', W - M.right + 4)
      .attr('y', (d) => d.y)
      .text((d) => d.text);
    countsTitle.text(last ? `Desired ${last.desired} and running ${last.running} tasks over the last 30 simulated minutes.` : 'No samples yet.');

    alarmsList
      .selectAll<HTMLLIElement, AlarmView>('li')
      .data(model.alarms, (d) => d.name)
      .join('li')
      .text(
        (d) =>
          `${d.role === 'high' ? 'High (scale-out) alarm' : d.role === 'low' ? 'Low (scale-in) alarm' : 'Alarm'} ${d.name}: ${d.state}. ` +
          `${d.breachingCount} of the last ${d.evaluationPeriods} datapoints ${d.comparison.replace(/([A-Z])/g, ' $1').toLowerCase().trim()} ${d.threshold}; ` +
          `${d.datapointsToAlarm} needed to alarm.`,
      );
    activitiesList
      .selectAll<HTMLLIElement, ActivityMark>('li')
      .data(model.activities.slice(-10), (d) => `${d.t}${d.description}`)
      .join('li')
      .text((d) => `${formatClock(d.t)} ${d.description} ${d.status}. Cause: ${d.cause}`);
    host.dataset['now'] = String(now); // set last: tests wait on it to know this frame is drawn
  }
  return { update };
}
