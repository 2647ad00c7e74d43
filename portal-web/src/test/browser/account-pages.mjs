// A county webmaster creates a contributor bound to a department on the back-office account pages
// and copies the one-time password; the new user signs in with it in a fresh browser, is made to
// change it by Keycloak, lands in the back office and is offered no other department to write for.
// axe-core checks the back-office pages on the way. Real Chromium, real Keycloak login.
// Usage: node account-pages.mjs <port> <screenshot-dir> <county> <webmaster> <password> <new username>
//        <new user's own password> <department code> <department name>
import { launch, finish } from './chromium.mjs';
import { readFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';

const [port, shots, county, webmaster, password, username, ownPassword, department, departmentName] =
  process.argv.slice(2);
mkdirSync(shots, { recursive: true });
const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const site = `http://${county}.localhost:${port}`;
const problems = [];
const expect = (ok, message) => { if (!ok) problems.push(message); };

/** axe-core (no serious or critical violation) and no template leftovers (null, false, {…}) on our page. */
async function check(page, name) {
  await page.evaluate(axeSource);
  const result = await page.evaluate(() => axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
  }));
  for (const v of result.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')) {
    problems.push(`${name}: ${v.id} (${v.impact}) ${v.help}: ` + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | '));
  }
  const leftovers = await page.evaluate(() => {
    const found = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent.trim();
      if (/^(true|false|null|undefined)$/.test(text) || /\{[^{}]*\}/.test(text) || /\bnull\b/.test(text)) {
        found.push(text.slice(0, 80));
      }
    }
    for (const el of document.querySelectorAll('[value],[href],[aria-label]')) {
      for (const a of ['value', 'href', 'aria-label']) {
        const v = el.getAttribute(a);
        if (v !== null && (v === 'null' || v === 'false' || /\{[^{}]*\}/.test(v))) found.push(`${a}="${v}"`);
      }
    }
    return found;
  });
  expect(leftovers.length === 0, `${name} shows template leftovers: ${leftovers.join(' | ')}`);
}

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
  page.on('console', m => { if (/Content Security Policy/i.test(m.text())) problems.push(`CSP: ${m.text()}`); });
  await page.goto(`${site}/admin/`, { waitUntil: 'load' });
  await page.fill('#username', webmaster);
  await page.fill('#password', password);
  await Promise.all([page.waitForURL(`${site}/admin/`), page.click('#kc-login')]);
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
  const [refused] = await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('#create-account')]);
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
  const [created] = await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('#create-account')]);
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
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('a:text("查看该账号")')]);
  expect(!(await page.content()).includes(shown), 'the account page shows the one-time password again');
  await check(page, 'account page');
  await shot(page, '5-account');
  // Resetting asks first; cancelling changes nothing.
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('#reset')]);
  await check(page, 'reset confirmation');
  await shot(page, '5a-confirm-reset');
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('a:text("取消")')]);

  // The new person, in a browser of their own, with the password as the webmaster handed it over.
  const fresh = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
  const user = await fresh.newPage();
  await user.goto(`${site}/admin/`, { waitUntil: 'load' });
  await user.fill('#username', username);
  await user.fill('#password', copied);
  await Promise.all([user.waitForNavigation({ waitUntil: 'load' }), user.click('#kc-login')]);
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
