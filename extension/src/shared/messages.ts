// Every message between the parts of the extension, as one discriminated union. The service
// worker answers each with a `Reply`; `isFromExtensionPage` and `isFromContentScript` decide who
// may send what (checked in background.ts before anything else).
import type { Environment } from '../detect/detector';

/** What the popup shows of the session; never a key or a token. */
export type SessionView =
  | { status: 'anonymous'; server: string; email: string }
  | { status: 'locked'; server: string; email: string }
  | { status: 'second-step'; server: string; email: string; methods: string[] }
  | { status: 'unlocked'; server: string; email: string };

/** A key as the popup lists it: metadata only. */
export interface KeySummary {
  id: string;
  name: string;
  service: string;
  environment: string;
  team: string | null;
}

/** A key the user asked to save, as the save dialog shows it (the value only masked). */
export interface PendingView {
  id: string;
  masked: string;
  format: string;
  service: string;
  environment: Environment;
  name: string;
  pageOrigin: string;
  /** Which provider a read-only validity check can ask, if any. */
  checkable: 'stripe' | 'openai' | 'github' | null;
}

export interface ValidityResult {
  provider: 'stripe' | 'openai' | 'github';
  valid: boolean;
  status: number;
  checkedAt: string;
}

/** The one message a content script may send: the user clicked a badge. */
export interface ContentSave {
  type: 'content/save';
  value: string;
  /** The page's title and the words near the key, for the environment guess. */
  context: string;
}

export type ContentMessage = ContentSave;

/** Messages of the extension's own pages (popup, save dialog). */
export type PageMessage =
  | { type: 'session/get' }
  | { type: 'session/login'; server: string; email: string; password: string }
  | { type: 'session/second-step'; code: string }
  | { type: 'session/unlock'; password: string }
  | { type: 'session/lock' }
  | { type: 'session/logout' }
  | { type: 'keys/search'; q: string }
  | { type: 'keys/reveal'; id: string }
  | { type: 'keys/fill'; id: string; tabId: number }
  | { type: 'clipboard/clear-later'; seconds: number }
  | { type: 'pending/get'; id: string }
  | { type: 'pending/check'; id: string }
  | {
      type: 'pending/save';
      id: string;
      name: string;
      service: string;
      environment: Environment;
      tags: string[];
      validity: ValidityResult | null;
    }
  | { type: 'pending/discard'; id: string }
  | { type: 'sites/changed' };

export type Message = ContentMessage | PageMessage;

/** What each message answers (when it succeeds). */
export interface Answers {
  'content/save': { opened: true };
  'session/get': SessionView;
  'session/login': SessionView;
  'session/second-step': SessionView;
  'session/unlock': SessionView;
  'session/lock': SessionView;
  'session/logout': SessionView;
  'keys/search': { items: KeySummary[]; total: number };
  'keys/reveal': { value: string };
  'keys/fill': { filled: boolean };
  'clipboard/clear-later': { scheduled: boolean };
  'pending/get': PendingView;
  'pending/check': ValidityResult;
  'pending/save': { id: string; name: string };
  'pending/discard': { discarded: true };
  'sites/changed': { registered: number };
}

export type Reply<T> = { ok: true; data: T } | { ok: false; error: string; code?: string };

const CONTENT_TYPES: ReadonlySet<string> = new Set<ContentMessage['type']>(['content/save']);
const PAGE_TYPES: ReadonlySet<string> = new Set<PageMessage['type']>([
  'session/get',
  'session/login',
  'session/second-step',
  'session/unlock',
  'session/lock',
  'session/logout',
  'keys/search',
  'keys/reveal',
  'keys/fill',
  'clipboard/clear-later',
  'pending/get',
  'pending/check',
  'pending/save',
  'pending/discard',
  'sites/changed',
]);

/** The part of `chrome.runtime.MessageSender` the checks read. */
export interface Sender {
  id?: string;
  url?: string;
  origin?: string;
  tab?: { id?: number };
}

function hasType(message: unknown): message is { type: string } {
  return (
    typeof message === 'object' &&
    message !== null &&
    typeof (message as { type?: unknown }).type === 'string'
  );
}

/** A page of this extension (popup, save dialog): its URL is under the extension's origin. */
export function isFromExtensionPage(
  sender: Sender,
  extensionId: string,
  extensionOrigin: string,
): boolean {
  return (
    sender.id === extensionId &&
    typeof sender.url === 'string' &&
    sender.url.startsWith(extensionOrigin)
  );
}

/**
 * Checks a message against its sender: only this extension; its own pages may send any page
 * message, a content script (a tab's page, not ours) only `content/save` with a string value.
 * Answers the message when allowed, else undefined.
 */
export function admit(
  message: unknown,
  sender: Sender,
  extensionId: string,
  extensionOrigin: string,
): Message | undefined {
  if (sender.id !== extensionId || !hasType(message)) return undefined;
  if (isFromExtensionPage(sender, extensionId, extensionOrigin)) {
    return PAGE_TYPES.has(message.type) ? (message as PageMessage) : undefined;
  }
  if (sender.tab?.id === undefined || !CONTENT_TYPES.has(message.type)) return undefined;
  const m = message as Partial<ContentSave>;
  if (typeof m.value !== 'string' || m.value.length > 1024) return undefined;
  return {
    type: 'content/save',
    value: m.value,
    context: typeof m.context === 'string' ? m.context.slice(0, 400) : '',
  };
}

/** Sends a message to the service worker and unwraps its reply. */
export async function send<M extends Message>(message: M): Promise<Answers[M['type']]> {
  const reply = (await chrome.runtime.sendMessage(message)) as
    Reply<Answers[M['type']]> | undefined;
  if (!reply) throw new Error('KeyHaven did not answer. Try again.');
  if (!reply.ok) throw Object.assign(new Error(reply.error), { code: reply.code });
  return reply.data;
}
