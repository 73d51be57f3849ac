import { useState } from 'react';
import type { AppNotification } from '../api/types';
import { ErrorBanner } from '../components/ErrorBanner';
import { NotificationItem } from '../components/NotificationItem';
import { Empty, Loading } from '../components/Status';
import { useAction } from '../lib/useAction';
import { useAsync } from '../lib/useAsync';
import { useNotifications, useUnreadCount } from '../session/context';

const SIZE = 20;

/** Every notification, newest first, a page at a time; unread ones can be marked read. */
export default function Notifications() {
  const store = useNotifications();
  const unread = useUnreadCount();
  const [onlyUnread, setOnlyUnread] = useState(false);
  const [page, setPage] = useState(0);
  const [readIds, setReadIds] = useState<ReadonlySet<string>>(new Set());
  const list = useAsync(
    () => store.list({ unread: onlyUnread, page, size: SIZE }),
    [onlyUnread, page],
  );
  const action = useAction();
  const [busyId, setBusyId] = useState<string | null>(null);

  const items: AppNotification[] = (list.data?.items ?? []).map((n) =>
    readIds.has(n.id) ? { ...n, read: true } : n,
  );
  const total = list.data?.total ?? 0;

  async function markRead(item: AppNotification) {
    setBusyId(item.id);
    const ok = await action.run(() => store.markRead(item.id));
    setBusyId(null);
    if (ok) setReadIds((s) => new Set(s).add(item.id));
  }

  async function markAllShown() {
    const ids = items.filter((n) => !n.read).map((n) => n.id);
    const ok = await action.run(async () => {
      for (const id of ids) await store.markRead(id);
    });
    if (ok) setReadIds((s) => new Set([...s, ...ids]));
  }

  const unreadShown = items.some((n) => !n.read);
  return (
    <div className="page">
      <div className="page-head">
        <h1>Notifications</h1>
        <div className="toolbar notice-toolbar">
          <label className="check-inline">
            <input
              type="checkbox"
              checked={onlyUnread}
              onChange={(e) => {
                setOnlyUnread(e.target.checked);
                setPage(0);
                setReadIds(new Set());
              }}
            />
            Unread only
          </label>
          <button
            type="button"
            className="btn btn-small"
            disabled={!unreadShown || action.busy}
            onClick={() => void markAllShown()}
          >
            Mark all on this page read
          </button>
        </div>
      </div>
      <p className="hint">
        {unread === null ? '' : unread === 0 ? 'Everything is read. ' : `${unread} unread. `}
        Choose which of these also come by e-mail in <a href="#/settings">Settings</a>.
      </p>
      <ErrorBanner error={action.error ?? list.error} onDismiss={action.clear} />
      {list.loading ? (
        <Loading />
      ) : items.length === 0 ? (
        !list.error && (
          <Empty title={onlyUnread ? 'No unread notifications' : 'No notifications yet'}>
            <p className="hint">
              KeyHaven tells you here when a key leaks, expires, is due for rotation or is used
              unusually, and when you are added to a team.
            </p>
          </Empty>
        )
      ) : (
        <>
          <ul className="notice-list card" aria-label="Notifications">
            {items.map((n) => (
              <NotificationItem
                key={n.id}
                item={n}
                busy={busyId === n.id || action.busy}
                onRead={(i) => void markRead(i)}
                onFollow={(i) => {
                  if (!i.read) store.markRead(i.id).catch(() => undefined);
                }}
              />
            ))}
          </ul>
          {total > SIZE && (
            <div className="pager">
              <button
                type="button"
                className="btn btn-small"
                disabled={page === 0}
                onClick={() => setPage(page - 1)}
              >
                Previous
              </button>
              <span>
                Page {page + 1} of {Math.max(1, Math.ceil(total / SIZE))}
              </span>
              <button
                type="button"
                className="btn btn-small"
                disabled={(page + 1) * SIZE >= total}
                onClick={() => setPage(page + 1)}
              >
                Next
              </button>
            </div>
          )}
        </>
      )}
    </div>
  );
}
