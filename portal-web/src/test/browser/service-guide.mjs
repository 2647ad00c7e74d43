// A citizen finds a service by life event in real Chromium: home page → 办事服务 block → 生育收养 →
// 生育登记 → the guide → downloads the blank form (the file arrives, and is a Word document). Then
// axe-core on the service pages in three themes, normal and elder mode, with no template leftovers.
// Usage: node service-guide.mjs <port> <screenshot-dir>   (exit code 0 = all good)
import { launch, finish, checkPage, eachThemedPage, THEMED_COUNTIES } from './chromium.mjs';
import { readFileSync, mkdirSync } from 'node:fs';

const port = process.argv[2];
const shots = process.argv[3] || 'target/screenshots';
mkdirSync(shots, { recursive: true });
const problems = [];
const browser = await launch();

const check = (page, label) => checkPage(page, label, problems);

try {
  // The citizen's way, by clicks only.
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const home = `http://weibin.localhost:${port}/`;
  await page.goto(home, { waitUntil: 'load' });
  const block = page.locator('#block-bsfw').locator('xpath=..');
  if (await block.getByRole('link', { name: '生育收养' }).count() !== 1) problems.push('the home page has no 生育收养 link in 办事服务');
  await page.screenshot({ path: `${shots}/service-home.png`, fullPage: true });
  await Promise.all([page.waitForURL('**/services?event=syxy'), block.getByRole('link', { name: '生育收养' }).click()]);
  const heading = await page.locator('h1').innerText();
  if (!heading.includes('生育收养')) problems.push(`the list's heading is "${heading}"`);
  const listed = await page.locator('.service-list .service-name').allInnerTexts();
  if (listed.join('|') !== '生育登记|收养登记') problems.push(`生育收养 lists ${listed.join('、')}`);
  await page.screenshot({ path: `${shots}/service-list-syxy.png`, fullPage: true });
  await check(page, 'list of 生育收养');

  await Promise.all([page.waitForURL('**/services/BJ-GG-0101'), page.getByRole('link', { name: '生育登记', exact: true }).click()]);
  const rows = await page.locator('.guide-table th').allInnerTexts();
  for (const element of ['事项名称', '设定依据', '申请条件', '办理材料', '办理地点', '办理时间', '联系电话', '办理流程']) {
    if (!rows.includes(element)) problems.push(`the guide lacks ${element}`);
  }
  if (await page.locator('#apply-online').getAttribute('href') !== '/services/BJ-GG-0101/apply') {
    problems.push('the guide of an item open for online application has no 在线申报 link');
  }
  await page.screenshot({ path: `${shots}/service-guide.png`, fullPage: true });
  await check(page, 'guide of 生育登记');

  const [download] = await Promise.all([page.waitForEvent('download'),
    page.locator('.service-forms').getByRole('link', { name: '生育登记申请表' }).click()]);
  const saved = `${shots}/download-${download.suggestedFilename()}`;
  await download.saveAs(saved);
  const bytes = readFileSync(saved);
  if (download.suggestedFilename() !== '生育登记申请表.docx') problems.push(`the form arrived as "${download.suggestedFilename()}"`);
  if (bytes.length < 200 || bytes.subarray(0, 2).toString('latin1') !== 'PK') problems.push(`the form arrived with ${bytes.length} bytes, not a Word document`);
  await context.close();

  // Every service page in each shipped theme, normal and elder mode.
  const paths = ['/', '/channels/bsfw', '/services', '/services?audience=CORPORATE', '/services/BJ-QR-0201', '/services?q=许可'];
  await eachThemedPage(browser, port, THEMED_COUNTIES, paths, problems, async (p, { path, county, theme, elder, label }) => {
    await check(p, label);
    if (path !== '/') {
      const name = `service-${county}-${theme}${elder ? '-elder' : ''}${path.replace(/[/?=&]/g, '_')}.png`;
      await p.screenshot({ path: `${shots}/${name}`, fullPage: true });
    }
  });

  // A phone: the list and the guide fit without sideways scrolling.
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const small = await phone.newPage();
  for (const path of ['/services', '/services/BJ-GG-0101', '/channels/bsfw']) {
    await small.goto(`http://weibin.localhost:${port}${path}`, { waitUntil: 'load' });
    const overflow = await small.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    if (overflow > 1) problems.push(`${path} is ${overflow}px wider than a phone screen`);
  }
  await small.screenshot({ path: `${shots}/service-phone-channel.png`, fullPage: false });
  await phone.close();
} finally {
  await browser.close();
}

finish(problems, 'the citizen found the guide by life event and downloaded the form; no serious or critical accessibility violations');
