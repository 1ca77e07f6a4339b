/**
 * Which block is under the pointer on a canvas view. The canvas is drawn in layout units scaled to the width it
 * is given (like an SVG viewBox), so a pointer position is first turned back into layout units.
 */

/** A rectangle in layout units. */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A point in layout units for a pointer at (`clientX`, `clientY`) over a canvas at `rect`, showing a layout `layoutWidth` wide. */
export function toLayoutPoint(clientX: number, clientY: number, rect: { left: number; top: number; width: number }, layoutWidth: number): { x: number; y: number } {
  const scale = rect.width > 0 ? layoutWidth / rect.width : 1;
  return { x: (clientX - rect.left) * scale, y: (clientY - rect.top) * scale };
}

/** The block drawn at (x, y), or undefined; later blocks are drawn over earlier ones, so the last hit wins. */
export function blockAt<B extends Box>(blocks: readonly B[], x: number, y: number): B | undefined {
  for (let i = blocks.length - 1; i >= 0; i--) {
    const b = blocks[i]!;
    if (x >= b.x && x <= b.x + b.w && y >= b.y && y <= b.y + b.h) return b;
  }
  return undefined;
}
