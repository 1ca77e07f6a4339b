/**
 * Shared pieces of the D3 renderers: the SVG fill patterns that back up the state colours (so colour is never the
 * only signal), diffing writes and the service a view follows. Task blocks are drawn on canvases (canvasBlocks.ts).
 */
import { select, type BaseType, type Selection } from 'd3-selection';
import type { SimController } from '../controller.ts';

/** Adds the state patterns to an SVG's <defs> once. Ids are prefixed so several views can share a page. */
export function ensurePatterns(svg: Selection<SVGSVGElement, unknown, null, undefined>, prefix: string): void {
  if (!svg.select('defs').empty()) return;
  const defs = svg.append('defs');
  const pattern = (id: string) =>
    defs.append('pattern').attr('id', `${prefix}-${id}`).attr('width', 8).attr('height', 8).attr('patternUnits', 'userSpaceOnUse');
  pattern('dots').call((p) => p.append('rect').attr('width', 8).attr('height', 8).attr('class', 'pat-bg'))
    .append('circle').attr('cx', 4).attr('cy', 4).attr('r', 1.6).attr('class', 'pat-fg');
  pattern('stripes').call((p) => p.append('rect').attr('width', 8).attr('height', 8).attr('class', 'pat-bg'))
    .append('path').attr('d', 'M-2,10 L10,-2 M-2,2 L2,-2 M6,10 L10,6').attr('class', 'pat-line');
  pattern('cross').call((p) => p.append('rect').attr('width', 8).attr('height', 8).attr('class', 'pat-bg'))
    .append('path').attr('d', 'M0,0 L8,8 M8,0 L0,8').attr('class', 'pat-line');
  defs.append('marker').attr('id', `${prefix}-arrow`).attr('viewBox', '0 0 10 10').attr('refX', 9).attr('refY', 5)
    .attr('markerWidth', 7).attr('markerHeight', 7).attr('orient', 'auto-start-reverse')
    .append('path').attr('d', 'M0,0 L10,5 L0,10 z').attr('class', 'arrow-head');
}

/** The fill of a block for a pattern name. */
export function patternFill(prefix: string, pattern: string): string | null {
  return pattern === 'solid' || pattern === 'hollow' ? null : `url(#${prefix}-${pattern})`;
}

/** The service a view follows: its `data-service` (`cluster/service`) or the first active service. */
export function followedService(host: HTMLElement, c: SimController): string | undefined {
  const wanted = host.dataset['service'];
  const services = c.engine.view().services;
  if (wanted && services[wanted]) return wanted;
  const active = Object.values(services).find((s) => s.status === 'ACTIVE');
  return active?.key ?? (wanted && services[wanted] ? wanted : undefined);
}

/** The SVG a renderer owns, inside `[data-canvas]` (created once; nothing else writes to it). */
export function ownedSvg(host: HTMLElement, label: string): Selection<SVGSVGElement, unknown, null, undefined> {
  const canvas = host.querySelector<HTMLElement>('[data-canvas]') ?? host;
  let svg = canvas.querySelector<SVGSVGElement>(':scope > svg');
  if (!svg) {
    canvas.replaceChildren();
    svg = canvas.appendChild(document.createElementNS('http://www.w3.org/2000/svg', 'svg'));
    svg.setAttribute('role', 'group');
    svg.setAttribute('aria-label', label);
  }
  return select(svg);
}

/**
 * Sets text only where it differs. D3's `.text()` always writes, and with hundreds of tasks re-rendered every
 * frame those identical writes (and the style work they trigger) dominated the frame time.
 */
export function setText<E extends BaseType, D, P extends BaseType, PD>(selection: Selection<E, D, P, PD>, value: (d: D) => string): void {
  selection.each(function (d) {
    const el = this as unknown as Element;
    const v = value(d);
    if (el.textContent !== v) el.textContent = v;
  });
}

/** Sets an attribute only where it differs (see `setText`). */
export function setAttr<E extends BaseType, D, P extends BaseType, PD>(selection: Selection<E, D, P, PD>, name: string, value: (d: D) => string | null): void {
  selection.each(function (d) {
    const el = this as unknown as Element;
    const v = value(d);
    if (v === null) {
      if (el.hasAttribute(name)) el.removeAttribute(name);
    } else if (el.getAttribute(name) !== v) el.setAttribute(name, v);
  });
}
