// What a screen reader is given, and how the screens hold up at 200 % zoom, in headless Chromium.
// Needs a running app (./mvnw spring-boot:run) and, once: npm i --prefix tools playwright-core
// Run: PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 node tools/reader-and-zoom-check.js OUT_DIR /inbox /jobseeker/DE-2026-004211 …
// For each path (signed in as counsellor/demo): OUT_DIR/<name>.aria.yaml, the accessibility tree that
// Chromium hands to screen readers (roles, names, states; Playwright's ARIA snapshot), and
// OUT_DIR/<name>-200.png, the page at 1280×800 and 200 % zoom (a 640×400 CSS-pixel viewport at device
// scale 2, what a browser's zoom does); it also reports content wider than the viewport (WCAG 1.4.4/1.4.10).
// A path "task:first" opens the first task of the agency's list.
process.env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD = '1';
const { chromium } = require('playwright-core');
const fs = require('fs');
const path = require('path');
(async () => {
  const [out, ...paths] = process.argv.slice(2);
  fs.mkdirSync(out, { recursive: true });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless=new', '--no-sandbox', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'] });
  const reader = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const zoomed = await browser.newPage({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });
  for (const page of [reader, zoomed]) {
    await page.goto('http://localhost:8080/login');
    await page.fill('vaadin-login-form input[name=username]', 'counsellor');
    await page.fill('vaadin-login-form input[name=password]', 'demo');
    await page.keyboard.press('Enter');
    await page.waitForURL(u => u.toString().includes('/inbox'));
  }
  for (let p of paths) {
    if (p === 'task:first') {
      await reader.goto('http://localhost:8080/inbox');
      await reader.waitForTimeout(2500);
      await reader.keyboard.press('Alt+2');
      await reader.waitForTimeout(1500);
      const link = await reader.evaluate(() => {
        const a = [...document.querySelectorAll('vaadin-grid a, vaadin-grid-cell-content a')].find(x => x.href.includes('/tasks/'));
        return a ? new URL(a.href).pathname : null;
      });
      if (!link) { console.log('no task link found'); continue; }
      p = link;
    }
    const name = p.replace(/^\//, '').replace(/[^A-Za-z0-9-]+/g, '_') || 'root';
    for (const page of [reader, zoomed]) {
      await page.goto('http://localhost:8080' + p);
      await page.waitForTimeout(3000);
    }
    fs.writeFileSync(path.join(out, name + '.aria.yaml'), await reader.locator('body').ariaSnapshot());
    await zoomed.screenshot({ path: path.join(out, name + '-200.png'), fullPage: true });
    const overflow = await zoomed.evaluate(() => {
      const width = document.documentElement.clientWidth;
      return [...document.querySelectorAll('body *')].filter(e => {
        const r = e.getBoundingClientRect();
        return r.width > 0 && r.right > width + 1 && getComputedStyle(e).position !== 'fixed' && !e.closest('vaadin-grid');
      }).slice(0, 5).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : ''));
    });
    console.log('==', p, '→', name, overflow.length ? 'wider than the zoomed viewport: ' + overflow.join(', ') : 'no content wider than the zoomed viewport');
  }
  await browser.close();
})();
