// @vitest-environment jsdom
import { renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_IDLE_MS, useIdleLock } from './useIdleLock';

describe('useIdleLock', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('locks after 15 idle minutes, and activity restarts the clock', () => {
    const onIdle = vi.fn();
    renderHook(() => useIdleLock(true, onIdle));
    expect(DEFAULT_IDLE_MS).toBe(15 * 60_000);
    vi.advanceTimersByTime(DEFAULT_IDLE_MS - 1000);
    window.dispatchEvent(new KeyboardEvent('keydown'));
    vi.advanceTimersByTime(DEFAULT_IDLE_MS - 1000);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1000);
    expect(onIdle).toHaveBeenCalledOnce();
  });

  it('does nothing while the vault is locked', () => {
    const onIdle = vi.fn();
    renderHook(() => useIdleLock(false, onIdle));
    vi.advanceTimersByTime(DEFAULT_IDLE_MS * 2);
    expect(onIdle).not.toHaveBeenCalled();
  });
});
