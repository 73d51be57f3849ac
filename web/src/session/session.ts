import type { ApiClient } from '../api/client';
import type {
  LoginResponse,
  Me,
  MfaChallenge,
  MfaStatus,
  RememberedDevice,
  SecondFactor,
  SignIn,
  Subscription,
  TotpEnrolment,
  Passkey,
  PasskeyAttestation,
  PasskeyCreationOptions,
  PasskeyRegistered,
  PasskeyRequestOptions,
} from '../api/types';
import type { KdfParams, KeyHavenCrypto, MasterKeys, UnlockedVault } from '../crypto';
import {
  rememberDeviceToken,
  rememberEmail,
  rememberedDeviceToken,
  rememberedEmail,
} from './rememberedEmail';

export type LockReason = 'reload' | 'idle' | 'expired' | 'manual';

export type SessionState =
  | { status: 'anonymous' }
  | { status: 'locked'; email: string; reason: LockReason }
  | { status: 'unlocked'; email: string; userId: string; subscription: string };

export interface Account {
  kdf: KdfParams;
  protected_user_key: string;
  protected_private_key: string;
  public_key: string;
}

/** What an unlocked session holds in memory: the account and the opened vault keys. */
export interface Unlocked {
  email: string;
  userId: string;
  subscription: string;
  account: Account;
  vault: UnlockedVault;
}

/** The wrong current password on a password change, told apart from other failures. */
export class WrongPasswordError extends Error {
  readonly field = 'current';
  constructor() {
    super('The current master password is incorrect.');
    this.name = 'WrongPasswordError';
  }
}

/**
 * Sign-up, log-in, unlock, lock and the account's keys in memory. Other stores ask it for the
 * opened keys (`need()`); everything is dropped on lock.
 */
export class SessionStore {
  private state: SessionState;
  private unlocked: Unlocked | null = null;
  private listeners = new Set<() => void>();
  /** A login waiting for its second step: the master keys stay in memory until it ends. */
  private pending: { master: MasterKeys; token: string; methods: string[] } | null = null;
  /** Runs after the keys are opened and before the session reports "unlocked". */
  beforeUnlocked: () => Promise<void> = async () => undefined;
  /** Runs when the keys are dropped (lock, log out). */
  onLocked: () => void = () => undefined;
  /**
   * Runs with the login answer and the master keys once they have opened the vault, before the
   * session reports "unlocked". The dashboard keeps nothing; the browser extension keeps its
   * session in the browser's memory-only session storage so that its worker can restart.
   */
  onOpened: (res: LoginResponse, master: MasterKeys) => Promise<void> = async () => undefined;

