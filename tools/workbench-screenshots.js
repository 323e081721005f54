// Screenshots of the process owners' workbench for README: the decision replay and the test panel on the
// route table, with the demo's 240 decisions. Needs a freshly started app (./mvnw spring-boot:run, demo on)
// and, once: npm i --prefix tools playwright-core. Edits the processowner's draft of the route table
// ("very low digital skills" up to 6) and discards it at the end, deploys nothing.
// Run: PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 node tools/workbench-screenshots.js   → docs/images/workbench-*.png
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
  await page.goto(base + '/processes/edit/bpmn/digital-readiness.dmn');
  await page.addStyleTag({ content: 'vaadin-dev-tools { display: none !important; }' });
  const cell = page.locator("tremplin-dmn-editor td[data-element-id='rule-basic-in3'] [contenteditable]").first();
  await cell.waitFor();
  await cell.click();
  await cell.evaluate(el => { el.focus(); window.getSelection().selectAllChildren(el); document.execCommand('insertText', false, '<= 6'); });
  await page.waitForFunction(() => document.getElementById('editor-status').textContent.includes('draft'));
  await page.screenshot({ path: 'docs/images/workbench-dmn-edit.png' });
  await page.click('#editor-replay');
  await page.click('#replay-run');
  await page.waitForSelector('#replay-summary');
  await page.waitForTimeout(1500);
  await page.setViewportSize({ width: 1400, height: 2000 });
  await page.waitForTimeout(1000);
  await page.screenshot({ path: 'docs/images/workbench-replay.png' });
  await page.setViewportSize({ width: 1400, height: 1000 });
  await page.click('#replay-close');
  await page.click('#editor-test');
  for (const [name, value] of Object.entries({ languageScore: '2', accessScore: '5', skillsScore: '6', conditionsScore: '3', confidence: '3' })) {
    await page.fill(`#decision-test-${name} input`, value);
  }
  await page.click('#decision-test-evaluate');
  await page.waitForFunction(() => document.getElementById('decision-test-outcome').textContent.length > 0);
  await page.screenshot({ path: 'docs/images/workbench-decision-test.png' });
  await page.keyboard.press('Escape');
  await page.click('#editor-discard');
  await page.waitForTimeout(1000);
  await browser.close();
})();
