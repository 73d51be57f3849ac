/**
 * Drives the dashboard's session model against a running server (no browser):
 *   KEYHAVEN_API=http://127.0.0.1:8080 npm run live-check
 * Prints each step; exits non-zero at the first failure.
 */
import { webcrypto } from 'node:crypto';
import { ApiClient } from '../src/api/client';
import { KeyHavenCrypto } from '../src/crypto';
import { KeyHaven } from '../src/session/keyhaven';

const base = `${process.env.KEYHAVEN_API ?? 'http://127.0.0.1:8080'}/api`;
const make = () =>
  new KeyHaven(new ApiClient(base), new KeyHavenCrypto(webcrypto as unknown as Crypto));
const run = Date.now().toString(36);
const password = 'live check passphrase 🔐 long';

async function step<T>(name: string, fn: () => Promise<T>): Promise<T> {
  const t0 = performance.now();
  try {
    const out = await fn();
    console.log(`ok   ${name} (${Math.round(performance.now() - t0)} ms)`);
    return out;
  } catch (e) {
    const err = e as { message?: string; status?: number; code?: string; requestId?: string };
    console.log(
      `FAIL ${name}: ${err.status ?? ''} ${err.code ?? ''} ${err.message ?? e} ${err.requestId ?? ''}`,
    );
    throw e;
  }
}

const ada = make();
const bob = make();
await step('sign up ada', () => ada.session.signUp(`ada-${run}@example.com`, password));
await step('sign up bob', () => bob.session.signUp(`bob-${run}@example.com`, password));
const key = await step('add a personal key', () =>
  ada.vault.create({
    name: 'STRIPE_SECRET_KEY',
    service: '',
    environment: 'production',
    tags: ['payments'],
    value: 'sk_live_live_check_🔑',
  }),
);
const again = make();
await step('log in again (unlock)', () => again.session.logIn(`ada-${run}@example.com`, password));
const listed = await step('list keys', () => again.vault.listAll());
console.log(`     ${listed.length} key(s); service guessed: ${listed[0]?.service}`);
const value = await step('reveal', () => again.vault.reveal(key));
if (value !== 'sk_live_live_check_🔑') throw new Error('revealed value differs');
await step('bob cannot see it', async () => {
  const r = await bob.vault.listAll();
  if (r.some((k) => k.id === key.id)) throw new Error('bob sees ada’s key');
  await bob.vault.get(key.id).then(
    () => {
      throw new Error('bob can GET ada’s key');
    },
    (e: { status?: number }) => {
      if (e.status !== 404) throw e;
    },
  );
});
await step('edit metadata', () =>
  again.vault.update(key, {
    name: 'STRIPE_SECRET_KEY',
    service: 'stripe',
    environment: 'production',
    tags: ['payments', 'edited'],
  }),
);
await step('versions', () => again.vault.versions(key.id));
await step('audit', () => again.audit.list({ page: 0, size: 10 }));
await step('audit verify', () => again.audit.verify());
await step('delete and restore', async () => {
  await again.vault.remove(key.id);
  await again.vault.restore(key.id);
});
await step('change password', () => again.session.changePassword(password, `${password} v2`));
await step('unlock with the new password', () =>
  make().session.logIn(`ada-${run}@example.com`, `${password} v2`),
);
const team = await step('create team', () => again.teams.create('Live check team'));
await step('team key', () =>
  again.vault.create({
    name: 'TEAM_OPENAI',
    service: '',
    environment: 'staging',
    tags: [],
    teamId: team.id,
    value: 'sk-proj-team',
  }),
);
const teams = await step('load teams', () => again.teams.load());
await step('invite bob', () => again.teams.invite(teams[0], `bob-${run}@example.com`, 'viewer'));
await step('bob reads the team key', async () => {
  await bob.teams.load();
  const [k] = await bob.vault.listAll({ team_id: team.id });
  if ((await bob.vault.reveal(k)) !== 'sk-proj-team') throw new Error('team value differs');
});
await step('remove bob', () => again.teams.removeMember(team.id, bob.session.userId));
await step('rotate team key', () => again.teams.rotateKey(team.id));
console.log('live check passed');
