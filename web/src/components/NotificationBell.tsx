import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { AppNotification } from '../api/types';
import { bellLabel } from '../lib/notificationKinds';
import { useNotifications, useUnreadCount } from '../session/context';
import { ErrorBanner } from './ErrorBanner';
import { NotificationItem } from './NotificationItem';
import { Loading } from './Status';

/** How often the bell asks for the unread count while the page is open. */
export const POLL_MS = 60_000;
const PANEL_SIZE = 8;

/**
 * The header's bell: the unread count (asked every minute, and when the window gets focus), and a
 * panel with the newest notifications, each with "Mark read" and a link to the thing concerned.
 */
export function NotificationBell() {
  const store = useNotifications();
  const unread = useUnreadCount();
  const [open, setOpen] = useState(false);
  const [items, setItems] = useState<AppNotification[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const panelId = useId();
  const wrap = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  const load = useCallback(() => {
    setError(null);
    store.list({ size: PANEL_SIZE }).then(
      (page) => setItems(page.items),
      (e: unknown) => setError(e),
    );
  }, [store]);
  const openRef = useRef(open);
  useEffect(() => {
    openRef.current = open;
  }, [open]);

  useEffect(() => {
    const poll = () => {
      if (document.visibilityState === 'hidden') return;
      store.refreshUnread().then(
        // A poll while the panel is open brings its list up to date as well.
        () => openRef.current && load(),
        () => undefined,
      );
    };
    poll();
    const timer = window.setInterval(poll, POLL_MS);
    window.addEventListener('focus', poll);
    document.addEventListener('visibilitychange', poll);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('focus', poll);
      document.removeEventListener('visibilitychange', poll);
    };
  }, [store, load]);

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        setOpen(false);
        button.current?.focus();
      }
    };
    const onPointer = (e: PointerEvent) => {
      if (wrap.current && !wrap.current.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  function toggle() {
    if (!open) load();
    setOpen(!open);
  }

  async function markRead(item: AppNotification) {
    setBusyId(item.id);
    setError(null);
    try {
      await store.markRead(item.id);
      setItems((list) => list?.map((n) => (n.id === item.id ? { ...n, read: true } : n)) ?? null);
    } catch (e) {
      setError(e);
    } finally {
      setBusyId(null);
    }
  }

  function follow(item: AppNotification) {
    setOpen(false);
    if (!item.read) store.markRead(item.id).catch(() => undefined);
  }

  const { name, badge } = bellLabel(unread);
  return (
    <div className="bell" ref={wrap}>
      <button
        ref={button}
        type="button"
        className="btn-icon bell-button"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={name}
        onClick={toggle}
      >
        <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
          <path
            fill="currentColor"
            d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"
          />
        </svg>
        {badge && (
          <span className="bell-badge" aria-hidden="true">
            {badge}
          </span>
        )}
      </button>
      {open && (
        <section id={panelId} className="bell-panel" aria-label="Notifications">
          <div className="bell-panel-head">
            <h2>Notifications</h2>
            <span className="hint">{unread ? `${unread} unread` : 'All read'}</span>
          </div>
          <ErrorBanner error={error} onDismiss={() => setError(null)} />
          {items === null && !error ? (
            <Loading />
          ) : items && items.length === 0 ? (
            <p className="hint bell-empty">
              Nothing yet. KeyHaven tells you here when a key leaks, expires, is due for rotation,
              is used unusually, or when you join a team.
            </p>
          ) : (
            <ul className="notice-list">
              {items?.map((n) => (
                <NotificationItem
                  key={n.id}
                  item={n}
                  busy={busyId === n.id}
                  onRead={(i) => void markRead(i)}
                  onFollow={follow}
                />
              ))}
            </ul>
          )}
          <div className="bell-panel-foot">
            <a href="#/notifications" onClick={() => setOpen(false)}>
              See all notifications
            </a>
            <a href="#/settings" onClick={() => setOpen(false)}>
              E-mail settings
            </a>
          </div>
        </section>
      )}
    </div>
  );
}
