// @vitest-environment jsdom
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { KeyHavenContext } from '../session/context';
import { apiKey } from '../test/fixtures';
import { stubKeyHaven } from '../test/stubKeyHaven';
import { ManagedRotation } from './ManagedRotation';

const MINE = apiKey({
  id: 'k1',
  name: 'DATABASE_URL',
  user_id: 'u1',
  version: 3,
  service: 'other',
});
const AWS_KEY = apiKey({ id: 'k3', name: 'AWS_DEPLOY', user_id: 'u1', service: 'aws' });
const STRIPE_KEY = apiKey({
  id: 'k4',
  name: 'STRIPE_SECRET_KEY',
  user_id: 'u1',
  service: 'stripe',
});
const type = (label: string | RegExp, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
const pick = async (provider: string) =>
  fireEvent.change(await screen.findByLabelText('Provider'), { target: { value: provider } });

function renderCard(stores: Parameters<typeof stubKeyHaven>[0], key = MINE) {
  const onChanged = vi.fn();
  render(
    <KeyHavenContext.Provider value={stubKeyHaven(stores)}>
      <ManagedRotation apiKey={key} onChanged={onChanged} />
    </KeyHavenContext.Provider>,
  );
  return onChanged;
}

describe('managed rotation of a key', () => {
  it('offers every provider and starts from the key service', async () => {
    renderCard({}, AWS_KEY);
    const picker = await screen.findByLabelText('Provider');
    expect(picker).toHaveValue('aws-iam');
    expect(
      within(picker)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual([
      'PostgreSQL',
      'AWS IAM',
      'OpenAI',
      'SendGrid',
      'Twilio',
      'Signed webhook',
      'Stripe (by hand, guided)',
    ]);
    expect(await screen.findByLabelText('Admin secret access key')).toHaveAttribute(
      'type',
      'password',
    );
    expect(screen.getByTestId('rotation-permission')).toHaveTextContent('iam:CreateAccessKey');
    // The trust statement is the same for every provider.
    expect(
      screen.getByText(/sees the new value for the moment it takes to seal it/),
    ).toBeInTheDocument();

    await pick('twilio');
    expect(screen.getByLabelText('Auth token')).toHaveAttribute('type', 'password');
    expect(screen.queryByLabelText('Admin secret access key')).toBeNull();
    await pick('stripe');
    expect(screen.getByTestId('stripe-guide')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Set up rotation' })).toBeNull();
  });

  it('AWS IAM: the admin access key goes out once, the user and its live key as the target', async () => {
    const connect = vi.fn().mockResolvedValue({ id: 'c9', provider: 'aws-iam' });
    const configure = vi.fn().mockResolvedValue({ state: 'idle' });
    renderCard({ rotation: { connect, configure } }, AWS_KEY);

    await screen.findByLabelText('Admin access key ID');
    type('Admin access key ID', ' AKIAADMIN0000000001 ');
    type('Admin secret access key', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY');
    type('IAM user whose key rotates', 'app-deployer');
    type('Access key ID in use now (optional)', 'AKIAOLD00000000000001');
    type('Grace period (hours)', '48');
    type('Rotate every (days, empty: only when asked)', '');
    fireEvent.click(screen.getByRole('button', { name: 'Set up rotation' }));

    await waitFor(() => expect(configure).toHaveBeenCalled());
    expect(connect).toHaveBeenCalledWith(
      'aws-iam',
      'AWS IAM',
      {
        access_key_id: 'AKIAADMIN0000000001',
        secret_access_key: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
      },
      null,
    );
    expect(configure).toHaveBeenCalledWith('k3', {
      connection_id: 'c9',
      target: { user_name: 'app-deployer', current_access_key_id: 'AKIAOLD00000000000001' },
      interval_days: null,
      grace_hours: 48,
    });
  });

  it('Twilio: an existing Twilio connection of the same vault is reused, nothing else listed', async () => {
    const connect = vi.fn();
    const configure = vi.fn().mockResolvedValue({ state: 'idle' });
    const connections = async () => [
      { id: 'pg', provider: 'postgresql', name: 'Primary', team_id: null },
      { id: 'tw-team', provider: 'twilio', name: 'Team Twilio', team_id: 't1' },
      { id: 'tw', provider: 'twilio', name: 'Main account', team_id: null },
    ];
    const key = apiKey({ id: 'k5', name: 'TWILIO_API_KEY', user_id: 'u1', service: 'twilio' });
    renderCard({ rotation: { connect, configure, connections } }, key);

    const select = await screen.findByLabelText('Connection');
    await waitFor(() => expect(select).toHaveValue('tw'));
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Main account (Twilio)', 'New Twilio connection…']);
    expect(screen.queryByLabelText('Auth token')).toBeNull();
    type('API key SID in use now (optional)', 'SK' + 'a'.repeat(32));
    type('Name prefix for new keys (optional)', 'billing');
    fireEvent.click(screen.getByRole('button', { name: 'Set up rotation' }));

    await waitFor(() => expect(configure).toHaveBeenCalled());
    expect(connect).not.toHaveBeenCalled();
    expect(configure).toHaveBeenCalledWith('k5', {
      connection_id: 'tw',
      target: { current_key_sid: 'SK' + 'a'.repeat(32), name: 'billing' },
      interval_days: 90,
      grace_hours: 24,
    });
  });

  it('signed webhook: URL and signing secret, the test URL and extra fields in the target', async () => {
    const connect = vi.fn().mockResolvedValue({ id: 'wh', provider: 'webhook' });
    const configure = vi.fn().mockResolvedValue({ state: 'idle' });
    renderCard({ rotation: { connect, configure } });

    await pick('webhook');
    type('Endpoint URL', 'https://rotate.example.com/keyhaven');
    type('Signing secret', 's'.repeat(40));
    type('Test URL (optional)', 'https://api.example.com/me');
    type('Extra fields for your endpoint (optional)', 'service=billing\nenv=prod');
    fireEvent.click(screen.getByRole('button', { name: 'Set up rotation' }));

    await waitFor(() => expect(configure).toHaveBeenCalled());
    expect(connect).toHaveBeenCalledWith(
      'webhook',
      'rotate.example.com',
      { url: 'https://rotate.example.com/keyhaven', signing_secret: 's'.repeat(40) },
      null,
    );
    expect(configure).toHaveBeenCalledWith('k1', {
      connection_id: 'wh',
      target: { service: 'billing', env: 'prod', test_url: 'https://api.example.com/me' },
      interval_days: 90,
      grace_hours: 24,
    });
  });

  it('says what is missing or malformed before anything is sent', async () => {
    const connect = vi.fn();
    const configure = vi.fn();
    renderCard({ rotation: { connect, configure } }, AWS_KEY);

    await screen.findByLabelText('Admin access key ID');
    type('Grace period (hours)', '1000');
    fireEvent.click(screen.getByRole('button', { name: 'Set up rotation' }));

    expect(await screen.findByText('Admin access key ID is required.')).toBeInTheDocument();
    expect(screen.getByText('Admin secret access key is required.')).toBeInTheDocument();
    expect(screen.getByText('IAM user whose key rotates is required.')).toBeInTheDocument();
    expect(
      screen.getByText('The grace period is a whole number of hours, 0 to 720.'),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Admin access key ID')).toHaveAttribute('aria-invalid', 'true');

    type('Admin access key ID', 'not-a-key');
    fireEvent.click(screen.getByRole('button', { name: 'Set up rotation' }));
    expect(
      await screen.findByText('An access key ID starts with AKIA (or ASIA).'),
    ).toBeInTheDocument();

    await pick('webhook');
    type('Endpoint URL', 'ftp://example.com');
    type('Signing secret', 'short');
    type('Extra fields for your endpoint (optional)', 'Bad Name=1');
    fireEvent.click(screen.getByRole('button', { name: 'Set up rotation' }));
    expect(
      await screen.findByText('An absolute https:// URL without user info.'),
    ).toBeInTheDocument();
    expect(screen.getByText('32 to 200 printable characters, without spaces.')).toBeInTheDocument();
    expect(screen.getByText(/is not name=value with a lower-case name/)).toBeInTheDocument();
    expect(connect).not.toHaveBeenCalled();
    expect(configure).not.toHaveBeenCalled();
  });

  it('Stripe: a guide to roll the key by hand, the new value encrypted by the vault, a reminder', async () => {
    const rotate = vi.fn().mockResolvedValue({ ...STRIPE_KEY, version: 2 });
    const setSchedule = vi.fn().mockResolvedValue({
      key_id: 'k4',
      interval_days: 30,
      mode: 'remind',
      provider: 'stripe',
      next_due_at: '2027-01-01T00:00:00Z',
    });
    const connect = vi.fn();
    const configure = vi.fn();
    const onChanged = renderCard(
      { vault: { rotate }, monitoring: { setSchedule }, rotation: { connect, configure } },
      STRIPE_KEY,
    );

    expect(await screen.findByLabelText('Provider')).toHaveValue('stripe');
    const steps = within(screen.getByRole('list', { name: 'Rotate a Stripe key by hand' }));
    expect(steps.getAllByRole('listitem')).toHaveLength(5);
    expect(steps.getByText(/Developers → API keys/)).toBeInTheDocument();
    expect(steps.getByText('Roll key…')).toBeInTheDocument();
    expect(steps.getByText(/Choose when the old key expires/)).toBeInTheDocument();
    expect(screen.getByText(/nothing goes to KeyHaven in clear/)).toBeInTheDocument();

    // An empty value is refused in words.
    fireEvent.click(screen.getByRole('button', { name: 'Encrypt and store' }));
    expect(
      await screen.findByText('Paste the new secret key Stripe showed you.'),
    ).toBeInTheDocument();
    expect(rotate).not.toHaveBeenCalled();

    const input = screen.getByLabelText('New secret key from Stripe');
    expect(input).toHaveAttribute('type', 'password');
    fireEvent.change(input, { target: { value: ' sk_live_new ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Encrypt and store' }));
    // The value goes to the vault store, which encrypts it in the browser before it is sent.
    await waitFor(() => expect(rotate).toHaveBeenCalledWith(STRIPE_KEY, 'sk_live_new'));
    expect(await screen.findByRole('status')).toHaveTextContent('the new value is current');
    expect(input).toHaveValue('');
    expect(onChanged).toHaveBeenCalledTimes(1);

    expect(screen.getByTestId('stripe-reminder-now')).toHaveTextContent('No reminder yet');
    type('Remind me every (days)', '0');
    fireEvent.click(screen.getByRole('button', { name: 'Set reminder' }));
    expect(await screen.findByText('Remind every 1 to 3650 days.')).toBeInTheDocument();
    type('Remind me every (days)', '30');
    fireEvent.click(screen.getByRole('button', { name: 'Set reminder' }));
    await waitFor(() =>
      expect(setSchedule).toHaveBeenCalledWith('k4', {
        interval_days: 30,
        mode: 'remind',
        provider: 'stripe',
      }),
    );
    expect(await screen.findByRole('status')).toHaveTextContent('Reminder set: every 30 days');
    expect(onChanged).toHaveBeenCalledTimes(2);
    expect(connect).not.toHaveBeenCalled();
    expect(configure).not.toHaveBeenCalled();
  });

  it('Stripe: an existing schedule is shown and updated', async () => {
    const key = { ...STRIPE_KEY, rotation_schedule: { interval_days: 60, mode: 'remind' } };
    renderCard({}, key);
    expect(await screen.findByTestId('stripe-reminder-now')).toHaveTextContent(
      'a reminder every 60 days',
    );
    expect(screen.getByLabelText('Remind me every (days)')).toHaveValue(60);
    expect(screen.getByRole('button', { name: 'Update reminder' })).toBeInTheDocument();
  });

  it('the owner sets it up with a new PostgreSQL connection; the credential goes out once', async () => {
    const connect = vi.fn().mockResolvedValue({ id: 'c1', provider: 'postgresql' });
    const configure = vi.fn().mockResolvedValue({ state: 'idle' });
    const status = vi.fn().mockResolvedValue({ state: 'idle', history: [] });
    renderCard({ rotation: { connect, configure, status, connections: async () => [] } });

    expect(
      await screen.findByText(/sees the new value for the moment it takes to seal it/),
    ).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('Connection name'), { target: { value: 'Primary' } });
    fireEvent.change(screen.getByLabelText('Host'), { target: { value: 'db.example.com' } });
    fireEvent.change(screen.getByLabelText('Database'), { target: { value: 'app' } });
    fireEvent.change(screen.getByLabelText('Admin user (may ALTER ROLE)'), {
      target: { value: 'admin' },
    });
    fireEvent.change(screen.getByLabelText('Admin password'), { target: { value: 's3cret' } });
    fireEvent.change(screen.getByLabelText('Two login roles used in turn'), {
      target: { value: 'app_blue, app_green' },
    });
    fireEvent.change(screen.getByLabelText('Role in use now'), { target: { value: 'app_blue' } });
    fireEvent.click(screen.getByRole('button', { name: 'Set up rotation' }));

    await waitFor(() => expect(configure).toHaveBeenCalled());
    expect(connect).toHaveBeenCalledWith(
      'postgresql',
      'Primary',
      {
        host: 'db.example.com',
        port: '5432',
        database: 'app',
        username: 'admin',
        password: 's3cret',
        sslmode: 'require',
      },
      null,
    );
    expect(configure).toHaveBeenCalledWith('k1', {
      connection_id: 'c1',
      target: { roles: 'app_blue,app_green', current_role: 'app_blue' },
      interval_days: 90,
      grace_hours: 24,
    });
    // The card reloads the status once the settings are stored.
    await waitFor(() => expect(status).toHaveBeenCalledTimes(2));
  });

  it('in its grace period it says until when, lists the runs and rolls back', async () => {
    const status = vi.fn().mockResolvedValue({
      state: 'grace',
      connection_id: 'c1',
      grace_until: '2026-12-02T10:00:00Z',
      next_due_at: '2027-03-01T10:00:00Z',
      history: [
        {
          id: 'r2',
          state: 'grace',
          trigger: 'manual',
          started_at: '2026-12-01T10:00:00Z',
          finished_at: null,
          error: null,
        },
        {
          id: 'r1',
          state: 'failed',
          trigger: 'schedule',
          started_at: '2026-11-30T10:00:00Z',
          finished_at: '2026-11-30T10:00:01Z',
          error: 'PostgreSQL refused the admin step: role "app_green" does not exist',
        },
      ],
    });
    const rollback = vi.fn().mockResolvedValue({ state: 'idle', history: [] });
    const onChanged = renderCard({ rotation: { status, rollback } });

    expect(await screen.findByTestId('rotation-state')).toHaveTextContent(
      /old credential still works until the grace period ends \(until/,
    );
    expect(screen.getByRole('button', { name: 'Rotate now' })).toBeDisabled();
    const rows = within(screen.getByRole('table', { name: 'Rotation history' })).getAllByRole(
      'row',
    );
    expect(rows).toHaveLength(3);
    expect(rows[2]).toHaveTextContent('does not exist');
    fireEvent.click(screen.getByRole('button', { name: 'Roll back' }));
    await waitFor(() => expect(rollback).toHaveBeenCalledWith('k1'));
    expect(await screen.findByRole('status')).toHaveTextContent('Rolled back');
    expect(onChanged).toHaveBeenCalled();
  });

  it('rotating now stores the sealed value under the vault key at once', async () => {
    const status = vi.fn().mockResolvedValue({ state: 'idle', connection_id: 'c1', history: [] });
    const run = vi.fn().mockResolvedValue({ rotation_id: 'r1', state: 'grace' });
    const sealed = { ...MINE, version: 4, sealed_value: 'v2.AAAA.BBBB' };
    const get = vi.fn().mockResolvedValue(sealed);
    const storeSealed = vi.fn().mockResolvedValue({ value: 'x', version: 5 });
    renderCard({ rotation: { status, run }, vault: { get, storeSealed } });

    fireEvent.click(await screen.findByRole('button', { name: 'Rotate now' }));
    await waitFor(() => expect(storeSealed).toHaveBeenCalledWith(sealed));
    expect(await screen.findByRole('status')).toHaveTextContent('The new value is in your vault');
  });

  it('a team viewer does not see a rotation that is not set up', async () => {
    const status = vi.fn().mockResolvedValue({ state: 'idle', history: [] });
    const teamKey = apiKey({ id: 'k2', name: 'TEAM_DB', team_id: 't1' });
    renderCard({ rotation: { status }, teams: { roleIn: () => 'viewer' } }, teamKey);
    await waitFor(() => expect(status).toHaveBeenCalled());
    expect(screen.queryByRole('heading', { name: 'Managed rotation' })).toBeNull();
  });
});
