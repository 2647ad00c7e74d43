// Site search in real Chromium. A citizen, by keyboard only, types a word into the masthead box of the
// home page, gets the results, narrows them to articles, and goes city-wide (results of two counties,
// labelled). The city office searches every county in the console and opens the search statistics.
// axe-core on the search pages in three themes, normal and elder mode, with no template leftovers.
// Usage: node site-search.mjs <port> <screenshot-dir> <word> <username> <password>   (exit code 0 = all good)
import { launch, finish, checkPage, signIn, eachThemedPage, THEMED_COUNTIES } from './chromium.mjs';
import { mkdirSync } from 'node:fs';

const [port, shots, word, username, password] = process.argv.slice(2);
mkdirSync(shots, { recursive: true });
const problems = [];
const browser = await launch();

const check = (page, label) => checkPage(page, label, problems);

try {
  // The citizen, keyboard only: Tab to the masthead search box, type, Enter.
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`http://weibin.localhost:${port}/`, { waitUntil: 'load' });
  let reached = false;
  for (let i = 0; i < 40 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(() => document.activeElement && document.activeElement.id === 'site-search-q');
  }
  if (!reached) problems.push('Tab never reaches the masthead search box');
  const label = await page.evaluate(() => {
    const input = document.getElementById('site-search-q');
    return input && input.labels && input.labels.length ? input.labels[0].textContent : '';
  });
  if (label !== '搜索本站信息') problems.push(`the search box is labelled "${label}"`);
  await page.keyboard.type(word);
  await page.screenshot({ path: `${shots}/search-masthead-typed.png` });
  await Promise.all([page.waitForURL('**/search?q=*'), page.keyboard.press('Enter')]);
  const hits = await page.locator('.search-hits li').count();
  if (hits < 1) problems.push(`typing "${word}" found ${hits} results`);
  const marked = await page.locator('.search-hits mark').count();
  if (marked < 1) problems.push('the results show no highlighted words');
  const weibinText = await page.locator('.search-hits').innerText();
  if (weibinText.includes('太白县')) problems.push('the county search shows another county\'s result');
  await page.screenshot({ path: `${shots}/search-results.png`, fullPage: true });
  await check(page, 'search results');

  // Narrow to articles, by keyboard: focus the facet and press Enter.
  await page.locator('.search-facets a', { hasText: '文章' }).focus();
  await Promise.all([page.waitForURL('**type=article*'), page.keyboard.press('Enter')]);
  const current = await page.locator('.search-facets a[aria-current="true"]').first().innerText();
  if (current !== '文章') problems.push(`after choosing 文章 the chosen type is "${current}"`);

  // City-wide.
  await Promise.all([page.waitForURL('**scope=city*'), page.locator('#search-city-link').click()]);
  const counties = await page.locator('.hit-county').allInnerTexts();
  if (!counties.some(c => c.includes('渭滨')) || !counties.some(c => c.includes('太白'))) {
    problems.push(`the city search labels its results ${counties.join('、')}`);
  }
  const taibaiLink = await page.locator('.search-hits li', { hasText: '太白' }).first().locator('.hit-title a').getAttribute('href');
  if (!taibaiLink || !taibaiLink.includes('taibai')) problems.push(`太白县's result links to ${taibaiLink}`);
  await page.screenshot({ path: `${shots}/search-city.png`, fullPage: true });
  await check(page, 'city search');

  // Nothing found: the tips.
  await page.goto(`http://weibin.localhost:${port}/search?q=${encodeURIComponent('鼋鼍没有这样的内容')}`, { waitUntil: 'load' });
  if (!(await page.locator('.search-none').innerText()).includes('没有找到')) problems.push('no-result page lacks its message');
  await page.screenshot({ path: `${shots}/search-none.png`, fullPage: true });
  await check(page, 'no results');
  await context.close();

  // The search pages in each shipped theme, normal and elder mode.
  const paths = ['/', `/search?q=${encodeURIComponent(word)}`, '/search', `/search?scope=city&q=${encodeURIComponent(word)}`];
  await eachThemedPage(browser, port, THEMED_COUNTIES, paths, problems, async (p, { url, path, county, theme, elder, label }) => {
    if (await p.locator('header form.site-search input[name=q]').count() !== 1) problems.push(`${url} has no masthead search box`);
    await check(p, label);
    const name = `search-${county}-${theme}${elder ? '-elder' : ''}${path.replace(/[/?=&%]/g, '_').slice(0, 40)}.png`;
    await p.screenshot({ path: `${shots}/${name}`, fullPage: path !== '/' });
  });

  // A phone: the masthead box and the results fit.
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const small = await phone.newPage();
  for (const path of ['/', `/search?q=${encodeURIComponent(word)}`]) {
    await small.goto(`http://weibin.localhost:${port}${path}`, { waitUntil: 'load' });
    const overflow = await small.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    if (overflow > 1) problems.push(`${path} is ${overflow}px wider than a phone screen`);
  }
  await small.screenshot({ path: `${shots}/search-phone.png`, fullPage: true });
  await phone.close();

  // The city office: 全市搜索 and 搜索统计 in the console.
  const office = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  const consoleUrl = `http://console.localhost:${port}/console/search`;
  await signIn(office, consoleUrl, username, password);
  await office.fill('#q', word);
  await Promise.all([office.waitForURL('**/console/search?*'), office.getByRole('button', { name: '搜索' }).click()]);
  const rows = await office.locator('.search-results tbody tr').allInnerTexts();
  if (!rows.some(r => r.includes('渭滨')) || !rows.some(r => r.includes('太白'))) problems.push(`console search rows: ${rows.join(' / ')}`);
  await office.screenshot({ path: `${shots}/search-console.png`, fullPage: true });
  await check(office, 'console search');
  await office.goto(`http://console.localhost:${port}/console/search/stats`, { waitUntil: 'load' });
  if (!(await office.locator('h1').innerText()).includes('搜索统计')) problems.push('console stats page has no heading');
  await office.screenshot({ path: `${shots}/search-console-stats.png`, fullPage: true });
  await check(office, 'console search stats');
} finally {
  await browser.close();
}

finish(problems, 'the citizen searched from the masthead by keyboard, filtered and went city-wide; the console searched every county; no serious or critical accessibility violations');
