// @vitest-environment jsdom
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/client';
import { GitHubPush } from '../components/GitHubPush';
import { KeyHavenContext } from '../session/context';
import { secretNameFor } from '../session/integrations';
import { apiKey } from '../test/fixtures';
import { stubKeyHaven } from '../test/stubKeyHaven';
import Integrations from './Integrations';

describe('secretNameFor', () => {
  it.each([
    ['stripe live key', 'STRIPE_LIVE_KEY'],
    ['OPENAI_API_KEY', 'OPENAI_API_KEY'],
    ['1password token', 'KEY_1PASSWORD_TOKEN'],
    ['github token', 'KH_GITHUB_TOKEN'],
    ['--', 'KEY_'],
  ])('%s → %s', (name, secret) => {
    expect(secretNameFor(name)).toBe(secret);
  });
});

describe('Integrations', () => {
  it('checks the token before sending it, connects, and names the login', async () => {
    let connected = false;
    const connect = vi.fn(async () => {
      connected = true;
      return { login: 'octo-ada' };
    });
    const kh = stubKeyHaven({
      integrations: {
        status: async () =>
          connected
            ? { connected: true, login: 'octo-ada', connected_at: '2026-12-01T10:00:00Z' }
            : { connected: false },
        connect,
      },
    });
    render(
      <KeyHavenContext.Provider value={kh}>
        <Integrations />
      </KeyHavenContext.Provider>,
    );
    const user = userEvent.setup();
    const field = await screen.findByLabelText('GitHub token');
    await user.type(field, 'short');
    await user.click(screen.getByRole('button', { name: 'Connect GitHub' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Paste the whole token');
    expect(connect).not.toHaveBeenCalled();
    await user.clear(field);
    await user.type(field, 'github_pat_11ABCDEFG_0123456789abcdef');
    await user.click(screen.getByRole('button', { name: 'Connect GitHub' }));
    expect(connect).toHaveBeenCalledWith('github_pat_11ABCDEFG_0123456789abcdef');
    expect(await screen.findByText('Connected to GitHub as octo-ada.')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Disconnect' })).toBeVisible());
    expect(screen.queryByLabelText('GitHub token')).not.toBeInTheDocument();
  });

  it('says what GitHub refused, in words', async () => {
    const kh = stubKeyHaven({
      integrations: {
        connect: async () => {
          throw new ApiError(
            400,
            {
              type: 'VALIDATION',
              code: 'GITHUB_TOKEN_INVALID',
              message: 'GitHub does not accept this token: check it and try again',
            },
            'r1',
          );
        },
      },
    });
    render(
      <KeyHavenContext.Provider value={kh}>
        <Integrations />
      </KeyHavenContext.Provider>,
    );
    const user = userEvent.setup();
    await user.type(
      await screen.findByLabelText('GitHub token'),
      'github_pat_11REVOKED_0123456789',
    );
    await user.click(screen.getByRole('button', { name: 'Connect GitHub' }));
    expect(await screen.findByText(/GitHub does not accept this token/)).toBeInTheDocument();
  });
});

describe('GitHubPush', () => {
  it('pushes the key under a secret name GitHub accepts and shows stale pushes', async () => {
    const key = apiKey({ name: 'stripe live' });
    const push = vi.fn(async () => undefined);
    const kh = stubKeyHaven({
      integrations: {
        status: async () => ({ connected: true, login: 'octo' }),
        repositories: async () => [
          { full_name: 'octo/payments', private: true },
          { full_name: 'octo/site', private: false },
        ],
        syncs: async () => [
          {
            id: 's1',
            key_id: key.id,
            repository: 'octo/site',
            environment: '',
            secret_name: 'STRIPE_LIVE',
            key_version: 1,
            current_version: 2,
            stale: true,
            pushed_at: '2026-11-30T10:00:00Z',
          },
        ],
        push,
      },
    });
    render(
      <KeyHavenContext.Provider value={kh}>
        <GitHubPush apiKey={key} />
      </KeyHavenContext.Provider>,
    );
    const user = userEvent.setup();
    expect(await screen.findByText('Stale: push again')).toBeInTheDocument();
    const name = await screen.findByLabelText('Secret name');
    expect(name).toHaveValue('STRIPE_LIVE');
    await waitFor(() =>
      expect(screen.getByRole('combobox', { name: 'Repository' })).toHaveValue('octo/payments'),
    );
    await user.clear(name);
    await user.type(name, 'GITHUB_TOKEN');
    await user.click(screen.getByRole('button', { name: 'Push to GitHub' }));
    expect(screen.getByRole('alert')).toHaveTextContent('not starting with a digit or GITHUB_');
    expect(push).not.toHaveBeenCalled();
    await user.clear(name);
    await user.type(name, 'STRIPE_KEY');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Repository' }), 'octo/site');
    await user.click(screen.getByRole('button', { name: 'Push to GitHub' }));
    expect(push).toHaveBeenCalledWith(key, 'octo/site', 'STRIPE_KEY', '');
    expect(await screen.findByText('Pushed to octo/site as STRIPE_KEY.')).toBeInTheDocument();
  });
});
