// Browser tests: real Chromium (Debian's package) driven by playwright-core against a private
// KeyHaven server started from the jar. Run: npm run build && npm run e2e
import { createHmac, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import {
  freePort,
  launchBrowser,
  RESULTS,
  startServer,
  startStatic,
  WEB,
  webOrigin,
} from './harness.mjs';
import {
  checkoutCompleted,
  deliver,
  startStripe,
  startWireMock,
  stubCheckout,
  subscriptionEvent,
} from './stripe.mjs';
import { storageViolations, WireWatch } from './wire.mjs';

const SCREENS = resolve(RESULTS, 'screens');
mkdirSync(SCREENS, { recursive: true });
const run = Date.now().toString(36);
const PASSWORD = `Correct-Horse-Battery-Staple-🦄-${run}`;
const NEW_PASSWORD = `Another Long Passphrase ✨ ${run} stays`;
const ADA = `ada-${run}@example.com`;
const BOB = `bob-${run}@example.com`;
const DESKTOP = { width: 1280, height: 860 };
const MOBILE = { width: 375, height: 812 };

const CARA = `cara-${run}@example.com`;
const DINA = `dina-${run}@example.com`;

/** RFC 6238 (HMAC-SHA-1, 6 digits, 30 s) from a base32 secret, computed here, not by the app. */
function totp(base32, step) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const c of base32.replace(/=+$/, ''))
    bits += alphabet.indexOf(c).toString(2).padStart(5, '0');
  const key = Buffer.from(bits.match(/.{8}/g).map((b) => parseInt(b, 2)));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(step));
  const h = createHmac('sha1', key).update(counter).digest();
  const o = h[h.length - 1] & 0xf;
  return String((h.readUInt32BE(o) & 0x7fffffff) % 1_000_000).padStart(6, '0');
}
const totpStep = () => Math.floor(Date.now() / 1000 / 30);
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core in the page: its serious and critical violations, one line each. */
async function axeProblems(page, where) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE });
  const violations = await page.evaluate(async () => {
    const res = await window.axe.run(document, { resultTypes: ['violations'] });
    return res.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) =>
          `${v.impact} ${v.id}: ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(', ')}`,
      );
  });
  return violations.map((v) => `${where}: axe ${v}`);
}