  constructor(
    private readonly api: ApiClient,
    private readonly crypto: KeyHavenCrypto,
  ) {
    const email = rememberedEmail();
    this.state = email ? { status: 'locked', email, reason: 'reload' } : { status: 'anonymous' };
    this.api.onSessionExpired = () => this.lock('expired');
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getState = (): SessionState => this.state;

  private setState(next: SessionState): void {
    this.state = next;
    for (const l of this.listeners) l();
  }

  need(): Unlocked {
    if (!this.unlocked) throw new Error('The vault is locked.');
    return this.unlocked;
  }

  get userId(): string {
    return this.need().userId;
  }

  get publicKey(): string {
    return this.need().account.public_key;
  }

  /** Registration: one KDF run, keys made here, then a normal login with the same auth hash. */
  async signUp(email: string, password: string): Promise<void> {
    const kdf = this.crypto.newKdfParams();
    const master = await this.crypto.deriveMasterKeys(password, kdf);
    const account = await this.crypto.createAccount(master);
    await this.api.post(
      '/auth/register',
      {
        email,
        auth_hash: master.authHash,
        kdf: kdf.kdf,
        kdf_iterations: kdf.kdf_iterations,
        kdf_salt: kdf.kdf_salt,
        protected_user_key: account.protected_user_key,
        public_key: account.public_key,
        protected_private_key: account.protected_private_key,
      },
      { auth: false },
    );
    await this.finishLogin(email, master);
  }

  /**
   * Log in or unlock: prelogin, one KDF run, login, unwrap. Answers 'second-step' when the account
   * has two-step sign-in on: then {@link secondStep} finishes it.
   */
  async logIn(email: string, password: string): Promise<'done' | 'second-step'> {
    const kdf = await this.api.post<KdfParams>('/auth/prelogin', { email }, { auth: false });
    const master = await this.crypto.deriveMasterKeys(password, kdf);
    return this.finishLogin(email, master);
  }

  async unlock(password: string): Promise<'done' | 'second-step'> {
    const s = this.state;
    if (s.status !== 'locked') throw new Error('Nothing to unlock.');
    return this.logIn(s.email, password);
  }

  /** The second factors the waiting login offers (empty when none waits). */
  get secondStepMethods(): string[] {
    return this.pending?.methods ?? [];
  }

  /** Finishes a login that answered mfa_required, with a TOTP code or a recovery code. */
  async secondStep(factor: SecondFactor, rememberDevice = false): Promise<void> {
    const pending = this.pending;
    if (!pending) throw new Error('Log in again.');
    const res = await this.api.post<LoginResponse>(
      '/auth/login/mfa',
      { mfa_token: pending.token, ...factor, ...(rememberDevice ? { remember_device: true } : {}) },
      { auth: false },
    );
    this.pending = null;
    if (res.device_token) rememberDeviceToken(res.device_token);
    await this.opened(res, pending.master);
  }

  /** The request options of the waiting second step, for a passkey (WebAuthn). */
  async secondStepPasskeyOptions(): Promise<PasskeyRequestOptions> {
    const pending = this.pending;
    if (!pending) throw new Error('Log in again.');
    return this.api.post<PasskeyRequestOptions>(
      '/auth/login/mfa/webauthn/options',
      { mfa_token: pending.token },
      { auth: false },
    );
  }

  /** Gives up a waiting second step (back to the password). */
  cancelSecondStep(): void {
    this.pending = null;
  }

  private async finishLogin(email: string, master: MasterKeys): Promise<'done' | 'second-step'> {
    const deviceToken = rememberedDeviceToken();
    const res = await this.api.post<LoginResponse | MfaChallenge>(
      '/auth/login',
      { email, auth_hash: master.authHash, ...(deviceToken ? { device_token: deviceToken } : {}) },
      { auth: false },
    );
    if ('mfa_required' in res && res.mfa_required) {
      // A token that no longer skips the step (forgotten, expired, another account's) is dropped.
      if (deviceToken) rememberDeviceToken(null);
      this.pending = { master, token: res.mfa_token, methods: res.methods };
      return 'second-step';
    }
    await this.opened(res as LoginResponse, master);
    return 'done';
  }

  private async opened(res: LoginResponse, master: MasterKeys): Promise<void> {
    this.api.setTokens(res);
    let vault: UnlockedVault;
    try {
      vault = await this.crypto.unlock(master, res);
    } catch (e) {
      this.api.setTokens(null);
      throw e;
    }
    await this.onOpened(res, master);
    this.unlocked = {
      email: res.user.email,
      userId: res.user.id,
      subscription: res.user.subscription,
      account: {
        kdf: { kdf: res.kdf, kdf_iterations: res.kdf_iterations, kdf_salt: res.kdf_salt },
        protected_user_key: res.protected_user_key,
        protected_private_key: res.protected_private_key,
        public_key: res.public_key,
      },
      vault,
    };
    rememberEmail(res.user.email);
    await this.beforeUnlocked().catch(() => undefined);
    this.setState({
      status: 'unlocked',
      email: res.user.email,
      userId: res.user.id,
      subscription: res.user.subscription,
    });
  }

  /**
   * Takes up a session this browser opened earlier (the extension's worker after a restart): the
   * account, its opened keys and the tokens as they were; no password, no KDF run.
   */
  async resume(
    u: Unlocked,
    tokens: { access_token: string; refresh_token: string },
  ): Promise<void> {
    this.api.setTokens(tokens);
    this.pending = null;
    this.unlocked = u;
    await this.beforeUnlocked().catch(() => undefined);
    this.setState({
      status: 'unlocked',
      email: u.email,
      userId: u.userId,
      subscription: u.subscription,
    });
  }

  private drop(): void {
    this.unlocked = null;
    this.pending = null;
    this.onLocked();
  }

  /** Drops every key and token; the next unlock asks for the master password again. */
  lock(reason: LockReason = 'manual'): void {
    const s = this.state;
    if (s.status === 'anonymous') return;
    this.endServerSession();
    this.drop();
    this.setState({ status: 'locked', email: s.email, reason });
  }

  async logOut(): Promise<void> {
    this.endServerSession();
    this.drop();
    rememberEmail(null);
    this.setState({ status: 'anonymous' });
  }

  /** Signs out every session of the account (POST /auth/logout-all). */
  async logOutEverywhere(): Promise<void> {
    await this.api.post('/auth/logout-all');
    this.api.setTokens(null);
    await this.logOut();
  }

  /** Forget the remembered account (on the lock screen: "not you?"). */
  forgetAccount(): void {
    this.drop();
    rememberEmail(null);
    this.setState({ status: 'anonymous' });
  }

  /**
   * Ends the sign-in on the server with the refresh token alone: after an idle lock the access
   * token has usually expired, and the refresh token is its own proof at logout.
   */
  private endServerSession(): void {
    const refresh = this.api.currentRefreshToken;
    if (refresh) {
      this.api
        .post('/auth/logout', { refresh_token: refresh }, { auth: false })
        .catch(() => undefined);
    }
    this.api.setTokens(null);
  }

  /** The account's live sign-ins, most recently used first. */
  async signIns(): Promise<SignIn[]> {
    return (await this.api.get<{ items: SignIn[] }>('/me/sessions')).items;
  }

  /** Ends one sign-in (another device); its tokens stop working at once. */
  async endSignIn(id: string): Promise<void> {
    await this.api.delete(`/me/sessions/${encodeURIComponent(id)}`);
  }

  /** Devices that skip the second step of sign-in, newest first. */
  async rememberedDevices(): Promise<RememberedDevice[]> {
    return (await this.api.get<{ items: RememberedDevice[] }>('/me/devices')).items;
  }

  /** Forgets a remembered device: its next sign-in asks for the second step again. */
  async forgetDevice(id: string): Promise<void> {
    await this.api.delete(`/me/devices/${encodeURIComponent(id)}`);
  }

  mfaStatus(): Promise<MfaStatus> {
    return this.api.get<MfaStatus>('/me/mfa');
  }

  /** A new TOTP secret and its otpauth URI (not on until {@link confirmTotp}). */
  enrolTotp(): Promise<TotpEnrolment> {
    return this.api.post<TotpEnrolment>('/me/mfa/totp');
  }

  /** Turns TOTP on with its first code; answers the ten recovery codes, shown once. */
  async confirmTotp(code: string): Promise<string[]> {
    return (await this.api.post<{ recovery_codes: string[] }>('/me/mfa/totp/confirm', { code }))
      .recovery_codes;
  }

  async disableTotp(code: string): Promise<void> {
    await this.api.delete('/me/mfa/totp', { body: { code } });
  }

  async newRecoveryCodes(code: string): Promise<string[]> {
    return (await this.api.post<{ recovery_codes: string[] }>('/me/mfa/recovery-codes', { code }))
      .recovery_codes;
  }

  /** Creation options for a new passkey (a single-use challenge). */
  passkeyCreationOptions(): Promise<PasskeyCreationOptions> {
    return this.api.post<PasskeyCreationOptions>('/me/mfa/webauthn/options');
  }

  /** Registers a passkey the browser made; recovery codes come back with the first factor. */
  addPasskey(name: string, credential: PasskeyAttestation): Promise<PasskeyRegistered> {
    return this.api.post<PasskeyRegistered>('/me/mfa/webauthn', { name, credential });
  }

  renamePasskey(id: string, name: string): Promise<Passkey> {
    return this.api.patch<Passkey>(`/me/mfa/webauthn/${encodeURIComponent(id)}`, { name });
  }

  async removePasskey(id: string): Promise<void> {
    await this.api.delete(`/me/mfa/webauthn/${encodeURIComponent(id)}`);
  }

  me(): Promise<Me> {
    return this.api.get<Me>('/me');
  }

  /** This account's fingerprint phrase, computed here from its own public key. */
  fingerprint(): Promise<string> {
    const u = this.need();
    return this.crypto.fingerprint(u.userId, u.account.public_key);
  }

  /** Mails the verification link again; answers whether the address counts as verified. */
  async resendVerification(): Promise<boolean> {
    return (await this.api.post<{ email_verified: boolean }>('/me/email-verification'))
      .email_verified;
  }

  /** The link of the verification mail (works signed in or not). */
  verifyEmail(token: string): Promise<void> {
    return this.api.post('/auth/verify-email', { token }, { auth: false });
  }

  /**
   * Re-wraps the user key under the new password; items are untouched. A current password that
   * does not open the user key fails with WrongPasswordError before anything is sent.
   */
  async changePassword(current: string, next: string): Promise<void> {
    const u = this.need();
    const currentMaster = await this.crypto.deriveMasterKeys(current, u.account.kdf);
    const kdf = this.crypto.newKdfParams(Math.max(u.account.kdf.kdf_iterations, 600_000));
    const nextMaster = await this.crypto.deriveMasterKeys(next, kdf);
    let rewrapped: string;
    try {
      rewrapped = await this.crypto.rewrapUserKey(
        currentMaster,
        nextMaster,
        u.account.protected_user_key,
      );
    } catch {
      // Only the right current password unwraps the stored user key.
      throw new WrongPasswordError();
    }
    await this.api.put('/me/password', {
      auth_hash: currentMaster.authHash,
      new_auth_hash: nextMaster.authHash,
      new_kdf_iterations: kdf.kdf_iterations,
      new_kdf_salt: kdf.kdf_salt,
      new_protected_user_key: rewrapped,
    });
    u.account = { ...u.account, kdf, protected_user_key: rewrapped };
  }

  subscription(): Promise<Subscription> {
    return this.api.get<Subscription>('/billing/subscription');
  }
}
