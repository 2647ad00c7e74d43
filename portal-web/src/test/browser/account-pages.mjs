// A county webmaster creates a contributor bound to a department on the back-office account pages
// and copies the one-time password; the new user signs in with it in a fresh browser, is made to
// change it by Keycloak, lands in the back office and is offered no other department to write for.
// axe-core checks the back-office pages on the way. Real Chromium, real Keycloak login.
// Usage: node account-pages.mjs <port> <screenshot-dir> <county> <webmaster> <password> <new username>
//        <new user's own password> <department code> <department name>
import { launch, finish, checkPage, signIn, watch, submit } from './chromium.mjs';
import { mkdirSync } from 'node:fs';

const [port, shots, county, webmaster, password, username, ownPassword, department, departmentName] =
  process.argv.slice(2);
mkdirSync(shots, { recursive: true });
const site = `http://${county}.localhost:${port}`;
const problems = [];
const expect = (ok, message) => { if (!ok) problems.push(message); };

const check = (page, name) => checkPage(page, name, problems);

async function shot(page, name) {
  await page.screenshot({ path: `${shots}/accounts-${name}.png`, fullPage: true });
}

const browser = await launch();
try {
  // The webmaster signs in through Keycloak's own form.
  const admin = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
  await admin.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site });
  const page = await admin.newPage();
  // The copy button's script must run under the pages' CSP (script-src 'self'), so CSP stays on.
  watch(page, webmaster, problems);
  await signIn(page, `${site}/admin/`, webmaster, password);
  expect(!(await page.content()).includes('/api/admin/accounts'), 'the home page still sends people to the API');
  await check(page, 'home');
  await shot(page, '1-webmaster-home');

  await Promise.all([page.waitForURL(`${site}/admin/accounts/`), page.click('nav[aria-label="后台导航"] a[href="/admin/accounts/"]')]);
  await check(page, 'account list');
  await shot(page, '2-list');

  await Promise.all([page.waitForURL(`${site}/admin/accounts/new`), page.click('#new-account')]);
  await check(page, 'new account form');
  await page.fill('#username', username);
  await page.fill('#name', '刘洋');
  await page.fill('#phone', '1389170');
  await page.fill('#email', `${username}@example.invalid`);
  await page.selectOption('#role', 'contributor');
  await page.selectOption('#department', department);
  // A wrong phone number: refused with the reason, everything else as typed.
  const refused = await submit(page, '#create-account');
  expect(refused.status() === 400, `a bad phone number answered ${refused.status()}`);
  const reason = await page.textContent('#form-error');
  expect(reason.includes('电话号码格式不正确'), `the refusal says "${reason}"`);
  expect(await page.inputValue('#username') === username && await page.inputValue('#name') === '刘洋'
    && await page.inputValue('#department') === department, 'the refused form lost what was typed');
  expect(await page.getAttribute('#phone', 'aria-invalid') === 'true', 'the wrong field is not marked');
  await check(page, 'refused form');
  await shot(page, '3a-form-refused');
  await page.fill('#phone', '13891700000');
  await shot(page, '3b-form');
  const created = await submit(page, '#create-account');
  expect(created.status() === 201, `creating answered ${created.status()}: ${await page.title()}`);
  expect(created.headers()['cache-control'] === 'no-store', `the password page may be cached: ${created.headers()['cache-control']}`);
  await check(page, 'one-time password page');

  const shown = (await page.textContent('#one-time-password')).trim();
  expect(/^[A-Za-z0-9]{12,}$/.test(shown), `the one-time password looks wrong: "${shown}"`);
  await page.click('.copy-button');
  await page.waitForFunction(() => document.getElementById('copy-status').textContent.length > 0);
  expect((await page.textContent('#copy-status')) === '已复制', `copying said "${await page.textContent('#copy-status')}"`);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied === shown, `the clipboard holds "${copied}", not the password shown`);
  await shot(page, '4-one-time-password');

  // Shown once: the account's own page does not show it again.
  await submit(page, 'a:text("查看该账号")');
  expect(!(await page.content()).includes(shown), 'the account page shows the one-time password again');
  await check(page, 'account page');
  await shot(page, '5-account');
  // Resetting asks first; cancelling changes nothing.
  await submit(page, '#reset');
  await check(page, 'reset confirmation');
  await shot(page, '5a-confirm-reset');
  await submit(page, 'a:text("取消")');

  // The new person, in a browser of their own, with the password as the webmaster handed it over.
  const fresh = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
  const user = await fresh.newPage();
  await user.goto(`${site}/admin/`, { waitUntil: 'load' });
  await user.fill('#username', username);
  await user.fill('#password', copied);
  await submit(user, '#kc-login');
  expect(await user.isVisible('#password-new'), `Keycloak did not ask for a new password: ${user.url()}`);
  await user.screenshot({ path: `${shots}/accounts-6-keycloak-update-password.png` });
  await user.fill('#password-new', ownPassword);
  await user.fill('#password-confirm', ownPassword);
  await Promise.all([user.waitForURL(`${site}/admin/`), user.click('#kc-passwd-update-form [type=submit]')]);
  const home = await user.textContent('main');
  expect(home.includes('信息员') && home.includes(departmentName), `the new user's home does not name their role and department: ${home}`);
  await check(user, 'new user home');
  await shot(user, '7-new-user-home');

  // Writing: no other department to choose.
  await user.goto(`${site}/admin/articles/new`, { waitUntil: 'load' });
  const others = await user.$$eval('select[name=department] option', os => os.map(o => o.value));
  expect(others.filter(v => v && v !== department).length === 0, `the new user may choose other departments: ${others}`);
  await shot(user, '8-new-user-writes');
} catch (e) {
  problems.push(`failed: ${e.stack || e}`);
} finally {
  await browser.close();
}

finish(problems, 'the webmaster created the account and copied its one-time password; the new user changed it and writes for their department only');
