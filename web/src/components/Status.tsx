import type { ReactNode } from 'react';

export function Loading({ label = 'Loading…' }: { label?: string }) {
  return (
    <div className="loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {label}
    </div>
  );
}

export function Empty({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="empty">
      <p className="empty-title">{title}</p>
      {children}
    </div>
  );
}

export function Progress({ value, max, label }: { value: number; max: number; label: string }) {
  return (
    <div className="progress-wrap">
      <progress value={value} max={Math.max(max, 1)} aria-label={label} />
      <span>
        {value} / {max}
      </span>
    </div>
  );
}
