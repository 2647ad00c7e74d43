// The city console's 各区县主题 page shows every county's home page live, side by side.
// Usage: node console-themes.mjs <port> <screenshot-dir> <username> <password>
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';

const [port, shots, username, password] = process.argv.slice(2);
mkdirSync(shots, { recursive: true });
const problems = [];

const browser = await chromium.launch({
  executablePath: process.env.PORTAL_TEST_CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  // Tall enough that no thumbnail waits for scrolling (they load lazily).
  const page = await (await browser.newContext({ viewport: { width: 1400, height: 8000 } })).newPage();
  const url = `http://console.localhost:${port}/console/themes`;
  await page.goto(url, { waitUntil: 'load' });
  await page.fill('#username', username);
  await page.fill('#password', password);
  await Promise.all([page.waitForURL(url, { waitUntil: 'load' }), page.click('#kc-login')]);
  await page.waitForLoadState('networkidle');

  const cards = await page.$$eval('iframe[data-county]', frames => frames.map(f => f.dataset.county));
  if (cards.length < 12) problems.push(`only ${cards.length} county thumbnails`);
  for (const handle of await page.$$('iframe[data-county]')) {
    const county = await handle.getAttribute('data-county');
    const frame = await handle.contentFrame();
    const title = frame ? await frame.$eval('.site-title', e => e.textContent.trim()).catch(() => null) : null;
    if (!title) problems.push(`the thumbnail of ${county} shows no county home page (framing refused?)`);
  }
  await page.setViewportSize({ width: 1400, height: 1600 });
  await page.screenshot({ path: `${shots}/console-themes.png` });
  console.log(`${cards.length} county home pages shown live`);
} catch (e) {
  problems.push(`failed: ${e.stack || e}`);
} finally {
  await browser.close();
}
if (problems.length) {
  console.log(problems.join('\n'));
  process.exit(1);
}
console.log('the console shows every county home page side by side');
