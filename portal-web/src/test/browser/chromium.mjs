// What every browser check shares: Debian's Chromium started headless the way these machines
// allow, and the exit that reports the problems found (exit code 0 = all good).
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

// axe-core (WCAG 2.1 A and AA; serious and critical findings) and template leftovers (a bare true, false,
// null or undefined, or an unresolved {…} in text or in an attribute) on the page, added to problems.
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
      const text = node.textContent.trim();
      if (/^(true|false|null|undefined)$/.test(text) || /\{[^{}]*\}/.test(text)) found.push(text.slice(0, 80));
    }
    for (const el of document.querySelectorAll('[alt],[title],[aria-label],[href],[src],[value]')) {
      for (const a of ['alt', 'title', 'aria-label', 'href', 'src', 'value']) {
        const v = el.getAttribute(a);
        if (v !== null && (/^(true|false|null|undefined)$/.test(v) || /\{[^{}]*\}/.test(v))) found.push(`${a}="${v}"`);
      }
    }
    return found;
  });
  for (const text of leftovers) problems.push(`${label} shows "${text}"`);
}
