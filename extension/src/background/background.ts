// The service worker: the only part that talks to the KeyHaven API and holds the opened vault.
// It reuses the dashboard's session model (web/src/session) and crypto (web/src/crypto) as they
// are. Its session lives in memory and in chrome.storage.session (memory-only, for this
// extension's own pages and worker), so a restarted worker takes it up again; nothing secret
// ever goes to chrome.storage.local, which keeps only the server address and the last e-mail.
import { ApiClient, describeError } from '../../../web/src/api/client';
import type { ApiKey, LoginResponse } from '../../../web/src/api/types';
import { KeyHavenCrypto, WRAP_AAD, fromBase64, toBase64 } from '../../../web/src/crypto';
import { wipe } from '../../../web/src/crypto/encoding';
import type { Account } from '../../../web/src/session/session';
import { KeyHaven } from '../../../web/src/session/keyhaven';
import { serviceLabel } from '../../../web/src/lib/serviceGuess';
import { guessForSave, keyOfField } from '../detect/detector';
import {
  admit,
  type Answers,
  type KeySummary,
  type Message,
  type PendingView,
  type Reply,
  type SessionView,
} from '../shared/messages';
import { CHECKS, checkValidity, checkableProvider, describeValidity } from './validity';

const DEFAULT_SERVER = 'http://localhost:8080';
/** The vault locks after this long without a request from the popup. */
const IDLE_LOCK_MS = 15 * 60_000;
/** A key the user clicked waits this long for the save dialog. */
const PENDING_TTL_MS = 10 * 60_000;

/** What chrome.storage.session keeps of an unlocked session. */
interface KeptSession {
  server: string;
  email: string;
  userId: string;
  subscription: string;
  account: Account;
  /** The raw user key, standard base64: the session's one secret, in memory-only storage. */
  userKey: string;
  tokens: { access_token: string; refresh_token: string };
  lastUsed: number;
}

interface Pending {
  value: string;
  context: string;
  pageOrigin: string;
  created: number;
}

/** The API client of the dashboard, telling the worker about each new token pair. */
class KeptApiClient extends ApiClient {
  onTokens: ((t: { access_token: string; refresh_token: string } | null) => void) | null = null;
  override setTokens(tokens: { access_token: string; refresh_token: string } | null): void {
    super.setTokens(tokens);
    this.onTokens?.(tokens);
  }
}

const webCrypto = new KeyHavenCrypto(globalThis.crypto);
let server = DEFAULT_SERVER;
let keyhaven: KeyHaven | null = null;
let kept: KeptSession | null = null;
let secondStepEmail: string | null = null;
let ready: Promise<void> | null = null;

function normalServer(url: string): string {
  const u = new URL(url.trim());
  if (u.protocol !== 'https:' && u.hostname !== 'localhost' && u.hostname !== '127.0.0.1') {
    throw new Error('The server must be https:// (http:// only for localhost).');
  }
  return u.origin;
}

function newKeyHaven(base: string): KeyHaven {
  const api = new KeptApiClient(`${base}/api`);
  const kh = new KeyHaven(api, webCrypto);
  api.onTokens = (tokens) => {
    if (kept && tokens) {
      kept = { ...kept, tokens };
      void chrome.storage.session.set({ kept });
    }
  };
  kh.session.onOpened = async (res: LoginResponse, master) => {
    const raw = await webCrypto.unwrapBytes(
      master.wrapKey,
      res.protected_user_key,
      WRAP_AAD.userKey,
    );
    try {
      kept = {
        server: base,
        email: res.user.email,
        userId: res.user.id,
        subscription: res.user.subscription,
        account: {
          kdf: { kdf: res.kdf, kdf_iterations: res.kdf_iterations, kdf_salt: res.kdf_salt },
          protected_user_key: res.protected_user_key,
          protected_private_key: res.protected_private_key,
          public_key: res.public_key,
        },
        userKey: toBase64(raw),
        tokens: { access_token: res.access_token, refresh_token: res.refresh_token },
        lastUsed: Date.now(),
      };
    } finally {
      wipe(raw);
    }
    await chrome.storage.session.set({ kept });
  };
  kh.session.subscribe(() => {
    if (kh.session.getState().status !== 'unlocked' && kept) {
      kept = null;
      void chrome.storage.session.remove('kept');
    }
  });
  return kh;
}

