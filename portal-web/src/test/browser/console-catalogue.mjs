// The city administrator adds a node in the catalogue tree editor, releases a new version with a
// note, and a county's public disclosure page shows the new node. Real Chromium, real Keycloak login.
// Usage: node console-catalogue.mjs <port> <screenshot-dir> <county> <password>
import { launch, finish, checkPage, signIn } from './chromium.mjs';
import { mkdirSync } from 'node:fs';

const [port, shots, county, password] = process.argv.slice(2);
mkdirSync(shots, { recursive: true });
const base = `http://console.localhost:${port}`;
const NODE = { code: 'xczx', name: '乡村振兴', parent: 'zdly' };
const NOTE = '重点领域信息下新增“乡村振兴”';
const problems = [];
const expect = (ok, message) => { if (!ok) problems.push(message); };

const browser = await launch();
try {
  const page = await (await browser.newContext({ bypassCSP: true, viewport: { width: 1366, height: 900 } })).newPage();
  await signIn(page, `${base}/console/catalogue`, 'city-admin', password);
  await checkPage(page, 'catalogue tree', problems);
  await page.screenshot({ path: `${shots}/catalogue-1-tree.png`, fullPage: true });

  await page.selectOption('#add-parent', NODE.parent);
  await page.fill('#add-name', NODE.name);
  await page.fill('#add-code', NODE.code);
  await page.check('input[name=allowLocalChildren]');
  await Promise.all([page.waitForURL(/\/console\/catalogue\?done=added$/), page.click('#add-node')]);
  const placed = await page.$(`li[data-code="${NODE.parent}"] li[data-code="${NODE.code}"]`);
  expect(!!placed, 'the new node is not shown under its parent in the tree');
  expect((await page.textContent('#draft-state')).includes('尚未发布的草稿'), 'the page does not say the change is a draft');
  await checkPage(page, 'catalogue tree with draft', problems);
  await page.screenshot({ path: `${shots}/catalogue-2-draft.png`, fullPage: true });

  // The node's own page (rename, move, order, local children) is part of the editor too.
  await Promise.all([page.waitForURL(`${base}/console/catalogue/nodes/${NODE.code}`),
    page.click(`li[data-code="${NODE.code}"] > a`)]);
  await checkPage(page, 'catalogue node', problems);
  await page.screenshot({ path: `${shots}/catalogue-3-node.png`, fullPage: true });
  await Promise.all([page.waitForURL(`${base}/console/catalogue`), page.click('main a[href="/console/catalogue"]')]);

  // Before the release no county sees it.
  const citizen = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await citizen.goto(`http://${county}.localhost:${port}/disclosure`, { waitUntil: 'load' });
  expect(!(await citizen.textContent('main')).includes(NODE.name), 'the county shows the node before the release');

  await page.fill('#release-note', NOTE);
  await Promise.all([page.waitForURL(/\/console\/catalogue\?done=released$/), page.click('#release')]);
  expect((await page.textContent('#notice')).includes('新版本已发布'), 'no notice that the version was released');
  expect((await page.textContent('main')).includes(NOTE), 'the page does not show the release note');
  await checkPage(page, 'catalogue released', problems);
  await page.screenshot({ path: `${shots}/catalogue-4-released.png`, fullPage: true });

  await citizen.goto(`http://${county}.localhost:${port}/disclosure`, { waitUntil: 'load' });
  expect((await citizen.textContent('main')).includes(NODE.name), `the ${county} disclosure page does not show ${NODE.name}`);
  await citizen.screenshot({ path: `${shots}/catalogue-5-county-disclosure.png`, fullPage: true });
} catch (e) {
  problems.push(`failed: ${e.stack || e}`);
} finally {
  await browser.close();
}
finish(problems, 'the released catalogue node shows on the county disclosure page');
