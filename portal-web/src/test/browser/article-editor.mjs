// A contributor writes an article in the back office's rich-text editor (wangEditor): a heading, a
// table, an uploaded image and a fragment pasted from Word; saves and submits it. The county editor
// returns it with a comment; the contributor sees the comment in the work list on the back-office
// home, fixes the article and submits it again. The editor publishes it, and a citizen's page shows
// the same structure. Real Chromium, real Keycloak login, the pages'
// own Content-Security-Policy (no bypass: any violation is a problem), axe-core on the editor page.
// Usage: node article-editor.mjs <port> <screenshot-dir> <county> <password> <image.png> <word-clipboard.html>
import { launch, finish, checkPage, signedIn as signedInAt, submit } from './chromium.mjs';
import { mkdirSync, readFileSync } from 'node:fs';

const [port, shots, county, password, image, wordFile] = process.argv.slice(2);
mkdirSync(shots, { recursive: true });
const site = `http://${county}.localhost:${port}`;
const wordHtml = readFileSync(wordFile, 'utf8');
const TITLE = `渭滨区冬季供暖保障工作安排${Date.now() % 100000}`;
const problems = [];
const expect = (ok, message) => { if (!ok) problems.push(message); };

const browser = await launch();

const signedIn = (username, path) => signedInAt(browser, `${site}${path}`, username, password, problems);

async function post(page, selector) {
  const response = await submit(page, selector);
  const error = await page.$('.form-error');
  if (error) problems.push(`${selector}: refused with "${await error.textContent()}"`);
  if (response.status() !== 200) problems.push(`${selector}: answered ${response.status()}`);
}

const editorHtml = (page) => page.evaluate(() => window.articleEditor.getHtml());

// What people wrote (titles, the body) is shown as written.
const check = (page, label) => checkPage(page, label, problems,
  { authored: 'a[href^="/articles/"], .article-body, .editor-text, textarea, h1' });

