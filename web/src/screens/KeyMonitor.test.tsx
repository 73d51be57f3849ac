// @vitest-environment jsdom
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/client';
import { KeyHavenContext } from '../session/context';
import { apiKey } from '../test/fixtures';
import { stubKeyHaven } from '../test/stubKeyHaven';
import KeyMonitor from './KeyMonitor';

const KEY = apiKey({ id: 'k1', name: 'STRIPE_LIVE', version: 4 });

function renderPage(monitoring: Record<string, ReturnType<typeof vi.fn>> = {}, canWrite = true) {
  const stores: Record<string, ReturnType<typeof vi.fn>> = {
    keyOf: vi.fn().mockResolvedValue(KEY),
    health: vi.fn().mockResolvedValue({
      score: 80,
      factors: [
        { name: 'age', impact: 0, detail: 'value is 3 days old, against 90' },
        { name: 'environment', impact: -10, detail: 'production key without a rotation schedule' },
        { name: 'open_anomalies', impact: -10, detail: '1 open anomaly' },
      ],
    }),
    usage: vi.fn().mockResolvedValue({
      bucket: 'hour',
      from: '2026-11-29T12:00:00Z',
      to: '2026-11-30T12:00:00Z',
      buckets: [
        { start: '2026-11-30T10:00:00Z', requests: 0, errors: 0 },
        { start: '2026-11-30T11:00:00Z', requests: 0, errors: 0 },
      ],
    }),
    tokens: vi.fn().mockResolvedValue([]),
    anomalies: vi.fn().mockResolvedValue({ items: [], page: 0, size: 5, total: 0 }),
    ...monitoring,
  };
  const kh = stubKeyHaven({ monitoring: stores, teams: { canWrite: () => canWrite } });
  render(
    <KeyHavenContext.Provider value={kh}>
      <KeyMonitor />
    </KeyHavenContext.Provider>,
  );
  return stores;
}

beforeEach(() => {
  window.location.hash = '#/key?id=k1&name=STRIPE_LIVE';
});

