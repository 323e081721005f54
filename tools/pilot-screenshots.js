// Screenshots for README of the pilot's verdict (issue 20): the supervisor's pilot review (exit to employment at
// 6 months, satisfaction) and a French counsellor's inbox and task screen with French step names.
// Needs a freshly started app (./mvnw spring-boot:run, demo on) and, once: npm i --prefix tools playwright-core.
// Run: PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 node tools/pilot-screenshots.js   → docs/images/pilot-*.png
process.env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD = '1';
const { chromium } = require('playwright-core');
const base = process.env.TREMPLIN_URL || 'http://localhost:8080';
async function signIn(browser, user, language) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  await page.goto(base + '/login');
  if (language) {
    // the login page's language select (its choice is kept for the user)
    await page.click('#language-select');
    await page.click(`vaadin-select-item:has-text("${language}")`);
    await page.waitForTimeout(2500);
  }
  await page.fill('vaadin-login-form input[name=username]', user);
  await page.fill('vaadin-login-form input[name=password]', 'demo');
  await page.keyboard.press('Enter');
  await page.waitForURL(u => !u.toString().includes('/login'));
  await page.addStyleTag({ content: 'vaadin-dev-tools, copilot-main, vaadin-dev-tools-notification { display: none !important; }' });
  return page;
}
(async () => {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless=new', '--no-sandbox', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'] });
  const supervisor = await signIn(browser, 'supervisor');
  await supervisor.goto(base + '/pilot-review');
  await supervisor.waitForSelector('#pilot-review-employment', { timeout: 120000 });
  await supervisor.waitForTimeout(1500);
  await supervisor.addStyleTag({ content: 'vaadin-dev-tools, copilot-main, vaadin-dev-tools-notification { display: none !important; }' });
  for (const [id, file] of [['pilot-review-employment', 'pilot-employment'], ['pilot-review-satisfaction', 'pilot-satisfaction']]) {
    const section = supervisor.locator('#' + id);
    if (await section.count() === 0) { console.log('no #' + id); continue; }
    await section.scrollIntoViewIfNeeded();
    await supervisor.waitForTimeout(800);
    await section.screenshot({ path: `docs/images/${file}.png` });
    console.log('docs/images/' + file + '.png');
  }
  const counsellor = await signIn(browser, 'counsellor', 'Français');
  await counsellor.goto(base + '/inbox');
  await counsellor.waitForTimeout(3000);
  await counsellor.addStyleTag({ content: 'vaadin-dev-tools, copilot-main, vaadin-dev-tools-notification { display: none !important; }' });
  await counsellor.screenshot({ path: 'docs/images/inbox-fr.png' });
  await browser.close();
})();
