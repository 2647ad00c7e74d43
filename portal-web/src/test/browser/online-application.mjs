// Online application in Debian's Chromium, under the pages' own CSP: a citizen opens the guide of
// 企业技术改造项目备案, presses 在线申报, fills the form with a mistake (the error shows next to its field,
// what was typed stays), corrects it, attaches the application form as a PDF and sends it (the real
// ALTCHA widget solves its challenge in the browser); reads the tracking number and looks it up.
// The department's officer signs in to the back office, accepts it and approves it; the citizen
// sees the result and rates it. axe-core finds no serious or critical violation on any application
// page in the three shipped themes, normal and elder mode, nor on the back-office pages.
// Usage: node online-application.mjs <port> <screenshot-dir> <county> <officer> <password> <classic,modern,landscape counties>
import { launch, finish, checkPage, signedIn, submit, eachThemedPage } from './chromium.mjs';
import { mkdirSync } from 'node:fs';

const [port, shotsArg, county, officer, password, themed] = process.argv.slice(2);
const shots = shotsArg || 'target/screenshots';
mkdirSync(shots, { recursive: true });
const item = 'T-APP-0001';
const phone = '13766' + String(Date.now()).slice(-6);
const idNumber = process.env.APPLICATION_ID_NUMBER || '610302198506172010';
const base = `http://${county}.localhost:${port}`;
const problems = [];
let checked = 0;

async function check(page, label) {
  await checkPage(page, label, problems);
  checked++;
}

async function shot(page, name) {
  await page.screenshot({ path: `${shots}/application-${name}.png`, fullPage: true });
}

