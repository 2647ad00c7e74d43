// The message board in Debian's Chromium, under the pages' own CSP: a citizen writes a message
// through the form (the real ALTCHA widget solves its challenge in the browser), first with a wrong
// phone number (errors next to the fields, what was typed kept), then right; reads the query code,
// looks the message up with it; axe-core finds no serious or critical violation on any message
// page in the three shipped themes, normal and elder mode; no page shows the citizen's phone.
// Usage: node message-board.mjs <port> <screenshot-dir> <county:id,...of a published message>
import { launch, finish, checkPage, submit, eachThemedPage, THEMED_COUNTIES } from './chromium.mjs';
import { mkdirSync } from 'node:fs';

const port = process.argv[2];
const shots = process.argv[3] || 'target/screenshots';
const published = Object.fromEntries(process.argv[4].split(',').map(pair => pair.split(':')));
mkdirSync(shots, { recursive: true });
const phone = '13655' + String(Date.now()).slice(-6);

const browser = await launch();
const problems = [];
let checked = 0;

/** axe-core and template leftovers; messages (their titles and text) are shown as people wrote them. */
async function check(page, label) {
  await checkPage(page, label, problems, { authored: '.message-text, .message h1, .message-list td' });
  checked++;
}

try {
  // Every message page in every theme, normal and elder mode.
  await eachThemedPage(browser, port, THEMED_COUNTIES,
    (county) => ['/messages', `/messages/${published[county]}`, '/messages/new', '/messages/lookup', '/messages/stats'],
    problems, async (page, { path, county, theme, elder, label }) => {
      await check(page, label);
      const name = `message-${county}-${theme}${elder ? '-elder' : ''}${path.replace(/\//g, '_')}.png`;
      await page.screenshot({ path: `${shots}/${name}`, fullPage: true });
    });

  // The citizen's way, with the pages' CSP in force and the real widget.
  const context = await browser.newContext({ viewport: { width: 1100, height: 1400 } });
  const page = await context.newPage();
  const cspErrors = [];
  // Pages answered 400/404 on purpose (the form with errors, the wrong lookup) log a failed load; anything else counts.
  page.on('console', m => {
    if (m.type() === 'error' && !/status of (400|404)/.test(m.text())) cspErrors.push(m.text());
  });
  const base = `http://weibin.localhost:${port}`;
  await page.goto(`${base}/messages/new`, { waitUntil: 'load' });
  await page.selectOption('#kind', 'consult');
  await page.selectOption('#department', 'leader');
  await page.fill('#title', '关于老旧小区加装电梯的咨询');
  await page.fill('#content', '我们小区建于1995年，六层无电梯。\n请问加装电梯如何申请，有哪些补贴？');
  await page.fill('#name', '赵文华');
  await page.fill('#phone', '1365512');
  await page.check('#publish');
  await Promise.all([page.waitForNavigation({ waitUntil: 'load', timeout: 60000 }), page.click('main button[type=submit]')]);
  const errorText = await page.textContent('.form-errors').catch(() => '');
  if (!errorText.includes('请填写 11 位手机号码')) problems.push(`wrong phone: no field error, saw "${errorText}"`);
  if (await page.inputValue('#title') !== '关于老旧小区加装电梯的咨询') problems.push('the title typed was not kept');
  if (!(await page.inputValue('#content')).includes('六层无电梯')) problems.push('the content typed was not kept');
  if (!(await page.isChecked('#publish'))) problems.push('the publish box was not kept');
  await page.screenshot({ path: `${shots}/message-form-errors.png`, fullPage: true });
  await check(page, 'form with errors');

  await page.fill('#phone', phone);
  await page.setInputFiles('#attachments', { name: '小区平面图.pdf', mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4\n% 小区平面图\n%%EOF\n') });
  await Promise.all([page.waitForNavigation({ waitUntil: 'load', timeout: 60000 }), page.click('main button[type=submit]')]);
  const code = (await page.textContent('#query-code').catch(() => '') || '').trim();
  if (!/^[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/.test(code)) {
    problems.push(`no query code after sending; page says: ${(await page.textContent('main')).slice(0, 300)}`);
  }
  await page.screenshot({ path: `${shots}/message-sent.png`, fullPage: true });
  await check(page, 'sent page');
  if ((await page.content()).includes(phone)) problems.push('the sent page shows the phone number');

  await page.goto(`${base}/messages/lookup`, { waitUntil: 'load' });
  await page.fill('#queryCode', code.replace(/-/g, '').toLowerCase());
  await page.fill('#lookup-phone', phone);
  await submit(page, 'main button[type=submit]');
  const result = await page.textContent('main');
  if (!result.includes('关于老旧小区加装电梯的咨询') || !result.includes('待受理')) problems.push(`lookup did not find it: ${result.slice(0, 300)}`);
  await page.screenshot({ path: `${shots}/message-lookup-found.png`, fullPage: true });
  await check(page, 'lookup result');

  await page.fill('#queryCode', code);
  await page.fill('#lookup-phone', '13700000000');
  await submit(page, 'main button[type=submit]');
  if (!(await page.textContent('main')).includes('没有找到这条留言')) problems.push('a wrong phone found the message');
  await page.screenshot({ path: `${shots}/message-lookup-wrong.png`, fullPage: true });
  for (const e of cspErrors) problems.push(`console error: ${e}`);
  await context.close();
  console.log(`query code ${code}`);
} finally {
  await browser.close();
}

console.log(`checked ${checked} message pages with axe-core; screenshots in ${shots}`);
finish(problems, 'a citizen wrote, got a query code and looked the message up; no serious or critical accessibility violations');
