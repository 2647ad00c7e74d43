// The other side of 办事服务 in real Chromium: a county webmaster opens the guides, uploads a form
// with a Chinese file name from the guide's page (it is listed under that name) and sees what is
// incomplete; the city office opens the service catalogue and an item's form. axe-core on each page.
// Usage: node service-backoffice.mjs <port> <screenshot-dir> <county> <username> <password>   (exit code 0 = all good)
import { launch, finish, checkPage, signIn } from './chromium.mjs';
import { writeFileSync, mkdirSync } from 'node:fs';

const [port, shots, county, username, password] = process.argv.slice(2);
mkdirSync(shots, { recursive: true });
const problems = [];
const browser = await launch();

const check = (page, label) => checkPage(page, label, problems);

try {
  const site = `http://${county}.localhost:${port}`;
  const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await signIn(page, `${site}/admin/services/`, username, password);
  await page.screenshot({ path: `${shots}/backoffice-services.png`, fullPage: true });
  await check(page, 'back office: guides');

  await page.goto(`${site}/admin/services/BJ-GG-0602`, { waitUntil: 'load' });
  const file = `${shots}/入学登记表（样表）.pdf`;
  writeFileSync(file, '%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
  await page.selectOption('#form-kind', 'SAMPLE');
  await page.setInputFiles('#form-file', file);
  await Promise.all([page.waitForURL('**/admin/services/BJ-GG-0602?done=uploaded'), page.click('#upload-form')]);
  const listed = await page.locator('table[aria-labelledby="forms-heading"]').innerText();
  if (!listed.includes('入学登记表（样表）.pdf')) problems.push(`the uploaded form is listed as: ${listed}`);
  await page.screenshot({ path: `${shots}/backoffice-guide.png`, fullPage: true });
  await check(page, 'back office: a guide');

  await page.goto(`${site}/admin/`, { waitUntil: 'load' });
  if (!(await page.locator('#work-guides').innerText()).includes('待完善的办事指南')) problems.push('no guides in the work list');
  await page.goto(`${site}/admin/services/?show=incomplete`, { waitUntil: 'load' });
  await page.screenshot({ path: `${shots}/backoffice-incomplete.png`, fullPage: true });
  await check(page, 'back office: incomplete guides');
  await context.close();

  // The city office.
  const city = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } });
  const consolePage = await city.newPage();
  const console_ = `http://console.localhost:${port}`;
  await signIn(consolePage, `${console_}/console/services`, 'city-admin', password);
  await consolePage.screenshot({ path: `${shots}/console-services.png`, fullPage: true });
  await check(consolePage, 'console: service catalogue');
  await consolePage.goto(`${console_}/console/services/items/BJ-GG-0101`, { waitUntil: 'load' });
  await consolePage.screenshot({ path: `${shots}/console-service-item.png`, fullPage: true });
  await check(consolePage, 'console: an item');
  await city.close();
} finally {
  await browser.close();
}

finish(problems, 'the webmaster uploaded a form under its Chinese name; back office and console pages pass axe-core');