const browser = await launch();
let number = '';
try {
  // The citizen, from the guide to the tracking number, with the CSP in force.
  const citizen = await browser.newContext({ viewport: { width: 1100, height: 1400 } });
  const page = await citizen.newPage();
  const consoleErrors = [];
  page.on('console', m => {
    if (m.type() === 'error' && !/status of (400|404)/.test(m.text())) consoleErrors.push(m.text());
  });
  await page.goto(`${base}/services/${item}`, { waitUntil: 'load' });
  await Promise.all([page.waitForURL(`**/services/${item}/apply`), page.click('#apply-online')]);
  await shot(page, 'form');
  await check(page, 'application form');
  await page.fill('#field-applicant', '宝鸡秦川智造有限公司');
  await page.fill('#field-phone', phone);
  await page.fill('#field-f1', '宝鸡市渭滨区智能制造产业园二期');
  await page.fill('#field-f2', '一万二千');
  await page.fill('#field-f3', '2027-03-01');
  await page.selectOption('#field-f4', '新建');
  await page.fill('#field-f5', idNumber);
  await page.fill('#field-f6', '13900000009');
  const pdf = { name: '技改项目备案申请表.pdf', mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4\n技改项目备案申请表\n%%EOF') };
  await page.setInputFiles('#file-a7', pdf);
  await Promise.all([page.waitForNavigation({ waitUntil: 'load', timeout: 60000 }), page.click('main button[type=submit]')]);
  const errors = await page.textContent('.form-errors').catch(() => '');
  if (!errors.includes('总投资（万元）应填写数字')) problems.push(`a wrong number: no error, saw "${errors}"`);
  if (await page.inputValue('#field-f1') !== '宝鸡市渭滨区智能制造产业园二期') problems.push('the project name typed was not kept');
  if (await page.inputValue('#field-f4') !== '新建') problems.push('the choice made was not kept');
  if (await page.getAttribute('#field-f2', 'aria-invalid') !== 'true') problems.push('the wrong field is not marked invalid');
  await shot(page, 'form-errors');
  await check(page, 'application form with errors');

  await page.fill('#field-f2', '12000');
  await page.setInputFiles('#file-a7', pdf);
  await Promise.all([page.waitForNavigation({ waitUntil: 'load', timeout: 60000 }), page.click('main button[type=submit]')]);
  number = (await page.textContent('#tracking-number').catch(() => '') || '').trim();
  if (!/^\d{8}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/.test(number)) {
    problems.push(`no tracking number after sending; the page says: ${(await page.textContent('main')).slice(0, 300)}`);
  }
  if ((await page.content()).includes(phone)) problems.push('the sent page shows the phone number');
  await shot(page, 'sent');
  await check(page, 'sent page');

  async function lookUp(label) {
    await page.goto(`${base}/applications/lookup`, { waitUntil: 'load' });
    await page.fill('#trackingNumber', number.replace(/-/g, '').toLowerCase());
    await page.fill('#lookup-phone', phone);
    await submit(page, 'form[action="/applications/lookup"] button[type=submit]');
    await shot(page, `lookup-${label}`);
    await check(page, `lookup (${label})`);
    return (await page.textContent('#application-state').catch(() => '')).trim();
  }
  const state = await lookUp('submitted');
  if (state !== '待受理') problems.push(`the lookup says "${state}" after sending`);

  // The department's officer handles it in the back office.
  const desk = await signedIn(browser, `${base}/admin/applications/`, officer, password, problems, { locale: 'zh-CN' });
  const office = desk.context();
  await shot(desk, 'queue');
  await check(desk, 'back-office queue');
  await Promise.all([desk.waitForLoadState('load'), desk.getByRole('link', { name: number }).click()]);
  if (!(await desk.textContent('main')).includes('技改项目备案申请表.pdf')) problems.push('the detail page lacks the attached file');
  await shot(desk, 'detail');
  await check(desk, 'back-office application');
  await desk.fill('#comment', '材料齐全，予以受理');
  await submit(desk, 'button[value=accept]');
  await desk.fill('#comment', '准予备案，备案证明已发送至申请人');
  await submit(desk, 'button[value=approve]');
  const after = (await desk.textContent('#application-state')).trim();
  if (after !== '已办结（准予办理）') problems.push(`after approval the back office says "${after}"`);
  await shot(desk, 'approved');
  await check(desk, 'back-office application approved');
  await desk.goto(`${base}/admin/applications/stats`, { waitUntil: 'load' });
  await check(desk, 'back-office figures');
  await office.close();

  // The webmaster's form editor, by keyboard-reachable plain forms.
  const editor = await signedIn(browser, `${base}/admin/applications/forms`, `${county}-webmaster`, password, problems,
    { locale: 'zh-CN' });
  const admin = editor.context();
  await shot(editor, 'forms');
  await check(editor, 'form list');
  await Promise.all([editor.waitForLoadState('load'), editor.getByRole('link', { name: '企业技术改造项目备案' }).click()]);
  if (!(await editor.textContent('main')).includes('已有申报件使用')) problems.push('the editor does not say the form is in use');
  await shot(editor, 'form-editor');
  await check(editor, 'form editor');
  await admin.close();

  // The citizen sees the result and rates the handling.
  const done = await lookUp('approved');
  if (done !== '已办结（准予办理）') problems.push(`the lookup says "${done}" after approval`);
  const result = await page.textContent('#application-result').catch(() => '');
  if (!result.includes('准予备案')) problems.push(`the result reads "${result}"`);
  await page.check('#grade-5');
  await page.fill('#rating-comment', '网上提交，不用跑腿');
  await submit(page, 'form[action="/applications/rate"] button[type=submit]');
  const rating = (await page.textContent('#application-rating').catch(() => '')).trim();
  if (rating !== '非常满意') problems.push(`after rating the page shows "${rating}"`);
  await shot(page, 'rated');

  await page.goto(`${base}/services/results`, { waitUntil: 'load' });
  const results = await page.content();
  if (!results.includes('企业技术改造项目备案')) problems.push('the approved application is not in the results');
  for (const secret of [phone, idNumber, '宝鸡秦川智造有限公司', number]) {
    if (results.includes(secret)) problems.push(`the results page shows ${secret}`);
  }
  for (const e of consoleErrors) problems.push(`console error: ${e}`);
  await citizen.close();
  console.log(`tracking number ${number}`);

  // Every public application page in every shipped theme, normal and elder mode.
  const [classic, modern, landscape] = themed.split(',');
  const paths = [`/services/${item}/apply`, '/applications/lookup', '/services/results', '/services/stats'];
  await eachThemedPage(browser, port, { [classic]: 'classic', [modern]: 'modern', [landscape]: 'landscape' }, paths, problems,
    async (p, { path, theme, elder, label }) => {
      await check(p, label);
      await p.screenshot({ path: `${shots}/application-${theme}${elder ? '-elder' : ''}${path.replace(/\//g, '_')}.png`, fullPage: true });
    });
} finally {
  await browser.close();
}

console.log(`checked ${checked} pages with axe-core; screenshots in ${shots}`);
finish(problems, 'a citizen applied with a file, got a tracking number, the department approved it, the citizen saw the result and rated it');
