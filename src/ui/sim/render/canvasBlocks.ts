/**
 * Task blocks drawn on one <canvas> per view. Hundreds of SVG blocks (each a group of rects and texts with a CSS
 * transform and transition) cost tens of milliseconds of style, paint and compositing per frame; one canvas
 * redrawn only when its picture changed, each block a copy of a pre-drawn picture (blockSprites.ts), costs about
 * a millisecond for 400 blocks.
 *
 * The picture is drawn in layout units and scaled to the width it is given, like an SVG viewBox (sharp at any
 * devicePixelRatio). Colours and patterns come from CSS custom properties and follow the theme. Blocks ease to
 * new places and fade in inside one requestAnimationFrame loop that runs only while something moves; under
 * prefers-reduced-motion they are drawn where they belong at once. The canvas is one image to assistive
 * technology (role="img" and a summary as its label); each view keeps its own text equivalent beside it.
 */
import { blockAt, toLayoutPoint, type Box } from '../layout/blockHit.ts';
import { appear, moveTo, sampleMotion, settle, type Motion } from '../layout/blockMotion.ts';
import type { StateStyle } from '../layout/taskStyle.ts';
import { spriteCache, SPRITE_PAD, type SpriteCache } from './blockSprites.ts';
import { readBlockTheme, type BlockTheme } from './blockTheme.ts';

/** Words drawn on a large block, at (x, y) from its top-left corner (text baseline). */
export interface BlockText {
  text: string;
  x: number;
  y: number;
}

/** A small square on a block (a container): filled, or hollow when stopped. */
export interface BlockMark extends Box {
  hollow: boolean;
}

/** One task block, in layout units. */
export interface SceneBlock extends Box {
  id: string;
  revision: number;
  lastStatus: string;
  style: StateStyle;
  texts: readonly BlockText[];
  marks: readonly BlockMark[];
}

/** A frame behind the blocks (a lane, a cluster, a service). */
export interface SceneBox extends Box {
  radius: number;
  filled: boolean;
  lineWidth: number;
  dash: readonly number[];
}

/** A heading drawn on the canvas (a cluster or service name). */
export interface SceneLabel {
  text: string;
  x: number;
  y: number;
}

/** Everything one canvas shows. */
export interface BlockScene {
  width: number;
  height: number;
  /** Corner radius of the blocks. */
  radius: number;
  boxes: readonly SceneBox[];
  labels: readonly SceneLabel[];
  blocks: readonly SceneBlock[];
  selected?: string | undefined;
}

/** A block as the user sees it right now, in CSS pixels from the canvas' top-left corner (for tests and tools). */
export interface DrawnBlock {
  id: string;
  revision: number;
  state: string;
  x: number;
  y: number;
  w: number;
  h: number;
  opacity: number;
}

/** The element a view mounts in, once it has a block canvas. */
export interface BlockCanvasHost extends HTMLElement {
  /** The blocks of the last frame drawn, in drawing order. Read-only: a copy. */
  drawnBlocks(): DrawnBlock[];
}

/** What a view does with its canvas. */
export interface BlockCanvas {
  readonly canvas: HTMLCanvasElement;
  /**
   * Shows the scene `build` returns, with `label` as the canvas' accessible name; when `signature` equals the
   * last one nothing is built or drawn, so an unchanged frame costs a string comparison.
   */
  show(signature: string, build: () => { scene: BlockScene; label: string }): void;
}

interface Entry {
  block: SceneBlock;
  motion: Motion;
  /** Where it was drawn last (layout units). */
  x: number;
  y: number;
  opacity: number;
}

/**
 * Mounts a canvas in `host`'s `[data-canvas]` (or `host`). With `onPick`, a click on a block picks its task and
 * the pointer turns into a hand over blocks.
 */
