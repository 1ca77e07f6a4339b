import { chromium } from '@playwright/test';
import { gzipSync } from 'node:zlib';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 600 } });
const files = new Map();
page.on('response', async (r) => { if (r.request().resourceType() !== 'script') return; try { const b = await r.body(); files.set(r.url().split('/').pop(), gzipSync(b,{level:9}).length); } catch {} });
await page.goto(process.env.URL);
await page.waitForLoadState('networkidle');
for (const tag of ['ecs-terminal','ecs-time-controls', 'ecs-cluster-view', 'ecs-rolling-view', 'ecs-autoscaling-view', 'ecs-fault-panel', 'ecs-lifecycle-view']) {
  if (await page.locator(tag).count() === 0) continue;
  await page.locator(tag).first().scrollIntoViewIfNeeded();
  await page.locator(`${tag}[data-ready="true"]`).first().waitFor({ timeout: 30_000 });
}
await page.waitForLoadState('networkidle');
const sum = () => [...files.values()].reduce((a,b)=>a+b,0);
console.log('after start', sum());
const input = page.getByRole('textbox', { name: 'Command' });
for (const line of ['aws ecs create-cluster --cluster-name production', 'aws ecs list-clusters --output table', 'aws ecs list-clusters --query clusterArns[0]']) { await input.fill(line); await input.press('Enter'); }
await page.waitForTimeout(1500);
console.log('after commands', sum());
for (const [k,v] of [...files].sort((a,b)=>b[1]-a[1])) console.log(String(v).padStart(7), k);
await browser.close();
