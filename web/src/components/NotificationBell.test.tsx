// @vitest-environment jsdom
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiClient } from '../api/client';
import type { AppNotification } from '../api/types';
import { KeyHavenContext } from '../session/context';
import type { KeyHaven } from '../session/keyhaven';
import { NotificationsStore } from '../session/notifications';
import { stubKeyHaven } from '../test/stubKeyHaven';
import { EmailPreferences } from './EmailPreferences';
import { NotificationBell } from './NotificationBell';

function withStore(items: AppNotification[], failPut = false) {
  const email = { anomaly: true, rotation_due: true, expiry: true, leak: true, team: true };
  const puts: string[] = [];
  const fetchImpl = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(String(input), 'http://test');
    const method = init.method ?? 'GET';
    const json = (status: number, body?: unknown) =>
      new Response(body === undefined ? null : JSON.stringify(body), { status });
    if (url.pathname === '/api/notifications') {
      const list = items.filter((n) => url.searchParams.get('unread') !== 'true' || !n.read);
      return json(200, { items: list, page: 0, size: 20, total: list.length });
    }
    const m = url.pathname.match(/^\/api\/notifications\/(.+)\/read$/);
    if (m) {
      items.find((n) => n.id === m[1])!.read = true;
      return json(204);
    }
    if (method === 'PUT') {
      puts.push(String(init.body));
      if (failPut) return json(503, { type: 'INTERNAL_SERVER', code: 'DOWN', message: 'Down' });
      Object.assign(email, (JSON.parse(String(init.body)) as { email: object }).email);
    }
    return json(200, { email });
  };
  const api = new ApiClient('/api', fetchImpl as typeof fetch, () => 'req');
  api.setTokens({ access_token: 'a', refresh_token: 'r' });
  const store = new NotificationsStore(api);
  const kh = { ...stubKeyHaven(), notifications: store } as KeyHaven;
  return { kh, puts, email };
}

const invite = (id: string, read = false): AppNotification => ({
  id,
  kind: 'team_invite',
  title: `You were added to the team '${id}'`,
  body: 'You are now editor of the team.',
  created_at: new Date().toISOString(),
  read,
});

describe('NotificationBell', () => {
  it('shows the unread count, lists notifications and marks one read', async () => {
    const { kh } = withStore([invite('ops'), invite('web'), invite('old', true)]);
    render(
      <KeyHavenContext.Provider value={kh}>
        <NotificationBell />
      </KeyHavenContext.Provider>,
    );
    const bell = await screen.findByRole('button', { name: 'Notifications, 2 unread' });
    await userEvent.click(bell);
    expect(bell).toHaveAttribute('aria-expanded', 'true');
    const panel = screen.getByRole('region', { name: 'Notifications' });
    await screen.findByText("You were added to the team 'ops'");
    expect(panel).toHaveTextContent('2 unread');
    expect(screen.getAllByRole('link', { name: 'Open Teams' })).toHaveLength(3);
    await userEvent.click(
      screen.getByRole('button', { name: "Mark read: You were added to the team 'ops'" }),
    );
    await screen.findByRole('button', { name: 'Notifications, 1 unread' });
    expect(
      screen.queryByRole('button', { name: "Mark read: You were added to the team 'ops'" }),
    ).toBeNull();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: 'Notifications' })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: /^Notifications/ }));
  });

  it('says what will appear when there is nothing yet', async () => {
    const { kh } = withStore([]);
    render(
      <KeyHavenContext.Provider value={kh}>
        <NotificationBell />
      </KeyHavenContext.Provider>,
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Notifications' }));
    expect(await screen.findByText(/Nothing yet/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'See all notifications' })).toHaveAttribute(
      'href',
      '#/notifications',
    );
  });

  it('asks again when the window gets focus', async () => {
    const items = [invite('ops')];
    const { kh } = withStore(items);
    render(
      <KeyHavenContext.Provider value={kh}>
        <NotificationBell />
      </KeyHavenContext.Provider>,
    );
    await screen.findByRole('button', { name: 'Notifications, 1 unread' });
    items.push(invite('new'));
    window.dispatchEvent(new Event('focus'));
    await screen.findByRole('button', { name: 'Notifications, 2 unread' });
  });
});

describe('EmailPreferences', () => {
  it('saves one switch at once and says so', async () => {
    const { kh, puts } = withStore([]);
    render(
      <KeyHavenContext.Provider value={kh}>
        <EmailPreferences />
      </KeyHavenContext.Provider>,
    );
    const teams = await screen.findByRole('checkbox', { name: /Teams/ });
    expect(teams).toBeChecked();
    await userEvent.click(teams);
    await screen.findByText('Saved: Teams e-mails off.');
    expect(puts).toEqual(['{"email":{"team":false}}']);
    expect(teams).not.toBeChecked();
  });

  it('puts a switch back when saving fails', async () => {
    const { kh } = withStore([], true);
    render(
      <KeyHavenContext.Provider value={kh}>
        <EmailPreferences />
      </KeyHavenContext.Provider>,
    );
    const leak = await screen.findByRole('checkbox', { name: /Leaked keys/ });
    await userEvent.click(leak);
    expect(await screen.findByRole('alert')).toHaveTextContent('Down');
    await waitFor(() => expect(leak).toBeChecked());
  });
});

vi.setConfig({ testTimeout: 15_000 });
