// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { KeyHavenContext } from '../session/context';
import { stubKeyHaven } from '../test/stubKeyHaven';
import { LogIn, SignUp, Unlock } from './Auth';
import { fakePasskeyBrowser } from '../test/fakePasskey';

describe('SignUp', () => {
  it('warns that a lost master password cannot be recovered and refuses a weak password', async () => {
    const signUp = vi.fn();
    render(
      <KeyHavenContext.Provider value={stubKeyHaven({ session: { signUp } })}>
        <SignUp />
      </KeyHavenContext.Provider>,
    );
    expect(screen.getByRole('note')).toHaveTextContent('cannot recover it');
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Email'), 'a@example.com');
    await user.type(screen.getByLabelText('Master password'), 'password1234');
    await user.type(screen.getByLabelText('Confirm master password'), 'password1234');
    expect(
      await screen.findByText(/^(Very weak|Weak)$/, {}, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Create account' })).toBeDisabled();
    await user.click(screen.getByLabelText(/I understand/));
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Choose a stronger master password');
    expect(signUp).not.toHaveBeenCalled();
  });

  it('signs up with a strong password', async () => {
    const signUp = vi.fn().mockResolvedValue(undefined);
    render(
      <KeyHavenContext.Provider value={stubKeyHaven({ session: { signUp } })}>
        <SignUp />
      </KeyHavenContext.Provider>,
    );
    const user = userEvent.setup();
    const pw = 'Quartz-Lantern-Meadow-91-Orbit';
    await user.type(screen.getByLabelText('Email'), 'a@example.com');
    await user.type(screen.getByLabelText('Master password'), pw);
    await user.type(screen.getByLabelText('Confirm master password'), pw);
    await screen.findByText(/^(Strong|Very strong)$/, {}, { timeout: 10_000 });
    await user.click(screen.getByLabelText(/I understand/));
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    expect(signUp).toHaveBeenCalledWith('a@example.com', pw);
  });
});

describe('Unlock', () => {
  it('asks only for the master password of the remembered account', async () => {
    const unlock = vi.fn().mockResolvedValue(undefined);
    render(
      <KeyHavenContext.Provider value={stubKeyHaven({ session: { unlock } })}>
        <Unlock email="ada@example.com" reason="reload" />
      </KeyHavenContext.Provider>,
    );
    expect(screen.getByText('The vault locks whenever the page is reloaded.')).toBeInTheDocument();
    expect(screen.getByText('ada@example.com')).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('Master password'), 'secret pass');
    await userEvent.click(screen.getByRole('button', { name: 'Unlock' }));
    expect(unlock).toHaveBeenCalledWith('secret pass');
  });
});

describe('LogIn with two-step sign-in', () => {
  it('asks for the code after the password, or a recovery code', async () => {
    const logIn = vi.fn().mockResolvedValue('second-step');
    const secondStep = vi.fn().mockResolvedValue(undefined);
    const cancelSecondStep = vi.fn();
    render(
      <KeyHavenContext.Provider
        value={stubKeyHaven({
          session: { logIn, secondStep, cancelSecondStep, secondStepMethods: ['totp', 'recovery'] },
        })}
      >
        <LogIn />
      </KeyHavenContext.Provider>,
    );
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Email'), 'a@example.com');
    await user.type(screen.getByLabelText('Master password'), 'pw');
    await user.click(screen.getByRole('button', { name: 'Log in' }));
    expect(await screen.findByRole('heading', { name: 'Two-step sign-in' })).toBeInTheDocument();
    await user.type(screen.getByLabelText('Authentication code'), '123 456');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(secondStep).toHaveBeenCalledWith({ totp_code: '123456' }, false);
  });

  it('remembers the device for 30 days only when asked', async () => {
    const logIn = vi.fn().mockResolvedValue('second-step');
    const secondStep = vi.fn().mockResolvedValue(undefined);
    render(
      <KeyHavenContext.Provider
        value={stubKeyHaven({
          session: { logIn, secondStep, secondStepMethods: ['totp', 'recovery'] },
        })}
      >
        <LogIn />
      </KeyHavenContext.Provider>,
    );
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Email'), 'a@example.com');
    await user.type(screen.getByLabelText('Master password'), 'pw');
    await user.click(screen.getByRole('button', { name: 'Log in' }));
    const remember = await screen.findByLabelText('Remember this device for 30 days');
    expect(remember).not.toBeChecked();
    await user.click(remember);
    await user.type(screen.getByLabelText('Authentication code'), '654321');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(secondStep).toHaveBeenCalledWith({ totp_code: '654321' }, true);
  });

  it('a recovery code is sent as typed', async () => {
    const logIn = vi.fn().mockResolvedValue('second-step');
    const secondStep = vi.fn().mockResolvedValue(undefined);
    render(
      <KeyHavenContext.Provider
        value={stubKeyHaven({
          session: { logIn, secondStep, secondStepMethods: ['totp', 'recovery'] },
        })}
      >
        <LogIn />
      </KeyHavenContext.Provider>,
    );
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Email'), 'a@example.com');
    await user.type(screen.getByLabelText('Master password'), 'pw');
    await user.click(screen.getByRole('button', { name: 'Log in' }));
    await user.click(await screen.findByRole('button', { name: 'Use a recovery code' }));
    await user.type(screen.getByLabelText('Recovery code'), 'ABCDE-FGHJK');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(secondStep).toHaveBeenCalledWith({ recovery_code: 'ABCDE-FGHJK' }, false);
  });
});

describe('LogIn with a passkey', () => {
  it('offers the passkey first and sends its assertion; a recovery code stays one click away', async () => {
    const browser = fakePasskeyBrowser();
    const logIn = vi.fn().mockResolvedValue('second-step');
    const secondStep = vi.fn().mockResolvedValue(undefined);
    const secondStepPasskeyOptions = vi.fn().mockResolvedValue({
      challenge: 'AAEC',
      rp_id: 'localhost',
      allow_credentials: [{ type: 'public-key', id: 'AQID', transports: ['internal'] }],
      user_verification: 'preferred',
      timeout: 300000,
    });
    render(
      <KeyHavenContext.Provider
        value={stubKeyHaven({
          session: {
            logIn,
            secondStep,
            secondStepPasskeyOptions,
            secondStepMethods: ['webauthn', 'recovery'],
          },
        })}
      >
        <LogIn />
      </KeyHavenContext.Provider>,
    );
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Email'), 'a@example.com');
    await user.type(screen.getByLabelText('Master password'), 'pw');
    await user.click(screen.getByRole('button', { name: 'Log in' }));
    expect(screen.queryByRole('button', { name: 'Use the authenticator app' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Use a recovery code' })).toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: 'Use a passkey' }));
    const asked = browser.get.mock.calls[0][0].publicKey;
    expect(Array.from(asked.challenge as Uint8Array)).toEqual([0, 1, 2]);
    expect(Array.from(asked.allowCredentials?.[0].id as Uint8Array)).toEqual([1, 2, 3]);
    expect(secondStep).toHaveBeenCalledWith(
      {
        webauthn: {
          id: 'AQID',
          raw_id: 'AQID',
          type: 'public-key',
          response: {
            client_data_json: 'Y2Q',
            authenticator_data: 'YWQ',
            signature: '-_8',
            user_handle: null,
          },
        },
      },
      false,
    );
    browser.restore();
  });

  it('a cancelled passkey prompt says so and can be tried again', async () => {
    const browser = fakePasskeyBrowser();
    browser.get.mockRejectedValueOnce(new DOMException('cancelled', 'NotAllowedError'));
    const logIn = vi.fn().mockResolvedValue('second-step');
    render(
      <KeyHavenContext.Provider
        value={stubKeyHaven({
          session: {
            logIn,
            secondStepPasskeyOptions: vi.fn().mockResolvedValue({
              challenge: 'AA',
              rp_id: 'localhost',
              allow_credentials: [],
              user_verification: 'preferred',
              timeout: 1000,
            }),
            secondStepMethods: ['totp', 'webauthn', 'recovery'],
          },
        })}
      >
        <LogIn />
      </KeyHavenContext.Provider>,
    );
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Email'), 'a@example.com');
    await user.type(screen.getByLabelText('Master password'), 'pw');
    await user.click(screen.getByRole('button', { name: 'Log in' }));
    await user.click(await screen.findByRole('button', { name: 'Use a passkey' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('cancelled or timed out');
    expect(screen.getByRole('button', { name: 'Use a passkey' })).toBeEnabled();
    await user.click(screen.getByRole('button', { name: 'Use the authenticator app' }));
    expect(screen.getByLabelText('Authentication code')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Use a passkey' })).toBeInTheDocument();
    browser.restore();
  });
});