/** Takes up the kept session once per worker start. */
function start(): Promise<void> {
  ready ??= (async () => {
    const local = await chrome.storage.local.get(['server']);
    if (typeof local.server === 'string') server = local.server;
    const stored = (await chrome.storage.session.get('kept')).kept as KeptSession | undefined;
    if (!stored) return;
    if (Date.now() - stored.lastUsed > IDLE_LOCK_MS) {
      await chrome.storage.session.remove('kept');
      return;
    }
    const kh = newKeyHaven(stored.server);
    const userKey = await webCrypto.importAesKey(fromBase64(stored.userKey));
    const privateRaw = await webCrypto.unwrapBytes(
      userKey,
      stored.account.protected_private_key,
      WRAP_AAD.userPrivateKey,
    );
    const privateKey = await webCrypto.importPrivateKey(privateRaw);
    wipe(privateRaw);
    kept = stored;
    keyhaven = kh;
    server = stored.server;
    await kh.session.resume(
      {
        email: stored.email,
        userId: stored.userId,
        subscription: stored.subscription,
        account: stored.account,
        vault: { userKey, privateKey, publicKey: stored.account.public_key },
      },
      stored.tokens,
    );
  })().catch(async () => {
    kept = null;
    keyhaven = null;
    await chrome.storage.session.remove('kept');
  });
  return ready;
}

/** What chrome.storage.local may keep: where the server is and who logged in last, no secret. */
function storeLocal(values: { server?: string; email?: string }): Promise<void> {
  return chrome.storage.local.set(values);
}

async function rememberedEmail(): Promise<string> {
  const { email } = await chrome.storage.local.get('email');
  return typeof email === 'string' ? email : '';
}

async function view(): Promise<SessionView> {
  if (keyhaven && secondStepEmail) {
    return {
      status: 'second-step',
      server,
      email: secondStepEmail,
      methods: keyhaven.session.secondStepMethods,
    };
  }
  const state = keyhaven?.session.getState();
  if (state?.status === 'unlocked') return { status: 'unlocked', server, email: state.email };
  const email = await rememberedEmail();
  return email ? { status: 'locked', server, email } : { status: 'anonymous', server, email: '' };
}

function unlocked(): KeyHaven {
  if (!keyhaven || keyhaven.session.getState().status !== 'unlocked') {
    throw Object.assign(new Error('KeyHaven is locked.'), { code: 'LOCKED' });
  }
  if (kept) {
    kept.lastUsed = Date.now();
    void chrome.storage.session.set({ kept });
  }
  return keyhaven;
}

async function logIn(base: string, email: string, password: string): Promise<SessionView> {
  const origin = normalServer(base);
  keyhaven?.session.lock('manual');
  secondStepEmail = null;
  server = origin;
  keyhaven = newKeyHaven(origin);
  await storeLocal({ server: origin });
  const result = await keyhaven.session.logIn(email.trim(), password);
  await storeLocal({ email: email.trim() });
  if (result === 'second-step') secondStepEmail = email.trim();
  return view();
}

function summary(k: ApiKey): KeySummary {
  return {
    id: k.id,
    name: k.name,
    service: k.service,
    environment: k.metadata.environment,
    team: k.team_id ?? null,
  };
}

function mask(value: string): string {
  const head = value.slice(0, Math.min(8, value.indexOf('_', 3) + 1 || 4));
  return `${head}${'•'.repeat(8)}${value.slice(-4)}`;
}

async function pending(id: string): Promise<Pending> {
  const p = (await chrome.storage.session.get(`pending:${id}`))[`pending:${id}`] as
    Pending | undefined;
  if (!p || Date.now() - p.created > PENDING_TTL_MS) {
    throw new Error('This key is no longer waiting to be saved. Click its badge again.');
  }
  return p;
}

function pendingView(id: string, p: Pending): PendingView {
  const guess = guessForSave(p.value, p.context);
  const format = keyOfField(p.value);
  return {
    id,
    masked: mask(p.value),
    format: format?.rule.label ?? 'API key',
    service: guess.service,
    environment: guess.environment,
    name: guess.name,
    pageOrigin: p.pageOrigin,
    checkable: checkableProvider(guess.service),
  };
}

