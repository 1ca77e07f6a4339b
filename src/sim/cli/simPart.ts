/**
 * The `sim …` directives and the `sim state` summary: a part the browser loads on first use (src/sim/optional/).
 * The core keeps what it needs without running them (./simBasics.ts).
 */
export { runSimDirective } from './simDirectives.ts';
export { describeState } from '../runtime/describeState.ts';
export { summarizeAutoScaling } from '../autoscaling/summarizeAutoScaling.ts';
