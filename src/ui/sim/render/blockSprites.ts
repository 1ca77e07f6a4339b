/**
 * Pre-drawn block pictures: a block's rounded box, state fill, pattern and (dashed) edge depend only on its state
 * and size, so each combination is drawn once into a small offscreen canvas at the view's pixel density and then
 * copied with one drawImage per block. That keeps 400 blocks at well under a millisecond of drawing per frame,
 * with the pattern starting at each block's corner as the SVG patterns did.
 */
import type { StateStyle } from '../layout/taskStyle.ts';
import type { BlockTheme } from './blockTheme.ts';

/** Room around a block for the half of its edge that lies outside it (layout units). */
export const SPRITE_PAD = 1;

/** Dashed edges for the states in flux (starting, activating) and for stopped tasks, as the SVG blocks had. */
export function edgeDash(style: StateStyle): number[] {
  if (style.pattern === 'dots' || style.pattern === 'stripes') return [4, 2];
  if (style.pattern === 'hollow') return [2, 2];
  return [];
}

/** The picture of a `w` × `h` block in `style` with corner `radius`, at `density` device pixels per layout unit. */
export type SpriteCache = (style: StateStyle, w: number, h: number, radius: number) => CanvasImageSource;

/** A cache of block pictures for one theme and density (make a new one when either changes). */
export function spriteCache(theme: BlockTheme, density: number): SpriteCache {
  const sprites = new Map<string, CanvasImageSource>();
  return (style, w, h, radius) => {
    const key = `${style.className}|${style.pattern}|${w}|${h}|${radius}`;
    let sprite = sprites.get(key);
    if (sprite) return sprite;
    const width = Math.ceil((w + 2 * SPRITE_PAD) * density) + 1;
    const height = Math.ceil((h + 2 * SPRITE_PAD) * density) + 1;
    // An OffscreenCanvas turned into an ImageBitmap: drawing a <canvas> into another snapshots it on every call.
    const offscreen = typeof OffscreenCanvas === 'function' ? new OffscreenCanvas(width, height) : undefined;
    const canvas = offscreen ?? Object.assign(document.createElement('canvas'), { width, height });
    const ctx = canvas.getContext('2d') as CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null;
    if (ctx) {
      ctx.setTransform(density, 0, 0, density, SPRITE_PAD * density, SPRITE_PAD * density);
      ctx.beginPath();
      ctx.roundRect(0, 0, w, h, radius);
      ctx.fillStyle = theme.fill(style);
      ctx.fill();
      const pattern = theme.pattern(style, ctx);
      if (pattern) {
        ctx.fillStyle = pattern;
        ctx.fill();
      }
      ctx.setLineDash(edgeDash(style));
      ctx.lineWidth = 1.5;
      ctx.strokeStyle = theme.edge;
      ctx.stroke();
    }
    sprite = offscreen ? offscreen.transferToImageBitmap() : (canvas as HTMLCanvasElement);
    sprites.set(key, sprite);
    return sprite;
  };
}
