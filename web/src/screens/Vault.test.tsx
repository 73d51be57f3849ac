// @vitest-environment jsdom
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { apiKey } from '../test/fixtures';
import { KeyHavenContext } from '../session/context';
import { stubKeyHaven } from '../test/stubKeyHaven';
import Vault from './Vault';

const keys = [
  apiKey({
    name: 'STRIPE_LIVE',
    service: 'stripe',
    metadata: { environment: 'production', tags: ['payments'], permissions: [] },
  }),
  apiKey({
    name: 'OPENAI_KEY',
    service: 'openai',
    metadata: { environment: 'development', tags: ['ai'], permissions: [] },
  }),
  apiKey({
    name: 'GITHUB_TOKEN',
    service: 'github',
    exposed: true,
    metadata: { environment: 'staging', tags: ['ci'], permissions: [] },
  }),
];

function renderVault(methods = {}) {
  const kh = stubKeyHaven({ listKeys: vi.fn().mockResolvedValue(keys), ...methods });
  render(
    <KeyHavenContext.Provider value={kh}>
      <Vault />
    </KeyHavenContext.Provider>,
  );
  return kh;
}

const rowNames = () =>
  within(screen.getByRole('table', { name: 'Keys' }))
    .getAllByRole('row')
    .slice(1)
    .map((r) => r.getAttribute('data-key-name'));

describe('Vault table', () => {
  it('lists keys and filters them by search, service and environment', async () => {
    renderVault();
    await waitFor(() => expect(rowNames()).toEqual(['STRIPE_LIVE', 'OPENAI_KEY', 'GITHUB_TOKEN']));
    const user = userEvent.setup();

    await user.type(screen.getByRole('searchbox', { name: 'Search keys' }), 'payments');
    expect(rowNames()).toEqual(['STRIPE_LIVE']);
    await user.clear(screen.getByRole('searchbox', { name: 'Search keys' }));

    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Filter by environment' }),
      'staging',
    );
    expect(rowNames()).toEqual(['GITHUB_TOKEN']);
    expect(screen.getByText('Exposed')).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Filter by service' }), 'openai');
    expect(screen.queryByRole('table', { name: 'Keys' })).not.toBeInTheDocument();
    expect(screen.getByText('No key matches these filters')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(rowNames()).toHaveLength(3);
    expect(screen.getByText('3 of 3 keys shown.')).toBeInTheDocument();
  });

  it('shows a loading state, then an empty state', async () => {
    let resolve: (v: unknown[]) => void = () => undefined;
    renderVault({ listKeys: vi.fn(() => new Promise((r) => (resolve = r))) });
    expect(screen.getByRole('status')).toHaveTextContent('Loading keys…');
    resolve([]);
    expect(await screen.findByText('No keys yet')).toBeInTheDocument();
  });

  it('shows an API error with its request id', async () => {
    const { ApiError } = await import('../api/client');
    renderVault({
      listKeys: vi.fn().mockRejectedValue(
        new ApiError(
          500,
          {
            type: 'INTERNAL_SERVER',
            code: 'INTERNAL',
            message: 'Something failed on our side.',
            request_id: 'req-500',
          },
          null,
        ),
      ),
    });
    expect(await screen.findByRole('alert')).toHaveTextContent('Request id: req-500');
  });

  it('reveals a value on demand and hides it again', async () => {
    const reveal = vi.fn().mockResolvedValue('sk_live_plaintext');
    renderVault({ reveal });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Reveal STRIPE_LIVE' }));
    expect(await screen.findByText('sk_live_plaintext')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Hide STRIPE_LIVE' }));
    expect(screen.queryByText('sk_live_plaintext')).not.toBeInTheDocument();
    expect(reveal).toHaveBeenCalledOnce();
  });
});
