// Accessibility audit (axe-core, WCAG 2.1 A and AA rules) of Tremplin's screens in headless Chromium.
// Needs a running app (./mvnw spring-boot:run) and, once: npm i --prefix tools playwright-core axe-core
// Run: PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 node tools/axe-audit.js /inbox /catalogue /jobseeker/DE-2026-004211
// (logs in as counsellor/demo, or AUDIT_USER; /login is always audited first). Results: docs/accessibility.md.
process.env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD = '1';
const { chromium } = require('playwright-core');
const fs = require('fs');
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
(async () => {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless=new', '--no-sandbox', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'] });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  async function audit(path) {
    await page.goto('http://localhost:8080' + path);
    await page.waitForTimeout(3000);
    await page.addScriptTag({ content: axeSource });
    const result = await page.evaluate(async () => await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }));
    console.log('==', path, result.violations.length, 'violations');
    for (const v of result.violations) {
      console.log('  ', v.impact, v.id, '-', v.help, '(' + v.nodes.length + ')', v.nodes.slice(0, 2).map(n => n.target.join(' ')).join(' | '));
    }
  }
  await audit('/login');
  await page.fill('vaadin-login-form input[name=username]', process.env.AUDIT_USER || 'counsellor');
  await page.fill('vaadin-login-form input[name=password]', 'demo');
  await page.keyboard.press('Enter');
  await page.waitForURL(u => !u.toString().includes('/login'));
  for (const p of process.argv.slice(2)) await audit(p);
  await browser.close();
})();
