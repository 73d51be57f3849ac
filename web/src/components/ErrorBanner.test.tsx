// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/client';
import { CryptoError } from '../crypto';
import { ErrorBanner } from './ErrorBanner';

describe('ErrorBanner', () => {
  it('names the plan that lifts a PLAN_LIMIT and links to the plan screen', () => {
    render(
      <ErrorBanner
        error={
          new ApiError(
            402,
            {
              type: 'VALIDATION',
              code: 'PLAN_LIMIT',
              message: 'The free plan holds 25 keys; upgrade to Pro for unlimited keys',
              details: { required_plan: 'pro' },
            },
            'req-9',
          )
        }
      />,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('The free plan holds 25 keys');
    expect(alert).toHaveTextContent('This needs the Pro plan.');
    expect(screen.getByRole('link', { name: 'See plans and upgrade' })).toHaveAttribute(
      'href',
      '#/billing',
    );
  });

  it('offers no plan link for other refusals', () => {
    render(
      <ErrorBanner
        error={
          new ApiError(403, { type: 'AUTHORIZATION', code: 'ROLE_TOO_LOW', message: 'No.' }, null)
        }
      />,
    );
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('shows the API message, code and request id in an alert', () => {
    render(
      <ErrorBanner
        error={
          new ApiError(
            403,
            {
              type: 'AUTHORIZATION',
              code: 'ROLE_TOO_LOW',
              message: 'Only editors can add team keys.',
              request_id: 'req-42',
            },
            null,
          )
        }
      />,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Only editors can add team keys.');
    expect(alert).toHaveTextContent('Code: ROLE_TOO_LOW');
    expect(alert).toHaveTextContent('Request id: req-42');
  });

  it('explains a decryption failure without internals', () => {
    render(
      <ErrorBanner error={new CryptoError('DECRYPT_FAILED', 'item could not be decrypted')} />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent(
      /could not be decrypted: it was changed, moved, or the key is wrong/,
    );
  });

  it('renders nothing without an error and can be dismissed', async () => {
    const { container, rerender } = render(<ErrorBanner error={null} />);
    expect(container).toBeEmptyDOMElement();
    const onDismiss = vi.fn();
    rerender(<ErrorBanner error={new Error('Boom')} onDismiss={onDismiss} />);
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss error' }));
    expect(onDismiss).toHaveBeenCalledOnce();
  });
});
