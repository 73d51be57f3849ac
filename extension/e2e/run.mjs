// The extension's browser test: Chromium (Debian's /usr/bin/chromium) with the built, unpacked
// extension, a private KeyHaven server from the packaged jar (web/e2e/harness.mjs), and pages
// that imitate a provider dashboard and a settings form. It clicks the badge next to a new key,
// saves it through the save dialog, finds it in the vault through the API (decrypted by this
// test's own crypto, e2e/vault.mjs), fills a field from the popup, and takes screenshots.
// Ends with `N passed, N failed`.
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { chromium } from 'playwright-core';
import { freePort, startServer } from '../../web/e2e/harness.mjs';
import { readVault, register } from './vault.mjs';

const EXT = resolve(import.meta.dirname, '..');
const DIST = resolve(EXT, 'dist');
const RESULTS = resolve(EXT, 'test-results');
const SCREENS = resolve(RESULTS, 'screens');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const results = [];
async function step(name, fn) {
  const start = Date.now();
  try {
    await fn();
    results.push({ name, ok: true });
    console.log(`  ✓ ${name} (${Date.now() - start} ms)`);
  } catch (e) {
    results.push({ name, ok: false });
    console.log(`  ✗ ${name}: ${e.stack ?? e}`);
    throw e;
  }
}
function assert(cond, message) {
  if (!cond) throw new Error(message);
}

const BASE62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const random62 = (n) => [...randomBytes(n)].map((b) => BASE62[b % 62]).join('');

/** The imitation pages, with this run's key. */
async function startPages(key, publishable) {
  const pages = resolve(EXT, 'e2e/pages');
  const server = createServer((req, res) => {
    const name = new URL(req.url, 'http://x').pathname.slice(1) || 'stripe.html';
    const file = join(pages, name.replace(/[^a-z.]/g, ''));
    if (!existsSync(file)) return res.writeHead(404).end();
    const html = readFileSync(file, 'utf8')
      .replace('{{KEY}}', key)
      .replace('{{PUBLISHABLE}}', publishable);
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(html);
  });
  const port = await freePort();
  await new Promise((ok) => server.listen(port, '127.0.0.1', ok));
  return { base: `http://127.0.0.1:${port}`, stop: () => new Promise((ok) => server.close(ok)) };
}

