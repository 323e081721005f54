// Case ownership as README's walk-through shows it (issue 21), on a freshly started embedded default
// (./mvnw spring-boot:run): `supervisor` records an absence of `counsellor` covered by `counsellor3` and hands
// counsellor's open tasks over; `counsellor3` finds them in My tasks, "covering for counsellor"; the cockpit's team
// workload lists who is away. Changes the demo data (restart afresh after). Needs once:
// npm i --prefix tools playwright-core.
// Run: node tools/ownership-screenshots.js → docs/images/absences.png, docs/images/inbox-covering.png
process.env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD = '1';
const { chromium } = require('playwright-core');
const base = process.env.TREMPLIN_URL || 'http://localhost:8080';
const hide = 'vaadin-dev-tools, copilot-main, vaadin-dev-tools-notification { display: none !important; }';

async function signIn(page, user) {
  await page.context().clearCookies();
  await page.goto(base + '/login');
  await page.fill('vaadin-login-form input[name=username]', user);
  await page.fill('vaadin-login-form input[name=password]', 'demo');
  await page.keyboard.press('Enter');
  await page.waitForURL(u => !u.toString().includes('/login'));
}

async function pick(page, combo, text) {
  const input = page.locator('#' + combo + ' input');
  await input.fill(text);
  await page.waitForFunction(([id, label]) => {
    const c = document.getElementById(id);
    return c.opened && Array.isArray(c.filteredItems) && c.filteredItems.length === 1 && c.filteredItems[0] && c.filteredItems[0].label === label;
  }, [combo, text]);
  await input.press('ArrowDown');
  await input.press('Enter');
}

(async () => {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless=new', '--no-sandbox', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'] });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await signIn(page, 'supervisor');
  await page.goto(base + '/absences');
  await page.waitForSelector('#absence-record');
  await page.addStyleTag({ content: hide });
  await pick(page, 'absence-counsellor', 'Claire Schmit');
  await pick(page, 'absence-colleague', 'Sophie Hansen');
  await page.click('#absence-record');
  await page.waitForSelector('#absences vaadin-button');
  await page.waitForTimeout(1500);
  await page.locator('#absences vaadin-button', { hasText: 'Hand over' }).first().click();
  await page.waitForTimeout(2000);
  await page.screenshot({ path: 'docs/images/absences.png' });
  await page.goto(base + '/cockpit');
  await page.waitForSelector('#cockpit-tabs');
  await page.addStyleTag({ content: hide });
  await page.locator('vaadin-tab', { hasText: /workload/i }).first().click();
  await page.waitForSelector('#cockpit-absences');
  await page.waitForTimeout(1000);
  await page.screenshot({ path: '/tmp/cockpit-absences.png', fullPage: true });

  await signIn(page, 'counsellor3');
  await page.goto(base + '/inbox');
  await page.waitForSelector('#inbox-grid');
  await page.addStyleTag({ content: hide });
  await page.click('#inbox-list-mine');
  await page.waitForTimeout(2500);
  await page.screenshot({ path: 'docs/images/inbox-covering.png' });
  console.log((await page.locator('#inbox-grid').innerText()).split('\n').slice(0, 12).join(' | '));
  await browser.close();
})();
