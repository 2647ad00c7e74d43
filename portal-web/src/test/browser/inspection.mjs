// 网站自查 in real Chromium: the county webmaster sees the single-veto risk in red on the back-office
// home, opens 网站自查, starts a run on demand (in the background) and sees it done, reads the history; the city office sees the county's red
// count on the console home, the all-county summary and the county's page. axe-core on each page, and
// no page may show template leftovers (null, false, {…}).
// Usage: node inspection.mjs <port> <screenshot-dir> <county> <username> <password>   (exit code 0 = all good)
import { launch, finish, checkPage, signIn } from './chromium.mjs';
import { mkdirSync } from 'node:fs';

const [port, shots, county, username, password] = process.argv.slice(2);
mkdirSync(shots, { recursive: true });
const problems = [];
const browser = await launch();

const check = (page, label) => checkPage(page, label, problems);

async function redText(page, selector, label) {
  const colour = await page.locator(selector).first().evaluate(e => getComputedStyle(e).backgroundColor);
  if (colour !== 'rgb(164, 22, 26)') problems.push(`${label}: ${selector} is not red but ${colour}`);
}

try {
  const site = `http://${county}.localhost:${port}`;
  const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await signIn(page, `${site}/admin/`, username, password);
  const home = await page.locator('#inspection-home').innerText();
  if (!home.includes('单项否决风险 1 项') || !home.includes('留言超过三个月未答复')) problems.push(`home shows: ${home}`);
  await redText(page, '#inspection-home-veto', 'back-office home');
  await page.screenshot({ path: `${shots}/inspection-backoffice-home.png`, fullPage: true });
  await check(page, 'back office: home');

  await page.click('#nav-inspection');
  await page.waitForURL(`${site}/admin/inspection/`);
  const findings = await page.locator('#inspection-findings').innerText();
  for (const expected of ['留言超过三个月未答复', '站内链接失效', '去处理', '怎么改']) {
    if (!findings.includes(expected)) problems.push(`findings lack ${expected}: ${findings}`);
  }
  await redText(page, '#inspection-veto', '网站自查');
  await page.screenshot({ path: `${shots}/inspection-backoffice.png`, fullPage: true });
  await check(page, 'back office: 网站自查');

  // The run goes on in the background: the page says it started, and a reload shows it done.
  await Promise.all([page.waitForURL(`${site}/admin/inspection/?ran=true`), page.click('#inspection-run')]);
  const started = await page.locator('#inspection-ran, #inspection-running').first().innerText();
  if (!started.includes('自查已开始')) problems.push(`after 立即自查 the page says: ${started}`);
  await check(page, 'back office: 自查已开始');
  let lastRun = '';
  for (let i = 0; i < 60 && !lastRun.includes('手动自查'); i++) {
    if (i > 0) await page.waitForTimeout(500);
    await page.goto(`${site}/admin/inspection/`, { waitUntil: 'load' });
    lastRun = await page.locator('#inspection-last-run').innerText();
  }
  if (!lastRun.includes('手动自查')) problems.push(`no on-demand run shown within 30 s: ${lastRun}`);
  await page.goto(`${site}/admin/inspection/?rule=BROKEN_LINK`, { waitUntil: 'load' });
  const rows = await page.locator('#inspection-findings tbody tr').count();
  if (rows !== 1) problems.push(`the BROKEN_LINK filter shows ${rows} rows`);
  await page.goto(`${site}/admin/inspection/history`, { waitUntil: 'load' });
  await page.screenshot({ path: `${shots}/inspection-history.png`, fullPage: true });
  await check(page, 'back office: history');
  await context.close();

  const city = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } });
  const consolePage = await city.newPage();
  const console_ = `http://console.localhost:${port}`;
  await signIn(consolePage, `${console_}/console/`, 'city-admin', password);
  const cell = await consolePage.locator(`tr[data-county="${county}"] td.inspection-veto`).innerText();
  if (!cell.includes('1 项') || !cell.includes('单项否决风险')) problems.push(`console home cell: ${cell}`);
  await redText(consolePage, `tr[data-county="${county}"] td.inspection-veto .flag-red`, 'console home');
  await consolePage.screenshot({ path: `${shots}/inspection-console-home.png`, fullPage: true });
  await check(consolePage, 'console: home');

  await consolePage.goto(`${console_}/console/inspection/`, { waitUntil: 'load' });
  const line = await consolePage.locator(`#inspection-counties tr[data-county="${county}"]`).innerText();
  if (!line.includes('1 项')) problems.push(`console summary line: ${line}`);
  await consolePage.screenshot({ path: `${shots}/inspection-console.png`, fullPage: true });
  await check(consolePage, 'console: 网站自查');
  await consolePage.click(`#inspection-counties tr[data-county="${county}"] a`);
  await consolePage.waitForURL(`${console_}/console/inspection/${county}`);
  const countyFindings = await consolePage.locator('#inspection-findings').innerText();
  if (!countyFindings.includes('留言超过三个月未答复')) problems.push(`console county page: ${countyFindings}`);
  const fix = await consolePage.locator('#inspection-findings a', { hasText: '去处理' }).first().getAttribute('href');
  if (!fix.startsWith(`http://${county}.localhost:${port}/admin/`)) problems.push(`console fix link: ${fix}`);
  await consolePage.screenshot({ path: `${shots}/inspection-console-county.png`, fullPage: true });
  await check(consolePage, 'console: county page');
  await city.close();
} finally {
  await browser.close();
}

finish(problems, 'single-veto risks are red on both homes; 网站自查 pages pass axe-core');
