// The message back office walked in real Chromium, by keyboard where people use it: the county
// editor accepts a citizen's message and routes it to the government office (Tab to each control,
// Enter to send); the office's information officer drafts the reply; the editor returns it with a
// comment; the officer reads the comment on the message page and redrafts; the editor approves it.
// Along the way the department's open list shows an old message flagged 逾期 and 超三个月未办结, the
// home pages show the message work lists, the webmaster's reply-time page and the city console's
// red flags are checked. axe-core on every page, template leftovers, the pages' own CSP,
// tablet width. Screenshots: messages-*.png.
// Usage: node message-back-office.mjs <port> <screenshot-dir> <county> <password> <message id> <title> <old message title>
import { launch, finish, checkPage, signedIn as signedInAt, submit } from './chromium.mjs';
import { mkdirSync } from 'node:fs';

const [port, shots, county, password, id, title, oldTitle] = process.argv.slice(2);
mkdirSync(shots, { recursive: true });
const site = `http://${county}.localhost:${port}`;
const consoleSite = `http://console.localhost:${port}`;
const problems = [];
const expect = (ok, message) => { if (!ok) problems.push(message); };

/** axe-core and template leftovers; the citizen's message is shown as written. */
const check = (page, name) => checkPage(page, name, problems, { authored: '.message-text' });

async function shot(page, name) {
  await page.screenshot({ path: `${shots}/messages-${name}.png`, fullPage: true });
}

const browser = await launch();

const signedIn = (base, username, path) =>
  signedInAt(browser, `${base}${path}`, username, password, problems, { locale: 'zh-CN' });

/** Presses Tab until the element matching {@code selector} has the focus: it is reachable by keyboard. */
async function tabTo(page, selector, what) {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement && document.activeElement.matches(s), selector)) return true;
  }
  problems.push(`${what}: not reachable with Tab (${selector})`);
  return false;
}

/** Sends the focused form with Enter and waits for the page it leads to; it must not be a refusal. */
async function enter(page, what) {
  const [response] = await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.keyboard.press('Enter')]);
  const error = await page.$('.form-error');
  if (error) problems.push(`${what}: refused with "${await error.textContent()}"`);
  expect(response.status() === 200, `${what}: answered ${response.status()}`);
}

const state = (page) => page.textContent('#message-state');

