import { useCallback, useRef, useState } from 'react';

export interface Action {
  /** True while an action runs. */
  busy: boolean;
  /** The last action's failure, until the next run or clear(). */
  error: unknown;
  /** Runs `fn`; answers true when it succeeded. Never throws: the failure lands in `error`. */
  run: (fn: () => Promise<unknown>) => Promise<boolean>;
  clear: () => void;
}

/** Busy and error state of a user action (save, delete, invite…), the same way on every screen. */
export function useAction(): Action {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const running = useRef(false);
  const run = useCallback(async (fn: () => Promise<unknown>) => {
    if (running.current) return false;
    running.current = true;
    setBusy(true);
    setError(null);
    try {
      await fn();
      return true;
    } catch (e) {
      setError(e ?? new Error('failed'));
      return false;
    } finally {
      running.current = false;
      setBusy(false);
    }
  }, []);
  const clear = useCallback(() => setError(null), []);
  return { busy, error, run, clear };
}
