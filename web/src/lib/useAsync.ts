import { useCallback, useEffect, useRef, useState } from 'react';

export interface AsyncState<T> {
  data: T | undefined;
  error: unknown;
  /** True until the first answer for the current dependencies arrives. */
  loading: boolean;
  /** True while a reload runs (the previous data stays on screen). */
  refreshing: boolean;
  /** The last answer for any dependencies: what to keep on screen while new ones load. */
  latest: T | undefined;
  reload: () => void;
}

interface Result<T> {
  depsKey: string;
  runKey: string;
  data?: T;
  error?: unknown;
}

/** Runs `load` when `deps` (primitives) change or on reload; exposes loading and error. */
export function useAsync<T>(load: () => Promise<T>, deps: readonly unknown[]): AsyncState<T> {
  const [tick, setTick] = useState(0);
  const depsKey = JSON.stringify(deps);
  const runKey = `${depsKey}#${tick}`;
  const [result, setResult] = useState<Result<T> | null>(null);
  const loadRef = useRef(load);
  useEffect(() => {
    loadRef.current = load;
  });

  useEffect(() => {
    let live = true;
    loadRef.current().then(
      (data) => live && setResult({ depsKey, runKey, data }),
      (error: unknown) =>
        live && setResult({ depsKey, runKey, error: error ?? new Error('failed') }),
    );
    return () => {
      live = false;
    };
  }, [depsKey, runKey]);

  const current = result?.depsKey === depsKey ? result : null;
  const reload = useCallback(() => setTick((t) => t + 1), []);
  return {
    data: current?.data,
    error: current?.runKey === runKey ? (current.error ?? null) : null,
    loading: current === null,
    refreshing: current !== null && current.runKey !== runKey,
    latest: current?.data ?? result?.data,
    reload,
  };
}
