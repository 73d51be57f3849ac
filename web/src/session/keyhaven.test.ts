import { describe, expect, it } from 'vitest';
import { ApiClient, ApiError } from '../api/client';
import { KeyHavenCrypto } from '../crypto';
import { nodeCrypto } from '../crypto/testing';
import { FakeServer } from '../test/fakeServer';
import { KeyHaven } from './keyhaven';

const PASSWORD = 'correct horse battery staple 🐴';

function client(server: FakeServer): KeyHaven {
  return new KeyHaven(new ApiClient('/api', server.fetch), new KeyHavenCrypto(nodeCrypto));
}

const SECRETS = ['sk_live_51HxAbCdEfGhIjKl', 'clé-secrète-ünïcødé', '🔑 emoji secret ✨'];

describe('KeyHaven session model against an in-memory API', () => {
  it('sign up, add keys, lock (reload), unlock and reveal; nothing secret reaches the server', async () => {
    const server = new FakeServer();
    const first = client(server);
    await first.signUp('ada@example.com', PASSWORD);
    expect(first.getState()).toMatchObject({ status: 'unlocked', email: 'ada@example.com' });
    for (const [i, value] of SECRETS.entries()) {
      await first.createKey({
        name: `KEY_${i}`,
        service: '',
        environment: 'production',
        tags: ['t'],
        value,
      });
    }

    // A reload is a new page: a new model with the same server, starting locked.
    const reloaded = client(server);
    await reloaded.logIn('ada@example.com', PASSWORD);
    const keys = await reloaded.listKeys();
    expect(keys.map((k) => k.service).sort()).toEqual(['other', 'other', 'stripe']);
    const values = await Promise.all(keys.map((k) => reloaded.reveal(k)));
    expect(values.sort()).toEqual([...SECRETS].sort());

    const wire = server.bodies.join('\n');
    for (const secret of [...SECRETS, PASSWORD]) expect(wire).not.toContain(secret);
    expect(JSON.stringify([...server.keys.values()])).not.toContain('sk_live');
  });

  it('lock drops the keys; unlock asks only for the password', async () => {
    const server = new FakeServer();
    const kh = client(server);
    await kh.signUp('lin@example.com', PASSWORD);
    kh.lock('idle');
    expect(kh.getState()).toEqual({ status: 'locked', email: 'lin@example.com', reason: 'idle' });
    await expect(kh.listKeys()).rejects.toThrow();
    await expect(
      kh.createKey({ name: 'X', service: '', environment: 'staging', tags: [], value: 'v' }),
    ).rejects.toThrow(/locked/);
    await kh.unlock(PASSWORD);
    expect(kh.getState().status).toBe('unlocked');
  });

  it('a wrong password is refused', async () => {
    const server = new FakeServer();
    await client(server).signUp('eve@example.com', PASSWORD);
    const kh = client(server);
    await expect(kh.logIn('eve@example.com', 'not the password')).rejects.toBeInstanceOf(ApiError);
    expect(kh.getState().status).not.toBe('unlocked');
  });

  it('changing the master password keeps every key readable with the new password only', async () => {
    const server = new FakeServer();
    const kh = client(server);
    await kh.signUp('max@example.com', PASSWORD);
    await kh.createKey({
      name: 'K',
      service: '',
      environment: 'development',
      tags: [],
      value: 'ghp_value',
    });
    await kh.changePassword(PASSWORD, 'a new long passphrase 🌙');

    const again = client(server);
    await expect(again.logIn('max@example.com', PASSWORD)).rejects.toBeInstanceOf(ApiError);
    await again.logIn('max@example.com', 'a new long passphrase 🌙');
    const [key] = await again.listKeys();
    expect(await again.reveal(key)).toBe('ghp_value');
  });

  it('teams: invitee reads team keys; after removal and rotation the items open with the new key', async () => {
    const server = new FakeServer();
    const owner = client(server);
    const bob = client(server);
    await bob.signUp('bob@example.com', PASSWORD);
    await owner.signUp('own@example.com', PASSWORD);
    const team = await owner.createTeam('Platform');
    await owner.createKey({
      name: 'TEAM_KEY',
      service: '',
      environment: 'production',
      tags: [],
      teamId: team.id,
      value: 'sk_test_team',
    });
    const [ownTeam] = await owner.loadTeams();
    await owner.invite(ownTeam, 'bob@example.com', 'viewer');

    await bob.loadTeams();
    const [teamKey] = await bob.listKeys({ team_id: team.id });
    expect(await bob.reveal(teamKey)).toBe('sk_test_team');

    await owner.removeMember(team.id, bob.userId);
    await owner.rotateTeamKey(team.id);
    const rotated = server.keys.get(teamKey.id)!;
    expect(rotated.encrypted_value).not.toBe(teamKey.encrypted_value);
    const [after] = await owner.listKeys({ team_id: team.id });
    expect(await owner.reveal(after)).toBe('sk_test_team');
    // Bob's old team key cannot open the re-encrypted value.
    await expect(bob.decrypt(after, after)).rejects.toMatchObject({ code: 'DECRYPT_FAILED' });
  });

  it('imports a .env file line by line', async () => {
    const server = new FakeServer();
    const kh = client(server);
    await kh.signUp('imp@example.com', PASSWORD);
    const { parseEnvFile } = await import('../lib/envFile');
    const lines = parseEnvFile(
      Array.from({ length: 20 }, (_, i) => `KEY_${i}=sk_test_${i}`).join('\n') + '\n# done\nBROKEN',
    );
    const progress: number[] = [];
    const results = await kh.importEnv(lines, { environment: 'staging' }, (done) =>
      progress.push(done),
    );
    expect(results.filter((r) => r.status === 'imported')).toHaveLength(20);
    expect(results.at(-1)).toMatchObject({ status: 'failed', detail: 'expected NAME=value' });
    expect(progress).toEqual(Array.from({ length: 22 }, (_, i) => i + 1));
    const exported = await kh.exportEnv('staging');
    expect(exported).toContain('KEY_19=sk_test_19');
  });
});