async function main() {
  if (!existsSync(resolve(DIST, 'manifest.json')))
    throw new Error('extension/dist is missing: npm run build');
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium`);
  mkdirSync(SCREENS, { recursive: true });

  // The built extension, with the test pages' host (127.0.0.1) allowed up front: the test cannot
  // answer the browser's permission prompt, so the "allowed site" is granted at install instead.
  const work = mkdtempSync(join(tmpdir(), 'keyhaven-ext-'));
  const unpacked = join(work, 'extension');
  cpSync(DIST, unpacked, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(unpacked, 'manifest.json'), 'utf8'));
  manifest.host_permissions = ['http://127.0.0.1/*'];
  writeFileSync(join(unpacked, 'manifest.json'), JSON.stringify(manifest, null, 2));

  const context = await chromium.launchPersistentContext(join(work, 'profile'), {
    executablePath: CHROMIUM,
    headless: false,
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-sync',
      '--disable-component-update',
      `--disable-extensions-except=${unpacked}`,
      `--load-extension=${unpacked}`,
    ],
    viewport: { width: 1280, height: 720 },
  });
  let server;
  let pages;
  try {
    let worker =
      context.serviceWorkers()[0] ??
      (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
    const extensionId = new URL(worker.url()).host;
    const extOrigin = `chrome-extension://${extensionId}`;
    console.log(`extension ${extensionId} loaded from ${unpacked}`);

    server = await startServer(
      { KEYHAVEN_CORS_ORIGINS: `http://localhost:8080,${extOrigin}` },
      { log: '../../extension/test-results/server.log' },
    );
    console.log(`server at ${server.base}`);
    const key = `sk_live_${random62(99)}`;
    pages = await startPages(key, `pk_live_${random62(99)}`);
    const email = `ext-${Date.now()}@example.com`;
    const password = 'correct horse battery staple 42';

    await step('the API accepts the extension origin (CORS)', async () => {
      const res = await fetch(`${server.base}/api/auth/prelogin`, {
        method: 'OPTIONS',
        headers: {
          Origin: extOrigin,
          'Access-Control-Request-Method': 'POST',
          'Access-Control-Request-Headers': 'content-type',
        },
      });
      assert(
        res.headers.get('access-control-allow-origin') === extOrigin,
        `preflight answered ${res.status} ${res.headers.get('access-control-allow-origin')}`,
      );
      await register(server.base, email, password);
    });

    let page;
    let secretBox;
    let badgeAt;
    await step('a badge marks the new key on the provider page', async () => {
      page = await context.newPage();
      await page.goto(`${pages.base}/stripe.html`);
      await page.waitForSelector('#secret');
      secretBox = await page.locator('#secret').boundingBox();
      // The badge lives in a closed shadow root: find it where it is drawn, right of the key
      // (or under its end when the key reaches the window's edge).
      const handle = await page.waitForFunction(
        (r) => {
          const points = [
            { x: r.x + r.width + 30, y: r.y + r.height / 2 },
            { x: r.x + r.width - 30, y: r.y + r.height + 15 },
          ];
          return points.find(
            (p) => document.elementFromPoint(p.x, p.y)?.tagName === 'KEYHAVEN-BADGES',
          );
        },
        secretBox,
        { timeout: 15_000 },
      );
      badgeAt = await handle.jsonValue();
      const hostCount = await page.evaluate(
        () => document.querySelectorAll('keyhaven-badges').length,
      );
      assert(hostCount === 1, `one badge layer, found ${hostCount}`);
      const open = await page.evaluate(() => document.querySelector('keyhaven-badges').shadowRoot);
      assert(open === null, 'the badge layer is a closed shadow root');
      await page.screenshot({
        path: join(SCREENS, 'badge.png'),
        clip: { x: 0, y: 0, width: 1280, height: 520 },
      });
    });

    let dialog;
    await step('the badge opens the save dialog, which logs in and saves', async () => {
      const opened = context.waitForEvent('page', { timeout: 15_000 });
      await page.mouse.click(
        secretBox.x + secretBox.width + 30,
        secretBox.y + secretBox.height / 2,
      );
      dialog = await opened;
      await dialog.setViewportSize({ width: 400, height: 640 });
      await dialog.waitForSelector('#password');
      await dialog.fill('#server', server.base);
      await dialog.fill('#email', email);
      await dialog.fill('#password', password);
      await dialog.getByRole('button', { name: 'Log in' }).click();
      await dialog.waitForSelector('#name', { timeout: 30_000 });
      assert(
        (await dialog.inputValue('#name')) === 'STRIPE_API_KEY',
        `name ${await dialog.inputValue('#name')}`,
      );
      assert((await dialog.inputValue('#service')) === 'stripe', 'service guessed: stripe');
      assert(
        (await dialog.inputValue('#environment')) === 'production',
        'environment guessed: production',
      );
      const shown = await dialog.locator('.value').textContent();
      assert(!shown.includes(key.slice(8, 30)), 'the dialog shows the key masked');
      await dialog.screenshot({ path: join(SCREENS, 'save-dialog.png') });
      await dialog.getByRole('button', { name: 'Save to vault' }).click();
      await dialog.getByText('is in your vault, encrypted').waitFor({ timeout: 15_000 });
    });

    await step('the key is in the vault, encrypted, and decrypts to the page key', async () => {
      const keys = await readVault(server.base, email, password);
      const saved = keys.find((k) => k.name === 'STRIPE_API_KEY');
      assert(saved, `saved key not found among ${keys.map((k) => k.name)}`);
      assert(saved.value === key, 'decrypted value equals the key on the page');
      assert(
        saved.service === 'stripe' && saved.metadata.environment === 'production',
        'service and environment kept',
      );
      assert(!saved.encrypted_value.includes(key.slice(8)), 'the server holds ciphertext');
    });

    await step(
      'nothing secret in chrome.storage.local; the session in chrome.storage.session',
      async () => {
        worker = context.serviceWorkers()[0];
        const stored = await worker.evaluate(async () => ({
          local: await chrome.storage.local.get(null),
          session: Object.keys(await chrome.storage.session.get(null)),
        }));
        assert(
          Object.keys(stored.local).sort().join() === 'email,server',
          `local holds ${Object.keys(stored.local)}`,
        );
        assert(!JSON.stringify(stored.local).includes(key), 'local storage never holds the key');
        assert(stored.session.includes('kept'), 'session storage keeps the session');
      },
    );

    await step('the popup searches and fills the focused field of another page', async () => {
      const form = await context.newPage();
      await form.goto(`${pages.base}/form.html`);
      await form.focus('#api-key');
      const tabId = await worker.evaluate(
        async () => (await chrome.tabs.query({})).find((t) => t.url?.endsWith('/form.html'))?.id,
      );
      assert(tabId, 'form tab found');
      const popup = await context.newPage();
      await popup.setViewportSize({ width: 360, height: 520 });
      await popup.goto(`${extOrigin}/popup/popup.html?tab=${tabId}`);
      await popup.fill('#search', 'STRIPE');
      const row = popup.locator('li[data-key="STRIPE_API_KEY"]');
      await row.waitFor({ timeout: 15_000 });
      await popup.screenshot({ path: join(SCREENS, 'popup.png') });
      await row.getByRole('button', { name: 'Fill' }).click();
      await popup.getByText('Filled STRIPE_API_KEY').waitFor({ timeout: 15_000 });
      assert((await form.inputValue('#api-key')) === key, 'the field holds the key');
      assert(
        (await form.locator('#echo').textContent()) === 'input event seen',
        'the page saw an input event',
      );
      await popup.getByRole('button', { name: 'Lock' }).click();
      await popup.waitForSelector('text=Unlock');
      const session = await worker.evaluate(async () =>
        Object.keys(await chrome.storage.session.get(null)),
      );
      assert(!session.includes('kept'), 'lock drops the kept session');
      await popup.screenshot({ path: join(SCREENS, 'popup-locked.png') });
    });

    await step('a page cannot message the worker as the extension', async () => {
      const answer = await page.evaluate(() => typeof globalThis.chrome?.runtime?.sendMessage);
      assert(answer !== 'function', `a web page sees chrome.runtime.sendMessage: ${answer}`);
    });

    await step(
      'the dashboard installs on a phone: manifest, service worker, locked vault (375 px)',
      async () => {
        const phone = await context.newPage();
        await phone.setViewportSize({ width: 375, height: 812 });
        await phone.goto(`${server.base}/`);
        const href = await phone.locator('link[rel="manifest"]').getAttribute('href');
        const res = await phone.request.get(new URL(href, server.base).href);
        assert(res.status() === 200, `manifest answered ${res.status()}`);
        const webManifest = await res.json();
        assert(
          webManifest.icons.some((i) => i.purpose === 'maskable'),
          'a maskable icon',
        );
        for (const icon of webManifest.icons) {
          const r = await phone.request.get(new URL(icon.src, server.base).href);
          assert(
            r.status() === 200 && r.headers()['content-type'].startsWith('image/png'),
            `${icon.src}: ${r.status()}`,
          );
        }
        const scope = await phone.evaluate(async () => {
          const reg = await Promise.race([
            navigator.serviceWorker.ready,
            new Promise((r) => setTimeout(() => r(null), 15_000)),
          ]);
          return reg?.active?.scriptURL ?? null;
        });
        assert(scope === `${server.base}/sw.js`, `service worker ${scope}`);
        await phone.reload();
        await phone
          .getByLabel(/master password/i)
          .first()
          .waitFor({ timeout: 15_000 });
        await phone.screenshot({ path: join(SCREENS, 'dashboard-375.png'), fullPage: false });
      },
    );
  } finally {
    await context.close().catch(() => undefined);
    await pages?.stop();
    await server?.stop();
    rmSync(work, { recursive: true, force: true });
  }
}

let failed = false;
try {
  await main();
} catch (e) {
  failed = true;
  if (!results.some((r) => !r.ok)) console.log(`  ✗ setup: ${e.stack ?? e}`);
}
const passed = results.filter((r) => r.ok).length;
const failures =
  results.filter((r) => !r.ok).length + (failed && !results.some((r) => !r.ok) ? 1 : 0);
console.log(`extension e2e: ${passed} passed, ${failures} failed; screenshots in ${SCREENS}`);
process.exit(failures ? 1 : 0);
