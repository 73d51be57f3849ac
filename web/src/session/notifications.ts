import type { ApiClient } from '../api/client';
import type { AppNotification, NotificationPreferences, Page } from '../api/types';

export interface NotificationQuery {
  unread?: boolean;
  page?: number;
  size?: number;
}

type Listener = () => void;

/**
 * In-app notifications and their e-mail switches. Keeps the unread count that the header's bell
 * shows, so marking one read anywhere updates the bell at once.
 */
export class NotificationsStore {
  private unread: number | null = null;
  private readonly listeners = new Set<Listener>();

  constructor(private readonly api: ApiClient) {}

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The last known number of unread notifications; null before the first answer. */
  getUnread = (): number | null => this.unread;

  private setUnread(n: number | null): void {
    if (n === this.unread) return;
    this.unread = n;
    for (const l of this.listeners) l();
  }

  list(query: NotificationQuery = {}): Promise<Page<AppNotification>> {
    return this.api.get<Page<AppNotification>>('/notifications', {
      query: { unread: query.unread ? true : undefined, page: query.page, size: query.size },
    });
  }

  /** Asks the server how many notifications are unread (one item is enough: `total` counts). */
  async refreshUnread(): Promise<number> {
    const page = await this.list({ unread: true, size: 1 });
    this.setUnread(page.total);
    return page.total;
  }

  async markRead(id: string): Promise<void> {
    await this.api.post<void>(`/notifications/${encodeURIComponent(id)}/read`);
    if (this.unread !== null) this.setUnread(Math.max(0, this.unread - 1));
    // The server's count is the truth (another tab may have read some too).
    await this.refreshUnread().catch(() => undefined);
  }

  preferences(): Promise<NotificationPreferences> {
    return this.api.get<NotificationPreferences>('/notifications/preferences');
  }

  /** Changes the switches given; the others keep their value. Answers all switches. */
  setPreferences(
    email: Partial<NotificationPreferences['email']>,
  ): Promise<NotificationPreferences> {
    return this.api.put<NotificationPreferences>('/notifications/preferences', { email });
  }

  /** Forgets the count (on lock and log-out). */
  clear(): void {
    this.setUnread(null);
  }
}
