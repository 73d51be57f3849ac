// @vitest-environment jsdom
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ApiKey } from '../api/types';
import { apiKey } from '../test/fixtures';
import { KeyHavenContext } from '../session/context';
import type { KeyQuery } from '../session/keyhaven';
import { stubKeyHaven } from '../test/stubKeyHaven';
import Vault, { PAGE_SIZE } from './Vault';

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

/** A server-side list over `all`: filters on metadata and pages, as GET /api/keys does. */
function serverList(all: readonly ApiKey[]) {
  return vi.fn(async (f: KeyQuery, page: number, size: number) => {
    const items = all.filter(
      (k) =>
        (!f.q || k.name.toLowerCase().includes(f.q.toLowerCase())) &&
        (!f.environment || k.metadata.environment === f.environment) &&
        (!f.service || k.service === f.service),
    );
    if (f.sort?.endsWith('name')) {
      items.sort((a, b) => a.name.localeCompare(b.name) * (f.sort!.startsWith('-') ? -1 : 1));
    }
    return { items: items.slice(page * size, (page + 1) * size), page, size, total: items.length };
  });
}

function renderVault(vault: Record<string, unknown> = {}, teams: Record<string, unknown> = {}) {
  const list = serverList(keys);
  const kh = stubKeyHaven({ vault: { list, ...vault }, teams });
  render(
    <KeyHavenContext.Provider value={kh}>
      <Vault />
    </KeyHavenContext.Provider>,
  );
  return { kh, list: (vault.list as typeof list | undefined) ?? list };
}

const rowNames = () =>
  within(screen.getByRole('table', { name: 'Keys' }))
    .getAllByRole('row')
    .slice(1)
    .map((r) => r.getAttribute('data-key-name'));

afterEach(() => {
  window.history.replaceState(null, '', '#/vault');
});

