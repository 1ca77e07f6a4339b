/**
 * A linear scale with the three things the charts use from d3-scale's scaleLinear: mapping, `nice()` and
 * `ticks()`. d3-scale's version interpolates any value (colours, strings, dates), which pulled d3-interpolate,
 * d3-color, d3-format and d3-time into the views' download for plain numbers; d3-array's tick helpers are enough.
 * Results match d3-scale (test/unit/views/linearScale.test.ts).
 */
import { tickIncrement, ticks } from 'd3-array';

/** A number → number scale; call it to map a value. */
export interface LinearScale {
  (value: number): number;
  domain(): [number, number];
  /** Extends the domain to round numbers, like d3-scale's `nice(count)`. */
  nice(count?: number): LinearScale;
  /** About `count` round values inside the domain. */
  ticks(count?: number): number[];
}

/** A scale from `domain` to `range`. */
export function linearScale(domain: readonly [number, number], range: readonly [number, number]): LinearScale {
  let [d0, d1] = domain;
  const [r0, r1] = range;
  const scale = ((v: number) => (d1 === d0 ? (r0 + r1) / 2 : r0 + ((v - d0) / (d1 - d0)) * (r1 - r0))) as LinearScale;
  scale.domain = () => [d0, d1];
  scale.ticks = (count = 10) => ticks(d0, d1, count);
  scale.nice = (count = 10) => {
    // d3-scale's linearish nice(): widen to multiples of the tick step until the step stops changing.
    let start = Math.min(d0, d1);
    let stop = Math.max(d0, d1);
    let prestep: number | undefined;
    for (let i = 0; i < 10; i++) {
      const step = tickIncrement(start, stop, count);
      if (step === prestep) break;
      if (step > 0) {
        start = Math.floor(start / step) * step;
        stop = Math.ceil(stop / step) * step;
      } else if (step < 0) {
        start = Math.ceil(start * step) / step;
        stop = Math.floor(stop * step) / step;
      } else break;
      prestep = step;
    }
    if (d0 <= d1) [d0, d1] = [start, stop];
    else [d0, d1] = [stop, start];
    return scale;
  };
  return scale;
}
