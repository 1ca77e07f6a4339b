// @ts-check
/**
 * Vite plugin: Monaco's ESM files `import './x.css'`. Astro's build adds CSS reachable through a component
 * <script>'s *dynamic* imports to the <head> of EVERY page, so without this plugin ~175 KB of Monaco CSS would
 * load on pages that have no editor. It turns those imports into JS that injects a <style> when the Monaco
 * chunk itself loads (stack recipe §2, gotcha 3).
 *
 * Add to astro.config.mjs:
 *   import { monacoCssAsJs } from './src/ui/editor/monacoCssAsJs.mjs';
 *   vite: { plugins: [monacoCssAsJs()] },
 *
 * @returns {import('vite').Plugin}
 */
export function monacoCssAsJs() {
  const PREFIX = '\0monaco-css:';
  return {
    name: 'monaco-css-as-js',
    enforce: 'pre',
    async resolveId(source, importer, opts) {
      if (!importer || !source.endsWith('.css') || !importer.includes('/monaco-editor/')) return null;
      const r = await this.resolve(source, importer, { ...opts, skipSelf: true });
      // The id must NOT end in .css, or Vite/Astro still treat it as CSS.
      return r ? PREFIX + r.id + '.js' : null;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const file = id.slice(PREFIX.length, -'.js'.length);
      return `import css from ${JSON.stringify(file + '?inline')};
const s = document.createElement('style'); s.dataset.monaco = ''; s.textContent = css; document.head.appendChild(s);`;
    },
  };
}