describe('Vault table', () => {
  it('asks the server for filtered pages and keeps the filters in the URL', async () => {
    window.history.replaceState(null, '', '#/vault');
    const { list } = renderVault();
    await waitFor(() => expect(rowNames()).toEqual(['STRIPE_LIVE', 'OPENAI_KEY', 'GITHUB_TOKEN']));
    expect(list).toHaveBeenLastCalledWith(expect.objectContaining({ q: '' }), 0, PAGE_SIZE);
    const user = userEvent.setup();

    await user.type(screen.getByRole('searchbox', { name: 'Search keys' }), 'stripe');
    await waitFor(() => expect(rowNames()).toEqual(['STRIPE_LIVE']));
    expect(list).toHaveBeenLastCalledWith(expect.objectContaining({ q: 'stripe' }), 0, PAGE_SIZE);
    expect(window.location.hash).toBe('#/vault?q=stripe');
    await user.clear(screen.getByRole('searchbox', { name: 'Search keys' }));

    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Filter by environment' }),
      'staging',
    );
    await waitFor(() => expect(rowNames()).toEqual(['GITHUB_TOKEN']));
    expect(window.location.hash).toBe('#/vault?env=staging');
    expect(screen.getByText('Exposed')).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Filter by service' }), 'openai');
    expect(await screen.findByText('No key matches these filters')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(rowNames()).toHaveLength(3));
    expect(screen.getByText('1–3 of 3 keys')).toBeInTheDocument();
  });

  it('sorts by a column header or the sort choice, and keeps the order in the URL', async () => {
    window.history.replaceState(null, '', '#/vault');
    const { list } = renderVault();
    await waitFor(() => expect(rowNames()).toEqual(['STRIPE_LIVE', 'OPENAI_KEY', 'GITHUB_TOKEN']));
    const user = userEvent.setup();
    const nameHeader = () => screen.getByRole('columnheader', { name: /Name/ });
    expect(nameHeader()).toHaveAttribute('aria-sort', 'none');
    expect(screen.getByRole('columnheader', { name: /Tags/ })).not.toHaveAttribute('aria-sort');

    await user.click(screen.getByRole('button', { name: /^Name/ }));
    await waitFor(() => expect(rowNames()).toEqual(['GITHUB_TOKEN', 'OPENAI_KEY', 'STRIPE_LIVE']));
    expect(list).toHaveBeenLastCalledWith(expect.objectContaining({ sort: 'name' }), 0, PAGE_SIZE);
    expect(window.location.hash).toBe('#/vault?sort=name');
    expect(nameHeader()).toHaveAttribute('aria-sort', 'ascending');
    expect(screen.getByRole('combobox', { name: 'Sort keys' })).toHaveValue('name');

    await user.click(screen.getByRole('button', { name: /^Name/ }));
    await waitFor(() => expect(rowNames()).toEqual(['STRIPE_LIVE', 'OPENAI_KEY', 'GITHUB_TOKEN']));
    expect(nameHeader()).toHaveAttribute('aria-sort', 'descending');
    expect(window.location.hash).toBe('#/vault?sort=-name');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort keys' }), 'expires_at');
    await waitFor(() => expect(window.location.hash).toBe('#/vault?sort=expires_at'));
    expect(list).toHaveBeenLastCalledWith(
      expect.objectContaining({ sort: 'expires_at' }),
      0,
      PAGE_SIZE,
    );
    expect(screen.getByRole('columnheader', { name: /Expires/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
  });

  it('opens on the filters, trash and page the URL holds (reload, back)', async () => {
    window.history.replaceState(null, '', '#/vault?env=staging&trash=1');
    const list = vi.fn().mockResolvedValue({ items: [], page: 0, size: PAGE_SIZE, total: 0 });
    renderVault({ list });
    expect(await screen.findByRole('heading', { name: 'Trash' })).toBeInTheDocument();
    expect(list).toHaveBeenCalledWith(
      expect.objectContaining({ environment: 'staging', deleted: true }),
      0,
      PAGE_SIZE,
    );
    expect(screen.getByRole('combobox', { name: 'Filter by environment' })).toHaveValue('staging');
    act(() => {
      window.history.pushState(null, '', '#/vault?page=2');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    await waitFor(() =>
      expect(list).toHaveBeenLastCalledWith(
        expect.objectContaining({ deleted: false, environment: '' }),
        1,
        PAGE_SIZE,
      ),
    );
  });

  it('a search still being typed goes along when the trash opens, and no timer undoes it', async () => {
    window.history.replaceState(null, '', '#/vault');
    renderVault();
    await waitFor(() => expect(rowNames()).toHaveLength(3));
    const user = userEvent.setup();
    await user.type(screen.getByRole('searchbox', { name: 'Search keys' }), 'stripe');
    await user.click(screen.getByRole('button', { name: 'Trash' }));
    expect(window.location.hash).toBe('#/vault?q=stripe&trash=1');
    await new Promise((r) => setTimeout(r, 400));
    expect(window.location.hash).toBe('#/vault?q=stripe&trash=1');
    expect(await screen.findByRole('heading', { name: 'Trash' })).toBeInTheDocument();
  });

  it('pages through a large vault one server page at a time', async () => {
    const many = Array.from({ length: 120 }, (_, i) => apiKey({ name: `KEY_${i}` }));
    const list = serverList(many);
    renderVault({ list });
    await waitFor(() => expect(rowNames()).toHaveLength(PAGE_SIZE));
    expect(screen.getByText('1–50 of 120 keys')).toBeInTheDocument();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await waitFor(() => expect(rowNames()[0]).toBe('KEY_50'));
    expect(window.location.hash).toBe('#/vault?page=2');
    expect(list).toHaveBeenCalledTimes(2);
  });

  it('shows a loading state, then an empty state', async () => {
    let resolve: (v: unknown) => void = () => undefined;
    renderVault({ list: vi.fn(() => new Promise((r) => (resolve = r))) });
    expect(screen.getByRole('status')).toHaveTextContent('Loading keys…');
    resolve({ items: [], page: 0, size: PAGE_SIZE, total: 0 });
    expect(await screen.findByText('No keys yet')).toBeInTheDocument();
  });

  it('shows an API error with its request id', async () => {
    const { ApiError } = await import('../api/client');
    renderVault({
      list: vi.fn().mockRejectedValue(
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

  it('a team viewer sees no Edit or Delete, and is told why', async () => {
    renderVault({}, { canWrite: (k: ApiKey) => k.name !== 'OPENAI_KEY' });
    await waitFor(() => expect(rowNames()).toHaveLength(3));
    expect(screen.queryByRole('button', { name: 'Edit OPENAI_KEY' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Delete OPENAI_KEY' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Edit STRIPE_LIVE' })).toBeInTheDocument();
    const row = screen.getByRole('row', { name: /OPENAI_KEY/ });
    expect(within(row).getByText(/Read-only: you are a viewer/)).toBeInTheDocument();
  });

  it('deletes the selected keys after one confirmation', async () => {
    const remove = vi.fn().mockResolvedValue(undefined);
    renderVault({ remove });
    await waitFor(() => expect(rowNames()).toHaveLength(3));
    const user = userEvent.setup();
    await user.click(screen.getByRole('checkbox', { name: 'Select STRIPE_LIVE' }));
    await user.click(screen.getByRole('checkbox', { name: 'Select GITHUB_TOKEN' }));
    await user.click(screen.getByRole('button', { name: 'Delete selected' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete 2 keys?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(remove).toHaveBeenCalledTimes(2));
    expect(remove.mock.calls.map((c) => c[0])).toEqual([keys[0].id, keys[2].id]);
    expect(await screen.findByText('2 keys moved to the trash.')).toBeInTheDocument();
  });
});
