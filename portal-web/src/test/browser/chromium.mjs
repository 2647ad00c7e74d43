// What every browser check shares: Debian's Chromium started headless the way these machines
// allow, and the exit that reports the problems found (exit code 0 = all good).
import { chromium } from 'playwright-core';

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
