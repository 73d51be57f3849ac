// Runs inside Chromium: times the real crypto module (not a re-implementation).
import { KeyHavenCrypto } from '../../src/crypto';

declare global {
  interface Window {
    runBench: (items: number) => Promise<Record<string, number>>;
  }
}

window.runBench = async (items: number) => {
  const kh = new KeyHavenCrypto(window.crypto);
  const params = kh.newKdfParams();
  const master0 = await kh.deriveMasterKeys('benchmark master password 🔐', params);
  const account = await kh.createAccount(master0);

  // Unlock = one PBKDF2 (600,000 iterations) + HKDF, then the user-key and private-key unwraps.
  const runs: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    const master = await kh.deriveMasterKeys('benchmark master password 🔐', params);
    await kh.unlock(master, account);
    runs.push(performance.now() - t0);
  }
  const vaultId = kh.newKeyId();
  const encrypted = [];
  for (let i = 0; i < items; i++) {
    const id = kh.newKeyId();
    encrypted.push({
      id,
      value: await kh.encryptItem(
        account.vault.userKey,
        vaultId,
        id,
        `sk_live_${i}_${'x'.repeat(40)}`,
      ),
    });
  }
  const t1 = performance.now();
  for (const e of encrypted) await kh.decryptItem(account.vault.userKey, vaultId, e.id, e.value);
  const decryptMs = (performance.now() - t1) / items;
  const t2 = performance.now();
  for (const e of encrypted.slice(0, 50))
    await kh.encryptItem(account.vault.userKey, vaultId, e.id, 'sk_live_rotated');
  const encryptMs = (performance.now() - t2) / 50;
  return {
    kdf_iterations: params.kdf_iterations,
    unlock_ms_median: runs.sort((a, b) => a - b)[1],
    unlock_ms_min: runs[0],
    decrypt_ms_per_item: decryptMs,
    encrypt_ms_per_item: encryptMs,
    items,
  };
};
