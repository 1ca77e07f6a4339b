/**
 * The one shared browser script of the site (budget: 4 KB gzip for everything on a lesson page
 * without widgets, enforced by test/e2e/budget.spec.ts). Each feature is its own module.
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
