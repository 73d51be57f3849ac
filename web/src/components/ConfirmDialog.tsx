import type { ReactNode } from 'react';
import { useAction } from '../lib/useAction';
import { ErrorBanner } from './ErrorBanner';
import { Modal } from './Modal';

/** "Are you sure?" with a cancel and a confirm button; a failure shows inside the dialog. */
export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  busyLabel,
  danger,
  onConfirm,
  onClose,
}: {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  busyLabel?: string;
  danger?: boolean;
  /** Runs on confirm; the dialog closes when it succeeds. */
  onConfirm: () => Promise<unknown>;
  onClose: () => void;
}) {
  const action = useAction();
  async function confirm() {
    if (await action.run(onConfirm)) onClose();
  }
  return (
    <Modal title={title} onClose={onClose}>
      <ErrorBanner error={action.error} />
      {children}
      <div className="form-actions">
        <button type="button" className="btn" onClick={onClose}>
          Cancel
        </button>
        <button
          type="button"
          className={`btn ${danger ? 'btn-danger' : 'btn-primary'}`}
          disabled={action.busy}
          onClick={() => void confirm()}
        >
          {action.busy ? (busyLabel ?? `${confirmLabel}…`) : confirmLabel}
        </button>
      </div>
    </Modal>
  );
}
