// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/client';
import { apiKey } from '../test/fixtures';
import { KeyForm } from './KeyForm';

const PEM =
  '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----\n';

describe('KeyForm', () => {
  it('a pasted multi-line value switches to a multi-line box and keeps every byte', async () => {
    const onSubmit = vi.fn().mockResolvedValue(undefined);
    render(<KeyForm teams={[]} onSubmit={onSubmit} onCancel={() => undefined} />);
    await userEvent.type(screen.getByLabelText('Name'), 'TLS_KEY');
    const value = screen.getByLabelText('Value');
    fireEvent.paste(value, { clipboardData: { getData: () => PEM } });
    expect(screen.getByLabelText('Value').tagName).toBe('TEXTAREA');
    expect(screen.getByLabelText('Value')).toHaveValue(PEM);
    await userEvent.click(screen.getByRole('button', { name: 'Add key' }));
    expect(onSubmit).toHaveBeenCalledWith(expect.objectContaining({ value: PEM }));
  });

  it('warns about a key of the same name and lets the user update it or keep both', async () => {
    const existing = apiKey({ name: 'SESSION_SECRET' });
    const onSubmit = vi.fn().mockResolvedValue(undefined);
    render(
      <KeyForm
        teams={[]}
        onSubmit={onSubmit}
        onCancel={() => undefined}
        findSameName={async () => existing}
      />,
    );
    await userEvent.type(screen.getByLabelText('Name'), 'SESSION_SECRET');
    await userEvent.type(screen.getByLabelText('Value'), 'second');
    await userEvent.click(screen.getByRole('button', { name: 'Add key' }));
    expect(await screen.findByText(/already exists in development/)).toBeInTheDocument();
    expect(onSubmit).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Update the existing key' }));
    expect(onSubmit).toHaveBeenCalledWith(expect.objectContaining({ value: 'second' }), existing);
  });

  it('puts a server validation message under its field', async () => {
    const onSubmit = vi.fn().mockRejectedValue(
      new ApiError(
        400,
        {
          type: 'VALIDATION',
          code: 'EXPIRY_IN_PAST',
          message: 'metadata.expires_at must be in the future',
          request_id: 'r-9',
          details: { fields: [{ field: 'expires_at', message: 'must be in the future' }] },
        },
        null,
      ),
    );
    render(<KeyForm teams={[]} onSubmit={onSubmit} onCancel={() => undefined} />);
    await userEvent.type(screen.getByLabelText('Name'), 'K');
    await userEvent.type(screen.getByLabelText('Value'), 'v');
    await userEvent.click(screen.getByRole('button', { name: 'Add key' }));
    const expires = screen.getByLabelText(/Expires/);
    expect(await screen.findByText('Expiry date must be in the future.')).toBeInTheDocument();
    expect(expires.closest('label')).toHaveTextContent('Expiry date must be in the future.');
    expect(screen.queryByText(/r-9/)).not.toBeInTheDocument();
  });
});