/** Scroll width beyond the viewport: the page must never scroll sideways. */
const sideways = (page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/**
 * Waits (at most 5 s) until every chart's canvas fits its box again: Chart.js redraws a frame or
 * more after the viewport changes, later still on a busy machine, and a screenshot taken before
 * shows the old size.
 */
const chartsFit = (page) =>
  page
    .waitForFunction(
      () =>
        [...document.querySelectorAll('.chart-canvas canvas')].every(
          (c) => c.getBoundingClientRect().width <= c.parentElement.clientWidth + 1,
        ),
      null,
      { timeout: 5000 },
    )
    .catch(() => {});

const results = [];
const openPages = [];
/** `npm run e2e -- --only WORD`: only the journeys whose name holds WORD. */
const ONLY = process.argv.includes('--only')
  ? process.argv[process.argv.indexOf('--only') + 1]
  : '';
async function journey(name, fn) {
  if (ONLY && !name.includes(ONLY)) {
    results.push({ name, ok: true, skipped: true });
    return;
  }
  const t0 = Date.now();
  try {
    const note = await fn();
    if (note?.startsWith('skipped')) {
      results.push({ name, ok: true, skipped: true });
      console.log(`skip ${name} — ${note}`);
      return;
    }
    results.push({ name, ok: true, note });
    console.log(`ok   ${name} (${Date.now() - t0} ms)${note ? ` — ${note}` : ''}`);
  } catch (e) {
    results.push({ name, ok: false });
    const first = String(e?.message ?? e)
      .split('\n')
      .filter((l) => !/^\s*(-|\d+ ×)/.test(l.replace(/\x1b\[[0-9;]*m/g, '')));
    console.log(`FAIL ${name}: ${first.slice(0, 6).join(' | ')}`);
    const slug = name.replace(/[^a-z0-9]+/gi, '-').slice(0, 40);
    for (const [i, p] of openPages.entries()) {
      await p
        .screenshot({ path: resolve(RESULTS, `failure-${slug}-${i}.png`) })
        .catch(() => undefined);
    }
  }
}

function check(condition, message) {
  if (!condition) throw new Error(message);
}

const browser = await launchBrowser();
// GitHub for the integration journey, at the wire level (WireMock with real-shaped answers).
const github = await startWireMock('github');
const GITHUB_WEBHOOK_SECRET = `gh-e2e-${run}-${randomBytes(8).toString('hex')}`;
// Passkeys need a host name as relying party (not an IP address): the passkey journey serves the
// dashboard at http://localhost on a port chosen now, which the server accepts as an origin.
const PASSKEY_WEB_PORT = await freePort();
const server = await startServer({
  KEYHAVEN_GITHUB_API_URL: github.base,
  KEYHAVEN_GITHUB_WEBHOOK_SECRET: GITHUB_WEBHOOK_SECRET,
  KEYHAVEN_WEBAUTHN_RP_ID: 'localhost',
  KEYHAVEN_WEBAUTHN_ORIGINS: `http://localhost:${PASSKEY_WEB_PORT}`,
});
const web = await webOrigin(server.base);
console.log(`server ${server.base}; dashboard served by ${web.servedBy} at ${web.base}`);
const wire = new WireWatch();
wire.addSecret(PASSWORD, NEW_PASSWORD);

async function newPage(viewport = DESKTOP, origin = web.base) {
  const context = await browser.newContext({ viewport });
  await context
    .grantPermissions(['clipboard-read', 'clipboard-write'], { origin })
    .catch(() => undefined);
  wire.attach(context);
  const page = await context.newPage();
  page.setDefaultTimeout(45_000);
  openPages.push(page);
  page.on('close', () => openPages.splice(openPages.indexOf(page), 1));
  return page;
}

const go = (page, route) => page.evaluate((r) => (window.location.hash = `#/${r}`), route);

async function signUp(page, email, password, base = web.base) {
  await page.goto(`${base}/#/signup`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Master password', { exact: true }).fill(password);
  await page.getByLabel('Confirm master password').fill(password);
  await page.locator('.strength-label.s3, .strength-label.s4').waitFor();
  await page.getByLabel(/I understand/).check();
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.getByRole('heading', { name: 'Dashboard' }).waitFor({ timeout: 90_000 });
}

async function unlock(page, password) {
  await page.getByRole('heading', { name: 'Unlock your vault' }).waitFor();
  await page.getByLabel('Master password').fill(password);
  await page.getByRole('button', { name: 'Unlock' }).click();
}

async function addKey(page, { name, value, environment = 'production', vault }) {
  await go(page, 'vault');
  await page.getByRole('button', { name: 'Add key' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Name', { exact: true }).fill(name);
  await dialog.getByLabel('Value', { exact: true }).fill(value);
  await dialog.getByLabel('Environment').selectOption(environment);
  if (vault) await dialog.getByLabel('Vault').selectOption({ label: vault });
  await dialog.getByRole('button', { name: 'Add key' }).click();
  await page
    .getByRole('status')
    .filter({ hasText: `${name} added.` })
    .waitFor();
}

async function reveal(page, name) {
  await page.getByRole('button', { name: `Reveal ${name}` }).click();
  const row = page.locator(`tr[data-key-name="${name}"] code.secret`);
  await row.filter({ hasNotText: '•' }).waitFor();
  return row.innerText();
}

/** Runs `fn` at 1280 px, then at 375 px, then goes back to 1280 px. */
async function atBothWidths(page, fn) {
  for (const [label, viewport] of [
    ['1280', DESKTOP],
    ['375', MOBILE],
  ]) {
    await page.setViewportSize(viewport);
    await chartsFit(page);
    await fn(label);
  }
  await page.setViewportSize(DESKTOP);
}

/** The file text of a download started by `click`. */
async function downloaded(page, click) {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const { readFile } = await import('node:fs/promises');
  return readFile(await download.path(), 'utf8');
}

async function importText(page, text, environment) {
  await page.getByRole('button', { name: 'Import .env' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByText('Or paste the contents of a .env file').click();
  await dialog.getByLabel('.env contents').fill(text);
  await dialog.getByRole('button', { name: 'Preview pasted text' }).click();
  await dialog.getByLabel('Environment').selectOption(environment);
  return dialog;
}

const LONG_NAME = 'NEXT_PUBLIC_SUPABASE_SERVICE_ROLE_KEY_FOR_STAGING_ENVIRONMENT';
const PEM = [
  '-----BEGIN PRIVATE KEY-----',
  'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj',
  `MzEfYyjiWA4R4/M2bS1GB4t7NXp98C3SC6dVMvDuictGeurT8jNbvJZHtCSu${run}`,
  'rK3P+6YvLp3bRYGGBu0LQ7m4HvVKk4Ew2R1cEd4c9cVgc8DqrhyWVm5Hn5UuD==',
  '-----END PRIVATE KEY-----',
  '',
].join('\n');

const STRIPE = `sk_live_e2e${run}AbCdEf🔑`;
wire.addSecret(STRIPE);
let ada;
let bob;

try {
  await journey(
    'sign up → add a key → reload locks → unlock → reveal shows the value',
    async () => {
      ada = await newPage();
      await signUp(ada, ADA, PASSWORD);
      await addKey(ada, { name: 'STRIPE_SECRET_KEY', value: STRIPE });
      check(
        (await ada.locator('tr[data-key-name="STRIPE_SECRET_KEY"]').innerText()).includes('Stripe'),
        'service not guessed as Stripe',
      );
      await ada.reload();
      await unlock(ada, PASSWORD);
      await ada.getByRole('heading', { name: 'Vault' }).waitFor();
      check((await reveal(ada, 'STRIPE_SECRET_KEY')) === STRIPE, 'revealed value differs');
      const stored = await storageViolations(ada);
      check(stored.length === 0, stored.join('; '));
    },
  );

  await journey('a second user cannot see the first user’s key', async () => {
    bob = await newPage();
    await signUp(bob, BOB, PASSWORD);
    await go(bob, 'vault');
    await bob.getByText('No keys yet').waitFor();
    const created = wire.requests.find((r) => r.method === 'POST' && r.url.endsWith('/api/keys'));
    const keyId = JSON.parse(created.body).id;
    // Bob's own session token, taken from one of his requests, asks for Ada's key by id.
    const bobRequest = await new Promise((ok) => {
      bob.once('request', (req) => ok(req));
      void go(bob, 'dashboard');
    });
    const auth = (await bobRequest.allHeaders()).authorization;
    check(auth?.startsWith('Bearer '), 'no bearer token on Bob’s request');
    const res = await fetch(`${server.base}/api/keys/${keyId}`, {
      headers: { Authorization: auth },
    });
    check(res.status === 404, `Bob got ${res.status} for Ada’s key`);
    const list = await (
      await fetch(`${server.base}/api/keys`, { headers: { Authorization: auth } })
    ).json();
    check(!list.items.some((k) => k.id === keyId), 'Ada’s key is in Bob’s list');
    return `GET /api/keys/{ada's id} as Bob → 404`;
  });

  await journey('.env import of 20 lines', async () => {
    const lines = [
      `STRIPE_KEY=sk_test_${run}a1`,
      `STRIPE_RESTRICTED=rk_live_${run}a2`,
      `OPENAI_API_KEY=sk-proj-${run}a3`,
      `OPENAI_OLD=sk-${run}a4`,
      `ANTHROPIC_API_KEY=sk-ant-api03-${run}a5`,
      `GITHUB_TOKEN=ghp_${run}a6abcdefghijklmnop`,
      `GITHUB_PAT=github_pat_11${run}a7`,
      `AWS_ACCESS_KEY_ID=AKIA${run.toUpperCase().padEnd(16, 'X')}`,
      `SLACK_BOT_TOKEN=xoxb-${run}-a9`,
      `GOOGLE_MAPS_KEY=AIzaSy${run}b0abcdefghijklmnopqrstu`,
      `TWILIO_API_KEY=SK${'0123456789abcdef'.repeat(2)}`,
      `TWILIO_ACCOUNT_SID=AC${'fedcba9876543210'.repeat(2)}`,
      `SENDGRID_API_KEY=SG.${run}b3.c4d5e6`,
      `DATABASE_URL="postgres://u:p${run}@db/app"`,
      `export REDIS_URL=redis://:${run}b5@cache:6379`,
      `JWT_SECRET='${run}-b6 with spaces'`,
      `WEBHOOK_SECRET=whsec_${run}b7`,
      `SENTRY_DSN=https://${run}b8@sentry.example/1`,
      `FEATURE_FLAG_KEY=ff_${run}b9 # inline comment`,
      `UNICODE_SECRET=clé-${run}-秘密-🔐`,
    ];
    check(lines.length === 20, 'need 20 lines');
    for (const l of lines) {
      const value = l
        .replace(/^export /, '')
        .split('=')
        .slice(1)
        .join('=')
        .replace(/ #.*$/, '')
        .replace(/^["']|["']$/g, '');
      wire.addSecret(value);
    }
    await go(ada, 'vault');
    await ada.getByRole('button', { name: 'Import .env' }).click();
    await ada.locator('input[type=file]').setInputFiles({
      name: 'staging.env',
      mimeType: 'text/plain',
      buffer: Buffer.from(`${lines.join('\n')}\n`),
    });
    await ada.getByRole('dialog').getByLabel('Environment').selectOption('staging');
    await ada.getByRole('button', { name: 'Import 20 keys' }).click();
    await ada.getByText('Imported 20 of 20.').waitFor({ timeout: 60_000 });
    const progress = await ada
      .getByRole('progressbar', { name: 'Import progress' })
      .getAttribute('value');
    check(progress === '20', `progress ${progress}`);
    await ada.screenshot({ path: resolve(SCREENS, 'vault-import-results-desktop.png') });
    await ada.getByRole('button', { name: 'Done' }).click();
    await ada.locator('tr[data-key-name="UNICODE_SECRET"]').waitFor();
    const rows = await ada.locator('table[aria-label="Keys"] tbody tr').count();
    check(rows === 21, `expected 21 keys, saw ${rows}`);
    const anthropic = await ada.locator('tr[data-key-name="ANTHROPIC_API_KEY"]').innerText();
    check(anthropic.includes('Anthropic'), 'Anthropic not guessed');
    check((await reveal(ada, 'UNICODE_SECRET')) === `clé-${run}-秘密-🔐`, 'unicode value differs');
  });

  await journey(
    'duplicates: the same .env imported twice skips what exists; Add key warns (1280 + 375 px)',
    async () => {
      const file = [
        `SESSION_SECRET=dup-${run}-session`,
        `DUP_WEBHOOK_SECRET=whsec_dup${run}`,
        `DUP_API_TOKEN=tok_dup${run}`,
      ].join('\n');
      wire.addSecret(`dup-${run}-session`, `whsec_dup${run}`, `tok_dup${run}`);
      await go(ada, 'vault');
      let dialog = await importText(ada, file, 'production');
      await dialog.getByRole('button', { name: 'Import 3 keys' }).click();
      await ada.getByText('Imported 3 of 3.').waitFor({ timeout: 60_000 });
      await dialog.getByRole('button', { name: 'Done' }).click();
      await ada.setViewportSize(MOBILE);
      dialog = await importText(ada, file, 'production');
      await dialog.getByText('3 keys already exist in production').waitFor();
      await ada.screenshot({ path: resolve(SCREENS, 'vault-import-duplicates-375.png') });
      check(
        (await dialog.getByLabel('If SESSION_SECRET exists').inputValue()) === 'skip',
        'an existing key is not skipped by default',
      );
      await dialog.getByRole('button', { name: 'Import 3 keys' }).click();
      await ada.getByText('Imported 0 of 3, skipped 3 that exist already.').waitFor();
      await dialog.getByRole('button', { name: 'Done' }).click();
      await ada.setViewportSize(DESKTOP);
      const search = ada.getByRole('searchbox', { name: 'Search keys' });
      await search.fill('SESSION_SECRET');
      await ada.getByText('1–1 of 1 keys').waitFor();

      await atBothWidths(ada, async (width) => {
        await ada.getByRole('button', { name: 'Add key' }).click();
        const add = ada.getByRole('dialog');
        await add.getByLabel('Name', { exact: true }).fill('SESSION_SECRET');
        await add.getByLabel('Value', { exact: true }).fill(`dup-${run}-second`);
        await add.getByLabel('Environment').selectOption('production');
        await add.getByRole('button', { name: 'Add key' }).click();
        await add.getByText('SESSION_SECRET already exists in production').waitFor();
        await ada.screenshot({ path: resolve(SCREENS, `vault-add-duplicate-${width}.png`) });
        if (width === '1280') {
          await add.getByRole('button', { name: 'Update the existing key' }).click();
          await ada.getByText('SESSION_SECRET updated').waitFor();
        } else {
          await add.getByRole('button', { name: 'Cancel' }).click();
        }
      });
      wire.addSecret(`dup-${run}-second`);
      await ada.getByText('1–1 of 1 keys').waitFor();
      check((await reveal(ada, 'SESSION_SECRET')) === `dup-${run}-second`, 'not updated');
      await search.fill('');
    },
  );

  await journey(
    'a 60-character name wraps: no sideways scroll, actions on screen (1280 + 375 px)',
    async () => {
      await addKey(ada, { name: LONG_NAME, value: `sb_secret_${run}`, environment: 'staging' });
      wire.addSecret(`sb_secret_${run}`);
      await atBothWidths(ada, async (width) => {
        await ada.waitForTimeout(200);
        const over = await sideways(ada);
        check(over <= 1, `the vault scrolls sideways by ${over}px at ${width} px`);
        const row = ada.locator(`tr[data-key-name="${LONG_NAME}"]`);
        const del = await row.getByRole('button', { name: `Delete ${LONG_NAME}` }).boundingBox();
        const vw = ada.viewportSize().width;
        check(del && del.x >= 0 && del.x + del.width <= vw, `Delete is off screen at ${width}`);
        const title = await row.locator('.key-name').getAttribute('title');
        check(title === LONG_NAME, 'the full name is not on hover');
        await ada.screenshot({ path: resolve(SCREENS, `vault-long-name-${width}.png`) });
      });
    },
  );

  await journey(
    'a PEM key keeps its bytes through paste, save, reveal, copy and .env export + import',
    async () => {
      wire.addSecret(PEM);
      await go(ada, 'vault');
      await ada.getByRole('button', { name: 'Add key' }).click();
      const dialog = ada.getByRole('dialog');
      await dialog.getByLabel('Name', { exact: true }).fill('TLS_PRIVATE_KEY');
      await dialog.getByLabel('Value', { exact: true }).focus();
      await ada.evaluate((text) => {
        const data = new DataTransfer();
        data.setData('text/plain', text);
        document.activeElement.dispatchEvent(
          new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
        );
      }, PEM);
      const box = dialog.locator('textarea.value-multiline');
      check((await box.inputValue()) === PEM, 'the pasted PEM lost bytes in the form');
      await dialog.getByLabel('Environment').selectOption('production');
      await dialog.getByRole('button', { name: 'Add key' }).click();
      await ada.getByRole('status').filter({ hasText: 'TLS_PRIVATE_KEY added.' }).waitFor();
      await atBothWidths(ada, async (width) => {
        const row = ada.locator('tr[data-key-name="TLS_PRIVATE_KEY"]');
        await row.getByRole('button', { name: 'Reveal TLS_PRIVATE_KEY' }).click();
        const code = row.locator('code.secret');
        await code.filter({ hasNotText: '•' }).waitFor();
        check((await code.textContent()) === PEM, `revealed PEM differs at ${width}`);
        await ada.screenshot({ path: resolve(SCREENS, `vault-pem-${width}.png`) });
        await row.getByRole('button', { name: 'Hide TLS_PRIVATE_KEY' }).click();
        await row.getByRole('button', { name: 'Copy TLS_PRIVATE_KEY' }).click();
        await row.getByText('Copied', { exact: true }).waitFor();
        const copied = await ada.evaluate(() => navigator.clipboard.readText());
        check(copied === PEM, `copied PEM differs at ${width}`);
      });
      await ada.getByRole('button', { name: 'Export .env' }).click();
      const exp = ada.getByRole('dialog');
      await exp.getByLabel('Environment').selectOption('production');
      const text = await downloaded(ada, () =>
        exp.getByRole('button', { name: 'Download .env' }).click(),
      );
      const line = text.split('\n').find((l) => l.startsWith('TLS_PRIVATE_KEY='));
      check(line?.startsWith('TLS_PRIVATE_KEY="-----BEGIN PRIVATE KEY-----\\n'), 'not quoted');
      const dialog2 = await importText(ada, `${line}\n`, 'development');
      await dialog2.getByRole('button', { name: 'Import 1 key' }).click();
      await ada.getByText('Imported 1 of 1.').waitFor();
      await dialog2.getByRole('button', { name: 'Done' }).click();
      await ada
        .getByRole('combobox', { name: 'Filter by environment' })
        .selectOption('development');
      await ada.waitForFunction(() => {
        const rows = document.querySelectorAll('tr[data-key-name="TLS_PRIVATE_KEY"]');
        return rows.length === 1 && rows[0].textContent.includes('development');
      });
      await reveal(ada, 'TLS_PRIVATE_KEY');
      const imported = await ada
        .locator('tr[data-key-name="TLS_PRIVATE_KEY"] code.secret')
        .textContent();
      check(imported === PEM, 'the PEM read back from the exported .env differs');
      await ada.getByRole('combobox', { name: 'Filter by environment' }).selectOption('');
    },
  );

  await journey(
    'a wrong current password on "Change master password" is named next to that field',
    async () => {
      await go(ada, 'settings');
      await atBothWidths(ada, async (width) => {
        await ada.getByLabel('Current master password').fill(`not the password ${run}`);
        await ada.getByLabel('New master password', { exact: true }).fill(NEW_PASSWORD);
        await ada.getByLabel('Confirm new master password').fill(NEW_PASSWORD);
        await ada.locator('.strength-label.s3, .strength-label.s4').waitFor();
        await ada.getByRole('button', { name: 'Change master password' }).click();
        await ada
          .getByText('The current master password is incorrect.')
          .waitFor({ timeout: 60_000 });
        const field = ada.getByLabel('Current master password');
        const errorId = await field.getAttribute('aria-describedby');
        check(errorId, `no error tied to the current password field at ${width}`);
        const message = await ada.locator(`[id="${errorId}"]`).innerText();
        check(
          message === 'The current master password is incorrect.',
          `field error says "${message}"`,
        );
        check(
          !(await ada.getByText('could not be decrypted').isVisible()),
          '"could not be decrypted" is still shown',
        );
        await ada.screenshot({ path: resolve(SCREENS, `settings-wrong-password-${width}.png`) });
        await ada.getByLabel('Current master password').fill('');
      });
      wire.addSecret(`not the password ${run}`);
    },
  );

  await journey(
    'change master password, then unlock with the new one (old one refused)',
    async () => {
      await go(ada, 'settings');
      await ada.getByLabel('Current master password').fill(PASSWORD);
      await ada.getByLabel('New master password', { exact: true }).fill(NEW_PASSWORD);
      await ada.getByLabel('Confirm new master password').fill(NEW_PASSWORD);
      await ada.locator('.strength-label.s3, .strength-label.s4').waitFor();
      await ada.getByRole('button', { name: 'Change master password' }).click();
      await ada.getByText('Master password changed.').waitFor({ timeout: 60_000 });
      await ada.getByRole('button', { name: 'Lock' }).click();
      await unlock(ada, PASSWORD);
      await ada.getByText('The master password is incorrect.').waitFor();
      await ada.getByLabel('Master password').fill(NEW_PASSWORD);
      await ada.getByRole('button', { name: 'Unlock' }).click();
      await ada.getByRole('heading', { name: 'Settings' }).waitFor();
      await go(ada, 'vault');
      check(
        (await reveal(ada, 'STRIPE_SECRET_KEY')) === STRIPE,
        'value differs after the password change',
      );
    },
  );

  await journey(
    'teams: invite, accept, compare the fingerprint phrase and confirm, member reads a team key; pending invite to a new address; move a key to the team; remove, rotate',
    async () => {
      // Run alone (`--only fingerprint`), the journey makes its own two accounts.
      if (!ada) {
        ada = await newPage();
        await signUp(ada, ADA, PASSWORD);
      }
      if (!bob) {
        bob = await newPage();
        await signUp(bob, BOB, PASSWORD);
      }
      const probe = await ada.evaluate(async () => (await fetch('/api/teams')).status);
      if (probe === 404) return 'skipped: /api/teams is not served yet';
      const look = async (page, name, width) => {
        await page.waitForTimeout(250);
        await page.screenshot({ path: resolve(SCREENS, `${name}-${width}.png`), fullPage: true });
        const over = await sideways(page);
        check(over <= 1, `${name}@${width} overflows by ${over}px`);
        const problems = await axeProblems(page, `${name}@${width}`);
        check(problems.length === 0, problems.join('; '));
      };
      await go(ada, 'teams');
      await ada.getByLabel('New team name').fill('Platform');
      await ada.getByRole('button', { name: 'Create team' }).click();
      const created = await Promise.race([
        ada
          .getByRole('heading', { name: 'Platform' })
          .waitFor()
          .then(() => 'ok'),
        ada
          .getByRole('alert')
          .waitFor()
          .then(async () => ada.getByRole('alert').innerText()),
      ]);
      if (created !== 'ok') {
        if (created.includes('404')) return `skipped: ${created.replace(/\s+/g, ' ')}`;
        throw new Error(created);
      }
      // 1. The invitation carries no key.
      await ada.getByLabel('Invite by email').fill(BOB);
      await ada.getByLabel('Role', { exact: true }).selectOption('viewer');
      await ada.getByRole('button', { name: 'Invite' }).click();
      await ada.getByText(`${BOB} invited as viewer.`).waitFor();
      const TEAM_VALUE = `sk-proj-team${run}`;
      wire.addSecret(TEAM_VALUE);
      await addKey(ada, {
        name: 'TEAM_OPENAI_KEY',
        value: TEAM_VALUE,
        environment: 'staging',
        vault: 'Team: Platform',
      });

      // 2. Bob sees the invitation (a badge on Teams), accepts, and still reads nothing of the team.
      await bob.reload();
      await unlock(bob, PASSWORD);
      await go(bob, 'teams');
      await bob.getByRole('link', { name: /Teams.*1 open invitations/ }).waitFor();
      const invitation = bob.getByRole('region', { name: 'Invitations' });
      await invitation.getByText('Platform').waitFor();
      await atBothWidths(bob, (width) => look(bob, 'teams-invitation', width));
      await invitation.getByRole('button', { name: 'Accept' }).click();
      await invitation.getByText('Waiting for an admin to confirm you').waitFor();
      await go(bob, 'settings');
      // The phrase is computed in the browser after the word list loads ("…" until then).
      const ownPhrase = bob.getByTestId('own-phrase');
      await ownPhrase.filter({ hasNotText: '…' }).waitFor();
      const bobPhrase = (await ownPhrase.innerText()).trim();
      check(/^[a-z]+(-[a-z]+){4}$/.test(bobPhrase), `Bob's phrase looks like ${bobPhrase}`);
      await atBothWidths(bob, (width) => look(bob, 'settings-fingerprint', width));
      await go(bob, 'vault');
      check(
        (await bob.locator('tr[data-key-name="TEAM_OPENAI_KEY"]').count()) === 0,
        'Bob sees a team key before he is confirmed',
      );

      // 3. Ada compares the phrase her browser computes with the one Bob reads out, and confirms.
      await go(ada, 'teams');
      await ada.getByRole('button', { name: 'Platform' }).click();
      const bobRow = ada.getByRole('row', { name: new RegExp(BOB) });
      await bobRow.getByText('awaits confirmation').waitFor();
      await bobRow.getByRole('button', { name: 'Compare & confirm' }).click();
      const adaSees = ada.getByTestId('member-phrase');
      await adaSees.filter({ hasNotText: '…' }).waitFor();
      check(
        (await adaSees.innerText()).trim() === bobPhrase,
        `the admin sees ${await adaSees.innerText()} for Bob, who reads ${bobPhrase}`,
      );
      await atBothWidths(ada, (width) => look(ada, 'teams-confirm', width));
      await ada.getByRole('button', { name: 'The phrases match: confirm' }).click();
      await ada.getByText(`${BOB} confirmed`).waitFor();
      await atBothWidths(ada, (width) => look(ada, 'teams-members', width));

      await bob.reload();
      await unlock(bob, PASSWORD);
      await go(bob, 'vault');
      check((await reveal(bob, 'TEAM_OPENAI_KEY')) === TEAM_VALUE, 'Bob read another value');
      await atBothWidths(bob, async (width) => {
        const row = bob.locator('tr[data-key-name="TEAM_OPENAI_KEY"]');
        check(
          (await row.getByRole('button', { name: /^(Edit|Delete) TEAM_OPENAI_KEY$/ }).count()) ===
            0,
          `a viewer is offered Edit or Delete at ${width}`,
        );
        await row.getByText('Read-only: you are a viewer of this team').waitFor();
        await bob.screenshot({ path: resolve(SCREENS, `vault-viewer-${width}.png`) });
      });

      // 4. A pending invite to an address without an account: seen after signing up with it.
      const CAROL = `carol-${run}@example.com`;
      await go(ada, 'teams');
      const platform = ada.getByRole('button', { name: 'Platform' });
      if ((await platform.getAttribute('aria-expanded')) !== 'true') await platform.click();
      await ada.getByLabel('Invite by email').fill(CAROL);
      await ada.getByLabel('Role', { exact: true }).selectOption('editor');
      await ada.getByRole('button', { name: 'Invite' }).click();
      await ada.getByText(`${CAROL} invited as editor.`).waitFor();
      await ada
        .getByRole('row', { name: new RegExp(CAROL) })
        .getByText('invited')
        .waitFor();
      const carol = await newPage();
      await signUp(carol, CAROL, PASSWORD);
      await go(carol, 'teams');
      const carolInvitation = carol.getByRole('region', { name: 'Invitations' });
      await carolInvitation.getByText('Platform').waitFor();
      await carolInvitation.getByRole('button', { name: 'Accept' }).click();
      await carolInvitation.getByText('Waiting for an admin to confirm you').waitFor();
      await carol.close();

      // 5. Sharing: Ada moves a personal key into the team; Bob reads it there.
      const MOVED = `sk_live_moved${run}`;
      wire.addSecret(MOVED);
      await addKey(ada, { name: 'MOVED_STRIPE_KEY', value: MOVED });
      await ada.getByRole('checkbox', { name: 'Select MOVED_STRIPE_KEY' }).check();
      await ada
        .getByRole('region', { name: 'Selected keys' })
        .getByRole('button', { name: 'Move to team' })
        .click();
      const move = ada.getByRole('dialog');
      await move.getByLabel('Team').selectOption({ label: 'Platform' });
      await atBothWidths(ada, (width) => look(ada, 'vault-move-to-team', width));
      await move.getByRole('button', { name: 'Move' }).click();
      await ada.getByText('1 key moved to Platform').waitFor();
      check((await reveal(ada, 'MOVED_STRIPE_KEY')) === MOVED, 'the moved value differs for Ada');
      await go(bob, 'teams');
      await go(bob, 'vault');
      await bob.reload();
      await unlock(bob, PASSWORD);
      await go(bob, 'vault');
      check((await reveal(bob, 'MOVED_STRIPE_KEY')) === MOVED, 'Bob reads another moved value');

      await go(ada, 'teams');
      await ada.getByRole('button', { name: 'Platform' }).click();
      await ada
        .getByRole('row', { name: new RegExp(BOB) })
        .getByRole('button', { name: 'Remove' })
        .click();
      await ada.getByText(`${BOB} removed.`, { exact: false }).waitFor();
      await ada.getByRole('button', { name: 'Rotate team key' }).click();
      await ada.getByRole('dialog').getByRole('button', { name: 'Rotate' }).click();
      await ada.getByText('Team key rotated').waitFor({ timeout: 60_000 });
      await go(ada, 'vault');
      check(
        (await reveal(ada, 'TEAM_OPENAI_KEY')) === TEAM_VALUE,
        'team value differs after rotation',
      );
      return undefined;
    },
  );

  await journey(
    'teams: a machine token for CI reads only its scope and stops when revoked',
    async () => {
      const probe = await ada.evaluate(async () => (await fetch('/api/teams')).status);
      if (probe === 404) return 'skipped: /api/teams is not served yet';
      const DEPLOY_VALUE = `dpl-live-${run}`;
      wire.addSecret(DEPLOY_VALUE);
      await addKey(ada, {
        name: 'TEAM_DEPLOY_KEY',
        value: DEPLOY_VALUE,
        environment: 'production',
        vault: 'Team: Platform',
      });
      await go(ada, 'teams');
      await ada.getByRole('button', { name: 'Platform' }).click();
      const form = ada.getByRole('form', { name: 'New machine token' });
      await form.getByLabel('Machine name').fill('github-actions');
      await form.getByLabel('production').check();
      await form.getByRole('button', { name: 'Create machine token' }).click();
      const dialog = ada.getByRole('dialog', { name: 'Token for github-actions' });
      await dialog.waitFor();
      const token = (await dialog.getByLabel('Machine token').inputValue()).trim();
      const parts = token.split('.');
      check(
        parts.length === 4 && parts[0] === 'khm1' && /^[A-Za-z0-9_-]{43}$/.test(parts[3]),
        `not a machine token: ${token.slice(0, 12)}…`,
      );
      // The machine's private key exists only in this token: the browser never sends it.
      wire.addSecret(parts[3]);
      check(
        (await dialog.innerText()).includes('only production keys'),
        'the dialog does not say what the token can read',
      );
      await atBothWidths(ada, async (width) => {
        check((await sideways(ada)) <= 0, `the token dialog scrolls sideways at ${width}`);
        await ada.screenshot({ path: resolve(SCREENS, `machine-token-${width}.png`) });
      });
      const problems = await axeProblems(ada, 'machine token dialog');
      check(problems.length === 0, problems.join('; '));
      await dialog.getByRole('button', { name: 'I have stored it' }).click();

      // CI signs in with the token's id and secret, and sees the production team key only.
      const signIn = () =>
        fetch(`${server.base}/api/auth/machine`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ machine_id: parts[1], secret: parts[2] }),
        });
      const login = await signIn();
      check(login.status === 200, `machine sign-in answered ${login.status}`);
      const { access_token: ci } = await login.json();
      const keys = await (
        await fetch(`${server.base}/api/keys`, { headers: { Authorization: `Bearer ${ci}` } })
      ).json();
      const names = keys.items.map((k) => k.name);
      check(names.includes('TEAM_DEPLOY_KEY'), `the machine does not see its key: ${names}`);
      check(!names.includes('TEAM_OPENAI_KEY'), 'the machine sees a staging key outside its scope');
      const row = ada.getByRole('row', { name: /github-actions/ });
      await row.getByText('only production keys').waitFor();
      await atBothWidths(ada, async (width) => {
        check((await sideways(ada)) <= 0, `Teams scrolls sideways at ${width}`);
        await ada
          .getByRole('region', { name: 'Machine tokens for CI' })
          .screenshot({ path: resolve(SCREENS, `machine-tokens-${width}.png`) });
      });

      await row.getByRole('button', { name: 'Revoke' }).click();
      await ada.getByRole('dialog').getByRole('button', { name: 'Revoke' }).click();
      await row.getByText(/^revoked/).waitFor();
      check((await signIn()).status === 401, 'a revoked machine token still signs in');
      return undefined;
    },
  );

  await journey(
    'landing page, readable audit, compact table, bulk export and delete, auto-lock (1280 + 375 px)',
    async () => {
      const guest = await newPage();
      await guest.goto(`${web.base}/#/login`);
      await atBothWidths(guest, async (width) => {
        const intro = guest.getByRole('heading', {
          name: 'A vault for your API keys that even its server cannot read',
        });
        await intro.waitFor();
        const first = await guest.evaluate(() => {
          const [a, b] = [...document.querySelectorAll('h1, h2')].map((h) => h.textContent);
          return [a, b];
        });
        check(
          first[1] === 'Log in',
          `the explanation does not come before the login box: ${first}`,
        );
        check(
          await guest.getByText('The server stores only ciphertext.').isVisible(),
          `no word on why the server cannot read keys at ${width}`,
        );
        await guest.screenshot({
          path: resolve(SCREENS, `login-intro-${width}.png`),
          fullPage: true,
        });
      });
      await guest.context().close();

      await go(ada, 'audit');
      await atBothWidths(ada, async (width) => {
        await ada.getByRole('heading', { name: 'Audit log', exact: true }).waitFor();
        await ada.getByLabel('Filter by action').selectOption('key.read');
        await ada
          .getByRole('row')
          .filter({ hasText: `${ADA} revealed STRIPE_SECRET_KEY` })
          .first()
          .waitFor();
        await ada.waitForFunction(() =>
          [...document.querySelectorAll('table[aria-label="Audit entries"] tbody tr')].every(
            (r) => r.getAttribute('data-action') === 'key.read',
          ),
        );
        await ada.getByLabel('Find a key').fill('STRIPE_SECRET');
        await ada.getByRole('button', { name: /^STRIPE_SECRET_KEY/ }).click();
        await ada.waitForFunction(() => {
          const rows = [...document.querySelectorAll('table[aria-label="Audit entries"] tbody tr')];
          return rows.length > 0 && rows.every((r) => r.textContent.includes('STRIPE_SECRET_KEY'));
        });
        await ada.screenshot({ path: resolve(SCREENS, `audit-readable-${width}.png`) });
        await ada
          .getByRole('button', { name: 'Show every key, not only STRIPE_SECRET_KEY' })
          .click();
        await ada.getByLabel('Filter by action').selectOption('');
      });

      await ada.setViewportSize({ width: 1280, height: 800 });
      await go(ada, 'vault');
      await ada.locator('tr[data-key-name="STRIPE_SECRET_KEY"]').waitFor();
      const visible = await ada.evaluate(
        () =>
          [...document.querySelectorAll('table[aria-label="Keys"] tbody tr')].filter(
            (r) => r.getBoundingClientRect().bottom <= window.innerHeight,
          ).length,
      );
      check(visible >= 12, `only ${visible} keys fit in 1280×800`);
      await ada.setViewportSize(DESKTOP);

      // Sortable columns: the server orders every page; the order survives going back.
      const names = () =>
        ada.evaluate(() =>
          [...document.querySelectorAll('table[aria-label="Keys"] tbody tr')].map((r) =>
            r.getAttribute('data-key-name'),
          ),
        );
      const before = await names();
      await ada.getByRole('button', { name: /^Name/ }).click();
      await ada.waitForFunction(() => window.location.hash.includes('sort=name'));
      await ada.locator('th[aria-sort="ascending"]').waitFor();
      await ada.waitForFunction(
        (old) =>
          [...document.querySelectorAll('table[aria-label="Keys"] tbody tr')]
            .map((r) => r.getAttribute('data-key-name'))
            .join('\n') !== old,
        before.join('\n'),
      );
      const ascending = await names();
      check(ascending.length > 1, 'a sorted page has keys');
      await go(ada, 'dashboard');
      await ada.getByRole('heading', { name: 'Dashboard' }).waitFor();
      await ada.goBack();
      await ada.locator('th[aria-sort="ascending"]').waitFor();
      await ada.getByRole('button', { name: /^Name/ }).click();
      await ada.locator('th[aria-sort="descending"]').waitFor();
      await ada.waitForFunction((first) => {
        const row = document.querySelector('table[aria-label="Keys"] tbody tr');
        return row && row.getAttribute('data-key-name') !== first;
      }, ascending[0]);
      const descending = await names();
      // Ada's keys fit on one page: the descending order is the ascending one reversed.
      check(
        JSON.stringify(descending) === JSON.stringify([...ascending].reverse()),
        `name descending is not name ascending reversed: ${descending.slice(0, 5).join(', ')}…`,
      );
      // At 375 px the table is cards without headers: the sort is a choice there.
      await ada.setViewportSize(MOBILE);
      check(
        (await ada.getByRole('combobox', { name: 'Sort keys' }).inputValue()) === '-name',
        'the sort choice shows the header sort',
      );
      await ada.getByRole('combobox', { name: 'Sort keys' }).selectOption('-created_at');
      await ada.waitForFunction(() => !window.location.hash.includes('sort='));
      await ada.setViewportSize(DESKTOP);

      await atBothWidths(ada, async (width) => {
        const search = ada.getByRole('searchbox', { name: 'Search keys' });
        await search.fill(width === '1280' ? 'DUP_API_TOKEN' : 'DUP_WEBHOOK_SECRET');
        const name = width === '1280' ? 'DUP_API_TOKEN' : 'DUP_WEBHOOK_SECRET';
        await ada.getByText('1–1 of 1 keys').waitFor();
        await ada.getByRole('checkbox', { name: `Select ${name}` }).check();
        const text = await downloaded(ada, () =>
          ada.getByRole('button', { name: 'Export selected' }).click(),
        );
        check(text.includes(`${name}=`), `the export of the selection lacks ${name}`);
        await ada.getByRole('button', { name: 'Delete selected' }).click();
        await ada.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
        await ada.getByText('1 key moved to the trash.').waitFor();
        await ada.getByText('No key matches these filters').waitFor();
        await search.fill('');
      });
      await ada.getByRole('button', { name: 'Trash' }).click();
      await ada.locator('tr[data-key-name="DUP_API_TOKEN"]').waitFor();
      check(ada.url().includes('trash=1'), 'the trash is not in the URL');
      await ada.goBack();
      await ada.getByRole('heading', { name: 'Vault', exact: true }).waitFor();
      await ada.getByRole('button', { name: 'Add key' }).click();
      const min = await ada.getByRole('dialog').getByLabel('Expires').getAttribute('min');
      check(min && min >= new Date(Date.now() - 86_400_000).toISOString().slice(0, 10), 'no min');
      await ada.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();

      await ada.getByRole('searchbox', { name: 'Search keys' }).fill('SESSION_SECRET');
      await ada.getByText('1–1 of 1 keys').waitFor();
      await ada.getByRole('button', { name: 'Versions of SESSION_SECRET' }).click();
      await ada.getByRole('dialog').getByText('v2 · current').waitFor();
      await ada.getByRole('button', { name: 'Restore version 1' }).click();
      await ada.getByText('SESSION_SECRET: version 1 restored as the current value.').waitFor();
      check((await reveal(ada, 'SESSION_SECRET')) === `dup-${run}-session`, 'v1 not restored');
      await ada.getByRole('searchbox', { name: 'Search keys' }).fill('');

      await go(ada, 'settings');
      await ada.getByLabel('Auto-lock after').selectOption('5');
      await ada.reload();
      await unlock(ada, NEW_PASSWORD);
      await ada.getByRole('heading', { name: 'Settings' }).waitFor();
      const kept = await ada.getByLabel('Auto-lock after').inputValue();
      check(kept === '5', `auto-lock is ${kept} minutes after a reload`);
      await ada.getByLabel('Auto-lock after').selectOption('15');
    },
  );

  await journey('keyboard only: log in, open the vault, add a key, reveal it', async () => {
    const page = await newPage();
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement;
        const label = el?.labels?.[0]?.textContent;
        return (
          el?.getAttribute('aria-label') ||
          label ||
          el?.textContent ||
          el?.tagName ||
          ''
        ).trim();
      });
    const tabTo = async (name) => {
      for (let i = 0; i < 60; i++) {
        await page.keyboard.press('Tab');
        if ((await focused()) === name) return;
      }
      throw new Error(`Tab never reached "${name}"`);
    };
    await page.goto(`${web.base}/#/login`);
    await page.getByRole('heading', { name: 'Log in' }).waitFor();
    await tabTo('Email');
    await page.keyboard.type(ADA);
    await tabTo('Master password');
    await page.keyboard.type(NEW_PASSWORD);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Dashboard' }).waitFor({ timeout: 60_000 });
    await tabTo('Vault');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Vault' }).waitFor();
    await tabTo('Add key');
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').waitFor();
    const inDialog = await page.evaluate(() =>
      Boolean(document.activeElement?.closest('[role=dialog]')),
    );
    check(inDialog, 'focus did not move into the dialog');
    const KB_VALUE = `xoxb-keyboard-${run}`;
    wire.addSecret(KB_VALUE);
    await page.keyboard.type('KEYBOARD_SLACK');
    await page.keyboard.press('Tab');
    await page.keyboard.type(KB_VALUE);
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'KEYBOARD_SLACK added.' }).waitFor();
    await page.locator('tr[data-key-name="KEYBOARD_SLACK"]').waitFor();
    await tabTo('Reveal KEYBOARD_SLACK');
    await page.keyboard.press('Enter');
    const cell = page.locator('tr[data-key-name="KEYBOARD_SLACK"] code.secret');
    await cell.filter({ hasText: KB_VALUE }).waitFor();
    const row = await page.locator('tr[data-key-name="KEYBOARD_SLACK"]').innerText();
    check(row.includes('Slack'), 'Slack not guessed');
    await page.keyboard.press('Escape');
    await page.context().close();
  });

  await journey(
    'every screen at 1280 px and 375 px: screenshots, no horizontal overflow, labelled controls',
    async () => {
      const problems = [];
      for (const [label, viewport] of [
        ['desktop', DESKTOP],
        ['375', MOBILE],
      ]) {
        const page = await newPage(viewport);
        const shot = async (name) => {
          await page.waitForTimeout(300);
          await page.screenshot({ path: resolve(SCREENS, `${name}-${label}.png`), fullPage: true });
          const audit = await page.evaluate(() => {
            const unlabeled = [
              ...document.querySelectorAll(
                'input:not([type=hidden]):not([hidden]), select, textarea, button',
              ),
            ]
              .filter((el) => el.offsetParent !== null || el.getClientRects().length > 0)
              .filter((el) => {
                const name =
                  el.getAttribute('aria-label') ||
                  el.labels?.[0]?.textContent ||
                  el.textContent ||
                  el.getAttribute('title');
                return !name || !name.trim();
              })
              .map((el) => el.outerHTML.slice(0, 80));
            return {
              overflow: document.documentElement.scrollWidth - window.innerWidth,
              unlabeled,
            };
          });
          if (audit.overflow > 1)
            problems.push(`${name}@${label} overflows by ${audit.overflow}px`);
          problems.push(...(await axeProblems(page, `${name}@${label}`)));
          for (const u of audit.unlabeled) problems.push(`${name}@${label}: unlabelled ${u}`);
        };
        await page.goto(`${web.base}/#/login`);
        await page.getByRole('heading', { name: 'Log in' }).waitFor();
        await shot('login');
        await go(page, 'signup');
        await page.getByRole('heading', { name: 'Create your vault' }).waitFor();
        await page.getByLabel('Master password', { exact: true }).fill('a weak one');
        await page.locator('.strength-label').filter({ hasNotText: 'Checking' }).waitFor();
        await shot('signup');
        await go(page, 'login');
        await page.getByLabel('Email').fill(ADA);
        await page.getByLabel('Master password').fill(NEW_PASSWORD);
        await page.getByRole('button', { name: 'Log in' }).click();
        await page.getByRole('heading', { name: 'Dashboard' }).waitFor({ timeout: 60_000 });
        await page.locator('figure.chart canvas').first().waitFor();
        await shot('dashboard');
        await go(page, 'vault');
        await page.locator('tr[data-key-name="STRIPE_SECRET_KEY"]').waitFor();
        await shot('vault');
        await page.getByRole('button', { name: 'Add key' }).click();
        await shot('vault-add');
        await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
        await page.getByRole('button', { name: 'Import .env' }).click();
        await shot('vault-import');
        await page.keyboard.press('Escape');
        await page.getByRole('button', { name: 'Versions of STRIPE_SECRET_KEY' }).click();
        await shot('vault-versions');
        await page.keyboard.press('Escape');
        for (const [route, heading] of [
          ['anomalies', 'Anomalies'],
          ['teams', 'Teams'],
          ['audit', 'Audit log'],
          ['analytics', 'Analytics'],
          ['settings', 'Settings'],
        ]) {
          await go(page, route);
          await page.getByRole('heading', { name: heading, exact: true }).waitFor();
          await page
            .locator('.loading')
            .first()
            .waitFor({ state: 'detached' })
            .catch(() => undefined);
          await shot(route);
        }
        if (label === '375') {
          await page.getByRole('button', { name: 'Menu' }).click();
          await shot('menu');
        }
        await page.getByRole('button', { name: 'Lock' }).click();
        await shot('unlock');
        const stored = await storageViolations(page);
        problems.push(...stored);
        await page.context().close();
      }
      check(problems.length === 0, problems.join('\n'));
      return `screenshots in ${SCREENS}`;
    },
  );

  await journey(
    'a vault of 100,000 keys: first page and a search answer (times printed)',
    async () => {
      const page = await newPage();
      await signUp(page, CARA, PASSWORD);
      const BIG_VALUE = `sk_live_big${run}Value`;
      wire.addSecret(BIG_VALUE);
      await addKey(page, { name: 'BIG_SOURCE_KEY', value: BIG_VALUE });
      // 99,999 more rows straight into PostgreSQL, each carrying the one real ciphertext (the
      // list shows metadata only); names, services, environments and tags vary.
      const t0 = Date.now();
      await server.sql(`
        INSERT INTO api_keys (id, user_id, service, name, encrypted_value, iv, environment, tags,
                              version, health_score, created_at, updated_at)
        SELECT gen_random_uuid(), src.user_id,
               (ARRAY['stripe','openai','github','aws','slack','twilio'])[1 + n % 6],
               CASE WHEN n = 54321 THEN 'ORDERS_WEBHOOK_SECRET_54321' ELSE 'SEED_KEY_' || n END,
               src.encrypted_value, src.iv,
               (ARRAY['development','staging','production'])[1 + n % 3], ARRAY['t' || (n % 50)],
               1, 100, src.created_at - make_interval(secs => n), now()
        FROM (SELECT * FROM api_keys WHERE name = 'BIG_SOURCE_KEY') src,
             generate_series(1, 99999) AS n;
        ANALYZE api_keys;`);
      const seedMs = Date.now() - t0;
      const count = await server.sql(
        `SELECT count(*) FROM api_keys k JOIN users u ON u.id = k.user_id WHERE u.email = '${CARA}'`,
      );
      check(count === '100000', `seeded ${count} keys`);

      const rows = page.locator('table[aria-label="Keys"] tbody tr');
      const firstPage = [];
      const firstPageServer = [];
      for (let i = 0; i < 3; i++) {
        await go(page, 'settings');
        await page.getByRole('heading', { name: 'Settings' }).waitFor();
        const listed = page.waitForResponse(
          (r) => r.url().includes('/api/keys?') && r.url().includes('size=50'),
        );
        const t = Date.now();
        await go(page, 'vault');
        await page.getByText('1–50 of 100,000 keys').waitFor();
        await rows.nth(49).waitFor();
        firstPage.push(Date.now() - t);
        const timing = (await listed).request().timing();
        firstPageServer.push(Math.round(timing.responseEnd - timing.requestStart));
      }
      check((await rows.count()) === 50, `first page shows ${await rows.count()} rows`);
      await page.screenshot({ path: resolve(SCREENS, 'vault-100k-desktop.png') });

      const search = page.getByRole('searchbox', { name: 'Search keys' });
      const answered = page.waitForResponse((r) => r.url().includes('q=webhook_secret_54321'));
      const ts = Date.now();
      await search.fill('webhook_secret_54321');
      await page.locator('tr[data-key-name="ORDERS_WEBHOOK_SECRET_54321"]').waitFor();
      await page.getByText('1–1 of 1 keys').waitFor();
      const searchMs = Date.now() - ts;
      const res = await answered;
      const timing = res.request().timing();
      const searchServerMs = Math.round(timing.responseEnd - timing.requestStart);
      check((await rows.count()) === 1, `search shows ${await rows.count()} rows`);
      check(page.url().includes('q=webhook_secret_54321'), 'search is not in the URL');

      const tf = Date.now();
      await page.getByRole('searchbox', { name: 'Search keys' }).fill('');
      await page.getByRole('combobox', { name: 'Filter by environment' }).selectOption('staging');
      await page.getByText('1–50 of 33,333 keys').waitFor();
      const filterMs = Date.now() - tf;
      const tn = Date.now();
      await page.getByRole('button', { name: 'Next' }).click();
      await page.getByText('51–100 of 33,333 keys').waitFor();
      const nextMs = Date.now() - tn;
      await page.reload();
      await unlock(page, PASSWORD);
      await page.getByText('51–100 of 33,333 keys').waitFor();
      check(
        (await page.getByRole('combobox', { name: 'Filter by environment' }).inputValue()) ===
          'staging',
        'the filter did not survive a reload',
      );
      await page.goBack();
      await page.getByText('1–50 of 33,333 keys').waitFor();
      await page.context().close();
      const line =
        `100,000 keys (seeded in ${seedMs} ms): first page ${firstPage.join(' / ')} ms ` +
        `(request ${firstPageServer.join(' / ')} ms); ` +
        `search answer ${searchMs} ms (250 ms of it the typing pause; request ${searchServerMs} ms); ` +
        `environment filter ${filterMs} ms; next page ${nextMs} ms`;
      console.log(`     ${line}`);
      writeFileSync(
        resolve(RESULTS, 'big-vault.json'),
        JSON.stringify(
          { seedMs, firstPage, firstPageServer, searchMs, searchServerMs, filterMs, nextMs },
          null,
          2,
        ),
      );
      return line;
    },
  );

  await journey(
    'monitoring: an ingest token reports usage over HTTP, the chart shows it, the schedule survives a reload, an old value in use is an anomaly to resolve',
    async () => {
      // A server of its own: the anomaly scan every 2 s and a 1 s grace for replaced values, so
      // the findings come while the journey waits (and the other journeys' timings stay clean).
      const mon = await startServer(
        {
          KEYHAVEN_JOBS_ANOMALY_SCAN_EVERY: '2s',
          KEYHAVEN_JOBS_FIRST_RUN_AFTER: '1s',
          KEYHAVEN_MONITORING_SCAN_EVERY: '1s',
          KEYHAVEN_MONITORING_SCAN_ROTATED_VERSION_GRACE: '1s',
        },
        { log: 'server-monitoring.log' },
      );
      const monWeb = await webOrigin(mon.base);
      const problems = [];
      let page;
      try {
        page = await newPage(DESKTOP, monWeb.base);
        const shots = (name) =>
          atBothWidths(page, async (width) => {
            await page.waitForTimeout(400);
            await page.screenshot({
              path: resolve(SCREENS, `${name}-${width}.png`),
              fullPage: true,
            });
            const over = await sideways(page);
            if (over > 1) problems.push(`${name}@${width} overflows by ${over}px`);
            problems.push(...(await axeProblems(page, `${name}@${width}`)));
          });
        const VALUE = `sk-proj-mon${run}XyZ0123456789`;
        wire.addSecret(VALUE);
        await signUp(page, `mona-${run}@example.com`, PASSWORD, monWeb.base);
        await addKey(page, { name: 'OPENAI_API_KEY', value: VALUE });
        await page
          .locator('tr[data-key-name="OPENAI_API_KEY"]')
          .getByRole('link', { name: 'OPENAI_API_KEY' })
          .click();
        await page.getByRole('heading', { name: 'OPENAI_API_KEY' }).waitFor();
        const keyId = new URLSearchParams(page.url().split('?')[1]).get('id');
        check(/^[0-9a-f-]{36}$/.test(keyId ?? ''), `no key id in ${page.url()}`);

        // Health with its factors; no usage yet, and the empty state says how to report it.
        const factors = page.getByRole('list', { name: 'Health factors' });
        await factors.filter({ hasText: 'production key without a rotation schedule' }).waitFor();
        check((await factors.getByRole('listitem').count()) >= 5, 'fewer than 5 health factors');
        await page.getByText('No usage reported in the last 24 hours').waitFor();
        check(
          (await page.getByLabel('Example report', { exact: true }).innerText()).includes(
            `/api/usage`,
          ),
          'the empty state has no example report',
        );
        await shots('key-empty');

        // An ingest token, shown once.
        await page.getByLabel('Token name').fill('journey reporter');
        await page.getByRole('button', { name: 'Create token' }).click();
        const token = (await page.getByLabel('Ingest token', { exact: true }).innerText()).trim();
        check(token.startsWith('khi_'), 'the new token is not shown');
        await shots('key-token-created');
        await page.getByRole('button', { name: 'Done, I stored it' }).click();
        await page.locator('tr[data-token-name="journey reporter"]').waitFor();
        check(!(await page.content()).includes(token), 'the token is still on the page');

        // The application reports its use with the token, over real HTTP.
        const report = (events, bearer = token) =>
          fetch(`${mon.base}/api/usage`, {
            method: 'POST',
            headers: { Authorization: `Bearer ${bearer}`, 'Content-Type': 'application/json' },
            body: JSON.stringify({ events }),
          });
        let res = await report([
          {
            key_id: keyId,
            timestamp: new Date().toISOString(),
            endpoint: '/v1/chat/completions',
            request_count: 40,
            error_count: 3,
            key_version: 1,
          },
        ]);
        check(res.status === 202, `the report answered ${res.status}`);
        // The token reports and does nothing else: it reads neither this key nor its usage.
        for (const path of [`/api/keys/${keyId}`, `/api/keys/${keyId}/usage`, '/api/keys']) {
          const r = await fetch(`${mon.base}${path}`, {
            headers: { Authorization: `Bearer ${token}` },
          });
          check(r.status === 401 || r.status === 404, `the ingest token read ${path}: ${r.status}`);
        }
        await page.getByRole('button', { name: 'Refresh' }).click();
        const totals = page.getByTestId('usage-totals');
        await totals.filter({ hasText: '40 requests' }).waitFor();
        check((await totals.innerText()).includes('3 errors'), 'the errors are not counted');
        await page.locator('.usage-canvas canvas').waitFor();
        await shots('key-usage');
        await page.getByRole('button', { name: 'Daily' }).click();
        await totals.filter({ hasText: '40 requests' }).waitFor();
        check(page.url().includes('bucket=day'), 'the daily view is not in the URL');
        await page.getByRole('button', { name: 'Hourly' }).click();

        // A rotation schedule, kept across a reload; the health score counts it.
        await page.getByLabel('Rotate every (days)').fill('0');
        await page.getByRole('button', { name: 'Save schedule' }).click();
        await page.getByText('Choose between 1 and 3,650 days.').waitFor();
        await page.getByLabel('Rotate every (days)').fill('30');
        await page.getByRole('button', { name: 'Save schedule' }).click();
        await page.getByRole('status').filter({ hasText: 'Saved: every 30 days' }).waitFor();
        await page.reload();
        await unlock(page, PASSWORD);
        await page.getByRole('heading', { name: 'OPENAI_API_KEY' }).waitFor();
        await page
          .getByTestId('schedule-now')
          .filter({ hasText: 'every 30 days, with a reminder' })
          .waitFor();
        check(
          (await page.getByLabel('Rotate every (days)').inputValue()) === '30',
          'the form does not show the saved interval',
        );
        await factors.filter({ hasText: 'production key with a rotation schedule' }).waitFor();
        await factors.filter({ hasText: /next rotation due in (29|30) days/ }).waitFor();

        // Automatic rotation: the screen says plainly it is only a plan (or that it is refused).
        await page.getByRole('radio', { name: /Rotate automatically/ }).check();
        await page.getByText(/A schedule alone does not rotate the key/).waitFor();
        await page.getByRole('button', { name: 'Save schedule' }).click();
        await page
          .locator('.banner')
          .filter({ hasText: /Saved as a plan|This schedule cannot rotate the key by itself/ })
          .first()
          .waitFor();
        await shots('key-schedule-auto');

        // The value is rotated; the application still reports the old one after the grace period.
        await go(page, 'vault');
        await page.getByRole('button', { name: 'Edit OPENAI_API_KEY' }).click();
        await page
          .getByRole('dialog')
          .getByLabel(/New value/)
          .fill(`${VALUE}-rotated`);
        wire.addSecret(`${VALUE}-rotated`);
        await page.getByRole('dialog').getByRole('button', { name: 'Save changes' }).click();
        await page.getByRole('status').filter({ hasText: 'OPENAI_API_KEY saved.' }).waitFor();
        await page.waitForTimeout(1500);
        res = await report([
          { key_id: keyId, timestamp: new Date().toISOString(), request_count: 5, key_version: 1 },
        ]);
        check(res.status === 202, `the late report answered ${res.status}`);

        // The scan finds it; the Anomalies view explains it and resolves it.
        await page.getByRole('link', { name: 'Anomalies' }).click();
        await page.getByRole('heading', { name: 'Anomalies' }).waitFor();
        const card = page.locator('li[data-anomaly-kind="rotated_version_use"]');
        const until = Date.now() + 90_000;
        while (!(await card.isVisible())) {
          check(Date.now() < until, 'no anomaly within 90 s (see server-monitoring.log)');
          await page.waitForTimeout(2000);
          await page.getByRole('button', { name: 'Resolved', exact: true }).click();
          await page.getByRole('button', { name: 'Open', exact: true }).click();
          await page
            .locator('.loading')
            .waitFor({ state: 'detached' })
            .catch(() => undefined);
        }
        const text = await card.innerText();
        check(text.includes('OPENAI_API_KEY'), `the anomaly does not name the key: ${text}`);
        check(/Version 1 was used/.test(text), `the anomaly is not explained: ${text}`);
        check(/critical/i.test(text), 'the anomaly is not critical');
        await shots('anomalies-open');
        // The key's page counts it against the health score and lists it.
        await card.getByRole('link', { name: 'OPENAI_API_KEY' }).click();
        await factors.filter({ hasText: '1 open anomaly' }).waitFor();
        check(
          /Open anomalies\s*−\d+/.test(await factors.innerText()),
          'the open anomaly costs no health points',
        );
        await page
          .getByRole('region', { name: 'Open anomalies of this key' })
          .filter({ hasText: 'Old value still in use' })
          .waitFor();
        await page.getByRole('link', { name: 'Review and resolve them in Anomalies' }).click();
        await card.getByRole('button', { name: /^Resolve / }).click();
        await page
          .getByRole('status')
          .filter({ hasText: 'Resolved: Old value still in use of OPENAI_API_KEY.' })
          .waitFor();
        await page.getByText('No open anomalies').waitFor();
        await page.getByRole('button', { name: 'Resolved', exact: true }).click();
        await page.locator('li[data-anomaly-kind="rotated_version_use"]').waitFor();
        check(
          !(await page.getByRole('button', { name: /^Resolve / }).count()),
          'a resolved anomaly offers Resolve',
        );
        await shots('anomalies-resolved');

        // Revoking the token stops its reports at once.
        await page.getByRole('link', { name: 'OPENAI_API_KEY' }).click();
        await page.getByRole('button', { name: 'Revoke journey reporter' }).click();
        await page.getByRole('dialog').getByRole('button', { name: 'Revoke' }).click();
        await page.getByText('No ingest tokens yet').waitFor();
        res = await report([{ key_id: keyId, timestamp: new Date().toISOString() }]);
        check(res.status === 401, `a revoked token's report answered ${res.status}`);
        const stored = await storageViolations(page);
        problems.push(...stored);
        check(problems.length === 0, problems.join('\n'));
        return `usage 40/3 charted, schedule kept, anomaly resolved; screenshots key-*, anomalies-* in ${SCREENS}`;
      } finally {
        await page?.context().close();
        await monWeb.stop();
        await mon.stop();
      }
    },
  );

  await journey(
    'notifications: a team invite rings the bell, the list marks it read, an e-mail switch persists (1280 + 375 px)',
    async () => {
      const problems = [];
      const look = async (page, name, width) => {
        await page.waitForTimeout(250);
        await page.screenshot({ path: resolve(SCREENS, `${name}-${width}.png`), fullPage: true });
        const over = await sideways(page);
        if (over > 1) problems.push(`${name}@${width} overflows by ${over}px`);
        problems.push(...(await axeProblems(page, `${name}@${width}`)));
      };
      // Ada adds Bob to a new team: the teams area notifies him (in-app, and by mail if wanted).
      await go(ada, 'teams');
      await ada.getByLabel('New team name').fill('On-call');
      await ada.getByRole('button', { name: 'Create team' }).click();
      await ada.getByRole('heading', { name: 'On-call' }).waitFor();
      await ada.getByLabel('Invite by email').fill(BOB);
      await ada.getByLabel('Role', { exact: true }).selectOption('editor');
      await ada.getByRole('button', { name: 'Invite' }).click();
      await ada.getByText(`${BOB} invited as editor.`).waitFor();

      const page = await newPage();
      await page.goto(`${web.base}/#/login`);
      await page.getByLabel('Email').fill(BOB);
      await page.getByLabel('Master password').fill(PASSWORD);
      await page.getByRole('button', { name: 'Log in' }).click();
      await page.getByRole('heading', { name: 'Dashboard' }).waitFor({ timeout: 60_000 });
      const bell = page.getByRole('button', { name: /^Notifications, \d+ unread$/ });
      await bell.waitFor();
      const before = Number(/(\d+) unread/.exec(await bell.getAttribute('aria-label'))[1]);
      check(before >= 1, `the bell shows ${before} unread`);
      const title = "You are invited to the team 'On-call'";
      await atBothWidths(page, async (width) => {
        await bell.click();
        const panel = page.getByRole('region', { name: 'Notifications' });
        await panel.getByText(title).waitFor();
        const box = await panel.boundingBox();
        const vw = page.viewportSize().width;
        check(box && box.x >= 0 && box.x + box.width <= vw, `the panel is off screen at ${width}`);
        await look(page, 'notifications-bell', width);
        await page.keyboard.press('Escape');
        await panel.waitFor({ state: 'detached' });
      });
      await bell.click();
      await page.getByRole('button', { name: `Mark read: ${title}` }).click();
      const after = before - 1;
      await page
        .getByRole('button', {
          name: after === 0 ? 'Notifications' : `Notifications, ${after} unread`,
          exact: true,
        })
        .waitFor();
      await page.getByRole('link', { name: 'See all notifications' }).click();
      await page.getByRole('heading', { name: 'Notifications', exact: true }).waitFor();
      const item = page.locator('li.notice').filter({ hasText: title });
      await item.waitFor();
      check(
        (await item.getByRole('button', { name: /Mark read/ }).count()) === 0,
        'a read notification still offers Mark read',
      );
      check(
        (await item.getByRole('link', { name: 'Open Teams' }).getAttribute('href')) === '#/teams',
        'the invite does not link to Teams',
      );
      await atBothWidths(page, (width) => look(page, 'notifications-list', width));

      // An e-mail switch: off, saved, still off after a reload (which locks the vault).
      await go(page, 'settings');
      const teamMail = page.getByRole('checkbox', { name: /^Teams/ });
      await teamMail.waitFor();
      check(await teamMail.isChecked(), 'team e-mails do not start on');
      await teamMail.uncheck();
      await page.getByText('Saved: Teams e-mails off.').waitFor();
      await atBothWidths(page, async (width) => {
        await page.getByRole('heading', { name: 'E-mail notifications' }).scrollIntoViewIfNeeded();
        await look(page, 'settings-notifications', width);
      });
      await page.reload();
      await unlock(page, PASSWORD);
      await page.getByRole('heading', { name: 'Settings' }).waitFor();
      await page.getByRole('checkbox', { name: /^Teams/ }).waitFor();
      check(
        !(await page.getByRole('checkbox', { name: /^Teams/ }).isChecked()),
        'team e-mails are on again after a reload',
      );
      check(
        await page.getByRole('checkbox', { name: /^Leaked keys/ }).isChecked(),
        'another switch changed',
      );

      // Billing is off on this server: no Plan entry, and the plan screen says why.
      check(
        (await page
          .getByRole('navigation', { name: 'Main' })
          .getByRole('link', { name: 'Plan' })
          .count()) === 0,
        'a Plan entry shows with billing off',
      );
      await page.getByText('Billing is off on this server').waitFor();
      await go(page, 'billing');
      await page.getByRole('heading', { name: 'No billing on this server' }).waitFor();
      await atBothWidths(page, (width) => look(page, 'plan-billing-off', width));
      await page.context().close();
      check(problems.length === 0, problems.join('\n'));
      return `${before} unread → ${after}; screenshots notifications-*, settings-notifications-*, plan-billing-off-*`;
    },
  );

  await journey(
    'billing on: the free limit, the plan screen, checkout through a Stripe stand-in, signed webhooks, the limit lifts (1280 + 375 px)',
    async () => {
      const stops = [];
      try {
        const stripe = await startStripe();
        stops.push(() => stripe.stop());
        const webPort = await freePort();
        const dashboard = `http://127.0.0.1:${webPort}`;
        const SECRET = `whsec_e2e_${run}`;
        const PRICE_PRO = 'price_e2e_pro';
        const billed = await startServer(
          {
            KEYHAVEN_BILLING_ENABLED: 'true',
            KEYHAVEN_STRIPE_API_KEY: `sk_test_e2e_${run}`,
            KEYHAVEN_STRIPE_API_BASE: stripe.base,
            KEYHAVEN_STRIPE_WEBHOOK_SECRET: SECRET,
            KEYHAVEN_STRIPE_PRICE_PRO: PRICE_PRO,
            KEYHAVEN_STRIPE_PRICE_TEAM: 'price_e2e_team',
            KEYHAVEN_STRIPE_SUCCESS_URL: `${dashboard}/#/billing?checkout=done`,
            KEYHAVEN_STRIPE_CANCEL_URL: `${dashboard}/#/billing?checkout=canceled`,
            KEYHAVEN_STRIPE_PORTAL_RETURN_URL: `${dashboard}/#/billing`,
          },
          { log: 'server-billing.log' },
        );
        stops.push(() => billed.stop());
        const site = await startStatic(resolve(WEB, 'dist'), billed.base, webPort);
        stops.push(() => site.stop());
        const context = await browser.newContext({ viewport: DESKTOP });
        stops.push(() => context.close());
        wire.attach(context);
        const page = await context.newPage();
        page.setDefaultTimeout(45_000);
        openPages.push(page);
        const problems = [];
        const look = async (name, width, fullPage = true) => {
          await page.waitForTimeout(250);
          await page.screenshot({ path: resolve(SCREENS, `${name}-${width}.png`), fullPage });
          const over = await sideways(page);
          if (over > 1) problems.push(`${name}@${width} overflows by ${over}px`);
          problems.push(...(await axeProblems(page, `${name}@${width}`)));
        };
        const DANA = `dana-${run}@example.com`;
        await page.goto(`${site.base}/#/signup`);
        await page.getByLabel('Email').fill(DANA);
        await page.getByLabel('Master password', { exact: true }).fill(PASSWORD);
        await page.getByLabel('Confirm master password').fill(PASSWORD);
        await page.locator('.strength-label.s3, .strength-label.s4').waitFor();
        await page.getByLabel(/I understand/).check();
        await page.getByRole('button', { name: 'Create account' }).click();
        await page.getByRole('heading', { name: 'Dashboard' }).waitFor({ timeout: 90_000 });
        await page
          .getByRole('navigation', { name: 'Main' })
          .getByRole('link', { name: 'Plan' })
          .waitFor();

        // The free plan's 25 keys, imported in one go.
        const lines = Array.from(
          { length: 25 },
          (_, i) => `FREE_KEY_${i + 1}=free-${run}-${i + 1}`,
        );
        for (const l of lines) wire.addSecret(l.split('=')[1]);
        await go(page, 'vault');
        const dialog = await importText(page, `${lines.join('\n')}\n`, 'development');
        await dialog.getByRole('button', { name: 'Import 25 keys' }).click();
        await page.getByText('Imported 25 of 25.').waitFor({ timeout: 90_000 });
        await dialog.getByRole('button', { name: 'Done' }).click();

        // The 26th is refused with a message naming the plan and a way to it.
        const OVER = `over-limit-${run}`;
        wire.addSecret(OVER);
        await atBothWidths(page, async (width) => {
          await page.getByRole('button', { name: 'Add key' }).click();
          const add = page.getByRole('dialog');
          await add.getByLabel('Name', { exact: true }).fill('OVER_LIMIT_KEY');
          await add.getByLabel('Value', { exact: true }).fill(OVER);
          await add.getByRole('button', { name: 'Add key' }).click();
          const alert = add.getByRole('alert');
          await alert.getByText('This needs the Pro plan.').waitFor();
          check(
            (await alert.innerText()).includes('25 keys'),
            'the refusal does not say the limit',
          );
          await look('plan-limit-refused', width, false);
          if (width === '375')
            await add.getByRole('link', { name: 'See plans and upgrade' }).click();
          else await add.getByRole('button', { name: 'Cancel' }).click();
        });
        await page.getByRole('heading', { name: 'Plan', exact: true }).waitFor();
        await page.getByText('25 of 25 keys').waitFor();
        await page.getByText(/You have reached the limit/).waitFor();
        await atBothWidths(page, (width) => look('plan-free', width));

        // Upgrade: the server makes a customer and a Checkout Session at the stand-in.
        const customer = `cus_E2E${run}`;
        const session = `cs_test_e2e${run}`;
        const pageUrl = await stubCheckout(stripe, {
          customer,
          session,
          email: DANA,
          returnUrl: `${dashboard}/#/billing?checkout=done`,
        });
        await page.getByRole('button', { name: 'Upgrade to Pro' }).click();
        await page.waitForURL(pageUrl);
        await page.getByRole('heading', { name: 'Test checkout' }).waitFor();
        const [made] = await stripe.requests('POST', '/v1/checkout/sessions');
        check(made, 'no Checkout Session was asked of Stripe');
        const form = new URLSearchParams(made.body);
        check(form.get('customer') === customer, `session for ${form.get('customer')}`);
        check(form.get('line_items[0][price]') === PRICE_PRO, 'not the Pro price');
        check(form.get('mode') === 'subscription', 'not a subscription');
        check(
          form.get('success_url') === `${dashboard}/#/billing?checkout=done`,
          `success_url ${form.get('success_url')}`,
        );
        check(
          (made.headers.Authorization ?? made.headers.authorization) ===
            `Bearer sk_test_e2e_${run}`,
          'Stripe was not called with the configured key',
        );
        const userId = form.get('client_reference_id');
        check(/^[0-9a-f-]{36}$/.test(userId ?? ''), `client_reference_id ${userId}`);

        // Stripe tells the server, signed: the session completed, the subscription exists.
        const subscription = `sub_E2E${run}`;
        const t = Math.floor(Date.now() / 1000);
        const outcomes = [];
        for (const evt of [
          checkoutCompleted({ session, customer, subscription, userId, plan: 'pro', created: t }),
          subscriptionEvent('customer.subscription.created', {
            subscription,
            customer,
            price: PRICE_PRO,
            status: 'active',
            created: t + 1,
          }),
          subscriptionEvent('customer.subscription.updated', {
            subscription,
            customer,
            price: PRICE_PRO,
            status: 'active',
            created: t + 2,
          }),
        ]) {
          const res = await deliver(billed.base, SECRET, evt);
          check(res.status === 200, `${evt.type} answered ${res.status} ${res.outcome}`);
          outcomes.push(`${evt.type}: ${res.outcome}`);
        }
        check(outcomes[0].endsWith('applied'), outcomes.join('; '));
        const forged = await deliver(
          billed.base,
          'whsec_wrong',
          subscriptionEvent('customer.subscription.updated', {
            subscription,
            customer,
            price: 'price_e2e_team',
            status: 'active',
            created: t + 2,
          }),
        );
        check(forged.status === 400, `a wrongly signed event answered ${forged.status}`);

        // Back to the dashboard: a full page load, so the vault asks to be unlocked first.
        await page.getByRole('link', { name: 'Return to KeyHaven' }).click();
        await unlock(page, PASSWORD);
        await page.getByRole('heading', { name: 'Plan', exact: true }).waitFor();
        await page.getByText(/you are on the Pro plan now/).waitFor();
        await page.getByText('25 keys (no limit)').waitFor();
        check(
          (await page.getByRole('button', { name: 'Upgrade to Pro' }).count()) === 0,
          'Pro is still offered on Pro',
        );
        await page.getByRole('button', { name: /Manage billing/ }).waitFor();
        await atBothWidths(page, (width) => look('plan-pro', width));

        // The limit is lifted: the 26th key goes in.
        await addKey(page, { name: 'OVER_LIMIT_KEY', value: OVER });

        // A cancellation brings the free plan back: nothing is deleted, the newest key is
        // read-only and the vault says why.
        const ended = await deliver(
          billed.base,
          SECRET,
          subscriptionEvent('customer.subscription.deleted', {
            subscription,
            customer,
            price: PRICE_PRO,
            status: 'canceled',
            created: t + 3,
          }),
        );
        check(ended.outcome === 'applied', `deleted: ${ended.outcome}`);
        await go(page, 'settings');
        await page.getByRole('heading', { name: 'Settings' }).waitFor();
        await go(page, 'vault');
        const note = page.getByRole('note').filter({ hasText: '1 key is read-only' });
        await note.waitFor();
        await page.locator('tr[data-key-name="OVER_LIMIT_KEY"]').waitFor();
        check((await reveal(page, 'OVER_LIMIT_KEY')) === OVER, 'a read-only key is not readable');
        await atBothWidths(page, (width) => look('vault-read-only', width, false));
        check(problems.length === 0, problems.join('\n'));
        return `${outcomes.join('; ')}; forged signature → 400; 26th key refused then accepted; cancel → 1 read-only key`;
      } catch (e) {
        for (const p of openPages)
          await p
            .screenshot({ path: resolve(RESULTS, 'failure-billing.png') })
            .catch(() => undefined);
        throw e;
      } finally {
        for (const stop of stops.reverse()) await stop().catch(() => undefined);
      }
    },
  );

  await journey(
    'insights: refresh finds keys without expiry, a question answers with links to the keys, resolve (1280 + 375 px)',
    async () => {
      const problems = [];
      const look = async (page, name, width) => {
        await page.waitForTimeout(250);
        await page.screenshot({ path: resolve(SCREENS, `${name}-${width}.png`), fullPage: true });
        const over = await sideways(page);
        if (over > 1) problems.push(`${name}@${width} overflows by ${over}px`);
        problems.push(...(await axeProblems(page, `${name}@${width}`)));
      };
      const page = await newPage();
      await signUp(page, `insights-${Date.now()}@example.com`, PASSWORD);
      await addKey(page, {
        name: 'PAYMENTS_LIVE',
        value: 'sk_live_insights_1',
        environment: 'production',
      });
      await addKey(page, {
        name: 'PAYMENTS_STAGING',
        value: 'sk_test_insights_2',
        environment: 'staging',
      });
      await go(page, 'insights');
      await page.getByRole('heading', { name: 'Insights' }).waitFor();
      await page.getByRole('button', { name: 'Refresh' }).click();
      await page.getByRole('status').filter({ hasText: 'Insights refreshed.' }).waitFor();
      const item = page.locator('li[data-insight-type="no_expiry"]');
      await item.waitFor();
      check((await item.getByRole('link').count()) === 2, 'the no-expiry insight links both keys');

      await page
        .getByLabel('Ask about your keys')
        .fill('which production keys have no expiry date?');
      await page.getByRole('button', { name: 'Ask' }).click();
      const answer = page.getByRole('status', { name: 'Answer' });
      await answer.getByText('1 key matches').waitFor();
      check((await answer.innerText()).includes('Answered by the rules'), 'the parser answered');
      await atBothWidths(page, (width) => look(page, 'insights', width));

      await answer.getByRole('link', { name: 'PAYMENTS_LIVE' }).click();
      await page.waitForFunction(() => window.location.hash.startsWith('#/key?'));
      await page.getByRole('heading', { name: 'PAYMENTS_LIVE' }).waitFor();

      await go(page, 'insights');
      await page.getByRole('button', { name: 'Resolve no expiry date' }).click();
      await page.getByRole('status').filter({ hasText: 'Resolved: No expiry date.' }).waitFor();
      await item.waitFor({ state: 'detached' });
      check(problems.length === 0, problems.join('\n'));
      return 'refresh → no-expiry insight over 2 keys; question → 1 key (rules); key page; resolved';
    },
  );

  await journey(
    'github: connect a token, push a key to an Actions secret sealed in the browser (opened here with libsodium), a leak alert marks the key exposed (1280 + 375 px)',
    async () => {
      const problems = [];
      const look = async (page, name, width) => {
        await page.waitForTimeout(250);
        await page.screenshot({ path: resolve(SCREENS, `${name}-${width}.png`), fullPage: true });
        const over = await sideways(page);
        if (over > 1) problems.push(`${name}@${width} overflows by ${over}px`);
        problems.push(...(await axeProblems(page, `${name}@${width}`)));
      };
      const { default: sodium } = await import('libsodium-wrappers');
      await sodium.ready;
      const repoKeys = sodium.crypto_box_keypair();
      const login = `octo-${run}`;
      const token = `github_pat_11E2E${run}_${randomBytes(20).toString('hex')}`;
      const value = `sk_live_${randomBytes(24).toString('base64url').replace(/[-_]/g, 'Q')}`;
      wire.addSecret(value);
      const json = (status, body) => ({
        status,
        headers: { 'Content-Type': 'application/json' },
        jsonBody: body,
      });
      const auth = { Authorization: { equalTo: `Bearer ${token}` } };
      await github.stub({
        request: { method: 'GET', url: '/user', headers: auth },
        response: json(200, { login, id: 1, type: 'User' }),
      });
      await github.stub({
        request: { method: 'GET', urlPath: '/user/repos', headers: auth },
        response: json(200, [
          {
            id: 7,
            name: 'payments',
            full_name: `${login}/payments`,
            private: true,
            owner: { login },
          },
        ]),
      });
      await github.stub({
        request: {
          method: 'GET',
          url: `/repos/${login}/payments/actions/secrets/public-key`,
          headers: auth,
        },
        response: json(200, {
          key_id: '568250167242549743',
          key: sodium.to_base64(repoKeys.publicKey, sodium.base64_variants.ORIGINAL),
        }),
      });
      await github.stub({
        request: { method: 'PUT', url: `/repos/${login}/payments/actions/secrets/PAYMENTS_LIVE` },
        response: { status: 201 },
      });

      const page = await newPage();
      await signUp(page, `github-${Date.now()}@example.com`, PASSWORD);
      await addKey(page, { name: 'PAYMENTS_LIVE', value });
      await go(page, 'integrations');
      await page.getByRole('heading', { name: 'Integrations' }).waitFor();
      await atBothWidths(page, (width) => look(page, 'integrations-connect', width));
      await page.getByLabel('GitHub token').fill('too-short');
      await page.getByRole('button', { name: 'Connect GitHub' }).click();
      await page.getByText('Paste the whole token').waitFor();
      await page.getByLabel('GitHub token').fill(token);
      await page.getByRole('button', { name: 'Connect GitHub' }).click();
      await page
        .getByRole('status')
        .filter({ hasText: `Connected to GitHub as ${login}.` })
        .waitFor();

      await go(page, 'vault');
      await page.getByRole('link', { name: 'PAYMENTS_LIVE' }).first().click();
      await page.getByRole('heading', { name: 'GitHub Actions' }).waitFor();
      await page.getByRole('combobox', { name: 'Repository' }).selectOption(`${login}/payments`);
      check(
        (await page.getByLabel('Secret name').inputValue()) === 'PAYMENTS_LIVE',
        'the secret name follows the key name',
      );
      await page.getByRole('button', { name: 'Push to GitHub' }).click();
      await page
        .getByRole('status')
        .filter({ hasText: `Pushed to ${login}/payments as PAYMENTS_LIVE.` })
        .waitFor();
      await page
        .getByRole('table', { name: 'Where this key was pushed' })
        .getByText('Up to date')
        .waitFor();
      await atBothWidths(page, (width) => look(page, 'key-github', width));

      // What GitHub received: a sealed box only the repository's private key opens.
      const puts = await github.requests(
        'PUT',
        `/repos/${login}/payments/actions/secrets/PAYMENTS_LIVE`,
      );
      check(puts.length === 1, `GitHub got ${puts.length} secret writes`);
      const sent = JSON.parse(puts[0].body);
      check(sent.key_id === '568250167242549743', 'the key id of the public key is sent back');
      const opened = sodium.to_string(
        sodium.crypto_box_seal_open(
          sodium.from_base64(sent.encrypted_value, sodium.base64_variants.ORIGINAL),
          repoKeys.publicKey,
          repoKeys.privateKey,
        ),
      );
      check(opened === value, 'the sealed box opens to the key value');
      check(!puts[0].body.includes(value), 'the value is not in the clear');

      // GitHub's secret scanning finds the value in the repository: the leak loop.
      await github.stub({
        request: {
          method: 'GET',
          url: `/repos/${login}/payments/secret-scanning/alerts/3`,
          headers: auth,
        },
        response: json(200, {
          number: 3,
          state: 'open',
          secret_type: 'stripe_api_key',
          secret: value,
        }),
      });
      const alert = JSON.stringify({
        action: 'created',
        alert: { number: 3, secret_type: 'stripe_api_key' },
        repository: { id: 7, name: 'payments', full_name: `${login}/payments`, owner: { login } },
      });
      const deliverAlert = (signature) =>
        fetch(`${server.base}/webhooks/github`, {
          method: 'POST',
          headers: {
            'Content-Type': 'application/json',
            'X-GitHub-Event': 'secret_scanning_alert',
            'X-GitHub-Delivery': `e2e-${run}`,
            'X-Hub-Signature-256': signature,
          },
          body: alert,
        });
      const forged = await deliverAlert(
        `sha256=${createHmac('sha256', 'guess').update(alert).digest('hex')}`,
      );
      check(forged.status === 401, `a forged alert answers ${forged.status}`);
      const res = await deliverAlert(
        `sha256=${createHmac('sha256', GITHUB_WEBHOOK_SECRET).update(alert).digest('hex')}`,
      );
      const receipt = await res.json();
      check(
        res.status === 202 && receipt.exposed === 1,
        `alert: ${res.status} ${JSON.stringify(receipt)}`,
      );
      await go(page, 'vault');
      await page.locator('tr[data-key-name="PAYMENTS_LIVE"]').getByText('Exposed').waitFor();

      // One click from the leak to the rotation: the key's page says so first.
      await page.getByRole('link', { name: 'PAYMENTS_LIVE' }).first().click();
      await page.getByRole('heading', { name: 'This key is exposed' }).waitFor();
      await atBothWidths(page, (width) => look(page, 'key-exposed', width));
      const next = `sk_live_${randomBytes(24).toString('base64url').replace(/[-_]/g, 'R')}`;
      wire.addSecret(next);
      await page.getByLabel('New value').fill(next);
      await page.getByRole('button', { name: 'Rotate now' }).click();
      await page
        .getByRole('status')
        .filter({ hasText: 'Rotated: the new value is current' })
        .waitFor();
      await page
        .getByRole('heading', { name: 'This key is exposed' })
        .waitFor({ state: 'detached' });
      await page
        .getByRole('table', { name: 'Where this key was pushed' })
        .getByText('Stale: push again')
        .waitFor();
      check(problems.length === 0, problems.join('\n'));
      return `connected as ${login}; pushed (sealed box opened by the test); forged alert 401; alert → 1 key exposed; rotated, the push marked stale`;
    },
  );

  await journey(
    'two-step sign-in: turn TOTP on (QR code), log out, log in with a code, then a recovery code',
    async () => {
      const page = await newPage();
      await signUp(page, DINA, PASSWORD);
      await go(page, 'settings');
      await page.getByRole('button', { name: 'Turn on two-step sign-in' }).click();
      const qr = page.getByRole('img', { name: 'QR code for your authenticator app' });
      await qr.waitFor();
      await page.waitForFunction(() => {
        const c = document.querySelector('canvas.totp-qr');
        return c && c.width > 0 && c.toDataURL().length > 1000;
      });
      const secret = (await page.getByLabel('TOTP secret', { exact: true }).innerText()).trim();
      check(/^[A-Z2-7]{32}$/.test(secret), `unexpected secret shape ${secret.length}`);
      wire.addSecret(secret);
      let used = totpStep();
      await page.getByLabel('Code from the app').fill(totp(secret, used));
      await page.getByRole('button', { name: 'Turn on', exact: true }).click();
      const codesBlock = page.getByTestId('recovery-codes');
      await codesBlock.waitFor();
      const codes = (await page.getByLabel('Recovery codes', { exact: true }).innerText())
        .trim()
        .split(/\s+/);
      check(codes.length === 10, `${codes.length} recovery codes`);
      await page.getByRole('button', { name: 'I saved them' }).click();
      await page.getByText('Recovery codes left: 10').waitFor();
      const problems = await axeProblems(page, 'settings with two-step sign-in');

      await page.getByRole('button', { name: 'Log out', exact: true }).click();
      await page.getByRole('heading', { name: 'Log in' }).waitFor();
      await page.getByLabel('Email').fill(DINA);
      await page.getByLabel('Master password').fill(PASSWORD);
      await page.getByRole('button', { name: 'Log in' }).click();
      await page.getByRole('heading', { name: 'Two-step sign-in' }).waitFor({ timeout: 90_000 });
      problems.push(...(await axeProblems(page, 'second step')));
      // A wrong code first: refused, the form stays.
      await page
        .getByLabel('Authentication code')
        .fill(totp(secret, used) === '000000' ? '111111' : '000000');
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.getByText('That code did not work').waitFor();
      used += 1;
      await page.getByLabel('Authentication code').fill(totp(secret, used));
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.getByRole('heading', { name: 'Dashboard' }).waitFor({ timeout: 60_000 });

      await page.getByRole('button', { name: 'Log out', exact: true }).click();
      await page.getByRole('heading', { name: 'Log in' }).waitFor();
      await page.getByLabel('Email').fill(DINA);
      await page.getByLabel('Master password').fill(PASSWORD);
      await page.getByRole('button', { name: 'Log in' }).click();
      await page.getByRole('heading', { name: 'Two-step sign-in' }).waitFor({ timeout: 90_000 });
      await page.getByRole('button', { name: 'Use a recovery code' }).click();
      await page.getByLabel('Recovery code').fill(codes[0]);
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.getByRole('heading', { name: 'Dashboard' }).waitFor({ timeout: 60_000 });
      await go(page, 'settings');
      await page.getByText('Recovery codes left: 9').waitFor();
      // The sign-ins of this account: logging out ended the earlier two; this one is marked.
      const signIns = page.getByRole('table', { name: 'Sign-ins' });
      await signIns.getByText('this browser').waitFor();
      const rows = await signIns.locator('tbody tr').count();
      check(rows === 1, `${rows} live sign-ins after two log-outs`);
      await page.context().close();
      check(problems.length === 0, problems.join('\n'));
      return 'TOTP on with a QR code; code computed here at +1 step; recovery code once';
    },
  );

  await journey(
    'passkey: add one with a virtual authenticator, log out, log in with it (1280 + 375 px)',
    async () => {
      const site = await startStatic(resolve(WEB, 'dist'), server.base, PASSKEY_WEB_PORT);
      const base = `http://localhost:${PASSKEY_WEB_PORT}`;
      const email = `passkey-${run}@example.com`;
      const page = await newPage(DESKTOP, base);
      try {
        // Chromium's virtual authenticator: a platform passkey that verifies the user.
        const cdp = await page.context().newCDPSession(page);
        await cdp.send('WebAuthn.enable');
        const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
          options: {
            protocol: 'ctap2',
            transport: 'internal',
            hasResidentKey: true,
            hasUserVerification: true,
            isUserVerified: true,
          },
        });
        await signUp(page, email, PASSWORD, base);
        await go(page, 'settings');
        const card = page.locator('section', {
          has: page.getByRole('heading', { name: 'Passkeys and security keys' }),
        });
        await card.getByText('No passkeys yet.').waitFor();
        await card.getByRole('button', { name: 'Add a passkey' }).click();
        await card.getByLabel('Name for this passkey').fill('This laptop');
        await card.getByRole('button', { name: 'Continue' }).click();
        await card.getByTestId('recovery-codes').waitFor();
        const codes = (await card.getByLabel('Recovery codes', { exact: true }).innerText())
          .trim()
          .split(/\s+/);
        check(codes.length === 10, `${codes.length} recovery codes`);
        await card.getByRole('button', { name: 'I saved them' }).click();
        const list = card.getByRole('list', { name: 'Passkeys' });
        await list.getByText('This laptop').waitFor();
        await card.getByRole('button', { name: 'Rename This laptop' }).click();
        await card.getByLabel('New name').fill('Work laptop');
        await card.getByRole('button', { name: 'Save' }).click();
        await list.getByText('Work laptop').waitFor();
        const problems = await axeProblems(page, 'settings with a passkey');
        for (const [label, viewport] of [
          ['1280', DESKTOP],
          ['375', MOBILE],
        ]) {
          await page.setViewportSize(viewport);
          await card.scrollIntoViewIfNeeded();
          await card.screenshot({ path: resolve(SCREENS, `passkeys-settings-${label}.png`) });
          const over = await sideways(page);
          if (over > 0) problems.push(`passkey settings ${label}: scrolls ${over} px sideways`);
        }
        await page.setViewportSize(DESKTOP);

        await page.getByRole('button', { name: 'Log out', exact: true }).click();
        await page.getByRole('heading', { name: 'Log in' }).waitFor();
        await page.getByLabel('Email').fill(email);
        await page.getByLabel('Master password').fill(PASSWORD);
        await page.getByRole('button', { name: 'Log in' }).click();
        await page.getByRole('heading', { name: 'Two-step sign-in' }).waitFor({ timeout: 90_000 });
        await page.getByRole('button', { name: 'Use a passkey' }).waitFor();
        problems.push(...(await axeProblems(page, 'second step with a passkey')));
        for (const [label, viewport] of [
          ['1280', DESKTOP],
          ['375', MOBILE],
        ]) {
          await page.setViewportSize(viewport);
          await page.screenshot({ path: resolve(SCREENS, `passkeys-login-${label}.png`) });
          const over = await sideways(page);
          if (over > 0) problems.push(`passkey login ${label}: scrolls ${over} px sideways`);
        }
        await page.setViewportSize(DESKTOP);
        await page.getByRole('button', { name: 'Use a passkey' }).click();
        await page.getByRole('heading', { name: 'Dashboard' }).waitFor({ timeout: 60_000 });

        const { credentials } = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
        check(credentials.length === 1, `${credentials.length} credentials on the authenticator`);
        check(credentials[0].signCount >= 1, `sign count ${credentials[0].signCount}`);
        await go(page, 'settings');
        await list.getByText(/last used (?!never)/).waitFor();
        check(problems.length === 0, problems.join('\n'));
        return `passkey added (10 recovery codes), renamed, and it signed in; counter ${credentials[0].signCount}`;
      } finally {
        await page.context().close();
        await site.stop();
      }
    },
  );

  await journey(
    'managed rotation: a PostgreSQL connection, rotate, the new value in the vault, roll back (1280 + 375 px)',
    async () => {
      const roleA = `kh_e2e_${run}_blue`;
      const roleB = `kh_e2e_${run}_green`;
      await server.sql(
        `CREATE ROLE ${roleA} LOGIN PASSWORD 'initialBlue1'; CREATE ROLE ${roleB} LOGIN PASSWORD 'initialGreen1';`,
      );
      const { db } = server;
      const initial = `postgresql://${roleA}:initialBlue1@${db.host}:${db.port}/${db.name}`;
      const page = await newPage();
      try {
        await signUp(page, `rot-${run}@example.com`, PASSWORD);
        await addKey(page, { name: 'DATABASE_URL', value: initial });
        await page.locator('tr[data-key-name="DATABASE_URL"] a').first().click();
        await page.getByRole('heading', { name: 'Managed rotation' }).waitFor();
        await page.getByTestId('rotation-provider').selectOption('postgresql');
        await page.getByLabel('Connection name', { exact: true }).fill('Local cluster');
        await page.getByLabel('Host', { exact: true }).fill(db.host);
        await page.getByLabel('Port', { exact: true }).fill(String(db.port));
        await page.getByLabel('Database', { exact: true }).fill(db.name);
        await page.getByLabel('Admin user (may ALTER ROLE)', { exact: true }).fill(db.user);
        await page
          .getByLabel('Admin password', { exact: true })
          .fill(process.env.KEYHAVEN_DB_PASSWORD || 'unused');
        await page.getByRole('combobox', { name: /^TLS/ }).selectOption('disable');
        await page
          .getByLabel('Two login roles used in turn', { exact: true })
          .fill(`${roleA},${roleB}`);
        await page.getByLabel('Role in use now', { exact: true }).fill(roleA);
        await page.getByRole('button', { name: 'Set up rotation' }).click();
        const rotate = page.getByRole('button', { name: 'Rotate now' });
        await rotate.waitFor();
        await atBothWidths(page, (w) =>
          page.screenshot({ path: resolve(SCREENS, `rotation-set-up-${w}.png`), fullPage: true }),
        );
        await rotate.click();
        await page
          .getByRole('status')
          .filter({ hasText: 'The new value is in your vault' })
          .waitFor({ timeout: 30_000 });
        await page.getByTestId('rotation-state').filter({ hasText: 'grace period' }).waitFor();
        await atBothWidths(page, (w) =>
          page.screenshot({ path: resolve(SCREENS, `rotation-grace-${w}.png`), fullPage: true }),
        );
        // The provider: the idle role got a new password, stored as a SCRAM verifier only.
        const verifier = await server.sql(
          `SELECT rolpassword FROM pg_authid WHERE rolname = '${roleB}'`,
        );
        check(verifier.startsWith('SCRAM-SHA-256$'), 'the new password is stored as a verifier');
        // The vault: the value is the new role's URL, stored under the vault key (not sealed).
        await go(page, 'vault');
        const rotated = await reveal(page, 'DATABASE_URL');
        check(
          rotated.startsWith(`postgresql://${roleB}:`),
          `rotated value: ${rotated.slice(0, 30)}`,
        );
        check(!rotated.includes('initialGreen1'), 'the new password is new');
        const sealedLeft = await server.sql(
          `SELECT count(*) FROM api_keys k JOIN users u ON u.id = k.user_id WHERE u.email = 'rot-${run}@example.com' AND k.sealed_value IS NOT NULL`,
        );
        check(sealedLeft === '0', 'the sealed value was replaced by the browser');
        // Roll back inside the grace period: the value before is current again.
        await page.locator('tr[data-key-name="DATABASE_URL"] a').first().click();
        await page.getByRole('button', { name: 'Roll back' }).click();
        await page.getByRole('status').filter({ hasText: 'Rolled back' }).waitFor();
        await go(page, 'vault');
        check((await reveal(page, 'DATABASE_URL')) === initial, 'roll back restores the old value');
        const history = await server.sql(
          `SELECT string_agg(r.state, ',' ORDER BY r.started_at) FROM rotation_runs r JOIN api_keys k ON k.id = r.key_id JOIN users u ON u.id = k.user_id WHERE u.email = 'rot-${run}@example.com'`,
        );
        check(history === 'rolled_back', `history ${history}`);
        return 'PostgreSQL roles alternated, value opened in the browser, rolled back';
      } finally {
        await page.context().close();
        await server
          .sql(`DROP ROLE IF EXISTS ${roleA}; DROP ROLE IF EXISTS ${roleB};`)
          .catch(() => '');
      }
    },
  );

  await journey('no plaintext value, password or key material on the wire', async () => {
    const v = wire.violations();
    writeFileSync(
      resolve(RESULTS, 'wire.json'),
      JSON.stringify({ requests: wire.requests.length, violations: v }, null, 2),
    );
    check(v.length === 0, v.join('\n'));
    return `${wire.count()} API requests checked against ${wire.secrets.size} secrets`;
  });
} finally {
  await browser.close().catch(() => undefined);
  await web.stop();
  await server.stop();
  await github.stop();
}

const skipped = results.filter((r) => r.skipped).length;
const passed = results.filter((r) => r.ok && !r.skipped).length;
const failed = results.filter((r) => !r.ok).length;
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed ? 1 : 0);
