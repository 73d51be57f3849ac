import { useSyncExternalStore } from 'react';
import { DEFAULT_IDLE_MS } from './useIdleLock';

// The auto-lock delay is a display preference, not key material: it is kept in the browser so
// that it applies from the first minute after an unlock.
const KEY = 'keyhaven.autoLockMinutes';
export const AUTO_LOCK_CHOICES = [1, 5, 15, 30, 60, 240] as const;
const listeners = new Set<() => void>();

export function autoLockMinutes(): number {
  try {
    // eslint-disable-next-line no-restricted-globals
    const stored = Number(localStorage.getItem(KEY));
    return (AUTO_LOCK_CHOICES as readonly number[]).includes(stored)
      ? stored
      : DEFAULT_IDLE_MS / 60_000;
  } catch {
    return DEFAULT_IDLE_MS / 60_000;
  }
}

export function setAutoLockMinutes(minutes: number): void {
  if (!(AUTO_LOCK_CHOICES as readonly number[]).includes(minutes)) return;
  try {
    // eslint-disable-next-line no-restricted-globals
    localStorage.setItem(KEY, String(minutes));
  } catch {
    // storage disabled: the choice lasts until the page is reloaded
  }
  for (const l of listeners) l();
}

function subscribe(l: () => void): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

/** The chosen auto-lock delay in minutes; re-renders when it changes. */
export function useAutoLockMinutes(): number {
  return useSyncExternalStore(subscribe, autoLockMinutes, autoLockMinutes);
}

export function formatMinutes(m: number): string {
  return m >= 60 ? `${m / 60} hour${m === 60 ? '' : 's'}` : `${m} minute${m === 1 ? '' : 's'}`;
}
