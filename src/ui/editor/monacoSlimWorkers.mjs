// @ts-check
/**
 * Vite plugin: Monaco 0.57's `internal/common/workers.js` (imported by the JSON language's worker manager, so by
 * its lazily loaded jsonMode chunk) starts with 73 side-effect imports: every editor contribution of the full
 * build (inline completions, rename, sticky scroll, code lens, quick access, GPU actions…). Through it the
 * "slim" entry ends up loading the whole editor anyway, ~170 KB gzip more on activation. This plugin drops those
 * imports; src/ui/editor/loadMonaco.ts imports the contributions the task-definition editor does use.
 *
 * Add to astro.config.mjs:
 *   import { monacoSlimWorkers } from './src/ui/editor/monacoSlimWorkers.mjs';
 *   vite: { plugins: [monacoSlimWorkers(), ...] },
 *
 * @returns {import('vite').Plugin}
 */
export function monacoSlimWorkers() {
  return {
    name: 'monaco-slim-workers',
    enforce: 'pre',
    transform(code, id) {
      if (!id.replace(/\\/g, '/').endsWith('/monaco-editor/esm/vs/internal/common/workers.js')) return null;
      const slim = code.replace(/^import '[^']+';\n/gm, '');
      // Only the side-effect imports go; fail the build if Monaco changed the file so that nothing matched.
      if (slim === code) this.error('monaco-slim-workers: no side-effect imports found in workers.js; check the Monaco version.');
      return { code: slim, map: null };
    },
  };
}
