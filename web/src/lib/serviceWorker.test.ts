import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';

// public/sw.js run in a sandbox with a fake cache and network: what it answers, what it keeps.
const source = readFileSync(new URL('../../public/sw.js', import.meta.url), 'utf8');
const ORIGIN = 'https://keyhaven.example';

interface Req {
  url: string;
  method: string;
  mode: string;
}

function worker(network: Record<string, { body: string; cacheControl?: string }>) {
  const cache = new Map<string, Response>();
  const listeners: Record<string, (e: unknown) => void> = {};
  const fetched: string[] = [];
  const toUrl = (r: string | Req) => new URL(typeof r === 'string' ? r : r.url, ORIGIN);
  const sandbox = {
    URL,
    Response,
    self: {
      location: { origin: ORIGIN },
      clients: { claim: async () => undefined },
      skipWaiting: async () => undefined,
      addEventListener: (type: string, fn: (e: unknown) => void) => (listeners[type] = fn),
    },
    caches: {
      open: async () => ({
        put: async (r: string | Req, res: Response) => void cache.set(toUrl(r).pathname, res),
        match: async (r: string | Req) => cache.get(toUrl(r).pathname)?.clone(),
        addAll: async (paths: string[]) => {
          for (const p of paths) cache.set(p, await sandbox.fetch(p));
        },
      }),
      keys: async () => ['keyhaven-shell-v0'],
      delete: async () => true,
    },
    fetch: async (r: string | Req) => {
      const path = toUrl(r).pathname;
      fetched.push(path);
      const hit = network[path];
      if (!hit) throw new TypeError('offline');
      const res = new Response(hit.body, {
        headers: hit.cacheControl ? { 'Cache-Control': hit.cacheControl } : {},
      });
      Object.defineProperty(res, 'type', { value: 'basic' });
      return res;
    },
  };
  runInNewContext(source, sandbox);
  const request = (path: string, method = 'GET', mode = 'no-cors'): Req => ({
    url: new URL(path, ORIGIN).href,
    method,
    mode,
  });
  const dispatch = async (path: string, method = 'GET', mode = 'no-cors') => {
    let answer: Promise<Response> | undefined;
    listeners.fetch({
      request: request(path, method, mode),
      respondWith: (p: Promise<Response>) => (answer = p),
    });
    return answer;
  };
  const install = async () => {
    let done: Promise<unknown> = Promise.resolve();
    listeners.install({ waitUntil: (p: Promise<unknown>) => (done = p) });
    await done;
  };
  return { cache, fetched, dispatch, install, network };
}

const SHELL = {
  '/': {
    body: '<script type="module" src="/assets/index-abc.js"></script><link href="/assets/index-def.css">',
  },
  '/manifest.webmanifest': { body: '{}' },
  '/icons/icon-192.png': { body: 'png' },
  '/icons/icon-512.png': { body: 'png' },
  '/assets/index-abc.js': { body: 'js' },
  '/assets/index-def.css': { body: 'css' },
  '/api/keys': { body: '{"items":[]}', cacheControl: 'no-store' },
};

describe('dashboard service worker', () => {
  it('keeps the app shell and the assets the page names, nothing else', async () => {
    const sw = worker({ ...SHELL });
    await sw.install();
    expect([...sw.cache.keys()].sort()).toEqual([
      '/',
      '/assets/index-abc.js',
      '/assets/index-def.css',
      '/icons/icon-192.png',
      '/icons/icon-512.png',
      '/manifest.webmanifest',
    ]);
  });

  it('leaves the API, other methods and other origins to the network', async () => {
    const sw = worker({ ...SHELL });
    await sw.install();
    expect(await sw.dispatch('/api/keys')).toBeUndefined();
    expect(await sw.dispatch('/api/auth/login', 'POST')).toBeUndefined();
    expect(await sw.dispatch('/q/health')).toBeUndefined();
    expect(await sw.dispatch('/webhooks/stripe')).toBeUndefined();
    expect(await sw.dispatch('https://api.stripe.com/v1/balance')).toBeUndefined();
    expect([...sw.cache.keys()].some((k) => k.startsWith('/api'))).toBe(false);
  });

  it('opens the kept page offline and never keeps a no-store answer', async () => {
    const sw = worker({ ...SHELL, '/assets/late.js': { body: 'x', cacheControl: 'no-store' } });
    await sw.install();
    await (await sw.dispatch('/assets/late.js'))!;
    expect(sw.cache.has('/assets/late.js')).toBe(false);
    for (const k of Object.keys(sw.network)) delete sw.network[k];
    const page = await sw.dispatch('/', 'GET', 'navigate');
    expect(await (await page!).text()).toContain('/assets/index-abc.js');
  });
});
