// A webmaster changes the county's colours, site name and logo in the back office, previews the
// draft, publishes it; a citizen sees the change only after publishing; the webmaster restores the
// earlier version and the citizen sees that too. Real Chromium, real Keycloak login.
// Usage: node webmaster-look.mjs <port> <screenshot-dir> <county> <username> <password> <logo.png> <version to restore>
import { launch, finish, signIn, submit as send } from './chromium.mjs';
import { mkdirSync } from 'node:fs';

const [port, shots, county, username, password, logo, versionBefore] = process.argv.slice(2);
mkdirSync(shots, { recursive: true });
const site = `http://${county}.localhost:${port}`;
const NEW_PRIMARY = '#0b6e4f';
const NEW_TITLE = '观网区人民政府门户网站';
const problems = [];
const expect = (ok, message) => { if (!ok) problems.push(message); };

const browser = await launch();

/** What a citizen's browser shows: the primary colour in effect, the title, whether a logo loaded. */
async function citizenSees(page) {
  await page.goto(`${site}/`, { waitUntil: 'load' });
  return page.evaluate(() => {
    const logo = document.querySelector('img.site-logo');
    return {
      primary: getComputedStyle(document.documentElement).getPropertyValue('--primary').trim(),
      title: document.querySelector('.site-title').textContent.trim(),
      logoLoaded: !!logo && logo.complete && logo.naturalWidth > 0,
    };
  });
}

async function submit(page, selector) {
  const response = await send(page, selector);
  const error = await page.$('#look-error');
  if (error) problems.push(`${selector}: refused with "${await error.textContent()}"`);
  if (response.status() !== 200) problems.push(`${selector}: answered ${response.status()} "${await page.title()}"`);
}

try {
  const citizen = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  const before = await citizenSees(citizen);
  await citizen.screenshot({ path: `${shots}/look-1-citizen-before.png` });

  // Sign in through Keycloak's own form.
  const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
  const page = await context.newPage();
  await signIn(page, `${site}/admin/look/`, username, password);

  await page.fill('input[name=primaryColor]', NEW_PRIMARY);
  await page.fill('input[name=siteTitle]', NEW_TITLE);
  await submit(page, '#save-draft');
  await page.setInputFiles('#upload-logo', logo);
  await submit(page, '#upload-logo-submit');
  expect(await page.isVisible('img.look-thumb'), 'the editor does not show the uploaded logo');
  await page.screenshot({ path: `${shots}/look-2-editor-with-draft.png`, fullPage: true });

  // The preview is the real home page with the draft, for the webmaster only; opened in a second
  // tab, as people do, and the editor's forms in the first tab must still work afterwards.
  const preview = await context.newPage();
  await preview.goto(`${site}/admin/look/preview`, { waitUntil: 'load' });
  const previewed = await preview.evaluate(() => ({
    primary: getComputedStyle(document.documentElement).getPropertyValue('--primary').trim(),
    logoLoaded: !!document.querySelector('img.site-logo')?.naturalWidth,
  }));
  expect(previewed.primary === NEW_PRIMARY, `preview shows ${previewed.primary}, not ${NEW_PRIMARY}`);
  expect(previewed.logoLoaded, 'preview does not show the logo');
  await preview.screenshot({ path: `${shots}/look-3-preview.png` });

  // The whole site with the draft, for the webmaster only, until they leave the preview.
  await submit(page, '#preview-site');
  expect(await page.isVisible('.preview-bar'), 'the whole-site preview shows no preview bar');
  await send(page, 'nav[aria-label="主导航"] a[href="/channels/tzgg"]');
  const channelPrimary = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--primary').trim());
  expect(channelPrimary === NEW_PRIMARY, `a channel page in the preview shows ${channelPrimary}`);
  await page.screenshot({ path: `${shots}/look-3b-whole-site-preview.png` });
  await send(page, '.preview-bar a[href="/admin/look/preview/exit"]');
  expect(page.url() === `${site}/admin/look/`, `leaving the preview went to ${page.url()}`);

  const meanwhile = await citizenSees(citizen);
  expect(meanwhile.primary === before.primary && !meanwhile.logoLoaded && meanwhile.title === before.title,
    `a citizen saw the draft before it was published: ${JSON.stringify(meanwhile)}`);

  await submit(page, '#publish');
  const after = await citizenSees(citizen);
  expect(after.primary === NEW_PRIMARY, `after publishing a citizen sees ${after.primary}, not ${NEW_PRIMARY}`);
  expect(after.logoLoaded, 'after publishing a citizen does not see the logo');
  expect(after.title === NEW_TITLE, `after publishing the title is "${after.title}"`);
  await citizen.screenshot({ path: `${shots}/look-4-citizen-after-publish.png` });

  // Restore the version that was live before.
  await page.goto(`${site}/admin/look/`, { waitUntil: 'load' });
  await submit(page, `button.restore[data-version="${versionBefore}"]`);
  const restored = await citizenSees(citizen);
  expect(restored.primary === before.primary && !restored.logoLoaded && restored.title === before.title,
    `after restoring a citizen sees ${JSON.stringify(restored)}, expected ${JSON.stringify(before)}`);
  await citizen.screenshot({ path: `${shots}/look-5-citizen-after-restore.png` });
  await page.screenshot({ path: `${shots}/look-6-editor-history.png`, fullPage: true });
} catch (e) {
  problems.push(`failed: ${e.stack || e}`);
} finally {
  await browser.close();
}

finish(problems, 'webmaster changed colours, title and logo, previewed, published and restored; the citizen saw each step');
