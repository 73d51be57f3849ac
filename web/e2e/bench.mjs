// Prints unlock time (PBKDF2-SHA256 600,000 iterations + HKDF + unwraps) and per-item decrypt
// time, measured in Chromium on the real crypto module. Run: npm run bench
import { resolve } from 'node:path';
import { build } from 'vite';
import { launchBrowser, RESULTS, startStatic, WEB } from './harness.mjs';

const outDir = resolve(RESULTS, 'bench-dist');
await build({
  root: resolve(WEB, 'e2e/bench'),
  configFile: false,
  logLevel: 'error',
  build: { outDir, emptyOutDir: true, target: 'es2022' },
});
const site = await startStatic(outDir);
const browser = await launchBrowser();
try {
  const page = await browser.newPage();
  await page.goto(`${site.base}/index.html`);
  await page.waitForFunction(() => typeof window.runBench === 'function');
  const items = Number(process.env.BENCH_ITEMS ?? 500);
  const r = await page.evaluate((n) => window.runBench(n), items);
  console.log(`Chromium ${browser.version()}`);
  console.log(
    `unlock (PBKDF2-SHA256 ${r.kdf_iterations} + HKDF + unwrap): median ${r.unlock_ms_median.toFixed(0)} ms, best ${r.unlock_ms_min.toFixed(0)} ms`,
  );
  console.log(
    `item decrypt (AES-256-GCM with AAD): ${(r.decrypt_ms_per_item * 1000).toFixed(0)} µs per item over ${r.items} items`,
  );
  console.log(`item encrypt: ${(r.encrypt_ms_per_item * 1000).toFixed(0)} µs per item`);
} finally {
  await browser.close();
  await site.stop();
}
