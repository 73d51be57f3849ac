// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ConfirmDialog } from './ConfirmDialog';

describe('ConfirmDialog', () => {
  it('closes after the action succeeds', async () => {
    const onClose = vi.fn();
    const onConfirm = vi.fn().mockResolvedValue(undefined);
    render(
      <ConfirmDialog
        title="Delete K?"
        confirmLabel="Delete"
        onConfirm={onConfirm}
        onClose={onClose}
      >
        <p>Gone for 30 days.</p>
      </ConfirmDialog>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Delete' }));
    expect(onConfirm).toHaveBeenCalledOnce();
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('stays open and shows the failure inside the dialog', async () => {
    const onClose = vi.fn();
    render(
      <ConfirmDialog
        title="Delete K?"
        confirmLabel="Delete"
        onConfirm={() => Promise.reject(new Error('The key changed meanwhile.'))}
        onClose={onClose}
      >
        <p>Gone for 30 days.</p>
      </ConfirmDialog>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Delete' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The key changed meanwhile.');
    expect(screen.getByRole('dialog', { name: 'Delete K?' })).toBeInTheDocument();
    expect(onClose).not.toHaveBeenCalled();
  });
});
