// @ts-check
/**
 * Vite plugins that shrink what lazy `import()`s cost the scripts a page loads up front. Budgets (enforced by
 * test/e2e/budget.spec.ts): a page without widgets ≤ 3.3 KB gzip of JS, a page with an editor ≤ 4 KB before
 * the editor is activated. Vite wraps every `import()` in page scripts in a preload helper (a separate ~880 B
 * gzip chunk: modulepreload feature detection, CSP nonces, `vite:preloadError`) plus a list of the chunk's
 * imports; for a 600-byte bootstrap that is more than the bootstrap itself.
 *
 * 1. Every page script: Vite's helper becomes ~180 B that still preloads an async chunk's imports in parallel
 *    (modulepreload) and waits for its CSS.
 * 2. The scripts named in `direct` (the shared site script and the editor's bootstrap) get no helper at all:
 *    their lazy chunks import no CSS (checked here: otherwise nothing changes), and the editor chunk's own
 *    imports are fetched when it loads, which happens on the learner's first sign of intent
 *    (src/ui/editor/element.ts), well before the click lands.
 *
 * Add to astro.config.mjs:
 *   import { smallPreloadHelper } from './src/build/smallPreloadHelper.mjs';
 *   vite: { plugins: [smallPreloadHelper(), ...] },
 *
 * @param {{ direct?: RegExp }} [options] which entry scripts import their lazy chunks directly
 * @returns {import('vite').Plugin[]}
 */
export function smallPreloadHelper({ direct = /^_astro\/(Base|TaskDefinitionEditor)\.astro_astro_type_script/ } = {}) {
  const ID = '\0vite/preload-helper.js';
  let base = '/';
  /** @type {import('vite').Plugin} */
  const helper = {
    name: 'small-preload-helper',
    enforce: 'pre',
    apply: 'build',
    config: () => ({
      build: { modulePreload: { resolveDependencies: (_file, deps, { hostId }) => (direct.test(hostId) ? [] : deps) } },
    }),
    configResolved(config) {
      base = config.base;
    },
    resolveId: (id) => (id === ID ? ID : null),
    load(id) {
      if (id !== ID) return null;
      // deps are paths from the base, e.g. "_astro/views.X.js"; each is requested once per page.
      return `const seen = {};
export const __vitePreload = (load, deps) =>
  Promise.all(
    (deps || []).map((dep) =>
      (seen[dep] ||= new Promise((done) => {
        const link = document.createElement('link');
        link.rel = dep.endsWith('.css') ? 'stylesheet' : 'modulepreload';
        link.href = ${JSON.stringify(base)} + dep;
        link.onload = link.onerror = done;
        document.head.append(link);
      })),
    ),
  ).then(load);`;
    },
  };
  /** @type {import('vite').Plugin} */
  const unwrap = {
    name: 'small-preload-helper:direct',
    enforce: 'post',
    apply: 'build',
    generateBundle(_options, bundle) {
      /** @param {string} file @param {Set<string>} seen @returns {boolean} */
      const importsCss = (file, seen = new Set()) => {
        const c = bundle[file];
        if (!c || c.type !== 'chunk' || seen.has(file)) return false;
        seen.add(file);
        return (c.viteMetadata?.importedCss.size ?? 0) > 0 || c.imports.some((f) => importsCss(f, seen));
      };
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !direct.test(chunk.fileName) || chunk.dynamicImports.some((f) => importsCss(f))) continue;
        // The minified import of the helper, e.g. import{t as e}from"./preload-helper.X.js";  → a local pass-through.
        chunk.code = chunk.code.replace(/import\s*\{\s*\w+\s+as\s+([\w$]+)\s*\}\s*from\s*["']\.\/preload-helper\.[\w-]+\.js["'];?/, 'const $1=f=>f();');
        // The file name keeps the hash of the code before this rewrite, which still changes whenever its input does.
        chunk.imports = chunk.imports.filter((f) => !f.includes('preload-helper'));
      }
    },
  };
  return [helper, unwrap];
}
