// 意见征集 in real Chromium, under the pages' own Content-Security-Policy (any violation is a problem).
// Phase "comment": a citizen opens a consultation, sends a comment with a wrong phone number (the page
// says why and keeps the text), corrects it and sends it through the real ALTCHA widget; the page
// says it awaits moderation and does not show it yet. The county editor approves it in the back
// office; the citizen's page then shows it under 网友, without the phone.
// Phase "feedback" (after the Java test moved the clock past the deadline): the page takes no more
// comments; the webmaster decides on the comment and publishes the feedback; the citizen sees how many
// opinions came in, what was adopted and why.
// Phase "themes": the list and a consultation of counties with the other shipped themes (id is then
// a list county:id,county:id), in normal and elder mode.
// axe-core on every page of the flow, the public ones in normal and elder mode; screenshots.
// Usage: node consultation.mjs <port> <screenshot-dir> <county> <password> <phase> <consultation-id> <title>
import { launch, finish, checkPage, openPage, signedIn as signedInAt, submit } from './chromium.mjs';
import { mkdirSync } from 'node:fs';

const [port, shots, county, password, phase, id, title] = process.argv.slice(2);
mkdirSync(shots, { recursive: true });
const site = `http://${county}.localhost:${port}`;
const COMMENT = '建议在学校周边设置即停即走车位，并在上下学时段安排交通协管员。';
const PHONE = '13812345678';
const problems = [];
const expect = (ok, message) => { if (!ok) problems.push(message); };

const browser = await launch();

async function citizen(elder = false, host = site) {
  const page = await openPage(browser, elder ? 'citizen (elder)' : 'citizen', problems, {
    // An address of its own, so that other tests' submissions do not count against this one's limit.
    extraHTTPHeaders: { 'X-Forwarded-For': `10.250.${Date.now() % 200}.${(Date.now() >> 8) % 200 + 1}` } });
  if (elder) await page.context().addCookies([{ name: 'elder', value: '1', url: `${host}/` }]);
  return page;
}

const signedIn = (username, path) => signedInAt(browser, `${site}${path}`, username, password, problems);

/** axe-core and a template's leftovers outside what people wrote; then a screenshot. */
async function check(page, label, shot) {
  await checkPage(page, label, problems,
    { authored: '.article-body, .comment-text, .adoption-reason, h1, .consultation-list h2' });
  await page.screenshot({ path: `${shots}/${shot}.png`, fullPage: true });
}

