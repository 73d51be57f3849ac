// The popup (and, opened with ?save=<id>, the save dialog): log in or unlock, search, copy with
// clipboard clearing, fill the page's focused field, open the dashboard, allow a site, lock.
// Every vault operation is a message to the service worker; the popup holds no key.
import { SERVICES } from '../../../web/src/lib/serviceGuess';
import type { Environment } from '../detect/detector';
import { send, type KeySummary, type SessionView, type ValidityResult } from '../shared/messages';

const CLEAR_AFTER_S = 30;
const app = document.getElementById('app')!;
const params = new URLSearchParams(location.search);
const saveId = params.get('save');
if (saveId) document.body.classList.add('window');

type Child = Node | string | null | undefined | false;

function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<Record<string, string | boolean | ((e: Event) => void)>> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (typeof v === 'function') el.addEventListener(k.slice(2).toLowerCase(), v);
    else if (v === true) el.setAttribute(k, '');
    else if (typeof v === 'string') el.setAttribute(k, v);
  }
  for (const c of children) if (c) el.append(c);
  return el;
}

function render(...nodes: Child[]): void {
  app.replaceChildren(...(nodes.filter(Boolean) as (Node | string)[]));
}

function header(view: SessionView | null): HTMLElement {
  return h(
    'header',
    {},
    h('img', { src: '/icons/icon-48.png', alt: '' }),
    h('h1', {}, 'KeyHaven'),
    view && view.status === 'unlocked' ? h('span', { class: 'who' }, view.email) : null,
  );
}

function errorBox(e: unknown): HTMLElement {
  return h('div', { class: 'error', role: 'alert' }, e instanceof Error ? e.message : String(e));
}

/** Runs an action with its button disabled; shows the error under `where`. */
async function busy(button: HTMLButtonElement, where: HTMLElement, fn: () => Promise<void>) {
  button.disabled = true;
  where.querySelector('.error')?.remove();
  try {
    await fn();
  } catch (e) {
    where.append(errorBox(e));
  } finally {
    button.disabled = false;
  }
}

async function targetTab(): Promise<chrome.tabs.Tab | undefined> {
  const fromParam = Number(params.get('tab'));
  if (fromParam) return chrome.tabs.get(fromParam);
  const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
  return tab;
}

function loginView(view: SessionView): void {
  const server = h('input', { id: 'server', type: 'url', value: view.server, required: true });
  const email = h('input', {
    id: 'email',
    type: 'email',
    autocomplete: 'username',
    required: true,
  });
  email.value = view.email;
  const password = h('input', {
    id: 'password',
    type: 'password',
    autocomplete: 'current-password',
    required: true,
  });
  const submit = h('button', { type: 'submit' }, 'Log in');
  const form = h(
    'form',
    {},
    h('h2', {}, 'Log in to your vault'),
    h('label', { for: 'server' }, 'Server'),
    server,
    h('label', { for: 'email' }, 'E-mail'),
    email,
    h('label', { for: 'password' }, 'Master password'),
    password,
    h('div', { class: 'actions' }, submit),
    h('p', { class: 'note' }, 'Your master password opens the vault here; it never leaves.'),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void busy(submit, form, async () => {
      show(
        await send({
          type: 'session/login',
          server: server.value,
          email: email.value,
          password: password.value,
        }),
      );
    });
  });
  render(header(view), h('section', {}, form));
  (view.email ? password : email).focus();
}

function unlockView(view: SessionView): void {
  const password = h('input', {
    id: 'password',
    type: 'password',
    autocomplete: 'current-password',
    required: true,
  });
  const submit = h('button', { type: 'submit' }, 'Unlock');
  const other = h('button', { type: 'button', class: 'secondary' }, 'Other account');
  other.addEventListener('click', () => void send({ type: 'session/logout' }).then(show));
  const form = h(
    'form',
    {},
    h('h2', {}, 'Unlock'),
    h('p', { class: 'note' }, `${view.email} on ${view.server}`),
    h('label', { for: 'password' }, 'Master password'),
    password,
    h('div', { class: 'actions' }, submit, other),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void busy(submit, form, async () =>
      show(await send({ type: 'session/unlock', password: password.value })),
    );
  });
  render(header(view), h('section', {}, form));
  password.focus();
}

