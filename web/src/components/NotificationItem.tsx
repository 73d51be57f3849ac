import type { AppNotification } from '../api/types';
import { kindInfo, timeAgo } from '../lib/notificationKinds';

/** One notification: what, when, a link to the thing concerned, and "Mark read" while unread. */
export function NotificationItem({
  item,
  busy,
  onRead,
  onFollow,
}: {
  item: AppNotification;
  busy?: boolean;
  onRead: (item: AppNotification) => void;
  /** Called when the link is followed (the panel closes; the notification is marked read). */
  onFollow?: (item: AppNotification) => void;
}) {
  const info = kindInfo(item.kind);
  return (
    <li className={`notice${item.read ? '' : ' notice-unread'}`} data-notification-id={item.id}>
      <div className="notice-head">
        <span className="notice-kind">
          {!item.read && <span className="notice-dot" aria-hidden="true" />}
          {info.label}
          {!item.read && <span className="sr-only"> (unread)</span>}
        </span>
        <time className="notice-time" dateTime={item.created_at} title={item.created_at}>
          {timeAgo(item.created_at)}
        </time>
      </div>
      <p className="notice-title">{item.title}</p>
      <p className="notice-body">{item.body}</p>
      <div className="notice-actions">
        {info.link && (
          <a href={info.link.href} onClick={() => onFollow?.(item)}>
            {info.link.text}
          </a>
        )}
        {!item.read && (
          <button
            type="button"
            className="btn btn-small"
            disabled={busy}
            onClick={() => onRead(item)}
            aria-label={`Mark read: ${item.title}`}
          >
            Mark read
          </button>
        )}
      </div>
    </li>
  );
}
