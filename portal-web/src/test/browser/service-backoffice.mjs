// The other side of 办事服务 in real Chromium: a county webmaster opens the guides, uploads a form
// with a Chinese file name from the guide's page (it is listed under that name) and sees what is
// incomplete; the city office opens the service catalogue and an item's form. axe-core on each page.
// Usage: node service-backoffice.mjs <port> <screenshot-dir> <county> <username> <password>   (exit code 0 = all good)
import { launch, finish } from './chromium.mjs';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';

const [port, shots, county, username, password] = process.argv.slice(2);
mkdirSync(shots, { recursive: true });
const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const problems = [];
const browser = await launch();

async function check(page, label) {
  await page.evaluate(axeSource);
  const result = await page.evaluate(() => axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
  }));
  for (const v of result.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')) {
    problems.push(`${label}: ${v.id} (${v.impact}) ${v.help}: ` + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | '));
  }
}

try {
  const site = `http://${county}.localhost:${port}`;
  const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${site}/admin/services/`, { waitUntil: 'load' });
  await page.fill('#username', username);
  await page.fill('#password', password);
  await Promise.all([page.waitForURL(`${site}/admin/services/`), page.click('#kc-login')]);
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
  await consolePage.goto(`${console_}/console/services`, { waitUntil: 'load' });
  await consolePage.fill('#username', 'city-admin');
  await consolePage.fill('#password', password);
  await Promise.all([consolePage.waitForURL(`${console_}/console/services`), consolePage.click('#kc-login')]);
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
