// @vitest-environment jsdom
import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { apiKey } from '../test/fixtures';
import { KeyHavenContext } from '../session/context';
import { stubKeyHaven } from '../test/stubKeyHaven';
import { AUTO_HIDE_MS, CLIPBOARD_CLEAR_MS, RevealValue } from './RevealValue';

describe('RevealValue', () => {
  const writeText = vi.fn().mockResolvedValue(undefined);
  beforeEach(() => {
    vi.useFakeTimers();
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    writeText.mockClear();
  });
  afterEach(() => vi.useRealTimers());

  function renderIt() {
    const kh = stubKeyHaven({ vault: { reveal: vi.fn().mockResolvedValue('sk_live_shh') } });
    render(
      <KeyHavenContext.Provider value={kh}>
        <RevealValue apiKey={apiKey({ name: 'K' })} />
      </KeyHavenContext.Provider>,
    );
  }

  it('hides a revealed value again after 20 seconds', async () => {
    renderIt();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Reveal K' })));
    expect(screen.getByText('sk_live_shh')).toBeInTheDocument();
    await act(async () => vi.advanceTimersByTime(AUTO_HIDE_MS));
    expect(screen.queryByText('sk_live_shh')).not.toBeInTheDocument();
  });

  it('copies the value and clears the clipboard after 30 seconds', async () => {
    renderIt();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Copy K' })));
    expect(writeText).toHaveBeenLastCalledWith('sk_live_shh');
    expect(screen.getByText('Clipboard clears in 30 s')).toBeInTheDocument();
    await act(async () => vi.advanceTimersByTime(CLIPBOARD_CLEAR_MS));
    expect(writeText).toHaveBeenLastCalledWith('');
  });
});