/** Fills the focused field of the page (runs in the page, injected with chrome.scripting). */
function fillFocused(value: string): boolean {
  let el: Element | null = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  if (!(el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement)) return false;
  if (el.readOnly || el.disabled) return false;
  const proto = el instanceof HTMLInputElement ? HTMLInputElement : HTMLTextAreaElement;
  // The prototype's setter, so pages that watch the property (React) see the change.
  Object.getOwnPropertyDescriptor(proto.prototype, 'value')?.set?.call(el, value);
  el.dispatchEvent(new Event('input', { bubbles: true }));
  el.dispatchEvent(new Event('change', { bubbles: true }));
  return true;
}

let registering: Promise<number> = Promise.resolve(0);

/**
 * Content scripts on the sites the user allowed, besides the provider dashboards; one
 * registration at a time (a permission event and the popup may ask together).
 */
function registerAllowedSites(): Promise<number> {
  registering = registering.catch(() => 0).then(registerNow);
  return registering;
}

async function registerNow(): Promise<number> {
  const manifest = chrome.runtime.getManifest();
  const fixed = new Set((manifest.content_scripts ?? []).flatMap((c) => c.matches ?? []));
  const checkHosts = new Set(Object.values(CHECKS).map((c) => c.origin));
  const { origins = [] } = await chrome.permissions.getAll();
  const allowed = origins.filter((o) => !fixed.has(o) && !checkHosts.has(o));
  const existing = await chrome.scripting.getRegisteredContentScripts({ ids: ['allowed-sites'] });
  if (existing.length) await chrome.scripting.unregisterContentScripts({ ids: ['allowed-sites'] });
  if (allowed.length === 0) return 0;
  await chrome.scripting.registerContentScripts([
    { id: 'allowed-sites', matches: allowed, js: ['content.js'], runAt: 'document_idle' },
  ]);
  return allowed.length;
}

async function ensureOffscreen(): Promise<boolean> {
  // Firefox has no offscreen documents: there the clipboard is not cleared by a timer.
  if (!chrome.offscreen) return false;
  const has = await chrome.offscreen.hasDocument();
  if (!has) {
    await chrome.offscreen.createDocument({
      url: 'offscreen/offscreen.html',
      reasons: [chrome.offscreen.Reason.CLIPBOARD],
      justification: 'Clear a copied key from the clipboard after 30 seconds.',
    });
  }
  return true;
}

type Handler<M extends Message> = (
  m: M,
  sender: chrome.runtime.MessageSender,
) => Promise<Answers[M['type']]>;
type Handlers = { [T in Message['type']]: Handler<Extract<Message, { type: T }>> };

