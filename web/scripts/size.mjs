// Prints the gzipped size of the JavaScript a first visit loads (entry script and its
// modulepreloads from dist/index.html) and of every lazy chunk; fails above the budget.
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 300;
const dist = resolve(import.meta.dirname, '../dist');
const html = readFileSync(resolve(dist, 'index.html'), 'utf8');
const initial = [
  ...html.matchAll(/<script[^>]+src="\/?([^"]+\.js)"/g),
  ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\/?([^"]+\.js)"/g),
].map((m) => m[1]);

const kb = (file) => gzipSync(readFileSync(resolve(dist, file)), { level: 9 }).length / 1024;
let total = 0;
console.log('initial JS (gzip):');
for (const f of initial) {
  const size = kb(f);
  total += size;
  console.log(`  ${f.padEnd(44)} ${size.toFixed(1).padStart(8)} KB`);
}
console.log(`  ${'total'.padEnd(44)} ${total.toFixed(1).padStart(8)} KB (budget ${BUDGET_KB} KB)`);
console.log('lazy chunks (gzip):');
for (const f of readdirSync(resolve(dist, 'assets')).filter((f) => f.endsWith('.js'))) {
  if (initial.includes(`assets/${f}`)) continue;
  console.log(`  assets/${f.padEnd(37)} ${kb(`assets/${f}`).toFixed(1).padStart(8)} KB`);
}
const heavy = initial.filter((f) => /zxcvbn|Charts|sodium/i.test(f));
if (heavy.length) {
  console.error(`lazy-by-design chunks are in the initial load: ${heavy.join(', ')}`);
  process.exit(1);
}
if (total > BUDGET_KB) {
  console.error(`initial JS ${total.toFixed(1)} KB is over the ${BUDGET_KB} KB budget`);
  process.exit(1);
}
