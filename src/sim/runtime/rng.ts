/**
 * Seeded pseudo-random numbers (mulberry32). The generator's whole state is one uint32 kept inside the
 * simulation state, so a snapshot captures it and a restored simulation draws the same numbers.
 */

/** Anything that carries the generator state. */
export interface RngHolder {
  rng: number;
}

/** Turns any string or number into a 32-bit seed (FNV-1a over the string form). */
export function seedFrom(seed: string | number): number {
  const text = String(seed);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** Next 32-bit unsigned integer; advances the holder's state. */
export function nextUint32(holder: RngHolder): number {
  holder.rng = (holder.rng + 0x6d2b79f5) >>> 0;
  let t = holder.rng;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return (t ^ (t >>> 14)) >>> 0;
}

/** Uniform float in [0, 1). */
export function nextFloat(holder: RngHolder): number {
  return nextUint32(holder) / 4294967296;
}

/** Uniform integer in [min, max] (inclusive). */
export function intBetween(holder: RngHolder, min: number, max: number): number {
  return min + Math.floor(nextFloat(holder) * (max - min + 1));
}

/** `length` lowercase hex characters. */
export function hex(holder: RngHolder, length: number): string {
  let out = '';
  while (out.length < length) out += nextUint32(holder).toString(16).padStart(8, '0');
  return out.slice(0, length);
}

/** `length` decimal digits (the first one non-zero). */
export function digits(holder: RngHolder, length: number): string {
  let out = String(intBetween(holder, 1, 9));
  while (out.length < length) out += String(intBetween(holder, 0, 9));
  return out;
}

/** An RFC 4122 version-4 UUID built from the seeded generator. */
export function uuid(holder: RngHolder): string {
  const h = hex(holder, 32);
  const variant = ((parseInt(h[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** A 32-hex ECS task id. */
export function taskId(holder: RngHolder): string {
  return hex(holder, 32);
}

/** An ECS deployment id: `ecs-svc/` followed by 19 digits. */
export function deploymentId(holder: RngHolder): string {
  return `ecs-svc/${digits(holder, 19)}`;
}
