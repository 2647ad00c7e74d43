// 政府网站工作年度报表 end to end in real Chromium under the pages' own Content-Security-Policy: the
// webmaster of 渭滨区 generates the 2025 report in the back office, types a word where a number
// belongs and gets the Chinese error beside the line with what was typed kept, fills in the lines the
// platform cannot count, corrects a counted figure with a note, and publishes; the public list and
// report pages show it (and its PDF downloads). axe-core finds no serious or critical violation on the
// public pages, normal and elder mode, in every shipped theme (reports of 金台区 and 陈仓区 published by
// the JUnit test), and no page shows a bare true/false/null or an unresolved {…}.
// Usage: node annual-report.mjs <port> <screenshot-dir> <password> <year>
import { launch, finish, checkPage, openPage, signIn, submit } from './chromium.mjs';
import { mkdirSync } from 'node:fs';

const [port, shots, password, year] = process.argv.slice(2);
mkdirSync(shots, { recursive: true });
const site = (county) => `http://${county}.localhost:${port}`;
const problems = [];
const expect = (ok, message) => { if (!ok) problems.push(message); };

const browser = await launch();

async function context(name) {
  const page = await openPage(browser, name, problems, { acceptDownloads: true });
  return { ctx: page.context(), page };
}

const check = (page, what) => checkPage(page, what, problems);

try {
  const admin = await context('webmaster');
  const wm = admin.page;
  await signIn(wm, `${site('weibin')}/admin/reports/`, 'weibin-webmaster', password);
  await wm.fill('#report-year', year);
  await submit(wm, '#generate-form button[type=submit]');
  expect(wm.url().endsWith(`/admin/reports/${year}?done=generated`), `after generating: ${wm.url()}`);
  expect((await wm.textContent('#report-done')).includes('已根据平台记录生成统计数据'), 'no notice after generating');
  const counted = await wm.inputValue('#v-articlesTotal');
  expect(/^\d+$/.test(counted), `信息发布总数 is "${counted}"`);
  await check(wm, 'back office report form');
  await wm.screenshot({ path: `${shots}/annual-report-generated.png`, fullPage: true });

  // A word where a number belongs: a 400 page with the error, what was typed kept.
  await wm.fill('#v-securityAssessments', '两次');
  await wm.fill('#v-weiboName', '微博渭滨');
  const refused = await submit(wm, '#report-save');
  expect(refused.status() === 400, `a word in a number line gave ${refused.status()}`);
  expect((await wm.textContent('#report-error')).includes('“安全检测评估次数（次）”须填写不小于 0 的整数'), 'no Chinese error');
  expect(await wm.inputValue('#v-securityAssessments') === '两次', 'the typed word was lost');
  expect(await wm.getAttribute('#v-securityAssessments', 'aria-invalid') === 'true', 'the wrong line is not marked');
  await wm.screenshot({ path: `${shots}/annual-report-error.png`, fullPage: true });

  await wm.fill('#v-securityAssessments', '2');
  await wm.fill('#v-securityProblems', '5');
  await wm.fill('#v-securityFixed', '5');
  await wm.selectOption('#v-monitoring', '是');
  await wm.selectOption('#v-hasNewMedia', '是');
  await wm.fill('#v-wechatName', '渭滨发布');
  await wm.fill('#v-wechatPosts', '1200');
  await wm.fill('#v-innovationOther', '上线长者模式和无障碍浏览。');
  await wm.fill('#v-articlesTotal', String(Number(counted) + 10));
  await wm.fill('#n-articlesTotal', '含各乡镇报送的纸质信息');
  await submit(wm, '#report-save');
  expect(wm.url().endsWith('?done=saved'), `after saving: ${wm.url()}`);
  expect(await wm.inputValue('#v-wechatName') === '渭滨发布', 'the saved value is not shown');
  expect((await wm.textContent('.report-line:has(#v-articlesTotal) .report-figure')).includes('已更正'), 'the correction is not marked');
  const download = await Promise.all([wm.waitForEvent('download'), wm.click('#report-pdf')]).then(([d]) => d);
  expect(download.suggestedFilename().endsWith('.pdf'), `download named ${download.suggestedFilename()}`);
  await submit(wm, '#report-publish');
  expect(wm.url().endsWith('?done=published'), `after publishing: ${wm.url()}`);
  expect((await wm.textContent('#report-state')).includes('已发布'), 'the state does not say 已发布');
  await check(wm, 'back office published report');
  await wm.screenshot({ path: `${shots}/annual-report-published-admin.png`, fullPage: true });

  // The city console: every county's report of the year; the city generates one for 太白县.
  const city = await context('city-admin');
  const cp = city.page;
  await signIn(cp, `${site('console')}/console/reports?year=${year}`, 'city-admin', password);
  expect((await cp.textContent('tr[data-county="weibin"]')).includes('已发布'), 'the console does not show 渭滨区 as published');
  await check(cp, 'console report overview');
  await cp.screenshot({ path: `${shots}/annual-report-console.png`, fullPage: true });
  await submit(cp, 'tr[data-county="taibai"] button[type=submit]');
  expect(cp.url().endsWith(`/console/reports/taibai/${year}?done=generated`), `after the city generated: ${cp.url()}`);
  expect((await cp.textContent('h1')).includes('太白县'), 'the console edit page is not 太白县\'s');
  await check(cp, 'console report form');
  await city.ctx.close();

  // The public pages of every theme, normal and elder mode.
  for (const county of ['weibin', 'jintai', 'chencang']) {
    for (const elder of [false, true]) {
      const { ctx, page } = await context(`${county}${elder ? ' elder' : ''}`);
      if (elder) await ctx.addCookies([{ name: 'elder', value: '1', url: `${site(county)}/` }]);
      await page.goto(`${site(county)}/reports`, { waitUntil: 'load' });
      expect(await page.locator(`#report-list a[href="/reports/${year}"]`).count() === 1, `${county}: ${year} not listed`);
      await check(page, `${county}/reports${elder ? ' (长者模式)' : ''}`);
      await page.screenshot({ path: `${shots}/annual-report-${county}${elder ? '-elder' : ''}-list.png`, fullPage: true });
      await page.goto(`${site(county)}/reports/${year}`, { waitUntil: 'load' });
      for (const section of ['信息发布', '专栏专题', '解读回应', '办事服务', '互动交流', '安全防护', '移动新媒体', '创新发展']) {
        expect(await page.locator('caption', { hasText: section }).count() === 1, `${county}: section ${section} missing`);
      }
      if (county === 'weibin') {
        expect((await page.textContent('main')).includes('渭滨发布'), 'the public report lacks the entries');
      }
      await check(page, `${county}/reports/${year}${elder ? ' (长者模式)' : ''}`);
      await page.screenshot({ path: `${shots}/annual-report-${county}${elder ? '-elder' : ''}.png`, fullPage: true });
      await ctx.close();
    }
  }
  // The site map leads there.
  const { ctx, page } = await context('sitemap');
  await page.goto(`${site('weibin')}/sitemap`, { waitUntil: 'load' });
  expect(await page.locator('main a[href="/reports"]').count() >= 1, 'the site map has no link to the reports');
  await ctx.close();
} catch (e) {
  problems.push(`flow stopped: ${e.stack || e}`);
} finally {
  await browser.close();
}
finish(problems, 'annual report flow done');
