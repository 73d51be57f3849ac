// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { KeyHavenContext } from '../session/context';
import { fakePasskeyBrowser } from '../test/fakePasskey';
import { stubKeyHaven } from '../test/stubKeyHaven';
import { PasskeySettings } from './PasskeySettings';

const OPTIONS = {
  rp: { id: 'localhost', name: 'KeyHaven' },
  user: { id: 'AQID', name: 't@example.com', display_name: 't@example.com' },
  challenge: 'AAEC',
  pub_key_cred_params: [{ type: 'public-key', alg: -7 }],
  timeout: 300000,
  exclude_credentials: [],
  authenticator_selection: { resident_key: 'preferred', user_verification: 'preferred' },
  attestation: 'none',
};

const LAPTOP = {
  id: 'p1',
  name: 'Laptop',
  created_at: '2026-01-02T10:00:00Z',
  last_used_at: null,
};

let browser: ReturnType<typeof fakePasskeyBrowser> | null = null;
afterEach(() => {
  browser?.restore();
  browser = null;
});

describe('PasskeySettings', () => {
  it('adds a first passkey with a name and shows the recovery codes once', async () => {
    browser = fakePasskeyBrowser();
    const passkeys: (typeof LAPTOP)[] = [];
    const addPasskey = vi.fn(async (name: string) => {
      passkeys.push({ ...LAPTOP, name });
      return { id: 'p1', name, created_at: LAPTOP.created_at, recovery_codes: ['AAAAA-BBBBB'] };
    });
    render(
      <KeyHavenContext.Provider
        value={stubKeyHaven({
          session: {
            mfaStatus: async () => ({
              totp: false,
              webauthn: [...passkeys],
              recovery_codes_left: passkeys.length ? 10 : 0,
            }),
            passkeyCreationOptions: vi.fn().mockResolvedValue(OPTIONS),
            addPasskey,
          },
        })}
      >
        <PasskeySettings />
      </KeyHavenContext.Provider>,
    );
    const user = userEvent.setup();
    expect(await screen.findByText('No passkeys yet.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add a passkey' }));
    await user.type(screen.getByLabelText('Name for this passkey'), '  Work laptop ');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const asked = browser.create.mock.calls[0][0].publicKey;
    expect(Array.from(asked.challenge as Uint8Array)).toEqual([0, 1, 2]);
    expect(addPasskey).toHaveBeenCalledWith('Work laptop', {
      id: 'AQID',
      raw_id: 'AQID',
      type: 'public-key',
      response: { client_data_json: 'Y2Q', attestation_object: 'YW8', transports: ['internal'] },
    });
    expect(await screen.findByTestId('recovery-codes')).toHaveTextContent('AAAAA-BBBBB');
    await user.click(screen.getByRole('button', { name: 'I saved them' }));
    const list = await screen.findByRole('list', { name: 'Passkeys' });
    expect(within(list).getByText('Work laptop')).toBeInTheDocument();
    expect(within(list).getByText(/last used never/)).toBeInTheDocument();
  });

  it('renames and removes a passkey, warning when it is the only second step', async () => {
    browser = fakePasskeyBrowser();
    let passkeys = [LAPTOP];
    const renamePasskey = vi.fn(async (id: string, name: string) => {
      passkeys = passkeys.map((p) => (p.id === id ? { ...p, name } : p));
      return passkeys[0];
    });
    const removePasskey = vi.fn(async (id: string) => {
      passkeys = passkeys.filter((p) => p.id !== id);
    });
    render(
      <KeyHavenContext.Provider
        value={stubKeyHaven({
          session: {
            mfaStatus: async () => ({ totp: false, webauthn: passkeys, recovery_codes_left: 10 }),
            renamePasskey,
            removePasskey,
          },
        })}
      >
        <PasskeySettings />
      </KeyHavenContext.Provider>,
    );
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Rename Laptop' }));
    const field = screen.getByLabelText('New name');
    await user.clear(field);
    await user.type(field, 'Home laptop');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(renamePasskey).toHaveBeenCalledWith('p1', 'Home laptop');
    await user.click(await screen.findByRole('button', { name: 'Remove Home laptop' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('only second step');
    await user.click(within(dialog).getByRole('button', { name: 'Remove' }));
    expect(removePasskey).toHaveBeenCalledWith('p1');
    expect(await screen.findByText('No passkeys yet.')).toBeInTheDocument();
  });

  it('says so when the browser has no passkeys', async () => {
    render(
      <KeyHavenContext.Provider
        value={stubKeyHaven({
          session: {
            mfaStatus: async () => ({ totp: false, webauthn: [], recovery_codes_left: 0 }),
          },
        })}
      >
        <PasskeySettings />
      </KeyHavenContext.Provider>,
    );
    expect(await screen.findByText('This browser cannot use passkeys.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add a passkey' })).toBeNull();
  });
});
