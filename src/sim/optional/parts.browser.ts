/**
 * The optional parts (see ./registry.ts) for the browser: each is its own chunk, loaded with `import()` the
 * first time it is needed. Swapped in for ./parts.ts by src/build/browserVariants.mjs.
 */
import { lazyRegistry, type OptionalRegistry } from './registry.ts';

export const optional: OptionalRegistry = lazyRegistry({
  query: () => import('../cli/query.ts'),
  formatters: () => import('../cli/formatters.ts'),
  help: () => import('../cli/help.ts'),
  waiters: () => import('../cli/waiters.ts'),
  autoscaling: () => import('../autoscaling/engine.ts'),
  sim: () => import('../cli/simPart.ts'),
  exec: () => import('../runtime/execShell.ts'),
});