describe('a key’s page', () => {
  it('finds the key by name and id, scores it and lists the costly factors first', async () => {
    const m = renderPage();
    expect(await screen.findByRole('heading', { name: 'STRIPE_LIVE' })).toBeInTheDocument();
    expect(m.keyOf).toHaveBeenCalledWith('k1', 'STRIPE_LIVE');
    const factors = await screen.findByRole('list', { name: 'Health factors' });
    const items = within(factors).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('Environment−10production key without a rotation schedule');
    expect(items[2]).toHaveTextContent('Age of the value0');
    expect(screen.getByText('80')).toBeInTheDocument();
  });

  it('tells a first-time user how to report usage when there is none', async () => {
    renderPage();
    expect(await screen.findByText('No usage reported in the last 24 hours')).toBeInTheDocument();
    const example = screen.getByLabelText('Example report');
    expect(example).toHaveTextContent('Bearer $KEYHAVEN_INGEST_TOKEN');
    expect(example).toHaveTextContent('\\"key_id\\":\\"k1\\"');
    expect(example).toHaveTextContent('\\"key_version\\":4');
  });

  it('asks for the bucket and range the toggle and the menu choose', async () => {
    const m = renderPage();
    await screen.findByText('No usage reported in the last 24 hours');
    fireEvent.click(screen.getByRole('button', { name: 'Daily' }));
    await waitFor(() =>
      expect(m.usage).toHaveBeenLastCalledWith('k1', expect.objectContaining({ bucket: 'day' })),
    );
    expect(window.location.hash).toContain('bucket=day');
    expect(await screen.findByText('No usage reported in the last 30 days')).toBeInTheDocument();
  });

  it('checks the schedule form before sending it', async () => {
    const m = renderPage({ setSchedule: vi.fn() });
    const days = await screen.findByLabelText('Rotate every (days)');
    fireEvent.change(days, { target: { value: '0' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save schedule' }));
    expect(await screen.findByText('Choose between 1 and 3,650 days.')).toBeInTheDocument();
    expect(m.setSchedule).not.toHaveBeenCalled();
  });

  it('says plainly that automatic rotation is only a plan when it is saved', async () => {
    const m = renderPage({
      setSchedule: vi.fn().mockResolvedValue({
        key_id: 'k1',
        interval_days: 30,
        mode: 'auto',
        provider: null,
        next_due_at: '2026-12-30T00:00:00Z',
      }),
    });
    const days = await screen.findByLabelText('Rotate every (days)');
    fireEvent.change(days, { target: { value: '30' } });
    fireEvent.click(screen.getByRole('radio', { name: /Rotate automatically/ }));
    expect(screen.getByText(/A schedule alone does not rotate the key/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Save schedule' }));
    const saved = await screen.findByText(/Saved: every 30 days/);
    expect(saved).toHaveTextContent('Saved as a plan: this schedule reminds you');
    expect(m.setSchedule).toHaveBeenCalledWith('k1', { interval_days: 30, mode: 'auto' });
  });

  it('says so when the server refuses automatic rotation', async () => {
    renderPage({
      setSchedule: vi
        .fn()
        .mockRejectedValue(
          new ApiError(402, { code: 'PLAN_LIMIT', message: 'Automated rotation needs Pro' }, 'r1'),
        ),
    });
    fireEvent.click(await screen.findByRole('radio', { name: /Rotate automatically/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Save schedule' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Automated rotation needs Pro');
    expect(
      screen.getByText(/This schedule cannot rotate the key by itself. Choose “Remind me”/),
    ).toBeInTheDocument();
  });

  it('shows a new ingest token once, then only its name', async () => {
    const tokens = vi
      .fn()
      .mockResolvedValueOnce([])
      .mockResolvedValue([
        { id: 't1', name: 'api server', created_at: '2026-11-30T10:00:00Z', last_used_at: null },
      ]);
    const m = renderPage({
      tokens,
      createToken: vi.fn().mockResolvedValue({
        id: 't1',
        name: 'api server',
        token: 'khi_secret_once',
        created_at: '2026-11-30T10:00:00Z',
      }),
    });
    const create = await screen.findByRole('button', { name: 'Create token' });
    fireEvent.click(create);
    expect(await screen.findByText(/Name the token after where it will run/)).toBeInTheDocument();
    expect(m.createToken).not.toHaveBeenCalled();
    fireEvent.change(screen.getByLabelText('Token name'), { target: { value: ' api server ' } });
    fireEvent.click(create);
    expect(await screen.findByLabelText('Ingest token')).toHaveTextContent('khi_secret_once');
    expect(m.createToken).toHaveBeenCalledWith('k1', 'api server');
    // The example shows where the token goes, not the token itself.
    expect(screen.getByLabelText('Report one request')).not.toHaveTextContent('khi_secret_once');
    expect(await screen.findByRole('row', { name: /api server/ })).toHaveTextContent('never');
    fireEvent.click(screen.getByRole('button', { name: 'Done, I stored it' }));
    expect(screen.queryByText('khi_secret_once')).not.toBeInTheDocument();
  });

  it('leaves a team viewer without write controls', async () => {
    renderPage({}, false);
    expect(await screen.findByText(/You are a viewer of this key/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Create token' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save schedule' })).toBeDisabled();
  });
});

describe('an exposed key', () => {
  it('says so first and rotates it with the new value from the provider', async () => {
    const exposed = apiKey({ id: 'k1', name: 'STRIPE_LIVE', version: 4, exposed: true });
    const rotate = vi.fn().mockResolvedValue({ ...exposed, exposed: false, version: 5 });
    const keyOf = vi
      .fn()
      .mockResolvedValueOnce(exposed)
      .mockResolvedValue({ ...exposed, exposed: false });
    const kh = stubKeyHaven({
      monitoring: {
        keyOf,
        health: vi.fn().mockResolvedValue({ score: 40, factors: [] }),
        usage: vi.fn().mockResolvedValue({ bucket: 'hour', from: '', to: '', buckets: [] }),
        tokens: vi.fn().mockResolvedValue([]),
        anomalies: vi.fn().mockResolvedValue({ items: [], page: 0, size: 5, total: 0 }),
      },
      vault: { rotate },
    });
    render(
      <KeyHavenContext.Provider value={kh}>
        <KeyMonitor />
      </KeyHavenContext.Provider>,
    );
    expect(await screen.findByRole('heading', { name: 'This key is exposed' })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Rotate now' }));
    expect(
      await screen.findByText('Paste the new value you made at the provider.'),
    ).toBeInTheDocument();
    expect(rotate).not.toHaveBeenCalled();
    fireEvent.change(screen.getByLabelText('New value'), { target: { value: 'sk_live_new' } });
    fireEvent.click(screen.getByRole('button', { name: 'Rotate now' }));
    await waitFor(() => expect(rotate).toHaveBeenCalledWith(exposed, 'sk_live_new'));
    expect(await screen.findByText(/Rotated: the new value is current/)).toBeInTheDocument();
    await waitFor(() =>
      expect(
        screen.queryByRole('heading', { name: 'This key is exposed' }),
      ).not.toBeInTheDocument(),
    );
  });
});
