import { useSyncExternalStore } from 'react';

/** Hash routes (`#/vault`): the bundle works from any static host without rewrite rules. */
export type Route =
  'dashboard' | 'vault' | 'teams' | 'audit' | 'analytics' | 'settings' | 'signup' | 'login';

const ROUTES: readonly Route[] = [
  'dashboard',
  'vault',
  'teams',
  'audit',
  'analytics',
  'settings',
  'signup',
  'login',
];

export function parseRoute(hash: string): Route {
  const name = hash.replace(/^#\/?/, '').split(/[/?]/)[0];
  return (ROUTES as readonly string[]).includes(name) ? (name as Route) : 'dashboard';
}

function subscribe(cb: () => void): () => void {
  window.addEventListener('hashchange', cb);
  return () => window.removeEventListener('hashchange', cb);
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
