// The city console's 各区县主题 page shows every county's home page live, side by side.
// Usage: node console-themes.mjs <port> <screenshot-dir> <username> <password>
import { launch, finish, signIn } from './chromium.mjs';
import { mkdirSync } from 'node:fs';

const [port, shots, username, password] = process.argv.slice(2);
mkdirSync(shots, { recursive: true });
const problems = [];

const browser = await launch();
try {
  // A screen's height, as the city office sees it: thumbnails load lazily as they are scrolled to, a few at
  // a time. (A window tall enough for all ~50 counties of the test database rendered them all at once, and on
  // 2 cores with a 3-connection test pool they queued past every timeout.)
  const page = await (await browser.newContext({ viewport: { width: 1400, height: 1600 } })).newPage();
  const url = `http://console.localhost:${port}/console/themes`;
  await signIn(page, url, username, password);
  // Counties provisioned by other tests may have hosts that do not resolve here; the local ones must show.
  const local = await page.$$('iframe[data-county][src*=".localhost"]');
  if (local.length < 12) problems.push(`only ${local.length} local county thumbnails`);
  for (const handle of local) {
    const county = await handle.getAttribute('data-county');
    // Thumbnails load lazily, as the city office scrolls: with many counties the last ones are far below.
    await handle.scrollIntoViewIfNeeded();
    const frame = await handle.contentFrame();
    const title = frame ? await frame.waitForSelector('.site-title', { timeout: 15000 })
      .then(e => e.textContent()).catch(() => null) : null;
    if (!title || !title.trim()) problems.push(`the thumbnail of ${county} shows no county home page (framing refused?)`);
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${shots}/console-themes.png` });
  console.log(`${local.length} county home pages shown live`);
} catch (e) {
  problems.push(`failed: ${e.stack || e}`);
} finally {
  await browser.close();
}
finish(problems, 'the console shows every county home page side by side');