async function publicPages(suffix, host = site, consultation = id) {
  for (const elder of [false, true]) {
    const page = await citizen(elder, host);
    const mode = elder ? '-elder' : '';
    await page.goto(`${host}/consultations`, { waitUntil: 'load' });
    expect((await page.textContent('main')).includes(title), `the list of ${host} does not show "${title}"`);
    await check(page, `${host} list${mode}`, `consultation-${suffix}-list${mode}`);
    await page.goto(`${host}/consultations/${consultation}`, { waitUntil: 'load' });
    if (elder) expect(await page.evaluate(() => document.body.classList.contains('elder')), 'elder mode is not on');
    await check(page, `${host} page${mode}`, `consultation-${suffix}-page${mode}`);
    // A phone screen: no sideways scrolling.
    await page.setViewportSize({ width: 390, height: 844 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    if (overflow > 1) {
      const wide = await page.evaluate(() => [...document.querySelectorAll('main *')]
        .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1).slice(0, 5)
        .map((e) => `${e.tagName.toLowerCase()}.${e.className}`).join(', '));
      problems.push(`${host}/consultations/${consultation}${mode} is ${overflow}px wider than a phone screen: ${wide}`);
    }
    await page.screenshot({ path: `${shots}/consultation-${suffix}-phone${mode}.png`, fullPage: true });
    await page.context().close();
  }
}

try {
  if (phase === 'comment') {
    // 1. A wrong phone number: the page says why, the text stays.
    const page = await citizen();
    await page.goto(`${site}/consultations/${id}`, { waitUntil: 'load' });
    await page.waitForSelector('altcha-widget');
    await check(page, 'consultation page with form', 'consultation-1-form');
    await page.fill('#comment-content', COMMENT);
    await page.fill('#comment-name', '刘志强');
    await page.fill('#comment-phone', '12345');
    const [refused] = await Promise.all([page.waitForNavigation({ waitUntil: 'load', timeout: 60000 }),
      page.click('.public-form button[type=submit]')]);
    expect(refused.status() === 400, `a wrong phone answered ${refused.status()}`);
    expect((await page.textContent('.form-errors')).includes('手机号码'), 'the refusal does not say what is wrong');
    expect((await page.inputValue('#comment-content')) === COMMENT, 'the comment text was lost');
    expect((await page.getAttribute('#comment-phone', 'aria-invalid')) === 'true', 'the phone field is not marked invalid');
    await check(page, 'refused form', 'consultation-2-refused');

    // 2. Corrected and sent through the widget's proof of work.
    await page.fill('#comment-phone', PHONE);
    await Promise.all([page.waitForURL(/sent=1/, { timeout: 60000 }), page.click('.public-form button[type=submit]')]);
    const notice = await page.textContent('.form-notice');
    expect(notice.includes('审核通过后将在本页公开'), `after sending the page says "${notice}"`);
    expect(!(await page.textContent('.comments')).includes(COMMENT), 'the comment shows before moderation');
    await check(page, 'sent', 'consultation-3-sent');

    // 3. The county editor approves it.
    const editor = await signedIn(`${county}-editor`, `/admin/consultations/${id}/comments`);
    const row = editor.locator('tr', { hasText: COMMENT });
    expect((await row.textContent()).includes(PHONE), 'the editor does not see the phone to call back');
    await check(editor, 'moderation queue', 'consultation-4-queue');
    await Promise.all([editor.waitForNavigation({ waitUntil: 'load' }), row.locator('button[value=approve]').click()]);
    expect((await editor.textContent('main')).includes('待审核（0）'), 'the queue still shows pending comments');
    await editor.screenshot({ path: `${shots}/consultation-5-approved.png`, fullPage: true });

    // 4. Public now, under 网友, without the phone or the name.
    await page.goto(`${site}/consultations/${id}`, { waitUntil: 'load' });
    const comments = await page.textContent('.comments');
    expect(comments.includes(COMMENT) && comments.includes('网友'), 'the approved comment is not public');
    const html = await page.content();
    expect(!html.includes(PHONE) && !html.includes('刘志强'), 'the phone or name is on the public page');
    await publicPages('open');
    if (!problems.length) console.log('the comment appeared publicly after moderation');
  } else if (phase === 'themes') {
    for (const pair of id.split(',')) {
      const [other, otherId] = pair.split(':');
      await publicPages(other, `http://${other}.localhost:${port}`, otherId);
    }
    if (!problems.length) console.log('every theme shows the consultation pages');
  } else {
    // 5. After the deadline: no form; the webmaster answers.
    const page = await citizen();
    await page.goto(`${site}/consultations/${id}`, { waitUntil: 'load' });
    expect(await page.locator('#comment-content').count() === 0, 'the form is still there after the deadline');
    expect((await page.textContent('.comment-form')).includes('征集已结束'), 'the page does not say the consultation ended');

    const webmaster = await signedIn(`${county}-webmaster`, `/admin/consultations/${id}/feedback`);
    await check(webmaster, 'feedback form', 'consultation-6-feedback-form');
    const row = webmaster.locator('tr', { hasText: COMMENT });
    await row.locator('select').selectOption('PARTLY');
    await row.locator('textarea').fill('已增加即停即走车位的规定；交通协管员由教育部门另行安排。');
    await submit(webmaster, '#decisions button[type=submit]');
    expect((await webmaster.textContent('#figures')).includes('部分采纳 1 条'), 'the decision was not saved');
    await webmaster.fill('textarea[name=text]', '本次征集共收到意见1条，部分采纳。\n感谢市民的关心和支持。');
    await submit(webmaster, '#publish-feedback');
    expect((await webmaster.textContent('main')).includes('反馈已于'), 'the feedback was not published');
    await webmaster.screenshot({ path: `${shots}/consultation-7-feedback-published.png`, fullPage: true });

    await page.goto(`${site}/consultations/${id}`, { waitUntil: 'load' });
    const feedback = await page.textContent('.consultation-feedback');
    expect(feedback.replace(/\s+/g, '').includes('共收到意见1条'), `the feedback says "${feedback}"`);
    expect(feedback.replace(/\s+/g, '').includes('部分采纳1条'), 'the feedback does not count the partly adopted comment');
    expect((await page.textContent('.comments')).includes('已增加即停即走车位的规定'), 'the reason is not shown with the comment');
    await publicPages('ended');
    if (!problems.length) console.log('the feedback is public with its figures');
  }
} finally {
  await browser.close();
}
finish(problems, `phase ${phase}: all good`);
