/**
 * The colours and fill patterns of the canvas views, read from CSS custom properties (sim.css and the site's
 * theme tokens), so a canvas follows the light and dark themes like the rest of the page. Patterns back up the
 * state colours (colour is never the only signal): dots while a task starts, stripes while it activates, a cross
 * while it stops, like the SVG patterns of the lifecycle view.
 */
import type { StateStyle } from '../layout/taskStyle.ts';

/** Resolved colours, and the pattern tiles for one pixel density. */
export interface BlockTheme {
  font: string;
  text: string;
  soft: string;
  border: string;
  focus: string;
  /** Words on a block: dark on the light state fills, in both themes. */
  ink: string;
  edge: string;
  /** The fill of a hollow mark (a stopped container). */
  paper: string;
  fill(style: StateStyle): string;
  /** The pattern for `style`, created with `ctx` (block pictures are drawn once per state and size: rarely). */
  pattern(style: StateStyle, ctx: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D): CanvasPattern | undefined;
}

/** Pattern tile size in layout units (the SVG patterns' 8 × 8). */
const TILE = 8;

const PATTERN_PATHS: Record<'dots' | 'stripes' | 'cross', (ctx: CanvasRenderingContext2D) => void> = {
  dots: (ctx) => {
    ctx.beginPath();
    ctx.arc(4, 4, 1.6, 0, 2 * Math.PI);
    ctx.fill();
  },
  stripes: (ctx) => ctx.stroke(new Path2D('M-2,10 L10,-2 M-2,2 L2,-2 M6,10 L10,6')),
  cross: (ctx) => ctx.stroke(new Path2D('M0,0 L8,8 M8,0 L0,8')),
};

/**
 * Reads the theme from `host`'s computed style. `density` is device pixels per layout unit: the tiles are drawn
 * at that resolution and scaled back down, so the dots and lines stay sharp on a high-DPI screen.
 */
export function readBlockTheme(host: Element, density: number): BlockTheme {
  const css = getComputedStyle(host);
  const v = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  const fills = new Map<string, string>();
  const unknown = v('--sim-state-unknown', '#e8eaed');
  const ink = v('--sim-block-ink', '#111111');
  const patternInk = v('--sim-pattern-ink', 'rgba(0, 0, 0, 0.45)');
  const k = Math.max(1, Math.ceil(density));
  const tiles = new Map<string, HTMLCanvasElement | undefined>();
  const tile = (name: keyof typeof PATTERN_PATHS): HTMLCanvasElement | undefined => {
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = TILE * k;
    const t = canvas.getContext('2d');
    if (!t) return undefined;
    t.scale(k, k);
    t.fillStyle = patternInk;
    t.strokeStyle = patternInk;
    t.lineWidth = 1;
    PATTERN_PATHS[name](t);
    return canvas;
  };
  return {
    font: css.fontFamily || 'sans-serif',
    text: v('--text', '#1b1f24'),
    soft: v('--bg-soft', '#f4f6f8'),
    border: v('--border', '#cccccc'),
    focus: v('--focus', '#1a73e8'),
    ink,
    edge: v('--sim-block-edge', '#1b1f24'),
    paper: v('--sim-state-stopped', '#ffffff'),
    fill(style) {
      let f = fills.get(style.className);
      if (f === undefined) fills.set(style.className, (f = v(`--sim-state-${style.className}`, unknown)));
      return f;
    },
    pattern(style, ctx) {
      if (style.pattern === 'solid' || style.pattern === 'hollow') return undefined;
      if (!tiles.has(style.pattern)) tiles.set(style.pattern, tile(style.pattern));
      const image = tiles.get(style.pattern);
      const pattern = image ? ctx.createPattern(image, 'repeat') : null;
      pattern?.setTransform(new DOMMatrix().scaleSelf(1 / k, 1 / k)); // the tile was drawn k times larger
      return pattern ?? undefined;
    },
  };
}
