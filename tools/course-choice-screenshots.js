// The jobseeker's online course choice as a user meets it (issue 20), for README: `counsellor` lets Leila Majerus
// (demo) choose online, her file shows the message with the personal link, and a phone-sized window chooses a
// course from it. Needs a freshly started app (./mvnw spring-boot:run, demo on; uses up the demo course choice) and,
// once: npm i --prefix tools playwright-core.
// Run: PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 node tools/course-choice-screenshots.js → docs/images/course-choice-phone.png
process.env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD = '1';
const { chromium } = require('playwright-core');
const base = process.env.TREMPLIN_URL || 'http://localhost:8080';
const hide = 'vaadin-dev-tools, copilot-main, vaadin-dev-tools-notification { display: none !important; }';
(async () => {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless=new', '--no-sandbox', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'] });
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  await page.goto(base + '/login');
  await page.fill('vaadin-login-form input[name=username]', 'counsellor');
  await page.fill('vaadin-login-form input[name=password]', 'demo');
  await page.keyboard.press('Enter');
  await page.waitForURL(u => !u.toString().includes('/login'));
  await page.goto(base + '/inbox');
  await page.addStyleTag({ content: hide });
  await page.click('a:has-text("Choose a course with the jobseeker"), a:has-text("Choisir une formation avec")');
  await page.waitForSelector('#choose-online', { timeout: 60000 });
  await page.addStyleTag({ content: hide });
  await page.click('#choose-online');
  await page.waitForTimeout(3000);
  await page.goto(base + '/jobseeker/DE-2026-003039');
  await page.waitForSelector('#file-messages');
  await page.addStyleTag({ content: hide });
  // the message as it was sent, with the personal link
  await page.locator('#file-messages vaadin-grid-cell-content:has-text("@")').first().click();
  await page.waitForTimeout(1500);
  const text = await page.evaluate(() => document.body.innerText + [...document.querySelectorAll('vaadin-dialog-overlay')].map(d => d.innerText).join(' '));
  const link = (text.match(/\/course-choice\/[A-Za-z0-9_-]{20,}/) || [])[0];
  if (!link) { console.log('no link in the file'); await page.screenshot({ path: '/tmp/file.png', fullPage: true }); process.exit(1); }
  console.log('link', link.substring(0, 30) + '…');
  const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
  await phone.goto(base + link);
  await phone.waitForSelector('#course-shortlist', { timeout: 60000 });
  await phone.addStyleTag({ content: hide });
  await phone.waitForTimeout(1000);
  await phone.screenshot({ path: 'docs/images/course-choice-phone.png' });
  await phone.click('#course-shortlist vaadin-button >> nth=0');
  await phone.waitForSelector('#course-confirm');
  await phone.click('#course-confirm');
  await phone.waitForSelector('#outcome', { timeout: 60000 });
  await phone.waitForTimeout(800);
  await phone.screenshot({ path: '/tmp/course-choice-done.png' });
  console.log(await phone.locator('#outcome').innerText());
  await browser.close();
})();
