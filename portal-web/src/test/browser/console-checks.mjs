// What every console browser check does on each page it visits: axe-core (no serious or critical
// violation) and no template leftovers (a bare null/true/false or an unresolved {…}) in the text.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export async function checkPage(page, label, problems) {
  await page.evaluate(axeSource);
  const result = await page.evaluate(() => axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
  }));
  for (const v of result.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')) {
    problems.push(`${label}: ${v.id} (${v.impact}) ${v.help}: ` + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | '));
  }
  const leftovers = await page.evaluate(() => {
    const found = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent;
      if (/(^|[\s>：:（(])(null|true|false|undefined)($|[\s<）),，。])/.test(text) || /\{[^}]*\}/.test(text)) {
        found.push(text.trim().slice(0, 80));
      }
    }
    const values = [...document.querySelectorAll('input:not([type=hidden]):not([type=checkbox]):not([type=radio]), textarea')]
      .map(e => e.value).filter(v => /^(null|true|false)$/.test(v) || /\{[^}]*\}/.test(v));
    return found.concat(values);
  });
  for (const text of leftovers) problems.push(`${label}: shows a template leftover "${text}"`);
  return result.violations.length;
}

/** Signs in on Keycloak's form, which the first visit to a console page redirected to. */
export async function signIn(page, url, username, password) {
  await page.goto(url, { waitUntil: 'load' });
  await page.fill('#username', username);
  await page.fill('#password', password);
  await Promise.all([page.waitForURL(url, { waitUntil: 'load' }), page.click('#kc-login')]);
}
