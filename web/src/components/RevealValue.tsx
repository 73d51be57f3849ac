import { useEffect, useRef, useState } from 'react';
import type { ApiKey } from '../api/types';
import { copyWithClear } from '../lib/clipboard';
import { useVault } from '../session/context';
import { ErrorBanner } from './ErrorBanner';

export const AUTO_HIDE_MS = 20_000;
export const CLIPBOARD_CLEAR_MS = 30_000;

/** Reveal (auto-hides after 20 s) and copy (clipboard cleared after 30 s) for one key. */
export function RevealValue({ apiKey, compact }: { apiKey: ApiKey; compact?: boolean }) {
  const vault = useVault();
  const [value, setValue] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [copied, setCopied] = useState(false);
  const hideTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const copiedTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(
    () => () => {
      clearTimeout(hideTimer.current);
      clearTimeout(copiedTimer.current);
    },
    [],
  );

  async function reveal() {
    if (value !== null) {
      setValue(null);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      setValue(await vault.reveal(apiKey));
      clearTimeout(hideTimer.current);
      hideTimer.current = setTimeout(() => setValue(null), AUTO_HIDE_MS);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  async function copy() {
    setError(null);
    try {
      const plain = value ?? (await vault.reveal(apiKey));
      await copyWithClear(plain, CLIPBOARD_CLEAR_MS);
      setCopied(true);
      clearTimeout(copiedTimer.current);
      copiedTimer.current = setTimeout(() => setCopied(false), 3000);
    } catch (e) {
      setError(e);
    }
  }

  return (
    <div className="reveal">
      <code
        className={`secret${value === null ? '' : ' revealed'}${value?.includes('\n') ? ' multiline' : ''}`}
        aria-live="polite"
        data-testid={`value-${apiKey.id}`}
      >
        {value ?? '••••••••••••'}
      </code>
      <button
        type="button"
        className="btn btn-small"
        onClick={() => void reveal()}
        disabled={busy}
        aria-label={`${value === null ? 'Reveal' : 'Hide'} ${apiKey.name}`}
      >
        {busy ? '…' : value === null ? 'Reveal' : 'Hide'}
      </button>
      <button
        type="button"
        className="btn btn-small"
        onClick={() => void copy()}
        aria-label={`Copy ${apiKey.name}`}
      >
        {copied ? 'Copied' : 'Copy'}
      </button>
      {copied && !compact && <span className="hint">Clipboard clears in 30 s</span>}
      {error ? <ErrorBanner error={error} onDismiss={() => setError(null)} /> : null}
    </div>
  );
}
