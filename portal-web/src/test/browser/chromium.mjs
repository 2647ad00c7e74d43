// What every browser check shares: Debian's Chromium started headless the way these machines
// allow, signing in on Keycloak's form, the page check (axe-core and template leftovers), and the
// exit that reports the problems found (exit code 0 = all good).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export function launch() {
  return chromium.launch({
    executablePath: process.env.PORTAL_TEST_CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export function finish(problems, success) {
  if (problems.length) {
    console.log(problems.join('\n'));
    console.log(`${problems.length} problems`);
    process.exit(1);
  }
  console.log(success);
}

/** Counts what the page's Content-Security-Policy refused, and every script error, as problems of {@code who}. */
export function watch(page, who, problems) {
  page.on('console', (m) => { if (/Content Security Policy|Refused to/i.test(m.text())) problems.push(`${who}: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`${who}: script error ${e.message}`));
}

/** A page in a context of its own (no cookies shared with other pages), watched for CSP refusals and script errors. */
export async function openPage(browser, who, problems, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  watch(page, who, problems);
  return page;
}

/** Opens {@code url}, signs in on Keycloak's form it redirects to, and waits to be back on {@code url}. */
export async function signIn(page, url, username, password) {
  await page.goto(url, { waitUntil: 'load' });
  await page.fill('#username', username);
  await page.fill('#password', password);
  await Promise.all([page.waitForURL(url, { waitUntil: 'load' }), page.click('#kc-login')]);
}

/** {@code username}'s own watched page (a back-office sized window), signed in and showing {@code url}. */
export async function signedIn(browser, url, username, password, problems, options = {}) {
  const page = await openPage(browser, username, problems, { viewport: { width: 1366, height: 900 }, ...options });
  await signIn(page, url, username, password);
  return page;
}

/** Clicks {@code selector} (a form's button, a link) and waits for the page it leads to; returns that page's response. */
export async function submit(page, selector) {
  const [response] = await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click(selector)]);
  return response;
}

/** One county per shipped theme, as the test database has them. */
export const THEMED_COUNTIES = { weibin: 'classic', jintai: 'modern', chencang: 'landscape' };

/**
 * Opens each path on each county's site ({@code counties}: county → theme), in normal and in elder mode;
 * a page that does not answer 200 is a problem, the others are handed to {@code visit(page, where)}, where
 * holds url, path, county, theme, elder and the label problems name the page by. {@code paths} is a list,
 * or a function of the county giving one.
 */
export async function eachThemedPage(browser, port, counties, paths, problems, visit) {
  for (const [county, theme] of Object.entries(counties)) {
    for (const elder of [false, true]) {
      // axe is injected through the DevTools protocol, which the pages' CSP does not govern.
      const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } });
      if (elder) await context.addCookies([{ name: 'elder', value: '1', url: `http://${county}.localhost:${port}/` }]);
      const page = await context.newPage();
      for (const path of typeof paths === 'function' ? paths(county) : paths) {
        const url = `http://${county}.localhost:${port}${path}`;
        const response = await page.goto(url, { waitUntil: 'load' });
        if (response.status() !== 200) {
          problems.push(`${url}: status ${response.status()}`);
          continue;
        }
        await visit(page, { url, path, county, theme, elder, label: `${url}${elder ? ' (长者模式)' : ''} [${theme}]` });
      }
      await context.close();
    }
  }
}

/**
 * axe-core (WCAG 2.1 A and AA; serious and critical findings) and template leftovers on the page, added
 * to problems. A leftover is an unresolved {…}, a null, undefined or NaN anywhere in the text, a true or
 * false standing as a value (alone, or after a colon or bracket), in the text, in an attribute people
 * read or follow, or in a form field. Scripts, styles and templates are not text; {@code authored}, a
 * selector, names the parts of the page that show what people wrote (titles, messages, article bodies),
 * which are shown as written and may well contain braces or English words.
 */
export async function checkPage(page, label, problems, { authored } = {}) {
  await page.evaluate(axeSource);
  const result = await page.evaluate(() => axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
  }));
  for (const v of result.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')) {
    problems.push(`${label}: ${v.id} (${v.impact}) ${v.help}: ` + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | '));
  }
  const leftovers = await page.evaluate((authored) => {
    const skip = 'script, style, noscript, template, textarea' + (authored ? `, ${authored}` : '');
    const bare = /^(true|false|null|undefined|NaN)$/;
    const missing = /\b(null|undefined|NaN)\b/;
    const flag = /(^|[\s>：:（(])(true|false)($|[\s<）),，。])/;
    const braces = /\{[^{}]*\}/;
    const found = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement && node.parentElement.closest(skip)) continue;
      const text = node.textContent.trim();
      if (missing.test(text) || flag.test(text) || braces.test(text)) found.push(text.slice(0, 80));
    }
    for (const el of document.querySelectorAll('[alt],[title],[aria-label],[placeholder],[href],[src]')) {
      const written = authored && el.closest(authored);
      for (const a of ['alt', 'title', 'aria-label', 'placeholder', 'href', 'src']) {
        // An article's picture has its title as alt text, as written.
        if (written && (a === 'alt' || a === 'title')) continue;
        const v = el.getAttribute(a);
        if (v !== null && (bare.test(v) || braces.test(v))) found.push(`${a}="${v}"`);
      }
    }
    // A field's value: true or false are fine as what a checkbox, radio button, option or hidden field sends.
    for (const el of document.querySelectorAll('input, textarea, option')) {
      if (authored && el.closest(authored)) continue;
      const choice = el.tagName === 'OPTION' || ['checkbox', 'radio', 'hidden'].includes(el.type);
      const v = el.value;
      if (missing.test(v) && bare.test(v) || braces.test(v) || (!choice && bare.test(v))) found.push(`value="${v.slice(0, 80)}"`);
    }
    return found;
  }, authored);
  for (const text of leftovers) problems.push(`${label} shows "${text}"`);
}
