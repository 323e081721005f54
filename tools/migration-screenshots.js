// Screenshots of moving running cases for README: the Processes list with an older onboarding version that
// still holds cases, the move page's plan, and its result. Needs a running app (./mvnw spring-boot:run) whose
// database holds running onboarding cases on an older version than the latest (e.g. the demo's cases after a
// new version was deployed), and once: npm i --prefix tools playwright-core. MOVES the cases of that version.
// Run: PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 node tools/migration-screenshots.js   → docs/images/workbench-move-*.png
process.env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD = '1';
const { chromium } = require('playwright-core');
const base = process.env.TREMPLIN_URL || 'http://localhost:8080';
(async () => {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless=new', '--no-sandbox', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'] });
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  await page.goto(base + '/login');
  await page.fill('vaadin-login-form input[name=username]', 'processowner');
  await page.fill('vaadin-login-form input[name=password]', 'demo');
  await page.keyboard.press('Enter');
  await page.waitForURL(u => !u.toString().includes('/login'));
  await page.goto(base + '/processes');
  await page.waitForSelector('#processes-grid');
  await page.waitForTimeout(1500);
  await page.screenshot({ path: 'docs/images/workbench-processes.png' });
  const move = page.locator('[id^="move-onboarding-"]').first();
  await move.click();
  await page.waitForSelector('#migration-summary');
  await page.waitForTimeout(1500);
  await page.setViewportSize({ width: 1400, height: 1400 });
  await page.screenshot({ path: 'docs/images/workbench-move-plan.png' });
  await page.fill('#migration-note textarea', 'Onboarding cases follow the new step names');
  await page.keyboard.press('Tab');
  await page.click('#migration-run');
  await page.waitForFunction(() => (document.getElementById('migration-status') || {}).textContent?.match(/Done|Terminé|Fertig/), null, { timeout: 60000 });
  await page.waitForTimeout(1500);
  await page.screenshot({ path: 'docs/images/workbench-move-result.png' });
  await browser.close();
})();