function secondStepView(view: SessionView): void {
  const code = h('input', { id: 'code', autocomplete: 'one-time-code', required: true });
  const submit = h('button', { type: 'submit' }, 'Continue');
  const form = h(
    'form',
    {},
    h('h2', {}, 'Two-step sign-in'),
    h('label', { for: 'code' }, 'Code from your app, or a recovery code'),
    code,
    h('div', { class: 'actions' }, submit),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void busy(submit, form, async () =>
      show(await send({ type: 'session/second-step', code: code.value })),
    );
  });
  render(header(view), h('section', {}, form));
  code.focus();
}

function keyRow(k: KeySummary, status: HTMLElement): HTMLElement {
  const copy = h('button', { class: 'small secondary', type: 'button' }, 'Copy');
  const fill = h('button', { class: 'small', type: 'button' }, 'Fill');
  copy.addEventListener('click', () => {
    void busy(copy, status, async () => {
      const { value } = await send({ type: 'keys/reveal', id: k.id });
      await navigator.clipboard.writeText(value);
      await send({ type: 'clipboard/clear-later', seconds: CLEAR_AFTER_S });
      status.replaceChildren(
        h(
          'p',
          { class: 'note ok' },
          `Copied ${k.name}; the clipboard clears in ${CLEAR_AFTER_S} s.`,
        ),
      );
    });
  });
  fill.addEventListener('click', () => {
    void busy(fill, status, async () => {
      const tab = await targetTab();
      if (tab?.id === undefined) throw new Error('No page to fill.');
      const { filled } = await send({ type: 'keys/fill', id: k.id, tabId: tab.id });
      status.replaceChildren(
        h(
          'p',
          { class: filled ? 'note ok' : 'note' },
          filled ? `Filled ${k.name}.` : 'Click the field on the page first, then Fill.',
        ),
      );
    });
  });
  return h(
    'li',
    { 'data-key': k.name },
    h(
      'div',
      { class: 'key-name' },
      h('strong', {}, k.name),
      h('span', {}, `${k.service} · ${k.environment}${k.team ? ' · team' : ''}`),
    ),
    copy,
    fill,
  );
}

function vaultView(view: SessionView): void {
  const q = h('input', {
    id: 'search',
    type: 'search',
    placeholder: 'Search keys',
    'aria-label': 'Search keys',
  });
  const list = h('ul', { class: 'keys' });
  const status = h('div', {});
  let seq = 0;
  const search = async () => {
    const mine = ++seq;
    try {
      const res = await send({ type: 'keys/search', q: q.value });
      if (mine !== seq) return;
      list.replaceChildren(
        ...(res.items.length
          ? res.items.map((k) => keyRow(k, status))
          : [h('li', { class: 'empty' }, q.value ? 'No key matches.' : 'No keys yet.')]),
      );
    } catch (e) {
      if ((e as { code?: string }).code === 'LOCKED') void refresh();
      else status.replaceChildren(errorBox(e));
    }
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  q.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void search(), 200);
  });
  const open = h('button', { class: 'secondary', type: 'button' }, 'Dashboard');
  open.addEventListener('click', () => void chrome.tabs.create({ url: `${view.server}/` }));
  const allow = h('button', { class: 'secondary', type: 'button' }, 'Allow site');
  allow.addEventListener('click', () => {
    void busy(allow, status, async () => {
      const tab = await targetTab();
      if (!tab?.url || !/^https?:/.test(tab.url) || tab.id === undefined) {
        throw new Error('KeyHaven looks for keys on web pages only.');
      }
      const origin = `${new URL(tab.url).origin}/*`;
      // Asked at use time: the browser shows its own prompt for this one site.
      if (!(await chrome.permissions.request({ origins: [origin] }))) return;
      await send({ type: 'sites/changed' });
      await chrome.scripting.executeScript({ target: { tabId: tab.id }, files: ['content.js'] });
      status.replaceChildren(
        h('p', { class: 'note ok' }, `KeyHaven now looks for keys on ${new URL(tab.url).host}.`),
      );
    });
  });
  const lock = h('button', { type: 'button', class: 'secondary' }, 'Lock');
  lock.addEventListener('click', () => void send({ type: 'session/lock' }).then(show));
  render(header(view), h('section', {}, q, list, status), h('footer', {}, open, allow, lock));
  q.focus();
  void search();
}

