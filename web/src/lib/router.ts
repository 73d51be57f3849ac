import { useSyncExternalStore } from 'react';

/** Hash routes (`#/vault`): the bundle works from any static host without rewrite rules. */
export type Route =
  | 'dashboard'
  | 'vault'
  | 'key'
  | 'anomalies'
  | 'insights'
  | 'teams'
  | 'audit'
  | 'analytics'
  | 'settings'
  | 'signup'
  | 'login'
  | 'notifications'
  | 'billing'
  | 'integrations'
  | 'verify-email';

const ROUTES: readonly Route[] = [
  'dashboard',
  'vault',
  'key',
  'anomalies',
  'insights',
  'teams',
  'audit',
  'analytics',
  'settings',
  'signup',
  'login',
  'notifications',
  'billing',
  'integrations',
  'verify-email',
];

export function parseRoute(hash: string): Route {
  const name = hash.replace(/^#\/?/, '').split(/[/?]/)[0];
  return (ROUTES as readonly string[]).includes(name) ? (name as Route) : 'dashboard';
}

const QUERY_CHANGED = 'keyhaven:query';

function subscribe(cb: () => void): () => void {
  window.addEventListener('hashchange', cb);
  window.addEventListener('popstate', cb);
  window.addEventListener(QUERY_CHANGED, cb);
  return () => {
    window.removeEventListener('hashchange', cb);
    window.removeEventListener('popstate', cb);
    window.removeEventListener(QUERY_CHANGED, cb);
  };
}

export function useRoute(): Route {
  return useSyncExternalStore(
    subscribe,
    () => parseRoute(window.location.hash),
    () => 'dashboard',
  );
}

export function navigate(route: Route): void {
  window.location.hash = `#/${route}`;
}

/** The query part of the hash route (`#/vault?q=stripe&page=2` → `q=stripe&page=2`). */
export function hashQuery(hash: string): string {
  const i = hash.indexOf('?');
  return i < 0 ? '' : hash.slice(i + 1);
}

/** The current route's query string; a screen keeps its filters there so back and reload keep them. */
export function useHashQuery(): string {
  return useSyncExternalStore(
    subscribe,
    () => hashQuery(window.location.hash),
    () => '',
  );
}

/**
 * Puts `params` (empty values left out) in the current route's query. `replace` changes the
 * current history entry (typing in a search box) instead of adding one (a filter picked).
 */
export function setHashQuery(
  params: Record<string, string | number | boolean | undefined | null>,
  replace = false,
): void {
  const route = parseRoute(window.location.hash);
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== null && v !== '' && v !== false) query.set(k, String(v));
  }
  const text = query.toString();
  const next = `#/${route}${text ? `?${text}` : ''}`;
  if (next === window.location.hash) return;
  if (replace) window.history.replaceState(window.history.state, '', next);
  else window.history.pushState(window.history.state, '', next);
  window.dispatchEvent(new Event(QUERY_CHANGED));
}