const handlers: Handlers = {
  'content/save': async (m, sender) => {
    const id = crypto.randomUUID();
    const pageOrigin = sender.origin ?? (sender.url ? new URL(sender.url).origin : '');
    const p: Pending = { value: m.value, context: m.context, pageOrigin, created: Date.now() };
    await chrome.storage.session.set({ [`pending:${id}`]: p });
    await chrome.windows.create({
      url: chrome.runtime.getURL(`popup/popup.html?save=${id}`),
      type: 'popup',
      width: 400,
      height: 620,
    });
    return { opened: true };
  },
  'session/get': () => view(),
  'session/login': (m) => logIn(m.server || server, m.email, m.password),
  'session/second-step': async (m) => {
    if (!keyhaven || !secondStepEmail) throw new Error('Log in again.');
    const code = m.code.replace(/\s+/g, '');
    await keyhaven.session.secondStep(
      /^\d{6}$/.test(code) ? { totp_code: code } : { recovery_code: code },
    );
    secondStepEmail = null;
    return view();
  },
  'session/unlock': async (m) => logIn(server, await rememberedEmail(), m.password),
  'session/lock': async () => {
    secondStepEmail = null;
    keyhaven?.session.lock('manual');
    return view();
  },
  'session/logout': async () => {
    secondStepEmail = null;
    await keyhaven?.session.logOut();
    await chrome.storage.local.remove('email');
    return view();
  },
  'keys/search': async (m) => {
    const page = await unlocked().vault.list({ q: m.q.trim() || undefined }, 0, 20);
    return { items: page.items.map(summary), total: page.total };
  },
  'keys/reveal': async (m) => {
    const kh = unlocked();
    return { value: await kh.vault.reveal(await kh.vault.get(m.id)) };
  },
  'keys/fill': async (m) => {
    const kh = unlocked();
    const value = await kh.vault.reveal(await kh.vault.get(m.id));
    const [result] = await chrome.scripting.executeScript({
      target: { tabId: m.tabId },
      func: fillFocused,
      args: [value],
    });
    return { filled: result?.result === true };
  },
  'clipboard/clear-later': async (m) => {
    await chrome.alarms.create('clear-clipboard', {
      delayInMinutes: Math.max(0.5, m.seconds / 60),
    });
    return { scheduled: true };
  },
  'pending/get': async (m) => pendingView(m.id, await pending(m.id)),
  'pending/check': async (m) => {
    const p = await pending(m.id);
    const provider = checkableProvider(guessForSave(p.value).service);
    if (!provider) throw new Error('KeyHaven cannot check this kind of key.');
    return checkValidity(provider, p.value);
  },
  'pending/save': async (m) => {
    const kh = unlocked();
    const p = await pending(m.id);
    const description = [
      p.pageOrigin ? `Saved from ${p.pageOrigin}.` : '',
      m.validity ? describeValidity(m.validity, serviceLabel(m.validity.provider)) : '',
    ]
      .filter(Boolean)
      .join(' ');
    const key = await kh.vault.create({
      name: m.name.trim(),
      service: m.service,
      environment: m.environment,
      tags: m.tags,
      description,
      value: p.value,
    });
    await chrome.storage.session.remove(`pending:${m.id}`);
    return { id: key.id, name: key.name };
  },
  'pending/discard': async (m) => {
    await chrome.storage.session.remove(`pending:${m.id}`);
    return { discarded: true };
  },
  'sites/changed': async () => ({ registered: await registerAllowedSites() }),
};

async function handle(m: Message, sender: chrome.runtime.MessageSender): Promise<Reply<unknown>> {
  try {
    await start();
    const handler = handlers[m.type] as Handler<Message>;
    return { ok: true, data: await handler(m, sender) };
  } catch (e) {
    const d = describeError(e);
    const code = (e as { code?: unknown }).code;
    // A server that does not list this extension's origin answers nothing the browser lets
    // through: say what to configure.
    const hint =
      d.code === 'NETWORK_ERROR'
        ? ` Is ${server} running, and does KEYHAVEN_CORS_ORIGINS list ${chrome.runtime.getURL('').replace(/\/$/, '')}?`
        : '';
    return {
      ok: false,
      error: d.message + hint,
      code: typeof code === 'string' ? code : d.code,
    };
  }
}

chrome.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
  const m = admit(message, sender, chrome.runtime.id, chrome.runtime.getURL(''));
  if (!m) return false;
  void handle(m, sender).then(sendResponse);
  return true;
});

// Nothing outside the extension may message it.
chrome.runtime.onMessageExternal.addListener(() => false);

chrome.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name === 'clear-clipboard') {
    void ensureOffscreen()
      .then((open) =>
        open ? chrome.runtime.sendMessage({ target: 'offscreen', type: 'clear-clipboard' }) : null,
      )
      .catch(() => undefined);
  } else if (alarm.name === 'idle-lock') {
    void start().then(() => {
      if (kept && Date.now() - kept.lastUsed > IDLE_LOCK_MS) keyhaven?.session.lock('idle');
    });
  }
});

chrome.runtime.onInstalled.addListener(() => {
  // The default; said explicitly since the session's user key lives there (Firefox has no such
  // setting: its session storage is never exposed to content scripts).
  void chrome.storage.session.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' });
  void chrome.alarms.create('idle-lock', { periodInMinutes: 1 });
  void registerAllowedSites();
});
chrome.runtime.onStartup.addListener(() => {
  void chrome.alarms.create('idle-lock', { periodInMinutes: 1 });
  void registerAllowedSites();
});
chrome.permissions.onAdded.addListener(() => void registerAllowedSites());
chrome.permissions.onRemoved.addListener(() => void registerAllowedSites());
