// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { Scanner, type Hit } from './scanner';

const STRIPE = 'sk_live_hkPkenG5ZFJoC6vWCBiJmpflvJfupxqZKm4bV3AyAVHnyrvWdFrK9xiRGHOY32nf';
const GITHUB = 'ghp_R5m2n8Qw3xTz7YbVk1LpJd4HsFg6Ce9Au0Xi';
const PUBLISHABLE = 'pk_live_hkPkenG5ZFJoC6vWCBiJmpflvJfupxqZKm4bV3AyAVHnyrvWdFrK9xiRGHOY';

function scan(html: string, budget = { nodes: 1000, chars: 1_000_000 }) {
  document.body.innerHTML = html;
  const hits: Hit[] = [];
  const scanner = new Scanner((h) => hits.push(h));
  scanner.add(document.body);
  let steps = 0;
  while (scanner.step(budget)) steps++;
  return { hits, steps: steps + 1 };
}

describe('page scanner', () => {
  it('finds keys in text, split code blocks and fields; never in scripts; secret formats only', () => {
    const { hits } = scan(`
      <p>Your key: ${STRIPE}</p>
      <pre><code><span>GITHUB_TOKEN=</span><span>${GITHUB.slice(0, 10)}</span><span>${GITHUB.slice(10)}</span></code></pre>
      <input id="f" value="${STRIPE}">
      <script>const leaked = "${GITHUB}";</script>
      <p>${PUBLISHABLE}</p>`);
    expect(
      hits.map((h) => [
        h.value,
        h.anchor instanceof Range ? 'text' : (h.anchor as Element).tagName,
      ]),
    ).toEqual(
      expect.arrayContaining([
        [STRIPE, 'text'],
        [GITHUB, 'PRE'],
        [STRIPE, 'INPUT'],
      ]),
    );
    expect(hits).toHaveLength(3);
  });

  it('works in slices: a small budget takes several steps and finds the same', () => {
    const rows = Array.from({ length: 200 }, (_, i) => `<li>row ${i}</li>`).join('');
    const { hits, steps } = scan(`<ul>${rows}</ul><p>${STRIPE}</p>`, { nodes: 50, chars: 10_000 });
    expect(steps).toBeGreaterThan(5);
    expect(hits.map((h) => h.value)).toEqual([STRIPE]);
  });

  it('reports a key once per node', () => {
    document.body.innerHTML = `<p>${STRIPE}</p>`;
    const hits: Hit[] = [];
    const scanner = new Scanner((h) => hits.push(h));
    scanner.add(document.body);
    while (scanner.step()) {
      /* scanning */
    }
    scanner.add(document.body.querySelector('p')!.firstChild!);
    while (scanner.step()) {
      /* scanning */
    }
    expect(hits).toHaveLength(1);
  });

  it('a large page is scanned in bounded slices', () => {
    const rows = Array.from(
      { length: 5000 },
      (_, i) =>
        `<tr><td>req_${i}</td><td>a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0</td><td>ok</td></tr>`,
    ).join('');
    document.body.innerHTML = `<table>${rows}</table><p>${STRIPE}</p>`;
    const hits: Hit[] = [];
    const scanner = new Scanner((h) => hits.push(h));
    scanner.add(document.body);
    let slices = 0;
    const times: number[] = [];
    for (let more = true; more; slices++) {
      const start = performance.now();
      more = scanner.step();
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)];
    const worst = times[times.length - 1];
    console.info(
      `scanner: ${document.body.getElementsByTagName('*').length} elements in ${slices} slices, median ${median.toFixed(1)} ms, slowest ${worst.toFixed(1)} ms (jsdom)`,
    );
    expect(slices).toBeGreaterThan(10);
    expect(hits.map((h) => h.value)).toEqual([STRIPE]);
  });
});
