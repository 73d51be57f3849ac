import { ApiError, type ApiClient } from '../api/client';
import { checkPin, withPin, type KeyHavenCrypto, type PinCheck, type PinSet } from '../crypto';
import type { SessionStore } from './session';

/** An account whose public key is about to get a team key. */
export interface KeyHolder {
  user_id: string;
  email: string;
  public_key: string;
}

/** The server answers a key for an account that differs from the one this user pinned. */
export class PinMismatchError extends Error {
  constructor(readonly mismatches: (KeyHolder & { pinned_key: string })[]) {
    super(
      `The server answered a different public key for ${mismatches
        .map((m) => m.email)
        .join(', ')} than the one you confirmed. Nothing was wrapped to it.`,
    );
    this.name = 'PinMismatchError';
  }
}

/**
 * The public keys this user has confirmed (pinned), kept encrypted under the user key on the
 * server (`GET`/`PUT /api/me/pinned-keys`). A key the server later answers differently for a
 * pinned account is refused, never used silently.
 */
export class PinsStore {
  private cached?: { pins: PinSet; version: number };

  constructor(
    private readonly api: ApiClient,
    private readonly crypto: KeyHavenCrypto,
    private readonly session: SessionStore,
  ) {}

  clear(): void {
    this.cached = undefined;
  }

  async load(fresh = false): Promise<PinSet> {
    if (!fresh && this.cached) return this.cached.pins;
    const u = this.session.need();
    const res = await this.api.get<{ pinned_keys: string | null; version: number }>(
      '/me/pinned-keys',
    );
    const pins = await this.crypto.openPins(u.vault.userKey, u.userId, res.pinned_keys);
    this.cached = { pins, version: res.version };
    return pins;
  }

  async check(userId: string, publicKey: string): Promise<PinCheck> {
    return checkPin(await this.load(), userId, publicKey);
  }

  /**
   * Sorts holders into pinned-and-matching, not pinned yet, and mismatching (refused). Throws
   * {@link PinMismatchError} when any pinned key differs.
   */
  async verify(holders: readonly KeyHolder[]): Promise<{ unpinned: KeyHolder[] }> {
    const pins = await this.load(true);
    const unpinned: KeyHolder[] = [];
    const mismatches: (KeyHolder & { pinned_key: string })[] = [];
    for (const h of holders) {
      const c = checkPin(pins, h.user_id, h.public_key);
      if (c.status === 'unpinned') unpinned.push(h);
      if (c.status === 'mismatch') mismatches.push({ ...h, pinned_key: c.pinned.public_key });
    }
    if (mismatches.length) throw new PinMismatchError(mismatches);
    return { unpinned };
  }

  /** Pins these keys (after the user compared their phrases); retries once on a concurrent write. */
  async pin(holders: readonly KeyHolder[]): Promise<void> {
    if (!holders.length) return;
    const u = this.session.need();
    for (let attempt = 0; ; attempt++) {
      let pins = await this.load(true);
      for (const h of holders) pins = withPin(pins, h.user_id, h.email, h.public_key);
      const blob = await this.crypto.sealPins(u.vault.userKey, u.userId, pins);
      try {
        const res = await this.api.put<{ version: number }>('/me/pinned-keys', {
          pinned_keys: blob,
          version: this.cached?.version ?? 0,
        });
        this.cached = { pins, version: res.version };
        return;
      } catch (e) {
        if (attempt === 0 && e instanceof ApiError && e.code === 'PINNED_KEYS_CHANGED') continue;
        throw e;
      }
    }
  }
}
