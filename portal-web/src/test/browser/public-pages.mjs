// Checks public pages in Debian's Chromium: axe-core finds no serious or critical violation in any
// shipped theme, normal and elder mode; no page shows a bare true/false/null or an unresolved {…};
// every theme fits a phone screen; the skip link works by
// keyboard; the elder switch persists.
// Usage: node public-pages.mjs <port> <screenshot-dir>   (exit code 0 = all good)
import { launch, finish, checkPage, submit, eachThemedPage, THEMED_COUNTIES } from './chromium.mjs';
import { mkdirSync } from 'node:fs';

const port = process.argv[2];
const shots = process.argv[3] || 'target/screenshots';
mkdirSync(shots, { recursive: true });

const counties = THEMED_COUNTIES;
const paths = ['/', '/channels/xwdt', '/articles/1', '/disclosure', '/departments', '/sitemap', '/channels/hdjl'];

const browser = await launch();
const problems = [];
let checked = 0;
try {
  await eachThemedPage(browser, port, counties, paths, problems, async (page, { path, county, theme, elder, label }) => {
    // Content people wrote (other tests publish titles such as "{site.siteName}") is shown as written.
    await checkPage(page, label, problems, { authored:
      'a[href^="/articles/"], .article-body, .article h1, .article-meta, .disclosure-meta td, .disclosure-items td, .breadcrumb' });
    checked++;
    const name = `${county}-${theme}${elder ? '-elder' : ''}${path.replace(/\//g, '_') || '_'}.png`;
    await page.screenshot({ path: `${shots}/${name}`, fullPage: path === '/' });
  });

  // Phones: every theme fits a 390 px wide screen without sideways scrolling.
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const small = await phone.newPage();
  for (const [county, theme] of Object.entries(counties)) {
    for (const path of ['/', '/channels/xwdt', '/articles/1', '/channels/hdjl']) {
      await small.goto(`http://${county}.localhost:${port}${path}`, { waitUntil: 'load' });
      const overflow = await small.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      if (overflow > 1) problems.push(`${county}${path} [${theme}] is ${overflow}px wider than a phone screen`);
    }
    await small.goto(`http://${county}.localhost:${port}/`, { waitUntil: 'load' });
    await small.screenshot({ path: `${shots}/phone-${county}-${theme}.png`, fullPage: false });
  }
  await phone.close();

  // Keyboard: the first Tab reaches the skip link, Enter moves focus to the main content.
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`http://jintai.localhost:${port}/`);
  await page.keyboard.press('Tab');
  const first = await page.evaluate(() => document.activeElement.className);
  if (first !== 'skip-link') problems.push(`first Tab focuses "${first}", not the skip link`);
  await page.keyboard.press('Enter');
  const afterSkip = await page.evaluate(() => document.activeElement.id);
  if (afterSkip !== 'main') problems.push(`skip link moves focus to "${afterSkip}", not #main`);

  // The elder switch, by keyboard: on, it stays on in the next page, and off again.
  await page.goto(`http://weibin.localhost:${port}/channels/xwdt`);
  await page.focus('.elder-switch');
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.keyboard.press('Enter')]);
  if (!(await page.evaluate(() => document.body.classList.contains('elder')))) problems.push('elder switch did not turn the mode on');
  if (!page.url().endsWith('/channels/xwdt')) problems.push(`elder switch came back to ${page.url()}`);
  await page.goto(`http://weibin.localhost:${port}/disclosure`);
  if (!(await page.evaluate(() => document.body.classList.contains('elder')))) problems.push('elder mode was lost on the next page');
  const size = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
  if (size < 19) problems.push(`elder mode font size is only ${size}px`);
  await page.screenshot({ path: `${shots}/weibin-elder-disclosure-after-switch.png` });
  await submit(page, '.elder-switch');
  if (await page.evaluate(() => document.body.classList.contains('elder'))) problems.push('elder switch did not turn the mode off');
  await context.close();
} finally {
  await browser.close();
}

console.log(`checked ${checked} pages with axe-core; screenshots in ${shots}`);
finish(problems, 'no serious or critical accessibility violations; keyboard and elder mode work');
