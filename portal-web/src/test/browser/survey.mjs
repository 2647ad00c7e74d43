// 网上调查 end to end in real Chromium under the pages' own Content-Security-Policy (any violation
// or script error is a problem): the webmaster builds a survey in the back office (keyboard and
// plain forms), previews and publishes it; a citizen sends the empty form and gets each problem
// beside its question with what was typed kept, then answers (a radio group by keyboard) and lands
// on the thank-you page; a second citizen answers from another address; the results page draws a
// chart (a canvas of ECharts) per choice question and shows the same figures in a table. axe-core
// finds no serious or critical violation on the survey pages, normal and elder mode, in every
// shipped theme (surveys of 金台区 and 陈仓区 made by the JUnit test).
// Usage: node survey.mjs <port> <screenshot-dir> <password> <county:id,county:id>
import { launch, finish, checkPage, openPage, signIn, submit } from './chromium.mjs';
import { mkdirSync } from 'node:fs';

const [port, shots, password, others] = process.argv.slice(2);
mkdirSync(shots, { recursive: true });
const site = (county) => `http://${county}.localhost:${port}`;
const TITLE = `渭滨区政务服务满意度调查${Date.now() % 100000}`;
const problems = [];
const expect = (ok, message) => { if (!ok) problems.push(message); };
let checked = 0;

const browser = await launch();

async function context(name, options = {}) {
  const page = await openPage(browser, name, problems, options);
  return { ctx: page.context(), page };
}

/** axe-core (injected through DevTools, which the CSP does not govern) and a template's leftovers. */
async function check(page, what) {
  await checkPage(page, what, problems);
  checked++;
}

async function chartsAndTables(page, what, charts) {
  await page.waitForSelector('.survey-chart canvas', { timeout: 10000 }).catch(() => {});
  const canvases = await page.locator('.survey-chart canvas').count();
  const tables = await page.locator('table.survey-table').count();
  expect(canvases === charts, `${what}: ${canvases} chart canvases, expected ${charts}`);
  expect(tables === charts, `${what}: ${tables} tables, expected ${charts}`);
  const hidden = await page.locator('.survey-chart[aria-hidden="true"]').count();
  expect(hidden === charts, `${what}: the charts are not hidden from screen readers (the tables carry the figures)`);
}

