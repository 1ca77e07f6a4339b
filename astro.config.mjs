// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { codeFrame } from './src/lib/code-frame.ts';
import { CODE_THEMES } from './src/lib/code-themes.ts';
import { monacoCssAsJs } from './src/ui/editor/monacoCssAsJs.mjs';
import { smallPreloadHelper } from './src/build/smallPreloadHelper.mjs';
import { browserVariants } from './src/build/browserVariants.mjs';
import { monacoSlimWorkers } from './src/ui/editor/monacoSlimWorkers.mjs';

// Course site configuration. Content lives in content/ (see src/content.config.ts); pages in src/pages.
export default defineConfig({
  site: 'https://ecs-course.example.org',
  trailingSlash: 'always',
  integrations: [mdx()],
  // Not 4321: other Astro servers on this machine may hold it (stack recipe, gotcha 7).
  server: { host: '127.0.0.1', port: 4390 },
  devToolbar: { enabled: false },
  build: {
    // Keep the one small shared stylesheet external (cached across pages) rather than inlined per page.
    inlineStylesheets: 'never',
  },
  // Monaco's ESM files import CSS; without monacoCssAsJs Astro would put that CSS on every page (stack recipe,
  // gotcha 3). monacoSlimWorkers keeps Monaco's JSON mode from pulling in the whole editor; smallPreloadHelper
  // keeps lazy imports cheap for the scripts every page loads (page budgets in test/e2e/budget.spec.ts).
  // browserVariants: the simulator's optional CLI parts (--query, table/text/yaml output, help, waiters) load on
  // first use in the browser, not with the simulator (src/sim/optional/registry.ts).
  vite: { plugins: [browserVariants(['src/sim/optional/parts.ts']), smallPreloadHelper(), monacoSlimWorkers(), monacoCssAsJs()] },
  markdown: {
    shikiConfig: {
      // Both themes are emitted as CSS variables; src/styles/global.css picks one from data-theme.
      // Shared with <Code> users; github-dark-default because github-dark fails AA contrast.
      themes: { ...CODE_THEMES },
      wrap: false,
      transformers: [codeFrame()],
    },
  },
});
