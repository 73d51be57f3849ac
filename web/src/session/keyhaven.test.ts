import { describe, expect, it, vi } from 'vitest';
import { ApiClient, ApiError } from '../api/client';
import { KeyHavenCrypto, WRAP_AAD, serverValueInfo } from '../crypto';
import type { Bytes } from '../crypto/encoding';
import { nodeCrypto } from '../crypto/testing';
import { FakeServer } from '../test/fakeServer';
import { PinMismatchError, UnpinnedMembersError } from './teams';
import { KeyHaven } from './keyhaven';
import { WrongPasswordError } from './session';

const PASSWORD = 'correct horse battery staple 🐴';

function client(server: FakeServer): KeyHaven {
  return new KeyHaven(new ApiClient('/api', server.fetch), new KeyHavenCrypto(nodeCrypto));
}

const SECRETS = ['sk_live_51HxAbCdEfGhIjKl', 'clé-secrète-ünïcødé', '🔑 emoji secret ✨'];

describe('KeyHaven session model against an in-memory API', () => {
  it('sign up, add keys, lock (reload), unlock and reveal; nothing secret reaches the server', async () => {
    const server = new FakeServer();
    const first = client(server);
    await first.session.signUp('ada@example.com', PASSWORD);
    expect(first.session.getState()).toMatchObject({
      status: 'unlocked',
      email: 'ada@example.com',
    });
    for (const [i, value] of SECRETS.entries()) {
      await first.vault.create({
        name: `KEY_${i}`,
        service: '',
        environment: 'production',
        tags: ['t'],
        value,
      });
    }

    // A reload is a new page: a new model with the same server, starting locked.
    const reloaded = client(server);
    await reloaded.session.logIn('ada@example.com', PASSWORD);
    const keys = await reloaded.vault.listAll();
    expect(keys.map((k) => k.service).sort()).toEqual(['other', 'other', 'stripe']);
    const values = await Promise.all(keys.map((k) => reloaded.vault.reveal(k)));
    expect(values.sort()).toEqual([...SECRETS].sort());

    const wire = server.bodies.join('\n');
    for (const secret of [...SECRETS, PASSWORD]) expect(wire).not.toContain(secret);
    expect(JSON.stringify([...server.keys.values()])).not.toContain('sk_live');
  });

  it('a session kept at login is taken up by a new model without the password (the extension worker restarting)', async () => {
    const server = new FakeServer();
    const crypto = new KeyHavenCrypto(nodeCrypto);
    const first = client(server);
    let kept: { userKey: Bytes; res: Parameters<typeof first.session.onOpened>[0] } | null = null;
    first.session.onOpened = async (res, master) => {
      kept = {
        userKey: await crypto.unwrapBytes(master.wrapKey, res.protected_user_key, WRAP_AAD.userKey),
        res,
      };
    };
    await first.session.signUp('kept@example.com', PASSWORD);
    await first.vault.create({
      name: 'KEPT',
      service: '',
      environment: 'development',
      tags: [],
      value: SECRETS[0],
    });
    expect(kept).not.toBeNull();
    const { userKey: raw, res } = kept!;

    const restarted = client(server);
    const userKey = await crypto.importAesKey(raw);
    const privateKey = await crypto.importPrivateKey(
      await crypto.unwrapBytes(userKey, res.protected_private_key, WRAP_AAD.userPrivateKey),
    );
    await restarted.session.resume(
      {
        email: res.user.email,
        userId: res.user.id,
        subscription: res.user.subscription,
        account: {
          kdf: { kdf: res.kdf, kdf_iterations: res.kdf_iterations, kdf_salt: res.kdf_salt },
          protected_user_key: res.protected_user_key,
          protected_private_key: res.protected_private_key,
          public_key: res.public_key,
        },
        vault: { userKey, privateKey, publicKey: res.public_key },
      },
      { access_token: res.access_token, refresh_token: res.refresh_token },
    );
    expect(restarted.session.getState()).toMatchObject({
      status: 'unlocked',
      email: 'kept@example.com',
    });
    const [key] = await restarted.vault.listAll();
    expect(await restarted.vault.reveal(key)).toBe(SECRETS[0]);
    restarted.session.lock();
    expect(restarted.session.getState().status).toBe('locked');
  });

  it('a value a managed rotation sealed to the vault is opened on reveal and stored under the vault key', async () => {
    const server = new FakeServer();
    const kh = client(server);
    await kh.session.signUp('rot@example.com', PASSWORD);
    const created = await kh.vault.create({
      name: 'DATABASE_URL',
      service: 'postgresql',
      environment: 'production',
      tags: [],
      value: 'postgresql://app_blue:old-password@db/app',
    });
    const user = [...server.users.values()].find((u) => u.email === 'rot@example.com')!;
    const rotated = 'postgresql://app_green:n3w-Passw0rd-from-rotation@db/app';
    const sealed = await new KeyHavenCrypto(nodeCrypto).hpkeSeal(
      user.public_key,
      new TextEncoder().encode(rotated),
      serverValueInfo(user.id, created.id),
    );
    server.sealToVault(created.id, sealed);
    const bodiesBefore = server.bodies.length;

    const [listed] = await kh.vault.listAll();
    expect(listed.sealed_value).toBe(sealed);
    expect(await kh.vault.reveal(listed)).toBe(rotated);
    const stored = server.keys.get(created.id)!;
    expect(stored.sealed_value).toBeNull();
    expect(stored.version).toBe(3);
    // Stored under the vault key: it opens again without the sealed copy, and never went out in clear.
    expect(await kh.vault.reveal((await kh.vault.listAll())[0])).toBe(rotated);
    expect(server.bodies.slice(bodiesBefore).join('\n')).not.toContain('n3w-Passw0rd');
    // A sealed value of another key's id does not open (the HPKE info binds the key).
    server.sealToVault(
      created.id,
      sealed.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')),
    );
    await expect(kh.vault.reveal((await kh.vault.listAll())[0])).rejects.toThrow();
  });

  it('lock drops the keys; unlock asks only for the password', async () => {
    const server = new FakeServer();
    const kh = client(server);
    await kh.session.signUp('lin@example.com', PASSWORD);
    kh.session.lock('idle');
    expect(kh.session.getState()).toEqual({
      status: 'locked',
      email: 'lin@example.com',
      reason: 'idle',
    });
    await expect(kh.vault.listAll()).rejects.toThrow();
    await expect(
      kh.vault.create({ name: 'X', service: '', environment: 'staging', tags: [], value: 'v' }),
    ).rejects.toThrow(/locked/);
    await kh.session.unlock(PASSWORD);
    expect(kh.session.getState().status).toBe('unlocked');
  });

  it('an idle lock ends the sign-in on the server even after the access token expired', async () => {
    const server = new FakeServer();
    const kh = client(server);
    await kh.session.signUp('ida@example.com', PASSWORD);
    expect(server.signIns.size).toBe(1);
    // Fifteen idle minutes: the access token is no longer accepted, the sign-in still lives.
    server.tokens.clear();
    kh.session.lock('idle');
    await vi.waitFor(() => expect(server.signIns.size).toBe(0));
  });

  it('a wrong password is refused', async () => {
    const server = new FakeServer();
    await client(server).session.signUp('eve@example.com', PASSWORD);
    const kh = client(server);
    await expect(kh.session.logIn('eve@example.com', 'not the password')).rejects.toBeInstanceOf(
      ApiError,
    );
    expect(kh.session.getState().status).not.toBe('unlocked');
  });

  it('changing the master password keeps every key readable with the new password only', async () => {
    const server = new FakeServer();
    const kh = client(server);
    await kh.session.signUp('max@example.com', PASSWORD);
    await kh.vault.create({
      name: 'K',
      service: '',
      environment: 'development',
      tags: [],
      value: 'ghp_value',
    });
    await kh.session.changePassword(PASSWORD, 'a new long passphrase 🌙');

    const again = client(server);
    await expect(again.session.logIn('max@example.com', PASSWORD)).rejects.toBeInstanceOf(ApiError);
    await again.session.logIn('max@example.com', 'a new long passphrase 🌙');
    const [key] = await again.vault.listAll();
    expect(await again.vault.reveal(key)).toBe('ghp_value');
  });

  it('teams: invitee reads team keys; after removal and rotation the items open with the new key', async () => {
    const server = new FakeServer();
    const owner = client(server);
    const bob = client(server);
    await bob.session.signUp('bob@example.com', PASSWORD);
    await owner.session.signUp('own@example.com', PASSWORD);
    const team = await owner.teams.create('Platform');
    await owner.vault.create({
      name: 'TEAM_KEY',
      service: '',
      environment: 'production',
      tags: [],
      teamId: team.id,
      value: 'sk_test_team',
    });
    const [ownTeam] = await owner.teams.load();
    await owner.teams.invite(ownTeam, 'bob@example.com', 'viewer');
    // No key went with the invitation; Bob sees it and accepts, and still holds nothing.
    expect(server.bodies.at(-1)).not.toContain('wrapped_team_key');
    expect((await bob.teams.invitations()).map((i) => i.status)).toEqual(['invited']);
    await bob.teams.accept(team.id);
    expect(await bob.teams.load()).toEqual([]);
    // The owner sees Bob's phrase, computed from the key the server sent: the same words Bob
    // reads from his own Settings. Only then is the team key wrapped to that key.
    const pending = (await owner.teams.members(team.id)).find((m) => m.status === 'accepted')!;
    expect(await owner.teams.fingerprint(pending.user_id!, pending.public_key!)).toBe(
      await bob.session.fingerprint(),
    );
    await owner.teams.confirm(ownTeam, pending);
    expect(await owner.teams.pinStatus(pending.user_id!, pending.public_key!)).toBe('match');

    await bob.teams.load();
    const [teamKey] = await bob.vault.listAll({ team_id: team.id });
    expect(await bob.vault.reveal(teamKey)).toBe('sk_test_team');

    await owner.teams.removeMember(team.id, bob.session.userId);
    await owner.teams.rotateKey(team.id);
    const rotated = server.keys.get(teamKey.id)!;
    expect(rotated.encrypted_value).not.toBe(teamKey.encrypted_value);
    const [after] = await owner.vault.listAll({ team_id: team.id });
    expect(await owner.vault.reveal(after)).toBe('sk_test_team');
    // Bob's old team key cannot open the re-encrypted value.
    await expect(bob.vault.decrypt(after, after)).rejects.toMatchObject({ code: 'DECRYPT_FAILED' });
  });

  it('a team key trashed or changed before a team-key rotation stays readable after it', async () => {
    const server = new FakeServer();
    const owner = client(server);
    await owner.session.signUp('tia@example.com', PASSWORD);
    const team = await owner.teams.create('Ops');
    await owner.teams.load();
    const trashed = await owner.vault.create({
      name: 'OLD_TOKEN',
      service: '',
      environment: 'production',
      tags: [],
      teamId: team.id,
      value: 'tok_before_rotation',
    });
    const kept = await owner.vault.create({
      name: 'DB_URL',
      service: '',
      environment: 'production',
      tags: [],
      teamId: team.id,
      value: 'postgres://first',
    });
    await owner.vault.replaceValue(kept, 'postgres://second');
    await owner.vault.remove(trashed.id);

    await owner.teams.rotateKey(team.id);
    await owner.teams.rotateKey(team.id);
    expect(server.teams.get(team.id)!.key_generation).toBe(3);

    const restored = await owner.vault.restore(trashed.id);
    expect(await owner.vault.reveal(restored)).toBe('tok_before_rotation');
    const versions = await owner.vault.versions(kept.id);
    const values = await Promise.all(versions.map((v) => owner.vault.decrypt(kept, v)));
    expect(values).toContain('postgres://first');
    // A client still holding the first team key cannot write under it.
    server.teams.get(team.id)!.key_generation = 4;
    await expect(owner.vault.replaceValue(restored, 'late')).rejects.toBeInstanceOf(ApiError);
  });

  it('a public key the server swaps for a pinned member is refused: no silent wrap on rotation or confirm', async () => {
    const server = new FakeServer();
    const owner = client(server);
    const carol = client(server);
    await carol.session.signUp('carol@example.com', PASSWORD);
    await owner.session.signUp('boss@example.com', PASSWORD);
    const team = await owner.teams.create('Ops');
    const [ownTeam] = await owner.teams.load();
    await owner.teams.invite(ownTeam, 'carol@example.com', 'editor');
    await carol.teams.accept(team.id);
    const pending = (await owner.teams.members(team.id)).find((m) => m.status === 'accepted')!;
    await owner.teams.confirm(ownTeam, pending);

    // A hostile server answers another key for Carol (one whose private key it holds).
    const mallory = client(server);
    await mallory.session.signUp('mallory@example.com', PASSWORD);
    const carolRecord = [...server.users.values()].find((u) => u.email === 'carol@example.com')!;
    const honest = carolRecord.public_key;
    carolRecord.public_key = mallory.session.publicKey;
    const bodies = server.bodies.length;
    await expect(owner.teams.rotateKey(team.id)).rejects.toBeInstanceOf(PinMismatchError);
    await expect(owner.teams.rotateKey(team.id)).rejects.toThrow(/carol@example.com/);
    expect(server.bodies.slice(bodies).join()).not.toContain('wrapped_team_key');
    expect(await owner.teams.pinStatus(carolRecord.id, carolRecord.public_key)).toBe('mismatch');

    // Confirming someone whose key differs from a pin is refused the same way.
    const member = server.teams.get(team.id)!.members.find((m) => m.user_id === carolRecord.id)!;
    member.status = 'accepted';
    member.wrapped_team_key = null;
    const swapped = (await owner.teams.members(team.id)).find((m) => m.status === 'accepted')!;
    await expect(owner.teams.confirm(ownTeam, swapped)).rejects.toBeInstanceOf(PinMismatchError);

    // With the honest key back, the pin matches and the rotation goes through.
    carolRecord.public_key = honest;
    member.status = 'confirmed';
    member.wrapped_team_key = 'v1.AAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';
    await owner.teams.rotateKey(team.id);
  });

  it('members confirmed before pinning are shown with their phrases before a rotation wraps to them', async () => {
    const server = new FakeServer();
    const owner = client(server);
    const dave = client(server);
    await dave.session.signUp('dave@example.com', PASSWORD);
    await owner.session.signUp('lead@example.com', PASSWORD);
    const team = await owner.teams.create('Legacy');
    const daveRecord = [...server.users.values()].find((u) => u.email === 'dave@example.com')!;
    server.teams.get(team.id)!.members.push({
      user_id: daveRecord.id,
      role: 'viewer',
      status: 'confirmed',
      wrapped_team_key: 'v1.AAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
      joined_at: new Date().toISOString(),
    });
    const refused = await owner.teams.rotateKey(team.id).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(UnpinnedMembersError);
    const [shown] = (refused as UnpinnedMembersError).members;
    expect(shown.email).toBe('dave@example.com');
    expect(shown.phrase).toBe(await dave.session.fingerprint());
    await owner.teams.pinKeys((refused as UnpinnedMembersError).members);
    await owner.teams.rotateKey(team.id);
  });

  it('imports a .env file line by line', async () => {
    const server = new FakeServer();
    const kh = client(server);
    await kh.session.signUp('imp@example.com', PASSWORD);
    const { parseEnvFile } = await import('../lib/envFile');
    const lines = parseEnvFile(
      Array.from({ length: 20 }, (_, i) => `KEY_${i}=sk_test_${i}`).join('\n') + '\n# done\nBROKEN',
    );
    const progress: number[] = [];
    const results = await kh.vault.importEnv(lines, { environment: 'staging' }, (done) =>
      progress.push(done),
    );
    expect(results.filter((r) => r.status === 'imported')).toHaveLength(20);
    expect(results.at(-1)).toMatchObject({ status: 'failed', detail: 'expected NAME=value' });
    expect(progress).toEqual(Array.from({ length: 22 }, (_, i) => i + 1));
    const exported = await kh.vault.exportEnv('staging');
    expect(exported).toContain('KEY_19=sk_test_19');
  });

  it('importing the same file twice skips what exists; update makes a new version, keep both a copy', async () => {
    const server = new FakeServer();
    const kh = client(server);
    await kh.session.signUp('dup@example.com', PASSWORD);
    const { parseEnvFile } = await import('../lib/envFile');
    const file = parseEnvFile('SESSION_SECRET=first\nSTRIPE_KEY=sk_test_1\n');
    await kh.vault.importEnv(file, { environment: 'production' }, () => undefined);
    const again = await kh.vault.importEnv(file, { environment: 'production' }, () => undefined);
    expect(again.map((r) => r.status)).toEqual(['skipped', 'skipped']);
    expect((await kh.vault.listAll()).map((k) => k.name).sort()).toEqual([
      'SESSION_SECRET',
      'STRIPE_KEY',
    ]);

    // Another environment is not a conflict.
    const staging = await kh.vault.importEnv(file, { environment: 'staging' }, () => undefined);
    expect(staging.map((r) => r.status)).toEqual(['imported', 'imported']);

    const changed = parseEnvFile('SESSION_SECRET=second\nSTRIPE_KEY=sk_test_2\n');
    const res = await kh.vault.importEnv(
      changed,
      { environment: 'production', choices: { SESSION_SECRET: 'update', STRIPE_KEY: 'keep' } },
      () => undefined,
    );
    expect(res.map((r) => r.status)).toEqual(['updated', 'imported']);
    const prod = await kh.vault.listAll({ environment: 'production' });
    const session = prod.filter((k) => k.name === 'SESSION_SECRET');
    expect(session).toHaveLength(1);
    expect(await kh.vault.reveal(session[0])).toBe('second');
    expect(await kh.vault.versions(session[0].id)).toHaveLength(1);
    expect(prod.filter((k) => k.name === 'STRIPE_KEY')).toHaveLength(2);
  });

  it('findSameName matches the exact name in that environment and vault only', async () => {
    const server = new FakeServer();
    const kh = client(server);
    await kh.session.signUp('same@example.com', PASSWORD);
    const base = { service: '', tags: [] as string[], value: 'v' };
    await kh.vault.create({ ...base, name: 'SESSION_SECRET', environment: 'production' });
    await kh.vault.create({ ...base, name: 'SESSION_SECRET_OLD', environment: 'production' });
    expect(await kh.vault.findSameName('SESSION_SECRET', 'production')).toHaveLength(1);
    expect(await kh.vault.findSameName('SESSION_SECRET', 'staging')).toHaveLength(0);
    expect(await kh.vault.findSameName('SESSION', 'production')).toHaveLength(0);
  });

  it('the key list asks the server for one filtered page, not the whole vault', async () => {
    const server = new FakeServer();
    const kh = client(server);
    await kh.session.signUp('page@example.com', PASSWORD);
    for (let i = 0; i < 7; i++) {
      await kh.vault.create({
        name: `KEY_${i}`,
        service: '',
        environment: i % 2 ? 'staging' : 'production',
        tags: [],
        value: `v${i}`,
      });
    }
    server.urls.length = 0;
    const page = await kh.vault.list({ environment: 'production', q: 'key' }, 1, 2);
    expect(server.urls).toEqual(['GET /api/keys?q=key&environment=production&page=1&size=2']);
    expect(page.total).toBe(4);
    expect(page.items.map((k) => k.name)).toEqual(['KEY_2', 'KEY_0']);
  });

  it('a multi-line value (a PEM key) keeps every byte through save, reveal and .env export/import', async () => {
    const server = new FakeServer();
    const kh = client(server);
    await kh.session.signUp('pem@example.com', PASSWORD);
    const pem = PEM;
    const created = await kh.vault.create({
      name: 'TLS_PRIVATE_KEY',
      service: '',
      environment: 'production',
      tags: [],
      value: pem,
    });
    expect(await kh.vault.reveal(created)).toBe(pem);
    const file = await kh.vault.exportEnv('production');
    const { parseEnvFile } = await import('../lib/envFile');
    const [entry] = parseEnvFile(file).filter((l) => l.kind === 'entry');
    expect(entry).toMatchObject({ name: 'TLS_PRIVATE_KEY', value: pem });
  });

  it('a wrong current password on a password change says so and changes nothing', async () => {
    const server = new FakeServer();
    const kh = client(server);
    await kh.session.signUp('wrong@example.com', PASSWORD);
    server.bodies.length = 0;
    await expect(
      kh.session.changePassword('not my password', 'a new long passphrase 🌙'),
    ).rejects.toBeInstanceOf(WrongPasswordError);
    expect(server.bodies).toEqual([]);
    const again = client(server);
    await again.session.logIn('wrong@example.com', PASSWORD);
  });
});

