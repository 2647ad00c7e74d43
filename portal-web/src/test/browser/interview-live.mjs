// An online interview, live, in real Chromium under the pages' own Content-Security-Policy: a
// citizen has the interview page open and sends a question through the ALTCHA widget; the county
// editor, in a browser of their own (a separate connection and session), picks it in the
// moderation console and posts a guest's answer with a picture; the citizen's page shows both
// without reloading (the test waits for the text, and checks the page never navigated). Then
// axe-core on the page, normal and elder mode, in the three shipped themes; screenshots.
// Usage: node interview-live.mjs <port> <screenshot-dir> <password> <picture.jpg> <weibin-id> <jintai-id> <chencang-id>
import { launch, finish, checkPage, signIn, watch as watchFor, submit } from './chromium.mjs';
import { mkdirSync } from 'node:fs';

const [port, shots, password, picture, weibinId, jintaiId, chencangId] = process.argv.slice(2);
mkdirSync(shots, { recursive: true });
const site = (county) => `http://${county}.localhost:${port}`;
const problems = [];
const expect = (ok, message) => { if (!ok) problems.push(message); };
const QUESTION = `请问今年冬季清洁取暖补贴什么时候发放？（${Date.now() % 100000}）`;
const ANSWER = '补贴将在12月底前直接发放到各户的社保卡账户，请注意查收。';

const browser = await launch();

const watch = (page, who) => watchFor(page, who, problems);

/** axe-core and a template's leftovers in what a reader sees; questions and answers are shown as written. */
const check = (page, where) => checkPage(page, where, problems,
  { authored: '.transcript-item p, h1, .breadcrumb, .interview-card h2' });

