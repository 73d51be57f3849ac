// Browser tests: real Chromium (Debian's package) driven by playwright-core against a private
// KeyHaven server started from the jar. Run: npm run build && npm run e2e
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchBrowser, RESULTS, startServer, webOrigin } from './harness.mjs';
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

const results = [];
const openPages = [];
async function journey(name, fn) {
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

const server = await startServer();
const web = await webOrigin(server.base);
console.log(`server ${server.base}; dashboard served by ${web.servedBy} at ${web.base}`);
const browser = await launchBrowser();
const wire = new WireWatch();
wire.addSecret(PASSWORD, NEW_PASSWORD);

async function newPage(viewport = DESKTOP) {
  const context = await browser.newContext({ viewport });
  await context
    .grantPermissions(['clipboard-read', 'clipboard-write'], { origin: web.base })
    .catch(() => undefined);
  wire.attach(context);
  const page = await context.newPage();
  page.setDefaultTimeout(45_000);
  openPages.push(page);
  page.on('close', () => openPages.splice(openPages.indexOf(page), 1));
  return page;
}

const go = (page, route) => page.evaluate((r) => (window.location.hash = `#/${r}`), route);

async function signUp(page, email, password) {
  await page.goto(`${web.base}/#/signup`);
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
      await ada.getByRole('alert').waitFor();
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

  await journey('teams: create, invite, member reads a team key, remove, rotate', async () => {
    const probe = await ada.evaluate(async () => (await fetch('/api/teams')).status);
    if (probe === 404) return 'skipped: /api/teams is not served yet';
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
    await ada.getByLabel('Invite by email').fill(BOB);
    await ada.getByLabel('Role', { exact: true }).selectOption('viewer');
    await ada.getByRole('button', { name: 'Invite' }).click();
    await ada.getByText(`${BOB} added as viewer.`).waitFor();
    const TEAM_VALUE = `sk-proj-team${run}`;
    wire.addSecret(TEAM_VALUE);
    await addKey(ada, {
      name: 'TEAM_OPENAI_KEY',
      value: TEAM_VALUE,
      environment: 'staging',
      vault: 'Team: Platform',
    });
    await bob.reload();
    await unlock(bob, PASSWORD);
    await go(bob, 'vault');
    check((await reveal(bob, 'TEAM_OPENAI_KEY')) === TEAM_VALUE, 'Bob read another value');
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
  });

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
}

const skipped = results.filter((r) => r.skipped).length;
const passed = results.filter((r) => r.ok && !r.skipped).length;
const failed = results.filter((r) => !r.ok).length;
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed ? 1 : 0);
