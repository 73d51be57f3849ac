import { useState } from 'react';
import { copyWithClear } from '../lib/clipboard';

/** Preformatted text with a Copy button (the clipboard is cleared after 30 s). */
export function CopyBlock({
  label,
  text,
  shown,
  secret,
}: {
  label: string;
  text: string;
  /** What to display when it differs from what is copied. */
  shown?: string;
  secret?: boolean;
}) {
  const [copied, setCopied] = useState('');
  return (
    <div className="copy-block">
      <pre aria-label={label} tabIndex={0} className={secret ? 'secret' : undefined}>
        <code>{shown ?? text}</code>
      </pre>
      <button
        type="button"
        className="btn btn-small"
        aria-label={`Copy ${label.toLowerCase()}`}
        onClick={() =>
          void copyWithClear(text).then(
            () => setCopied('Copied; the clipboard clears in 30 s.'),
            (e: unknown) => setCopied(e instanceof Error ? e.message : 'Copy failed.'),
          )
        }
      >
        Copy
      </button>
      <span className="hint" role="status">
        {copied}
      </span>
    </div>
  );
}
