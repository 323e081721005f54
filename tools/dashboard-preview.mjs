// A preview of the Grafana dashboard docs/ops/grafana-tremplin.json without Grafana (which cannot be installed on
// the development machines): each panel's own PromQL queried from a real Prometheus over the last minutes, drawn
// with ECharts in a page laid out by the panels' gridPos, then screenshot by headless Chromium. Labelled as a
// preview on the image itself. Needs a Prometheus scraping a running Tremplin (docs/ops/monitoring.md) and the
// workbench's npm packages (src/main/workbench/node_modules, made by the Maven build) for ECharts.
//   node tools/dashboard-preview.mjs [prometheus-url] [minutes]      → docs/ops/images/grafana-preview.png
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

const prometheus = process.argv[2] ?? 'http://127.0.0.1:9090';
const minutes = Number(process.argv[3] ?? 20);
const dashboard = JSON.parse(readFileSync('docs/ops/grafana-tremplin.json', 'utf8'));
const echarts = resolve('src/main/workbench/node_modules/echarts/dist/echarts.min.js');
const end = Math.floor(Date.now() / 1000);
const start = end - minutes * 60;

async function range(expr) {
  const url = `${prometheus}/api/v1/query_range?query=${encodeURIComponent(expr)}&start=${start}&end=${end}&step=15`;
  const answer = await (await fetch(url)).json();
  if (answer.status !== 'success') throw new Error(`${expr}: ${answer.error}`);
  return answer.data.result;
}

const legend = (format, metric) => (format || '').replace(/\{\{\s*(\w+)\s*\}\}/g, (_, label) => metric[label] ?? '');
const panels = [];
let rows = 0;
for (const panel of dashboard.panels) {
  if (panel.type === 'row') { panels.push({ row: true, title: panel.title, gridPos: panel.gridPos }); rows++; continue; }
  const series = [];
  for (const target of panel.targets) {
    for (const result of await range(target.expr)) {
      series.push({ name: legend(target.legendFormat, result.metric) || target.expr,
        data: result.values.map(([t, v]) => [t * 1000, Number(v)]) });
    }
  }
  panels.push({ title: panel.title, type: panel.type, unit: panel.fieldConfig?.defaults?.unit, gridPos: panel.gridPos, series });
}
const unit = 62, column = 64;
const height = Math.max(...panels.map(p => (p.gridPos.y + p.gridPos.h) * unit)) + 90;
const html = `<!doctype html><html><head><meta charset="utf-8"><script src="file://${echarts}"></script>
<style>body{margin:0;background:#111217;color:#ccccdc;font:13px Inter,Arial,sans-serif}
.banner{height:70px;padding:10px 16px;box-sizing:border-box;border-bottom:1px solid #333}
.banner b{font-size:18px;color:#fff}.p{position:absolute;background:#181b1f;border:1px solid #2c2f36;border-radius:3px;box-sizing:border-box}
.p h3{margin:6px 10px;font-size:13px;font-weight:500;color:#fff}.r{position:absolute;color:#fff;font-size:15px;font-weight:500}
.c{position:absolute;left:4px;right:4px;top:28px;bottom:4px}.empty{padding:40px;text-align:center;color:#777}</style></head><body>
<div class="banner"><b>${dashboard.title}</b><br>PREVIEW rendered by tools/dashboard-preview.mjs from docs/ops/grafana-tremplin.json —
each panel's PromQL queried from Prometheus (${prometheus}) over the last ${minutes} min — not a Grafana screenshot.</div>
<div id="g" style="position:relative;height:${height}px"></div><script>
const panels = ${JSON.stringify(panels)}, unit = ${unit}, column = ${column};
const g = document.getElementById('g');
panels.forEach((p, i) => {
  const d = document.createElement('div');
  const pos = p.gridPos;
  if (p.row) { d.className = 'r'; d.style.cssText = 'left:10px;top:' + (pos.y * unit + 8) + 'px'; d.textContent = p.title; g.appendChild(d); return; }
  d.className = 'p';
  d.style.cssText = 'left:' + (pos.x * column + 4) + 'px;top:' + (pos.y * unit) + 'px;width:' + (pos.w * column - 8) + 'px;height:' + (pos.h * unit - 8) + 'px';
  d.innerHTML = '<h3></h3><div class="c"></div>'; d.querySelector('h3').textContent = p.title; g.appendChild(d);
  const c = d.querySelector('.c');
  if (!p.series.length) { c.innerHTML = '<div class="empty">No data</div>'; return; }
  const chart = echarts.init(c, 'dark', { renderer: 'svg' });
  const bar = p.type === 'bargauge';
  chart.setOption(bar ? {
    animation: false, backgroundColor: 'transparent', grid: { left: 190, right: 30, top: 10, bottom: 20 },
    xAxis: { type: 'value' }, yAxis: { type: 'category', data: p.series.map(s => s.name), axisLabel: { width: 180, overflow: 'truncate' } },
    series: [{ type: 'bar', data: p.series.map(s => s.data.length ? s.data[s.data.length - 1][1] : 0), itemStyle: { color: '#f2495c' } }]
  } : {
    animation: false, backgroundColor: 'transparent', grid: { left: 50, right: 12, top: 10, bottom: 48 },
    legend: { bottom: 0, type: 'scroll', textStyle: { color: '#ccccdc', fontSize: 10 } },
    xAxis: { type: 'time' }, yAxis: { type: 'value', name: p.unit === 'short' ? '' : p.unit, nameTextStyle: { fontSize: 10 } },
    series: p.series.map(s => ({ type: 'line', showSymbol: false, name: s.name, data: s.data }))
  });
});
</script></body></html>`;
mkdirSync('target/dashboard-preview', { recursive: true });
writeFileSync('target/dashboard-preview/index.html', html);
execFileSync('/usr/bin/chromium', ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--allow-file-access-from-files',
  `--window-size=1536,${height + 80}`, '--virtual-time-budget=5000', '--hide-scrollbars',
  `--screenshot=${resolve('docs/ops/images/grafana-preview.png')}`, `file://${resolve('target/dashboard-preview/index.html')}`],
  { stdio: 'inherit' });
console.log(`Panels: ${panels.filter(p => !p.row).length}, with data: ${panels.filter(p => p.series?.length).length}; docs/ops/images/grafana-preview.png`);