try {
  // 1. The county editor's inbox, then the message: particulars, and routing by keyboard.
  const editor = await signedIn(site, `${county}-editor`, '/admin/messages/inbox');
  expect((await editor.textContent('main')).includes(title), 'the inbox does not list the new message');
  await check(editor, 'inbox');
  await shot(editor, '1-inbox');
  await submit(editor, `a[href="/admin/messages/${id}"]`);
  expect((await editor.textContent('main')).includes('13912340021'), 'the editor does not see the citizen\'s phone');
  await check(editor, 'message (received)');
  await shot(editor, '2-received');
  if (await tabTo(editor, '#accept-form select[name=department]', 'routing')) {
    await editor.selectOption('#accept-form select[name=department]', 'zfb');
    await tabTo(editor, '#accept-form textarea[name=comment]', 'routing note');
    await editor.keyboard.type('请区政府办公室在期限内答复。');
    await tabTo(editor, '#accept-form button[type=submit]', 'accept button');
    await enter(editor, 'accept');
  }
  expect((await state(editor)) === '办理中', `after accepting, the state is ${await state(editor)}`);
  expect((await editor.textContent('[role=status]')).includes('已受理'), 'no confirmation after accepting');

  // 2. The office's officer: the department's open list with days left and the old message's flags.
  const officer = await signedIn(site, `${county}-zfb`, '/admin/messages/open');
  const rows = await officer.$$eval('table.message-table tbody tr', (trs) => trs.map((tr) => tr.textContent));
  const oldRow = rows.find((r) => r.includes(oldTitle)) || '';
  expect(oldRow.includes('逾期') && oldRow.includes('超三个月未办结'), `the old message's row: ${oldRow.replace(/\s+/g, ' ')}`);
  const newRow = rows.find((r) => r.includes(title)) || '';
  expect(newRow.includes('剩余 5 个工作日'), `the new message's row: ${newRow.replace(/\s+/g, ' ')}`);
  expect(rows[0].includes(oldTitle), 'the most urgent message is not first');
  await check(officer, 'department open list');
  await shot(officer, '3-department-open');
  await officer.goto(`${site}/admin/`, { waitUntil: 'load' });
  expect((await officer.textContent('#work-messages')).includes('本部门待办留言（2 条，逾期 1 条）'),
    `officer's home: ${(await officer.textContent('#work-messages')).replace(/\s+/g, ' ').slice(0, 200)}`);
  await check(officer, 'officer home');
  await shot(officer, '3b-officer-home');

  // 3. The officer drafts the reply (keyboard), the editor sends it back with a comment.
  await officer.goto(`${site}/admin/messages/${id}`, { waitUntil: 'load' });
  if (await tabTo(officer, '#reply-text', 'reply text')) {
    await officer.keyboard.type('您好！您反映的路灯问题已转城管部门处理。');
    await tabTo(officer, '#reply-form button[type=submit]', 'submit reply');
    await enter(officer, 'draft');
  }
  expect((await state(officer)) === '待审核', `after drafting, the state is ${await state(officer)}`);
  await editor.goto(`${site}/admin/messages/approval`, { waitUntil: 'load' });
  await check(editor, 'approval queue');
  await shot(editor, '4-approval');
  await submit(editor, `a[href="/admin/messages/${id}"]`);
  if (await tabTo(editor, '#review-form textarea[name=comment]', 'review comment')) {
    await editor.keyboard.type('请写明处理时限和联系电话。');
    await tabTo(editor, '#review-form button[formaction$="/return"]', 'return button');
    await enter(editor, 'return');
  }
  expect((await state(editor)) === '办理中', `after returning, the state is ${await state(editor)}`);

  // 4. The officer sees the comment on the message and redrafts.
  await officer.goto(`${site}/admin/messages/${id}`, { waitUntil: 'load' });
  const comment = await officer.textContent('.return-comment');
  expect(comment.includes('请写明处理时限和联系电话。'), `return comment shown: ${comment}`);
  expect((await officer.inputValue('#reply-text')).includes('已转城管部门处理'), 'the draft is not kept for redrafting');
  await check(officer, 'message (returned)');
  await shot(officer, '5-returned');
  await officer.fill('#reply-text', '您好！您反映的路灯问题已转城管部门处理，3 个工作日内修复。联系电话：0917-3261234。');
  await submit(officer, '#reply-form button[type=submit]');

  // 5. The editor approves; the history shows every step.
  await editor.goto(`${site}/admin/messages/${id}`, { waitUntil: 'load' });
  await check(editor, 'message (review)');
  await shot(editor, '6-review');
  if (await tabTo(editor, '#review-form button[type=submit]:not([formaction])', 'approve button')) await enter(editor, 'approve');
  expect((await state(editor)) === '已答复', `after approving, the state is ${await state(editor)}`);
  const steps = await editor.$$eval('#message-history tbody tr', (trs) => trs.map((tr) => tr.children[2].textContent));
  expect(JSON.stringify(steps) === JSON.stringify(['收到留言', '受理并转办', '拟写答复', '退回答复', '拟写答复', '审核通过并答复']),
    `history: ${steps}`);
  await check(editor, 'message (replied)');
  await shot(editor, '7-replied');
  await editor.goto(`${site}/admin/`, { waitUntil: 'load' });
  await check(editor, 'editor home');
  await shot(editor, '8-editor-home');

  // On a tablet (768 px wide) the message pages fit without sideways scrolling.
  await editor.setViewportSize({ width: 768, height: 1024 });
  for (const path of [`/admin/messages/${id}`, '/admin/messages/', '/admin/messages/open']) {
    await editor.goto(`${site}${path}`, { waitUntil: 'load' });
    const overflow = await editor.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow <= 1, `${path} is ${overflow}px wider than a tablet screen`);
  }
  await shot(editor, '9-tablet-list');

  // 6. The webmaster's reply time.
  const webmaster = await signedIn(site, `${county}-webmaster`, '/admin/messages/settings');
  await check(webmaster, 'reply time settings');
  await shot(webmaster, '10-settings');

  // 7. The city console: the county's red flag, linked to the message in its back office.
  const city = await signedIn(consoleSite, 'city-admin', '/console/');
  const flagged = await city.textContent(`#red-${county}`);
  expect(flagged.includes(oldTitle), `console red flags of ${county}: ${flagged.replace(/\s+/g, ' ')}`);
  await check(city, 'console dashboard');
  await city.locator(`#red-${county}`).scrollIntoViewIfNeeded();
  await shot(city, '11-console');
} finally {
  await browser.close();
}
finish(problems, 'the editor routed, returned and approved by keyboard; the officer drafted and redrafted; flags and pages checked');
