import { useEffect } from 'react';

const ACTIVITY = ['pointerdown', 'keydown', 'wheel', 'touchstart', 'scroll'] as const;
export const DEFAULT_IDLE_MS = 15 * 60_000;

/** Calls `onIdle` after `idleMs` without user activity while `active`. */
export function useIdleLock(active: boolean, onIdle: () => void, idleMs = DEFAULT_IDLE_MS): void {
  useEffect(() => {
    if (!active) return undefined;
    let timer = setTimeout(onIdle, idleMs);
    const reset = () => {
      clearTimeout(timer);
      timer = setTimeout(onIdle, idleMs);
    };
    for (const e of ACTIVITY) window.addEventListener(e, reset, { passive: true });
    return () => {
      clearTimeout(timer);
      for (const e of ACTIVITY) window.removeEventListener(e, reset);
    };
  }, [active, onIdle, idleMs]);
}