export function mountBlockCanvas(host: HTMLElement, options: { onPick?: (id: string) => void; describedBy?: string } = {}): BlockCanvas {
  const container = host.querySelector<HTMLElement>('[data-canvas]') ?? host;
  const canvas = document.createElement('canvas');
  canvas.className = 'ecs-view__blocks';
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', 'No tasks');
  if (options.describedBy) canvas.setAttribute('aria-describedby', options.describedBy);
  container.replaceChildren(canvas);
  const ctx = canvas.getContext('2d');

  const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');
  const entries = new Map<string, Entry>();
  let drawn: Entry[] = [];
  let scene: BlockScene | undefined;
  let signature: string | undefined;
  let theme: BlockTheme | undefined;
  let sprites: SpriteCache | undefined;
  let spriteDensity = 0;
  let cssWidth = container.clientWidth || 720;
  let raf = 0;

  /** Device pixels per layout unit. */
  const density = () => (scene ? canvas.width / scene.width : 1);

  function draw(now: number): boolean {
    if (!ctx || !scene) return false;
    const s = density();
    if (!theme || !sprites || spriteDensity !== s) {
      theme = readBlockTheme(host, s);
      sprites = spriteCache(theme, s);
      spriteDensity = s;
    }
    const t = theme;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    ctx.setTransform(s, 0, 0, s, 0, 0);
    ctx.globalAlpha = 1;
    ctx.fillStyle = t.soft;
    ctx.strokeStyle = t.border;
    for (const b of scene.boxes) {
      ctx.beginPath();
      ctx.roundRect(b.x, b.y, b.w, b.h, b.radius);
      if (b.filled) ctx.fill();
      ctx.lineWidth = b.lineWidth;
      ctx.setLineDash(b.dash as number[]);
      ctx.stroke();
    }
    ctx.setLineDash([]);
    ctx.font = `600 12px ${t.font}`;
    ctx.fillStyle = t.text;
    for (const l of scene.labels) ctx.fillText(l.text, l.x, l.y);

    // Blocks: one copy of a pre-drawn picture each, at whole device pixels.
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    let moving = false;
    let alpha = 1;
    const pad = SPRITE_PAD * s;
    for (const e of drawn) {
      const at = sampleMotion(e.motion, now);
      e.x = at.x;
      e.y = at.y;
      e.opacity = at.opacity;
      moving ||= at.moving;
      if (at.opacity !== alpha) ctx.globalAlpha = alpha = at.opacity;
      const b = e.block;
      ctx.drawImage(sprites!(b.style, b.w, b.h, scene.radius), Math.round(at.x * s - pad), Math.round(at.y * s - pad));
    }
    // Then what only large blocks carry (state words, health mark, containers) and the selection outline.
    ctx.font = `600 11px ${t.font}`;
    ctx.setLineDash([]);
    for (const e of drawn) {
      const b = e.block;
      const selected = b.id === scene.selected;
      if (!selected && b.texts.length === 0 && b.marks.length === 0) continue;
      if (e.opacity !== alpha) ctx.globalAlpha = alpha = e.opacity;
      ctx.setTransform(s, 0, 0, s, e.x * s, e.y * s);
      if (selected) {
        ctx.beginPath();
        ctx.roundRect(0, 0, b.w, b.h, scene.radius);
        ctx.lineWidth = 4;
        ctx.strokeStyle = t.focus;
        ctx.stroke();
      }
      ctx.fillStyle = t.ink;
      for (const x of b.texts) ctx.fillText(x.text, x.x, x.y, b.w - x.x - 2); // narrowed, never past the block's edge
      for (const m of b.marks) {
        ctx.fillStyle = m.hollow ? t.paper : t.edge;
        ctx.fillRect(m.x, m.y, m.w, m.h);
        if (m.hollow) {
          ctx.lineWidth = 1;
          ctx.strokeStyle = t.edge;
          ctx.strokeRect(m.x, m.y, m.w, m.h);
        }
      }
    }
    ctx.globalAlpha = 1;
    return moving;
  }

  function frame(now: number): void {
    raf = 0;
    if (draw(now) && !reducedMotion.matches) raf = requestAnimationFrame(frame);
  }

  /** Draws now, and keeps drawing every frame while something moves. */
  function redraw(): void {
    if (raf) return; // the running loop draws the latest scene on its next frame
    if (draw(performance.now()) && !reducedMotion.matches) raf = requestAnimationFrame(frame);
  }

  /** Sizes the backing store to `pixelWidth` × `pixelHeight`; true when it changed (which clears it). */
  function setPixels(pixelWidth: number, pixelHeight: number): boolean {
    const w = Math.max(1, Math.round(pixelWidth));
    const h = Math.max(1, Math.round(pixelHeight));
    if (canvas.width === w && canvas.height === h) return false;
    canvas.width = w;
    canvas.height = h;
    return true;
  }

  const resizes = new ResizeObserver((observed) => {
    const entry = observed[observed.length - 1];
    if (!entry) return;
    cssWidth = entry.contentRect.width || cssWidth;
    if (!scene) return;
    container.style.setProperty('--scale', String(cssWidth / scene.width));
    // Exact device pixels where the browser reports them (and they agree with devicePixelRatio, which an
    // emulated screen does not), else CSS pixels × devicePixelRatio.
    const device = entry.devicePixelContentBoxSize?.[0];
    const dpr = devicePixelRatio || 1;
    const changed =
      device && Math.abs(device.inlineSize / Math.max(1, cssWidth) - dpr) < 0.05
        ? setPixels(device.inlineSize, device.blockSize)
        : setPixels(cssWidth * dpr, entry.contentRect.height * dpr);
    if (changed) {
      if (raf) cancelAnimationFrame(raf);
      raf = 0;
      redraw(); // resizing cleared the canvas: draw before this frame is painted
    }
  });
  try {
    resizes.observe(canvas, { box: 'device-pixel-content-box' }); // also fires when only the pixel ratio changes (zoom, another screen)
  } catch {
    resizes.observe(canvas);
  }

  // The theme toggle (and the system preference it follows) switch data-theme on <html>.
  new MutationObserver(() => {
    theme = undefined;
    if (raf) return;
    redraw();
  }).observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });

  // A canvas nobody sees is redrawn at most once a second (offscreen.ts): its blocks jump instead of starting
  // an animation loop for nobody.
  let onScreen = typeof IntersectionObserver !== 'function';
  if (!onScreen) new IntersectionObserver((seen) => (onScreen = seen.some((e) => e.isIntersecting))).observe(canvas);

  reducedMotion.addEventListener('change', () => {
    if (!reducedMotion.matches) return;
    for (const e of entries.values()) e.motion = settle(e.motion);
    redraw();
  });

  if (options.onPick) {
    const pick = options.onPick;
    const hit = (event: MouseEvent) => {
      if (!scene) return undefined;
      const p = toLayoutPoint(event.clientX, event.clientY, canvas.getBoundingClientRect(), scene.width);
      return blockAt(drawn.map((e) => ({ id: e.block.id, x: e.x, y: e.y, w: e.block.w, h: e.block.h })), p.x, p.y);
    };
    canvas.addEventListener('click', (event) => {
      const b = hit(event);
      if (b) pick(b.id);
    });
    canvas.addEventListener('pointermove', (event) => {
      const cursor = hit(event) ? 'pointer' : '';
      if (canvas.style.cursor !== cursor) canvas.style.cursor = cursor;
    });
  }

  Object.defineProperty(host, 'drawnBlocks', {
    configurable: true,
    value: (): DrawnBlock[] => {
      const k = scene ? cssWidth / scene.width : 1;
      const r = (n: number) => Math.round(n * 10) / 10;
      return drawn.map((e) => ({ id: e.block.id, revision: e.block.revision, state: e.block.lastStatus, x: r(e.x * k), y: r(e.y * k), w: r(e.block.w * k), h: r(e.block.h * k), opacity: r(e.opacity) }));
    },
  });

  function show(nextSignature: string, build: () => { scene: BlockScene; label: string }): void {
    if (nextSignature === signature) return;
    signature = nextSignature;
    const { scene: next, label } = build();
    if (canvas.getAttribute('aria-label') !== label) canvas.setAttribute('aria-label', label);
    if (host.dataset['blocks'] !== String(next.blocks.length)) host.dataset['blocks'] = String(next.blocks.length);
    const resized = !scene || scene.width !== next.width || scene.height !== next.height;
    scene = next;
    if (resized) {
      canvas.style.aspectRatio = `${next.width} / ${next.height}`;
      container.style.setProperty('--scale', String(cssWidth / next.width));
      // Keep the pixel width the ResizeObserver measured (a rounding flip would rebuild the block pictures);
      // the height follows the new aspect ratio, and the observer corrects it if rounding differs.
      const pixelWidth = canvas.width > 1 ? canvas.width : cssWidth * (devicePixelRatio || 1);
      setPixels(pixelWidth, (pixelWidth * next.height) / next.width);
    }
    const now = performance.now();
    const animate = onScreen && !reducedMotion.matches;
    const seen = new Set<string>();
    drawn = next.blocks.map((block) => {
      seen.add(block.id);
      const old = entries.get(block.id);
      const entry: Entry = old
        ? { ...old, block, motion: moveTo(old.motion, block.x, block.y, now, animate) }
        : { block, motion: appear(block.x, block.y, now, animate), x: block.x, y: block.y, opacity: animate ? 0 : 1 };
      entries.set(block.id, entry);
      return entry;
    });
    for (const id of entries.keys()) if (!seen.has(id)) entries.delete(id);
    if (resized && raf) {
      cancelAnimationFrame(raf);
      raf = 0;
    }
    redraw();
  }

  return { canvas, show };
}