try {
  // 1. The webmaster builds the survey with the back office's plain forms.
  const admin = await context('webmaster');
  const wm = admin.page;
  await signIn(wm, `${site('weibin')}/admin/surveys/new`, 'weibin-webmaster', password);
  // By keyboard: the title, then Tab to the introduction.
  await wm.focus('input[name=title]');
  await wm.keyboard.type(TITLE);
  await wm.keyboard.press('Tab');
  await wm.keyboard.type('为提升政务服务水平，请您花一分钟填写本调查。');
  await wm.fill('input[name=startsAt]', '2024-01-01T08:00');
  await wm.fill('input[name=endsAt]', '2099-12-31T18:00');
  await wm.check('input[name=resultsDuring]');
  let response = await submit(wm, '.article-form button[type=submit]');
  expect(response.status() === 200 && /\/admin\/surveys\/\d+/.test(wm.url()), `creating the survey led to ${wm.url()}`);
  const surveyPath = new URL(wm.url()).pathname;
  const id = surveyPath.split('/').pop();
  const addForm = 'section[aria-labelledby=new-question-title] form';
  for (const [kind, title, required, options] of [
    ['single', '您对政务服务中心的总体评价', true, '满意\n基本满意\n不满意'],
    ['multiple', '您通常通过哪些渠道办事', false, '窗口\n网上\n手机'],
    ['text', '您的意见和建议', false, ''],
  ]) {
    await wm.selectOption(`${addForm} select[name=kind]`, kind);
    await wm.fill(`${addForm} input[name=title]`, title);
    await wm.setChecked(`${addForm} input[name=required]`, required);
    await wm.fill(`${addForm} textarea[name=options]`, options);
    // Submitted with the keyboard: focus on the button, Enter.
    await wm.focus(`${addForm} button[type=submit]`);
    const [added] = await Promise.all([wm.waitForNavigation({ waitUntil: 'load' }), wm.keyboard.press('Enter')]);
    expect(added.status() === 200, `adding "${title}" answered ${added.status()}`);
  }
  expect(await wm.locator('section.survey-question h3').count() === 4, 'the edit page does not show three questions and the add form');
  await check(wm, 'back office: survey editor');
  await wm.screenshot({ path: `${shots}/survey-admin-edit.png`, fullPage: true });
  await wm.goto(`${site('weibin')}${surveyPath}/preview`, { waitUntil: 'load' });
  expect((await wm.textContent('main')).includes('这是发布前的预览'), 'the preview does not say it is one');
  await wm.screenshot({ path: `${shots}/survey-admin-preview.png`, fullPage: true });
  await wm.goto(`${site('weibin')}${surveyPath}`, { waitUntil: 'load' });
  response = await submit(wm, 'form[action$="/publish"] button');
  expect((await wm.textContent('main')).includes('调查已发布'), 'publishing did not say so');

  // 2. A citizen: the list, the form, the empty form sent, then answered by keyboard and mouse.
  const first = await context('citizen', { extraHTTPHeaders: { 'X-Forwarded-For': '192.0.2.11' } });
  const page = first.page;
  await page.goto(`${site('weibin')}/surveys`, { waitUntil: 'load' });
  await check(page, 'weibin /surveys');
  await page.screenshot({ path: `${shots}/survey-list.png`, fullPage: true });
  await submit(page, `a[href="/surveys/${id}"]`);
  await check(page, 'weibin survey form');
  await page.fill('textarea', '希望延长周末办公时间');
  response = await submit(page, '.survey-form button[type=submit]');
  expect(response.status() === 400, `the empty form answered ${response.status()}`);
  expect((await page.textContent('.form-errors')).includes('请回答第 1 题'), 'the summary does not name question 1');
  expect((await page.locator('.field-error').count()) === 1, 'not exactly one problem beside a question');
  expect((await page.inputValue('textarea')) === '希望延长周末办公时间', 'the text was not kept');
  await check(page, 'weibin survey form with a problem');
  await page.screenshot({ path: `${shots}/survey-form-problem.png`, fullPage: true });
  // The summary links to the question's first option; from there, the keyboard.
  const anchor = await page.getAttribute('.form-errors a', 'href');
  expect(/^#q\d+-o\d+$/.test(anchor), `the summary links to "${anchor}"`);
  await page.focus(anchor);
  // A radio group by keyboard: Space chooses the first option, the arrow key moves to the second.
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowDown');
  expect(await page.getByLabel('基本满意', { exact: true }).isChecked(), 'the arrow key did not choose 基本满意');
  await page.getByLabel('窗口', { exact: true }).check();
  await page.getByLabel('手机', { exact: true }).check();
  response = await submit(page, '.survey-form button[type=submit]');
  expect(page.url().endsWith(`/surveys/${id}/thanks`), `after answering the page is ${page.url()}`);
  await check(page, 'weibin thank-you page');
  await page.screenshot({ path: `${shots}/survey-thanks.png` });
  // The same browser once more: refused.
  await page.goto(`${site('weibin')}/surveys/${id}`, { waitUntil: 'load' });
  expect((await page.textContent('main')).includes('您已经参加过本次调查'), 'the form does not say this browser answered');
  expect(await page.locator('.survey-form').count() === 0, 'the form is offered again to a browser that answered');

  // 3. A second citizen from another address.
  const second = await context('second citizen', { extraHTTPHeaders: { 'X-Forwarded-For': '192.0.2.12' } });
  await second.page.goto(`${site('weibin')}/surveys/${id}`, { waitUntil: 'load' });
  await second.page.getByLabel('满意', { exact: true }).check();
  await second.page.getByLabel('网上', { exact: true }).check();
  await submit(second.page, '.survey-form button[type=submit]');
  expect(second.page.url().endsWith('/thanks'), `the second citizen ended on ${second.page.url()}`);

  // 4. The results: a chart and a table per choice question, normal and elder mode.
  await page.goto(`${site('weibin')}/surveys/${id}/results`, { waitUntil: 'load' });
  await chartsAndTables(page, 'weibin results', 2);
  const firstTable = await page.textContent('table.survey-table');
  expect(firstTable.includes('满意') && /基本满意\s*1\s*50\.0%/.test(firstTable), `the first table reads "${firstTable.replace(/\s+/g, ' ')}"`);
  expect(!(await page.textContent('main')).includes('希望延长周末办公时间'), 'a free-text answer is public');
  await check(page, 'weibin results');
  await page.screenshot({ path: `${shots}/survey-results.png`, fullPage: true });
  await first.ctx.addCookies([{ name: 'elder', value: '1', url: `${site('weibin')}/` }]);
  await page.goto(`${site('weibin')}/surveys/${id}/results`, { waitUntil: 'load' });
  await chartsAndTables(page, 'weibin results (长者模式)', 2);
  await check(page, 'weibin results (长者模式)');
  await page.screenshot({ path: `${shots}/survey-results-elder.png`, fullPage: true });
  await page.goto(`${site('weibin')}/surveys/${id}`, { waitUntil: 'load' });
  await check(page, 'weibin survey page (长者模式)');

  // 5. The other themes, normal and elder mode.
  for (const pair of others.split(',')) {
    const [county, otherId] = pair.split(':');
    for (const elder of [false, true]) {
      const { ctx, page: p } = await context(`${county}${elder ? ' elder' : ''}`,
        { extraHTTPHeaders: { 'X-Forwarded-For': '192.0.2.20' } });
      if (elder) await ctx.addCookies([{ name: 'elder', value: '1', url: `${site(county)}/` }]);
      for (const path of ['/surveys', `/surveys/${otherId}`, `/surveys/${otherId}/results`]) {
        const r = await p.goto(`${site(county)}${path}`, { waitUntil: 'load' });
        expect(r.status() === 200, `${county}${path}: ${r.status()}`);
        if (path.endsWith('/results')) await chartsAndTables(p, `${county}${path}`, 1);
        await check(p, `${county}${path}${elder ? ' (长者模式)' : ''}`);
        await p.screenshot({ path: `${shots}/survey-${county}${elder ? '-elder' : ''}${path.replace(/\//g, '_')}.png`, fullPage: true });
      }
      await ctx.close();
    }
  }
  console.log(`survey ${id}: checked ${checked} pages`);
} finally {
  await browser.close();
}
finish(problems, 'survey flow done: built, published, answered, charts and tables shown, no accessibility or CSP problems');
