import { describe, expect, it } from 'vitest';
import { ApiClient } from '../api/client';
import type { AppNotification } from '../api/types';
import { NotificationsStore } from './notifications';

/** A small in-memory /api/notifications that answers as docs/api.md says. */
function server() {
  const items: AppNotification[] = [1, 2, 3].map((i) => ({
    id: `n${i}`,
    kind: 'team_invite',
    title: `Title ${i}`,
    body: 'Body',
    created_at: '2026-06-10T12:00:00Z',
    read: i === 3,
  }));
  const email = { anomaly: true, rotation_due: true, expiry: true, leak: true, team: true };
  const calls: string[] = [];
  const json = (status: number, body?: unknown) =>
    new Response(body === undefined ? null : JSON.stringify(body), {
      status,
      headers: { 'Content-Type': 'application/json' },
    });
  const fetchImpl = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(String(input), 'http://test');
    const method = init.method ?? 'GET';
    calls.push(`${method} ${url.pathname}${url.search}${init.body ? ` ${String(init.body)}` : ''}`);
    if (url.pathname === '/api/notifications' && method === 'GET') {
      const unread = url.searchParams.get('unread') === 'true';
      const size = Number(url.searchParams.get('size') ?? 20);
      const list = items.filter((n) => !unread || !n.read);
      return json(200, { items: list.slice(0, size), page: 0, size, total: list.length });
    }
    const read = url.pathname.match(/^\/api\/notifications\/([^/]+)\/read$/);
    if (read && method === 'POST') {
      const n = items.find((x) => x.id === read[1]);
      if (!n) return json(404, { type: 'NOT_FOUND', code: 'NOT_FOUND', message: 'Not found' });
      n.read = true;
      return json(204);
    }
    if (url.pathname === '/api/notifications/preferences') {
      if (method === 'PUT')
        Object.assign(email, (JSON.parse(String(init.body)) as { email: object }).email);
      return json(200, { email });
    }
    return json(404, { type: 'NOT_FOUND', code: 'NOT_FOUND', message: 'No route' });
  };
  const api = new ApiClient('/api', fetchImpl as typeof fetch, () => 'req');
  api.setTokens({ access_token: 'a', refresh_token: 'r' });
  return { store: new NotificationsStore(api), calls, email };
}

describe('NotificationsStore', () => {
  it('counts the unread from one small page and tells listeners', async () => {
    const { store, calls } = server();
    const seen: (number | null)[] = [];
    store.subscribe(() => seen.push(store.getUnread()));
    expect(store.getUnread()).toBeNull();
    expect(await store.refreshUnread()).toBe(2);
    expect(calls[0]).toBe('GET /api/notifications?unread=true&size=1');
    expect(seen).toEqual([2]);
  });

  it('marks one read and the count follows the server', async () => {
    const { store, calls } = server();
    await store.refreshUnread();
    await store.markRead('n1');
    expect(calls).toContain('POST /api/notifications/n1/read');
    expect(store.getUnread()).toBe(1);
    const all = await store.list();
    expect(all.items.find((n) => n.id === 'n1')?.read).toBe(true);
  });

  it('fails loudly for an unknown id and keeps the count', async () => {
    const { store } = server();
    await store.refreshUnread();
    await expect(store.markRead('nope')).rejects.toMatchObject({ status: 404 });
    expect(store.getUnread()).toBe(2);
  });

  it('sends only the switch that changed; the others keep their value', async () => {
    const { store, calls, email } = server();
    const next = await store.setPreferences({ team: false });
    expect(calls.at(-1)).toBe('PUT /api/notifications/preferences {"email":{"team":false}}');
    expect(next.email).toEqual({ ...email, team: false });
    expect(next.email.leak).toBe(true);
  });

  it('forgets the count on clear (lock, log out)', async () => {
    const { store } = server();
    await store.refreshUnread();
    store.clear();
    expect(store.getUnread()).toBeNull();
  });
});
