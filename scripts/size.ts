/**
 * `npm run size`: builds the app and a bare Vite + React + router page the same way, and prints the
 * gzip size of what the first load fetches (the entry script, its static imports and CSS).
 * Budget (DESIGN.md): ≤ 110 KB gzip of JS+CSS. Exits non-zero over budget.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import react from '@vitejs/plugin-react';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BUDGET_KB = 110;

function firstLoad(distDir: string): { files: { file: string; gzip: number }[]; total: number } {
  const html = readFileSync(path.join(distDir, 'index.html'), 'utf8');
  const refs = new Set<string>();
  for (const m of html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*\shref)="([^"]+\.(?:js|css))"/g))
    refs.add(path.posix.normalize(m[1]!));
  // Static imports of the entry chunk load with it; dynamic imports (report, worker) do not.
  const queue = [...refs].filter((r) => r.endsWith('.js'));
  while (queue.length) {
    const ref = queue.pop()!;
    const code = readFileSync(path.join(distDir, ref), 'utf8');
    for (const m of code.matchAll(
      /(?:^|[;\n}])\s*import\s*(?:[\w${},*\s]+from\s*)?["'](\.\/[^"']+\.js)["']/g,
    )) {
      const dep = path.posix.normalize(path.posix.join(path.posix.dirname(ref), m[1]!));
      if (!refs.has(dep)) {
        refs.add(dep);
        queue.push(dep);
      }
    }
  }
  const files = [...refs].map((file) => ({
    file,
    gzip: gzipSync(readFileSync(path.join(distDir, file)), { level: 9 }).length,
  }));
  return { files, total: files.reduce((n, f) => n + f.gzip, 0) };
}

/** Every other JS/CSS file of the build: loaded later (engine, codec, report, worker). */
function lazyFiles(distDir: string, first: Set<string>): { file: string; gzip: number }[] {
  const dir = path.join(distDir, 'assets');
  return readdirSync(dir)
    .map((f) => `assets/${f}`)
    .filter((f) => /\.(js|css)$/.test(f) && !first.has(f))
    .map((file) => ({
      file,
      gzip: gzipSync(readFileSync(path.join(distDir, file)), { level: 9 }).length,
    }));
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

async function main(): Promise<void> {
  await build({ root, logLevel: 'warn', configFile: path.join(root, 'vite.config.ts') });
  await build({
    root: path.join(root, 'scripts/size-baseline'),
    configFile: false,
    base: './',
    logLevel: 'warn',
    plugins: [react()],
    build: { outDir: path.join(root, 'dist-baseline'), emptyOutDir: true },
  });
  const app = firstLoad(path.join(root, 'dist'));
  const base = firstLoad(path.join(root, 'dist-baseline'));
  console.log('first-load JS+CSS, gzip -9');
  for (const f of app.files) console.log(`  app       ${f.file.padEnd(40)} ${kb(f.gzip)}`);
  for (const f of base.files) console.log(`  baseline  ${f.file.padEnd(40)} ${kb(f.gzip)}`);
  for (const f of lazyFiles(path.join(root, 'dist'), new Set(app.files.map((x) => x.file))))
    console.log(`  lazy      ${f.file.padEnd(40)} ${kb(f.gzip)}`);
  console.log(`app total: ${kb(app.total)} (budget ${BUDGET_KB} KB)`);
  console.log(`bare Vite + React + router page: ${kb(base.total)}`);
  console.log(`app adds: ${kb(app.total - base.total)}`);
  if (app.total > BUDGET_KB * 1024) {
    console.error(`over budget by ${kb(app.total - BUDGET_KB * 1024)}`);
    process.exitCode = 1;
  }
}

void main();
