import { chromium } from 'playwright-core';
const [url, out, width = '1280', scheme = 'light', tag = 'jrmc-letter-history', waitText = ''] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: Number(width), height: 1000 }, colorScheme: scheme });
const errors = [];
page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
page.on('pageerror', (e) => errors.push(String(e)));
await page.goto(url, { waitUntil: 'networkidle' });
await page.waitForTimeout(2000);
const el = page.locator(tag).first();
if (waitText) {
  await el.locator('input[type=search], input[name=q], #filter-q').first().fill(waitText).catch(() => {});
  await page.waitForTimeout(1500);
}
await el.screenshot({ path: out });
console.log('errors:', errors.length, errors.slice(0, 3).join(' | '));
await browser.close();
