// @ts-check
/**
 * A Vite plugin: in the browser build (and the dev server's client), an import of one of the listed modules
 * resolves to its `.browser.ts` sibling, which has the same exports. Node (the tools, Vitest, SSR) keeps the
 * module itself. The simulator core uses it for parts it loads on first use in the browser but imports up
 * front in Node, where its API stays synchronous (src/sim/optional/parts.ts).
 *
 * Add to astro.config.mjs:
 *   vite: { plugins: [browserVariants(['src/sim/optional/parts.ts']), ...] },
 *
 * @param {string[]} modules paths from the project root, e.g. 'src/sim/optional/parts.ts'
 * @returns {import('vite').Plugin}
 */
export function browserVariants(modules) {
  const names = new Set(modules.map((m) => m.split('/').pop()));
  /** @type {Set<string>} */
  let ids = new Set();
  return {
    name: 'ecs-course:browser-variants',
    enforce: 'pre',
    configResolved(config) {
      ids = new Set(modules.map((m) => `${config.root.replace(/\/$/, '')}/${m}`));
    },
    async resolveId(source, importer, options) {
      const client = this.environment ? this.environment.config.consumer === 'client' : !options?.ssr;
      if (!client || !importer || !names.has(source.split('/').pop() ?? '')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved || !ids.has(resolved.id)) return null;
      return { ...resolved, id: resolved.id.replace(/\.ts$/, '.browser.ts') };
    },
  };
}
