// The city administrator provisions a new county from the console form, watches each step's progress,
// opens the new site (it has the chosen theme), and the new county's webmaster signs in with the
// one-time password and must change it. Real Chromium, real Keycloak login.
// Usage: node console-provisioning.mjs <port> <screenshot-dir> <code> <division> <password> <new webmaster password>
import { launch, finish, checkPage, signIn, submit } from './chromium.mjs';
import { mkdirSync } from 'node:fs';

const [port, shots, code, division, password, newPassword] = process.argv.slice(2);
mkdirSync(shots, { recursive: true });
const console_ = `http://console.localhost:${port}`;
const site = `http://${code}.localhost:${port}`;
const problems = [];
const expect = (ok, message) => { if (!ok) problems.push(message); };

const browser = await launch();
try {
  // axe is injected through the DevTools protocol, which the pages' CSP does not govern.
  const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1366, height: 900 } });
  const page = await context.newPage();
  await signIn(page, `${console_}/console/`, 'city-admin', password);
  await checkPage(page, 'console home', problems);
  expect((await page.$$('#counties tbody tr')).length >= 12, 'the console home lists fewer than 12 counties');
  await page.screenshot({ path: `${shots}/console-1-home.png`, fullPage: true });

  await Promise.all([page.waitForURL(`${console_}/console/tenants/new`), page.click('#new-county')]);
  await checkPage(page, 'provisioning form', problems);
  await page.fill('#f-code', code);
  await page.fill('#f-name', '高新区');
  await page.fill('#f-siteName', '宝鸡高新技术产业开发区管委会');
  await page.selectOption('#f-kind', 'DISTRICT');
  await page.fill('#f-divisionCode', division);
  await page.fill('#f-siteIdentifier', `${division}0001`);
  await page.selectOption('#f-theme', 'modern');
  await page.fill('#f-domains', `${code}.localhost\nwww.${code}.gov.cn`);
  await page.fill('#f-organizer', '宝鸡高新区管委会办公室');
  await page.fill('#f-phone', '0917-3310000');
  await page.screenshot({ path: `${shots}/console-2-provisioning-form.png`, fullPage: true });

  // The progress page: the script updates the steps and the live region as they happen.
  const seen = new Set();
  await Promise.all([page.waitForURL(`${console_}/console/tenants/${code}/provisioning`), page.click('#provision-submit')]);
  expect(await page.isVisible('#refresh-link') || await page.isVisible('#site-link'),
    'the progress page has neither a refresh link nor a result');
  await page.screenshot({ path: `${shots}/console-3-progress.png`, fullPage: true });
  await checkPage(page, 'progress page', problems);
  // The page reloads itself when provisioning ends: a query that meets the reload finds nothing this time.
  const present = (selector) => page.$(selector).catch(() => null);
  const deadline = Date.now() + 120000;
  while (Date.now() < deadline && !(await present('#site-link')) && !(await present('#failure'))) {
    const summary = await present('#progress-summary');
    if (summary) seen.add((await summary.textContent().catch(() => '')).trim());
    await page.waitForTimeout(150);
  }
  await page.waitForLoadState('load');
  console.log(`live region said: ${[...seen].join(' | ')}`);
  const failure = await page.$('#failure');
  if (failure) throw new Error(`provisioning failed: ${await failure.textContent()}`);
  expect([...seen].some(s => s.startsWith('正在开通')), 'the live region never said 正在开通');
  const steps = await page.$$eval('li[data-step] .step-state', items => items.map(i => i.textContent.trim()));
  expect(steps.length === 5 && steps.every(s => s === '已完成'), `steps at the end: ${steps.join(',')}`);
  const oneTime = (await page.textContent('#one-time-password')).trim();
  const username = (await page.textContent('#webmaster-username')).trim();
  expect(username === `${code}-webmaster`, `the webmaster is ${username}`);
  await checkPage(page, 'provisioning result', problems);
  await page.screenshot({ path: `${shots}/console-4-provisioned.png`, fullPage: true });

  // The new site, with the chosen theme.
  await Promise.all([page.waitForURL(`${site}/`), page.click('#site-link')]);
  const theme = await page.getAttribute('body', 'class');
  expect(theme.includes('theme-modern'), `the new site's body has class "${theme}", not theme-modern`);
  expect((await page.textContent('.site-title')).includes('宝鸡高新技术产业开发区管委会'), 'the new site shows another name');
  await page.screenshot({ path: `${shots}/console-5-new-site.png` });

  // The new webmaster signs in with the one-time password and must choose a new one.
  const webmaster = await (await browser.newContext({ viewport: { width: 1366, height: 900 } })).newPage();
  await webmaster.goto(`${site}/admin/`, { waitUntil: 'load' });
  await webmaster.fill('#username', username);
  await webmaster.fill('#password', oneTime);
  await submit(webmaster, '#kc-login');
  expect(await webmaster.isVisible('#password-new'), 'Keycloak did not ask the new webmaster to change the password');
  await webmaster.screenshot({ path: `${shots}/console-6-webmaster-must-change-password.png` });
  await webmaster.fill('#password-new', newPassword);
  await webmaster.fill('#password-confirm', newPassword);
  await Promise.all([webmaster.waitForURL(`${site}/admin/`, { waitUntil: 'load' }),
    webmaster.click('input[type=submit], button[type=submit]')]);
  const backOffice = await webmaster.textContent('body');
  expect(backOffice.includes('后台管理'), 'the new webmaster does not see the back office');
  await webmaster.screenshot({ path: `${shots}/console-7-webmaster-signed-in.png` });
} catch (e) {
  problems.push(`failed: ${e.stack || e}`);
} finally {
  await browser.close();
}
finish(problems, 'the city admin provisioned a county, watched it happen, and its webmaster signed in');
