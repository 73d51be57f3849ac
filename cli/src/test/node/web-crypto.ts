/**
 * The dashboard's own crypto module driven from the command line's tests: makes accounts and
 * team keys, and encrypts and decrypts items exactly as the browser does, so the tests can prove
 * that what one side writes the other reads. Reads one JSON request on stdin, writes JSON.
 */
import { webcrypto } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { KeyHavenCrypto } from '../../../../web/src/crypto/keyhavenCrypto';

const kh = new KeyHavenCrypto(webcrypto as unknown as Crypto);
const req = JSON.parse(readFileSync(0, 'utf8'));

async function vaultKey() {
  const master = await kh.deriveMasterKeys(req.password, req.kdf);
  const vault = await kh.unlock(master, req.account);
  return req.wrapped_team_key
    ? kh.openTeamKey(vault.privateKey, req.wrapped_team_key)
    : vault.userKey;
}

async function main(): Promise<unknown> {
  switch (req.op) {
    case 'register': {
      const kdf = kh.newKdfParams();
      const master = await kh.deriveMasterKeys(req.password, kdf);
      const account = await kh.createAccount(master);
      return {
        email: req.email,
        auth_hash: master.authHash,
        ...kdf,
        protected_user_key: account.protected_user_key,
        public_key: account.public_key,
        protected_private_key: account.protected_private_key,
      };
    }
    case 'team': {
      const keys = await kh.createTeamKeys([{ user_id: req.user_id, public_key: req.public_key }]);
      return {
        public_key: keys.public_key,
        protected_private_key: keys.protected_private_key,
        wrapped_team_key: keys.members[0].wrapped_team_key,
      };
    }
    case 'rewrap': {
      const master = await kh.deriveMasterKeys(req.password, req.kdf);
      const vault = await kh.unlock(master, req.account);
      return {
        wrapped_team_key: await kh.wrapTeamKeyFor(
          vault.privateKey,
          req.wrapped_team_key,
          req.recipient_public_key,
        ),
      };
    }
    case 'encrypt':
      return kh.encryptItem(await vaultKey(), req.vault_id, req.key_id, req.value);
    case 'decrypt':
      return { value: await kh.decryptItem(await vaultKey(), req.vault_id, req.key_id, req.item) };
    default:
      throw new Error(`unknown op ${req.op}`);
  }
}

process.stdout.write(JSON.stringify(await main()));
