// The dashboard's service worker: it keeps the app shell (the page, its hashed scripts and
// styles, the manifest and icons) so the dashboard opens offline and installs on a phone. It
// never caches an API answer or anything else: /api, /q and /webhooks, other origins and every
// method but GET go straight to the network, and an answer marked no-store is never kept. The
// vault stays locked until the master password opens it, online or not.
const CACHE = 'keyhaven-shell-v1';
const SHELL = ['/', '/manifest.webmanifest', '/icons/icon-192.png', '/icons/icon-512.png'];
const BYPASS = /^\/(api|q|webhooks)(\/|$)/;

/** Whether the worker answers this request at all (else the browser fetches as usual). */
function handles(request, origin) {
  if (request.method !== 'GET') return false;
  const url = new URL(request.url);
  if (url.origin !== origin || BYPASS.test(url.pathname)) return false;
  return (
    request.mode === 'navigate' ||
    url.pathname.startsWith('/assets/') ||
    SHELL.includes(url.pathname)
  );
}

function keepable(response) {
  return (
    response.ok &&
    response.type === 'basic' &&
    !/no-store/i.test(response.headers.get('Cache-Control') ?? '')
  );
}

async function install() {
  const cache = await caches.open(CACHE);
  const page = await fetch('/', { cache: 'no-cache' });
  if (!keepable(page)) return;
  const html = await page.clone().text();
  // The hashed scripts and styles the page names (Vite writes them under /assets/).
  const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1]);
  await cache.put('/', page);
  await cache.addAll([...SHELL.slice(1), ...new Set(assets)]);
}

async function activate() {
  for (const name of await caches.keys()) if (name !== CACHE) await caches.delete(name);
  await self.clients.claim();
}

async function respond(request) {
  const cache = await caches.open(CACHE);
  if (request.mode === 'navigate') {
    // The page: fresh when online, the kept shell when not.
    try {
      const fresh = await fetch(request);
      if (keepable(fresh) && new URL(request.url).pathname === '/') {
        await cache.put('/', fresh.clone());
      }
      return fresh;
    } catch {
      const shell = await cache.match('/');
      if (shell) return shell;
      throw new Error('offline and no dashboard kept');
    }
  }
  const kept = await cache.match(request);
  if (kept) return kept;
  const fresh = await fetch(request);
  if (keepable(fresh)) await cache.put(request, fresh.clone());
  return fresh;
}

self.addEventListener('install', (event) => {
  event.waitUntil(install().then(() => self.skipWaiting()));
});
self.addEventListener('activate', (event) => event.waitUntil(activate()));
self.addEventListener('fetch', (event) => {
  if (handles(event.request, self.location.origin)) event.respondWith(respond(event.request));
});
