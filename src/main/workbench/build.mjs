// Builds the workbench bundle (workbench.js + workbench.css + fonts; charts.js) into the directory given as the first
// argument (Maven: target/classes/META-INF/resources/workbench). Installs node_modules with `npm ci` when
// they are missing or older than package-lock.json; skips the bundle when nothing it is made of changed.
import { execSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = resolve(process.argv[2] || join(here, 'dist'));
const started = Date.now();

function inputsHash() {
  const hash = createHash('sha256');
  const files = ['package-lock.json', '.bpmnlintrc', 'build.mjs',
    ...readdirSync(join(here, 'src')).filter(f => !f.includes('.generated.')).map(f => join('src', f))];
  for (const file of files.sort()) {
    hash.update(file).update(readFileSync(join(here, file)));
  }
  return hash.digest('hex');
}

const stamp = join(out, '.inputs');
const hash = inputsHash();
if (existsSync(stamp) && readFileSync(stamp, 'utf8') === hash && existsSync(join(out, 'workbench.js'))
    && existsSync(join(out, 'charts.js'))) {
  console.log(`workbench bundle up to date in ${out}`);
  process.exit(0);
}

const installed = join(here, 'node_modules', '.package-lock.json');
if (!existsSync(installed) || statSync(installed).mtimeMs < statSync(join(here, 'package-lock.json')).mtimeMs) {
  console.log('workbench: npm ci');
  // Carbon's @ibm/telemetry-js would start background reporters on a closed network: off
  execSync('npm ci --no-audit --no-fund --loglevel=error', {
    cwd: here, stdio: 'inherit', env: { ...process.env, IBM_TELEMETRY_DISABLED: 'true' },
  });
}

// bpmnlint's rules are resolved at build time into a module the browser can load (what bpmnlint-loader does).
const require = createRequire(join(here, 'package.json'));
const compileConfig = require('bpmnlint/lib/support/compile-config');
const config = JSON.parse(readFileSync(join(here, '.bpmnlintrc'), 'utf8'));
writeFileSync(join(here, 'src', 'bpmnlint-config.generated.js'), await compileConfig(config));

const esbuild = require('esbuild');
mkdirSync(out, { recursive: true });
await esbuild.build({
  absWorkingDir: here,
  entryPoints: { workbench: 'src/workbench.js', charts: 'src/charts.js' },
  bundle: true,
  minify: true,
  sourcemap: false,
  format: 'iife',
  target: ['chrome110', 'firefox110', 'safari16'],
  outdir: out,
  loader: { '.woff': 'file', '.woff2': 'file', '.ttf': 'file', '.eot': 'file', '.svg': 'file' },
  legalComments: 'linked',
  logLevel: 'warning'
});
writeFileSync(stamp, hash);
console.log(`workbench bundle built in ${out} (${Date.now() - started} ms)`);