const ENVIRONMENTS: Environment[] = ['production', 'staging', 'development'];

async function saveView(view: SessionView, id: string): Promise<void> {
  let p;
  try {
    p = await send({ type: 'pending/get', id });
  } catch (e) {
    render(header(view), h('section', {}, errorBox(e)));
    return;
  }
  const name = h('input', { id: 'name', required: true, maxlength: '200' });
  name.value = p.name;
  const service = h('select', { id: 'service' });
  for (const [value, label] of Object.entries(SERVICES)) {
    const o = h('option', { value }, label);
    if (value === p.service) o.selected = true;
    service.append(o);
  }
  const environment = h('select', { id: 'environment' });
  for (const env of ENVIRONMENTS) {
    const o = h('option', { value: env }, env);
    if (env === p.environment) o.selected = true;
    environment.append(o);
  }
  const tags = h('input', { id: 'tags', placeholder: 'comma-separated, optional' });
  const result = h('div', {});
  let validity: ValidityResult | null = null;
  const check = p.checkable
    ? h('button', { type: 'button', class: 'secondary' }, 'Check it works')
    : null;
  check?.addEventListener('click', () => {
    void busy(check, result, async () => {
      const origin = {
        stripe: 'https://api.stripe.com/*',
        openai: 'https://api.openai.com/*',
        github: 'https://api.github.com/*',
      }[p.checkable!];
      if (!(await chrome.permissions.request({ origins: [origin] }))) return;
      validity = await send({ type: 'pending/check', id });
      result.replaceChildren(
        h(
          'p',
          { class: validity.valid ? 'note ok' : 'error' },
          validity.valid
            ? `The provider accepted this key (HTTP ${validity.status}).`
            : `The provider refused this key (HTTP ${validity.status}).`,
        ),
      );
    });
  });
  const submit = h('button', { type: 'submit' }, 'Save to vault');
  const cancel = h('button', { type: 'button', class: 'secondary' }, 'Cancel');
  cancel.addEventListener('click', () => {
    void send({ type: 'pending/discard', id }).finally(() => window.close());
  });
  const form = h(
    'form',
    {},
    h('h2', {}, 'Save to KeyHaven'),
    h('div', { class: 'value', 'aria-label': 'Key (masked)' }, p.masked),
    h('p', { class: 'note' }, `${p.format}${p.pageOrigin ? ` found on ${p.pageOrigin}` : ''}`),
    h('label', { for: 'name' }, 'Name'),
    name,
    h(
      'div',
      { class: 'row' },
      h('div', {}, h('label', { for: 'service' }, 'Service'), service),
      h('div', {}, h('label', { for: 'environment' }, 'Environment'), environment),
    ),
    h('label', { for: 'tags' }, 'Tags'),
    tags,
    check ? h('div', { class: 'actions' }, check) : null,
    result,
    h('div', { class: 'actions' }, submit, cancel),
    h('p', { class: 'note' }, 'The value is encrypted here before it is sent.'),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void busy(submit, form, async () => {
      const saved = await send({
        type: 'pending/save',
        id,
        name: name.value,
        service: service.value,
        environment: environment.value as Environment,
        tags: tags.value
          .split(',')
          .map((t) => t.trim())
          .filter(Boolean),
        validity,
      });
      render(
        header(view),
        h(
          'section',
          {},
          h('h2', { class: 'ok' }, 'Saved'),
          h('p', {}, `${saved.name} is in your vault, encrypted.`),
          h(
            'div',
            { class: 'actions' },
            h('button', { type: 'button', onclick: () => window.close() }, 'Close'),
          ),
        ),
      );
    });
  });
  render(header(view), h('section', {}, form));
  name.focus();
}

function show(view: SessionView): void {
  if (view.status === 'anonymous') loginView(view);
  else if (view.status === 'locked') unlockView(view);
  else if (view.status === 'second-step') secondStepView(view);
  else if (saveId) void saveView(view, saveId);
  else vaultView(view);
}

async function refresh(): Promise<void> {
  try {
    show(await send({ type: 'session/get' }));
  } catch (e) {
    render(header(null), h('section', {}, errorBox(e)));
  }
}

void refresh();