const PEM = [
  '-----BEGIN PRIVATE KEY-----',
  'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj',
  'MzEfYyjiWA4R4/M2bS1GB4t7NXp98C3SC6dVMvDuictGeurT8jNbvJZHtCSuYEvu',
  '-----END PRIVATE KEY-----',
  '',
].join('\n');

describe('two-step sign-in', () => {
  it('TOTP on: the password alone opens nothing; the code finishes the login, a recovery code once', async () => {
    const server = new FakeServer();
    const kh = client(server);
    await kh.session.signUp('tia@example.com', PASSWORD);
    const enrolment = await kh.session.enrolTotp();
    expect(enrolment.otpauth_uri).toContain('otpauth://totp/');
    await expect(kh.session.confirmTotp('000000')).rejects.toBeInstanceOf(ApiError);
    const codes = await kh.session.confirmTotp(FakeServer.TOTP_CODE);
    expect(codes).toHaveLength(10);
    expect((await kh.session.mfaStatus()).totp).toBe(true);

    const next = client(server);
    expect(await next.session.logIn('tia@example.com', PASSWORD)).toBe('second-step');
    expect(next.session.getState().status).not.toBe('unlocked');
    expect(next.session.secondStepMethods).toContain('totp');
    await expect(next.session.secondStep({ totp_code: '111111' })).rejects.toBeInstanceOf(ApiError);
    await next.session.secondStep({ totp_code: FakeServer.TOTP_CODE });
    expect(next.session.getState()).toMatchObject({ status: 'unlocked', email: 'tia@example.com' });

    const third = client(server);
    expect(await third.session.logIn('tia@example.com', PASSWORD)).toBe('second-step');
    await third.session.secondStep({ recovery_code: codes[0] });
    expect(third.session.getState().status).toBe('unlocked');
    expect((await third.session.mfaStatus()).recovery_codes_left).toBe(9);

    await third.session.disableTotp(FakeServer.TOTP_CODE);
    expect(await client(server).session.logIn('tia@example.com', PASSWORD)).toBe('done');
    // The password never reaches the server, the mfa step neither.
    expect(server.bodies.join('\n')).not.toContain(PASSWORD);
  });
});
