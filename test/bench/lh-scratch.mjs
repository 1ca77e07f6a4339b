import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
const chrome = await chromeLauncher.launch({ chromePath: '/usr/bin/chromium', chromeFlags: ['--headless=new','--no-sandbox','--disable-gpu'] });
for (const path of (process.env.PAGES ?? '/ecs-fargate/rolling-deployments/').split(',')) {
  const r = await lighthouse(process.env.BASE + path, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
  const a = r.lhr.audits;
  console.log(path, r.lhr.categories.performance.score, 'TBT', a['total-blocking-time'].displayValue, 'LCP', a['largest-contentful-paint'].displayValue, 'FCP', a['first-contentful-paint'].displayValue, 'SI', a['speed-index'].displayValue);
  for (const t of a['long-tasks']?.details?.items ?? []) console.log('  long', Math.round(t.duration), Math.round(t.startTime), t.url?.split('/').pop());
  for (const t of (a['bootup-time']?.details?.items ?? []).slice(0,6)) console.log('  boot', t.url.split('/').pop(), Math.round(t.total), 'script', Math.round(t.scripting), 'parse', Math.round(t.scriptParseCompile));
}
await chrome.kill();