try {
  // 1. The citizen opens the live interview; the page says it updates live once the stream is open.
  const citizenContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const citizen = await citizenContext.newPage();
  watch(citizen, 'citizen');
  let navigations = 0;
  citizen.on('framenavigated', (frame) => { if (frame === citizen.mainFrame()) navigations++; });
  const opened = await citizen.goto(`${site('weibin')}/interviews/${weibinId}`, { waitUntil: 'load' });
  expect(opened.status() === 200, `interview page: ${opened.status()}`);
  await citizen.waitForSelector('#live-status:not([hidden])', { timeout: 15000 });
  expect((await citizen.textContent('#live-status')).includes('实时更新'), 'the page does not say it updates live');
  await citizen.evaluate(() => { window.sameDocument = true; });
  expect(await citizen.isVisible('#question-form'), 'the question form is not shown to a browser with script');
  expect(await citizen.isHidden('#ask-needs-script'), 'the no-script notice still shows');

  // 2. A question through the form: the widget does its proof of work, the page says it was sent.
  await citizen.fill('#question-content', QUESTION);
  await citizen.fill('#question-nickname', '市民老李');
  await citizen.click('#question-form button[type=submit]');
  await citizen.waitForSelector('#question-sent:not([hidden])', { timeout: 30000 });
  expect((await citizen.textContent('#question-sent')).includes('提问已提交'), 'the citizen is not told the question arrived');
  expect(await citizen.inputValue('#question-content') === '', 'the sent question is still in the form');
  await citizen.screenshot({ path: `${shots}/interview-1-question-sent.png`, fullPage: true });

  // A refused question keeps its text and says why, in Chinese.
  await citizen.fill('#question-content', '   ');
  await citizen.evaluate(() => document.getElementById('question-content').removeAttribute('required'));
  await citizen.click('#question-form button[type=submit]');
  await citizen.waitForSelector('#question-error:not([hidden])', { timeout: 30000 });
  expect((await citizen.textContent('#question-error')).includes('请填写提问内容'), `refusal: ${await citizen.textContent('#question-error')}`);
  await citizen.fill('#question-content', '');

  // 3. The editor, in a browser of their own, picks the question in the moderation console.
  const editorContext = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  const editor = await editorContext.newPage();
  watch(editor, 'editor');
  await signIn(editor, `${site('weibin')}/admin/interviews/${weibinId}/live`, 'weibin-editor', password);
  const row = editor.locator('tr', { hasText: QUESTION });
  expect(await row.count() === 1, 'the question is not waiting in the console');
  await check(editor, 'moderation console');
  await editor.screenshot({ path: `${shots}/interview-2-console.png`, fullPage: true });
  await Promise.all([editor.waitForNavigation({ waitUntil: 'load' }), row.locator('button', { hasText: '选用' }).first().click()]);
  expect((await editor.textContent('main')).includes('提问已选用'), 'the question was not picked');

  await citizen.waitForFunction((q) => document.getElementById('transcript').textContent.includes(q), QUESTION, { timeout: 15000 });
  expect((await citizen.textContent('#transcript')).includes('网友“市民老李”'), 'the picked question shows without the nickname');

  // 4. The guest's answer with a picture, answering the question.
  const guest = await editor.$eval('#entry-speaker option:not([value=host])', (o) => o.value);
  await editor.selectOption('#entry-speaker', guest);
  const picked = await editor.$eval('#entry-question option:not([value=""])', (o) => o.value);
  await editor.selectOption('#entry-question', picked);
  await editor.fill('#entry-text', ANSWER);
  await editor.setInputFiles('#entry-picture', picture);
  await editor.fill('#entry-caption', '清洁取暖补贴发放流程图');
  await submit(editor, '#entry-submit');
  expect((await editor.textContent('main')).includes('发言已发布'), `the answer was not posted: ${(await editor.textContent('main')).slice(0, 200)}`);

  await citizen.waitForFunction((a) => document.getElementById('transcript').textContent.includes(a), ANSWER, { timeout: 15000 });
  await citizen.waitForFunction(() => {
    const img = document.querySelector('#transcript img[alt="清洁取暖补贴发放流程图"]');
    return img && img.complete && img.naturalWidth > 0;
  }, null, { timeout: 15000 });
  const last = await citizen.$eval('#transcript li:last-child', (li) => li.textContent);
  expect(last.includes(`回复网友“市民老李”：${QUESTION}`), `the answer does not say which question it answers: ${last}`);
  expect(await citizen.evaluate(() => window.sameDocument === true) && navigations === 1, 'the citizen page was reloaded');
  expect(await citizen.$eval('#transcript', (ol) => ol.getAttribute('aria-live')) === 'polite', 'the transcript is not a live region');
  await check(citizen, 'live interview page');
  await citizen.screenshot({ path: `${shots}/interview-3-live-answer.png`, fullPage: true });

  // 5. The server-rendered page has the same, for a reader without script.
  const plain = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await plain.goto(`${site('weibin')}/interviews/${weibinId}`, { waitUntil: 'load' });
  const plainText = await plain.textContent('#transcript');
  expect(plainText.includes(QUESTION) && plainText.includes(ANSWER), 'without script the transcript lacks the live items');
  expect(await plain.isVisible('#ask-needs-script'), 'without script the page does not say questions need script');
  await plain.screenshot({ path: `${shots}/interview-4-without-script.png`, fullPage: true });

  // 6. Every theme, normal and elder mode: the list and an interview page pass axe and show no leftovers.
  const counties = { weibin: ['classic', weibinId], jintai: ['modern', jintaiId], chencang: ['landscape', chencangId] };
  for (const [county, [theme, id]] of Object.entries(counties)) {
    for (const elder of [false, true]) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      if (elder) await context.addCookies([{ name: 'elder', value: '1', url: `${site(county)}/` }]);
      const page = await context.newPage();
      watch(page, `${county} ${elder ? 'elder' : 'normal'}`);
      for (const path of ['/interviews', `/interviews/${id}`]) {
        const response = await page.goto(`${site(county)}${path}`, { waitUntil: 'load' });
        expect(response.status() === 200, `${county}${path}: ${response.status()}`);
        const where = `${county}${path} [${theme}]${elder ? ' (长者模式)' : ''}`;
        await check(page, where);
        await page.screenshot({ path: `${shots}/interview-${county}-${theme}${elder ? '-elder' : ''}${path.includes('/', 1) ? '-page' : '-list'}.png`, fullPage: true });
      }
      await context.close();
    }
  }
  // A phone: the interview page fits without sideways scrolling.
  const phone = await (await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true })).newPage();
  await phone.goto(`${site('weibin')}/interviews/${weibinId}`, { waitUntil: 'load' });
  const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow <= 1, `the interview page is ${overflow}px wider than a phone`);
  await phone.screenshot({ path: `${shots}/interview-phone.png`, fullPage: true });
} catch (e) {
  problems.push(`stopped: ${e.stack || e}`);
} finally {
  await browser.close();
}
finish(problems, 'the citizen saw the question and the answer appear live');
