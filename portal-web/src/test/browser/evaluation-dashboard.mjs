// 绩效评估 in a real browser: the city administrator opens the console dashboard (counties ranked,
// charts drawn by ECharts under the pages' own CSP), drills into a county's departments; the
// county's webmaster opens the back-office dashboard. Every chart has its table alternative (the
// chart hidden from assistive technology, the table with the same labels), axe-core finds no
// serious or critical problem, no template leftovers. Screenshots: evaluation-*.png.
// Usage: node evaluation-dashboard.mjs <port> <screenshot-dir> <city user> <webmaster> <password> <county> <from> <to>
import { launch, finish, checkPage, signedIn } from './chromium.mjs';
import { mkdirSync } from 'node:fs';

const [port, shots, cityUser, webmaster, password, county, from, to] = process.argv.slice(2);
mkdirSync(shots, { recursive: true });
const problems = [];
const expect = (ok, message) => { if (!ok) problems.push(message); };

const check = (page, name) => checkPage(page, name, problems);

/** Each chart drawn (a canvas inside), hidden from screen readers, and followed by its table with the same labels. */
async function charts(page, name, minimum) {
  const found = await page.evaluate(() => [...document.querySelectorAll('.evaluation-chart')].map(el => {
    const section = el.closest('section');
    const table = section && section.querySelector('table');
    const data = JSON.parse(el.getAttribute('data-chart'));
    const rowHeads = table ? [...table.querySelectorAll('tbody th[scope=row]')].map(th => th.textContent.trim()) : [];
    return {
      id: el.id,
      canvas: !!el.querySelector('canvas'),
      height: el.getBoundingClientRect().height,
      hidden: el.getAttribute('aria-hidden') === 'true',
      caption: table && table.caption ? table.caption.textContent.trim() : '',
      missing: data.labels.filter(l => !rowHeads.includes(l)),
    };
  }));
  expect(found.length >= minimum, `${name}: ${found.length} charts, expected at least ${minimum}`);
  for (const c of found) {
    expect(c.canvas && c.height > 100, `${name}: chart ${c.id} was not drawn`);
    expect(c.hidden, `${name}: chart ${c.id} is not hidden from assistive technology`);
    expect(c.caption.length > 0, `${name}: chart ${c.id} has no captioned table after it`);
    expect(c.missing.length === 0, `${name}: chart ${c.id} labels missing from its table: ${c.missing.join(', ')}`);
  }
  return found.length;
}

const browser = await launch();
try {
  const period = `from=${from}&to=${to}`;
  const consoleUrl = `http://console.localhost:${port}/console/evaluation?${period}`;
  const city = await signedIn(browser, consoleUrl, cityUser, password, problems, { locale: 'zh-CN' });
  await city.waitForSelector('#chart-ranking canvas', { timeout: 15000 });
  const formula = await city.textContent('#formula');
  expect(formula.includes('得分 = 100 × Σ(权重ᵢ × 指标ᵢ ÷ 最大值ᵢ) ÷ Σ权重ᵢ'), 'the console shows no formula beside the ranking');
  const ranking = await city.$$eval('#table-ranking tbody tr', rows => rows.map(r => [...r.cells].map(c => c.textContent.trim()).join(' ')));
  expect(ranking.length >= 2 && ranking[0].includes('评估乙县') && ranking[0].includes('72.67'),
    `the ranking table does not start with 评估乙县 at 72.67: ${ranking.slice(0, 2).join(' / ')}`);
  const n = await charts(city, 'console', 5);
  await check(city, 'console dashboard');
  await city.screenshot({ path: `${shots}/evaluation-console.png`, fullPage: false });
  await city.screenshot({ path: `${shots}/evaluation-console-full.png`, fullPage: true });
  await city.locator('#section-ranking').screenshot({ path: `${shots}/evaluation-console-ranking.png` });
  await city.locator('#section-articles').screenshot({ path: `${shots}/evaluation-console-articles.png` });
  console.log(`console: ${n} charts, ${ranking.length} counties ranked`);

  // Drill into the county's departments.
  await Promise.all([city.waitForURL(/\/console\/evaluation\/evala/, { waitUntil: 'load' }),
    city.click(`#table-ranking a[href^="/console/evaluation/${county}"]`)]);
  await city.waitForSelector('#chart-ranking canvas', { timeout: 15000 });
  const heading = await city.textContent('h1');
  expect(heading.includes('各部门绩效评估'), `the drill-down page is headed ${heading}`);
  await charts(city, 'console county', 5);
  await check(city, 'console county dashboard');
  await city.screenshot({ path: `${shots}/evaluation-console-county.png`, fullPage: true });
  await city.locator('#section-ranking').screenshot({ path: `${shots}/evaluation-console-county-ranking.png` });

  // The county's back office.
  const officeUrl = `http://${county}.localhost:${port}/admin/evaluation?${period}`;
  const office = await signedIn(browser, officeUrl, webmaster, password, problems, { locale: 'zh-CN' });
  await office.waitForSelector('#chart-articles canvas', { timeout: 15000 });
  const articles = await office.$$eval('#table-articles tbody tr', rows => rows.map(r => [...r.cells].map(c => c.textContent.trim()).join(' ')));
  expect(articles.some(r => r.startsWith('评估甲县人民政府办公室') && r.includes('66.7%')),
    `the back-office articles table lacks 政府办's line: ${articles.slice(0, 3).join(' / ')}`);
  expect(articles.some(r => r.startsWith('合计 4 2 2 50.0%')), `the back-office articles table lacks the total: ${articles.join(' / ')}`);
  await charts(office, 'back office', 5);
  await check(office, 'back-office dashboard');
  await office.screenshot({ path: `${shots}/evaluation-back-office.png`, fullPage: false });
  await office.screenshot({ path: `${shots}/evaluation-back-office-full.png`, fullPage: true });
  await office.locator('#section-messages').screenshot({ path: `${shots}/evaluation-back-office-messages.png` });
  await office.locator('#section-channels').screenshot({ path: `${shots}/evaluation-back-office-channels.png` });
  await office.locator('#section-most-read').screenshot({ path: `${shots}/evaluation-back-office-most-read.png` });

  // Without script the tables carry everything on their own.
  const noScript = await (await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1366, height: 900 } })).newPage();
  await noScript.context().addCookies(await office.context().cookies());
  await noScript.goto(officeUrl, { waitUntil: 'load' });
  const tables = await noScript.$$eval('table.data-table', t => t.length);
  expect(tables >= 5, `without script the back office shows ${tables} tables`);
} catch (e) {
  problems.push(`failed: ${e.stack || e}`);
} finally {
  await browser.close();
}
finish(problems, 'the evaluation dashboards show charts with their tables');