try {
  // 1. The contributor starts a draft: the editor replaces the textarea; uploads wait for the first save.
  const writer = await signedIn(`${county}-contributor`, '/admin/articles/new');
  await writer.waitForSelector('.editor-text [contenteditable="true"]');
  expect(await writer.isHidden('#body-source'), 'the raw textarea is still shown next to the editor');
  expect((await writer.textContent('#body-hint')).includes('保存草稿后'), 'a new article does not say when images can be uploaded');
  await writer.selectOption('select[name=channel]', 'xwdt');
  await writer.fill('input[name=title]', TITLE);
  await writer.click('.editor-text [contenteditable="true"]');
  await writer.keyboard.type('为确保群众温暖过冬，现将供暖保障工作安排如下。');
  await post(writer, '.article-form button[type=submit]');
  const articleUrl = writer.url();
  const id = articleUrl.split('/').pop();
  expect(/^\d+$/.test(id), `after saving the page is ${articleUrl}`);

  // 2. Heading and table through the editor, an image through its upload button, Word through a paste.
  await writer.waitForSelector('.editor-text [contenteditable="true"]');
  await writer.evaluate(() => {
    const editor = window.articleEditor;
    editor.focus(true);
    editor.dangerouslyInsertHtml('<h3>（一）保障措施</h3><table><tbody><tr><th colSpan="2">供暖热线</th></tr>'
      + '<tr><td>区住建局</td><td>0917-3261234</td></tr></tbody></table><p>现场检查照片：</p>');
  });
  // The toolbar follows the selection the user makes: click into the last paragraph, as a writer would.
  await writer.click('.editor-text [contenteditable="true"] p:last-of-type');
  await writer.waitForSelector('.editor-toolbar [data-menu-key="uploadImage"]:not(.disabled)');
  const [chooser] = await Promise.all([writer.waitForEvent('filechooser'),
    writer.click('.editor-toolbar [data-menu-key="uploadImage"]')]);
  await chooser.setFiles(image);
  await writer.waitForFunction(() => {
    const img = document.querySelector('.editor-text img[src*="/files/"]');
    return img && img.complete && img.naturalWidth > 0;
  }, null, { timeout: 20000 });
  await writer.evaluate((html) => {
    const text = document.querySelector('.editor-text [contenteditable="true"]');
    const data = new DataTransfer();
    data.setData('text/html', html);
    data.setData('text/plain', '宝鸡市渭滨区人民政府办公室关于做好2026年冬季供暖保障工作的通知');
    window.articleEditor.focus(true);
    text.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, wordHtml);
  await writer.waitForFunction(() => window.articleEditor.getHtml().includes('各镇街负责辖区困难群众取暖救助'), null, { timeout: 10000 });
  const written = await editorHtml(writer);
  expect(!/mso-|Mso|o:p|font-family/.test(written), `Word clutter reached the editor: ${written.slice(0, 300)}`);
  expect(written.includes('<h2>一、工作目标</h2>'), 'the pasted Word heading is not a heading');
  expect(/<ol><li>供暖期室内温度不低于18℃；<\/li>/.test(written), 'the pasted Word numbered list is not a list');
  const hidden = await writer.inputValue('#body-source');
  expect(hidden.includes('src="/attachments/'), 'the form would not store the image with its public address');
  expect(!hidden.includes('/files/'), 'the form would store the back office address of the image');
  // The uploaded image is the cover (图片新闻).
  const coverOptions = await writer.$$eval('#cover-select option', (o) => o.map((x) => x.value));
  expect(coverOptions.length === 2, `cover choices: ${coverOptions}`);
  await writer.selectOption('#cover-select', coverOptions[coverOptions.length - 1]);

  await check(writer, 'editor page');
  await writer.screenshot({ path: `${shots}/editor-1-writing.png`, fullPage: true });
  await post(writer, '.article-form button[type=submit]');
  const saved = await editorHtml(writer);
  expect(saved.includes('<th colSpan="2"') && saved.includes('<h3>（一）保障措施</h3>'), `after saving the editor shows ${saved.slice(0, 300)}`);
  expect((await writer.$$eval('#cover-select option[selected]', (o) => o.length)) === 1, 'the chosen cover was not kept');
  await post(writer, 'button[name=action][value=submit]');
  expect((await writer.textContent('main')).includes('待审核'), 'the article was not submitted');
  await writer.screenshot({ path: `${shots}/editor-2-submitted.png`, fullPage: true });
  await check(writer, 'submitted article');

  // The article list finds it by title, with the total; checked with axe like the editor page.
  await writer.goto(`${site}/admin/articles/?q=${encodeURIComponent(TITLE)}&sort=title`, { waitUntil: 'load' });
  const caption = await writer.textContent('table.data-table caption');
  expect(caption.includes('共 1 篇，第 1 / 1 页'), `list caption: ${caption}`);
  expect(await writer.inputValue('input[name=q]') === TITLE, 'the list form does not keep the search words');
  await check(writer, 'list page');
  await writer.screenshot({ path: `${shots}/editor-2b-list.png`, fullPage: true });

  // On a tablet (768 px wide, portrait) the back office fits without sideways scrolling.
  await writer.setViewportSize({ width: 768, height: 1024 });
  for (const path of ['/admin/', `/admin/articles/${id}`, '/admin/articles/']) {
    await writer.goto(`${site}${path}`, { waitUntil: 'load' });
    const overflow = await writer.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow <= 1, `${path} is ${overflow}px wider than a tablet screen`);
  }
  await writer.screenshot({ path: `${shots}/editor-tablet-list.png`, fullPage: false });
  await writer.setViewportSize({ width: 1366, height: 768 });

  // 3. The county editor returns it with a comment; the contributor finds it, with the comment, in the
  // work list on the back-office home, fixes it in the editor and submits it again.
  const COMMENT = '请在文末补充区住建局的值班电话后再提交。';
  const editor = await signedIn(`${county}-editor`, `/admin/articles/${id}`);
  await editor.fill('textarea[name=comment]', COMMENT);
  await post(editor, 'button[name=action][value=return]');
  expect((await editor.textContent('main')).includes('已退回'), 'the article was not returned');

  await writer.goto(`${site}/admin/`, { waitUntil: 'load' });
  const returned = await writer.textContent('#work-returned');
  expect(returned.includes(TITLE) && returned.includes(COMMENT), `the home's returned list shows: ${returned.slice(0, 300)}`);
  const navText = await writer.textContent('nav');
  expect(/稿件管理/.test(navText), `back-office navigation: ${navText}`);
  await check(writer, 'back-office home');
  await writer.screenshot({ path: `${shots}/editor-2c-returned-in-work-list.png`, fullPage: true });

  await submit(writer, `#work-returned a[href="/admin/articles/${id}"]`);
  await writer.waitForSelector('.editor-text [contenteditable="true"]');
  await writer.evaluate(() => {
    const editor = window.articleEditor;
    editor.focus(true);
    editor.dangerouslyInsertHtml('<p>区住建局值班电话：0917-3261234。</p>');
  });
  await post(writer, '.article-form button[type=submit]');
  await post(writer, 'button[name=action][value=submit]');
  expect((await writer.textContent('main')).includes('待审核'), 'the fixed article was not submitted again');
  await writer.goto(`${site}/admin/`, { waitUntil: 'load' });
  expect(!(await writer.textContent('#work-returned')).includes(TITLE), 'the resubmitted article is still listed as returned');

  // 4. The county editor sees it in the review queue again and publishes it.
  await editor.goto(`${site}/admin/`, { waitUntil: 'load' });
  const queue = await editor.textContent('main');
  expect(queue.includes(TITLE), 'the resubmitted article is not in the editor\'s work list');
  await editor.goto(`${site}/admin/articles/${id}`, { waitUntil: 'load' });
  await post(editor, 'button[name=action][value=publish]');
  expect((await editor.textContent('main')).includes('已发布'), 'the article was not published');

  // 5. A citizen sees the same structure, with the image from the article's attachments.
  const citizen = await (await browser.newContext({ viewport: { width: 1366, height: 900 } })).newPage();
  await citizen.goto(`${site}/articles/${id}`, { waitUntil: 'load' });
  const shown = await citizen.evaluate(() => {
    const body = document.querySelector('.article-body') || document.querySelector('main');
    const img = body.querySelector('img');
    return {
      h2: [...body.querySelectorAll('h2')].map((h) => h.textContent),
      h3: [...body.querySelectorAll('h3')].map((h) => h.textContent),
      th: [...body.querySelectorAll('table th')].map((h) => `${h.textContent}/${h.colSpan}`),
      lists: body.querySelectorAll('ol li, ul li').length,
      img: img && { src: img.getAttribute('src'), loaded: img.complete && img.naturalWidth > 0 },
      text: body.textContent,
    };
  });
  expect(shown.h2.includes('一、工作目标') && shown.h2.includes('二、责任分工'), `public h2: ${shown.h2}`);
  expect(shown.h3.includes('（一）保障措施'), `public h3: ${shown.h3}`);
  expect(shown.th.includes('供暖热线/2'), `public table headers: ${shown.th}`);
  expect(shown.lists >= 4, `public list items: ${shown.lists}`);
  expect(shown.text.includes('区住建局值班电话：0917-3261234。'), 'the public page lacks the fix made after the return');
  expect(shown.img && /^\/attachments\/\d+\//.test(shown.img.src) && shown.img.loaded, `public image: ${JSON.stringify(shown.img)}`);
  await citizen.screenshot({ path: `${shots}/editor-3-citizen.png`, fullPage: true });

  // 6. The cover shows in the home page's 图片新闻 block, with the title as its alt text.
  await citizen.goto(`${site}/`, { waitUntil: 'load' });
  const picture = await citizen.evaluate((title) => {
    const img = [...document.querySelectorAll('.picture-news img')].find((i) => i.alt === title);
    return img ? { loaded: img.complete && img.naturalWidth > 0, link: img.closest('a').getAttribute('href') } : null;
  }, TITLE);
  expect(picture && picture.loaded && picture.link === `/articles/${id}`, `picture news on the home page: ${JSON.stringify(picture)}`);
  await check(citizen, 'home page');
  await citizen.screenshot({ path: `${shots}/editor-4-home-picture-news.png`, fullPage: true });
  console.log(`article ${id}`);
} catch (e) {
  problems.push(`failed: ${e.stack || e}`);
} finally {
  await browser.close();
}

finish(problems, 'the contributor wrote with the editor, the editor published, the citizen saw the same structure');
