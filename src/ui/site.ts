/**
 * The one shared browser script of the site. Budgets (test/e2e/budget.spec.ts): a page without widgets loads at
 * most 3.3 KB gzip of JS, a page with an editor at most 4 KB before the editor is activated, so features that
 * few pages or few visits need (search results, progress export/import, challenges) load on first use.
 * Each feature is its own module.
 */
import { initTheme } from './theme.ts';
import { initProgress } from './progress-ui.ts';
import { initSearch } from './search.ts';
import { initCopyButtons } from './copy-code.ts';
import { initExplainIt } from './explain-it.ts';

initTheme();
initProgress();
initSearch();
initCopyButtons();
initExplainIt();
document.documentElement.dataset['ready'] = 'true';
