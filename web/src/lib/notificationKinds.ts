import type { EmailSwitch } from '../api/types';

export interface KindInfo {
  /** A short label shown above the title. */
  label: string;
  /** Where the thing concerned lives in the dashboard, with the link's words. */
  link?: { href: string; text: string };
}

const KINDS: Record<string, KindInfo> = {
  anomaly: { label: 'Unusual use', link: { href: '#/vault', text: 'Open the vault' } },
  rotation_due: { label: 'Rotation due', link: { href: '#/vault', text: 'Open the vault' } },
  rotation_failed: { label: 'Rotation failed', link: { href: '#/vault', text: 'Open the vault' } },
  rotation_done: { label: 'Rotation done', link: { href: '#/vault', text: 'Open the vault' } },
  expiry: { label: 'Expiring key', link: { href: '#/vault', text: 'Open the vault' } },
  leak: { label: 'Leaked key', link: { href: '#/vault', text: 'Open the vault' } },
  team_invite: { label: 'Team', link: { href: '#/teams', text: 'Open Teams' } },
  team_confirmation: { label: 'Team', link: { href: '#/teams', text: 'Open Teams' } },
  payment_failed: { label: 'Payment', link: { href: '#/billing', text: 'Open your plan' } },
  email_verification: { label: 'Account' },
  new_device: { label: 'New sign-in', link: { href: '#/settings', text: 'Open Settings' } },
};

/** Label and link for a notification kind; an unknown kind still gets a plain label. */
export function kindInfo(kind: string): KindInfo {
  return KINDS[kind] ?? { label: 'Notice' };
}

/** The e-mail switches of Settings, in order, with what each one covers. */
export const EMAIL_SWITCHES: readonly { key: EmailSwitch; label: string; hint: string }[] = [
  { key: 'leak', label: 'Leaked keys', hint: 'A key of yours was found in public code.' },
  {
    key: 'anomaly',
    label: 'Unusual use',
    hint: 'A key is used from a new place or far more than usual.',
  },
  {
    key: 'expiry',
    label: 'Expiring keys',
    hint: 'A key reaches the expiry date you set for it.',
  },
  {
    key: 'rotation_due',
    label: 'Rotations',
    hint: 'A rotation is due, has failed, or is done.',
  },
  { key: 'team', label: 'Teams', hint: 'You were added to a team.' },
];

/** "just now", "5 min ago", "3 h ago", "2 days ago", then the date. */
export function timeAgo(iso: string, now: number = Date.now()): string {
  const then = Date.parse(iso);
  if (Number.isNaN(then)) return '';
  const s = Math.max(0, Math.round((now - then) / 1000));
  if (s < 60) return 'just now';
  const m = Math.floor(s / 60);
  if (m < 60) return `${m} min ago`;
  const h = Math.floor(m / 60);
  if (h < 24) return `${h} h ago`;
  const d = Math.floor(h / 24);
  if (d < 7) return d === 1 ? 'yesterday' : `${d} days ago`;
  return new Date(then).toLocaleDateString(undefined, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
  });
}

/** The bell's accessible name and badge text: "Notifications, 3 unread"; 99+ past 99. */
export function bellLabel(unread: number | null): { name: string; badge: string | null } {
  if (!unread) return { name: 'Notifications', badge: null };
  const badge = unread > 99 ? '99+' : String(unread);
  return { name: `Notifications, ${badge} unread`, badge };
}
