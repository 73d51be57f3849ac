import { describe, expect, it } from 'vitest';
import { bellLabel, EMAIL_SWITCHES, kindInfo, timeAgo } from './notificationKinds';

describe('notification words', () => {
  it('gives the bell a name with the unread count, capped at 99+', () => {
    expect(bellLabel(null)).toEqual({ name: 'Notifications', badge: null });
    expect(bellLabel(0)).toEqual({ name: 'Notifications', badge: null });
    expect(bellLabel(3)).toEqual({ name: 'Notifications, 3 unread', badge: '3' });
    expect(bellLabel(250).badge).toBe('99+');
  });

  it('links each kind to where the thing concerned lives', () => {
    expect(kindInfo('team_invite').link?.href).toBe('#/teams');
    expect(kindInfo('leak').link?.href).toBe('#/vault');
    expect(kindInfo('payment_failed').link?.href).toBe('#/billing');
    expect(kindInfo('something_new')).toEqual({ label: 'Notice' });
  });

  it('says how long ago, then the date', () => {
    const now = Date.parse('2026-06-10T12:00:00Z');
    expect(timeAgo('2026-06-10T11:59:30Z', now)).toBe('just now');
    expect(timeAgo('2026-06-10T11:55:00Z', now)).toBe('5 min ago');
    expect(timeAgo('2026-06-10T09:00:00Z', now)).toBe('3 h ago');
    expect(timeAgo('2026-06-09T09:00:00Z', now)).toBe('yesterday');
    expect(timeAgo('2026-06-07T09:00:00Z', now)).toBe('3 days ago');
    expect(timeAgo('2026-05-01T09:00:00Z', now)).toMatch(/2026/);
    expect(timeAgo('garbage', now)).toBe('');
  });

  it('has one switch per e-mail preference of the API', () => {
    expect(EMAIL_SWITCHES.map((s) => s.key).sort()).toEqual(
      ['anomaly', 'expiry', 'leak', 'rotation_due', 'team'].sort(),
    );
  });
});
