// @vitest-environment jsdom
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { KeyHavenContext } from '../session/context';
import { apiKey } from '../test/fixtures';
import { stubKeyHaven } from '../test/stubKeyHaven';
import { ManagedRotation } from './ManagedRotation';

const MINE = apiKey({ id: 'k1', name: 'DATABASE_URL', user_id: 'u1', version: 3 });

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
  it('the owner sets it up with a new PostgreSQL connection; the credential goes out once', async () => {
    const connectPostgres = vi.fn().mockResolvedValue({ id: 'c1', provider: 'postgresql' });
    const configure = vi.fn().mockResolvedValue({ state: 'idle' });
    const status = vi.fn().mockResolvedValue({ state: 'idle', history: [] });
    renderCard({ rotation: { connectPostgres, configure, status, connections: async () => [] } });

    expect(
      await screen.findByText(/sees the new value for the moment it takes to seal it/),
    ).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'Primary' } });
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
    expect(connectPostgres).toHaveBeenCalledWith(
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
