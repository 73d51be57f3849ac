import { describe, expect, it } from 'vitest';
import { KeyHavenCrypto } from '../crypto/keyhavenCrypto';
import { nodeCrypto } from '../crypto/testing';
import { describeScope, formatMachineToken, parseMachineToken, parseTags } from './machineToken';

const kh = new KeyHavenCrypto(nodeCrypto, { minKdfIterations: 1_000 });
const ID = '3f2b8c1e-9d4a-4b6f-8e21-7c5d0a9b1e34';
const SECRET = 'A'.repeat(20) + '_-' + 'b'.repeat(21);

describe('machine tokens', () => {
  it('format as the command line reads them and parse back', () => {
    const key = new Uint8Array(32).map((_, i) => (i * 37 + 251) % 256);
    const token = formatMachineToken(ID, SECRET, key);
    // khm1.<id>.<secret>.<43 characters of URL-safe base64 without padding>
    expect(token).toMatch(/^khm1\.[0-9a-f-]{36}\.[A-Za-z0-9_-]{43}\.[A-Za-z0-9_-]{43}$/);
    const back = parseMachineToken(` ${token}\n`);
    expect(back.machineId).toBe(ID);
    expect(back.secret).toBe(SECRET);
    expect([...back.privateKey]).toEqual([...key]);
  });

  it('refuse anything that is not exactly a token', () => {
    const key = new Uint8Array(32);
    expect(() => formatMachineToken('not-a-uuid', SECRET, key)).toThrow();
    expect(() => formatMachineToken(ID, 'short', key)).toThrow();
    expect(() => formatMachineToken(ID, SECRET, new Uint8Array(31))).toThrow();
    const good = formatMachineToken(ID, SECRET, key);
    for (const bad of [
      good.replace('khm1', 'khm2'),
      good + '.extra',
      good.slice(0, -2),
      good.replace(ID, ID.toUpperCase()),
      'khm1.not-a-token',
    ]) {
      expect(() => parseMachineToken(bad), bad).toThrow();
    }
  });

  it('carry a private key that opens the team key an admin wrapped to the machine', async () => {
    const params = kh.newKdfParams(1_000);
    const admin = await kh.createAccount(await kh.deriveMasterKeys('admin password', params));
    const team = await kh.createTeamKeys([
      { user_id: kh.newKeyId(), public_key: admin.public_key },
    ]);
    const machine = await kh.newMachineKeyPair();
    const wrapped = await kh.wrapTeamKeyFor(
      admin.vault.privateKey,
      team.members[0].wrapped_team_key,
      machine.publicKey,
    );
    const token = formatMachineToken(ID, SECRET, machine.privateKeyRaw);
    const teamId = kh.newKeyId();
    const keyId = kh.newKeyId();
    const enc = await kh.encryptItem(team.teamKey, teamId, keyId, 'deploy secret');

    const privateKey = await kh.importPrivateKey(
      parseMachineToken(token).privateKey as Uint8Array<ArrayBuffer>,
    );
    const opened = await kh.openTeamKey(privateKey, wrapped);
    expect(await kh.decryptItem(opened, teamId, keyId, enc)).toBe('deploy secret');
    // Another machine's key pair cannot open it.
    const other = await kh.newMachineKeyPair();
    await expect(
      kh.openTeamKey(await kh.importPrivateKey(other.privateKeyRaw), wrapped),
    ).rejects.toThrow();
  });
});

describe('machine scopes', () => {
  it('read tags from a comma list, dropping blanks and repeats', () => {
    expect(parseTags(' deploy, release ,,deploy ')).toEqual(['deploy', 'release']);
    expect(parseTags('')).toEqual([]);
    expect(() => parseTags('ok, not ok')).toThrow(/not a tag/);
    expect(() => parseTags(Array.from({ length: 21 }, (_, i) => `t${i}`).join(','))).toThrow(
      /At most 20/,
    );
  });

  it('are described in words', () => {
    expect(describeScope(null, null)).toBe('every team key');
    expect(describeScope(['production'], null)).toBe('only production keys');
    expect(describeScope(['staging', 'production'], ['deploy', 'release'])).toBe(
      'only staging and production keys tagged deploy or release',
    );
    expect(describeScope([], ['ci'])).toBe('only keys tagged ci');
  });
});
