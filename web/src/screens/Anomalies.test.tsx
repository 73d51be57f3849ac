// @vitest-environment jsdom
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { KeyHavenContext } from '../session/context';
import type { Anomaly } from '../session/monitoring';
import { apiKey } from '../test/fixtures';
import { stubKeyHaven } from '../test/stubKeyHaven';
import Anomalies from './Anomalies';

const OPEN: Anomaly = {
  id: 'an1',
  key_id: 'k1',
  kind: 'rotated_version_use',
  severity: 'critical',
  description: 'Version 1 was used at 30 Nov 2026 12:00 UTC, 2 hours after version 2 replaced it',
  detected_at: '2026-11-30T12:05:00Z',
  status: 'open',
  resolved_at: null,
};

function renderAnomalies(anomalies: ReturnType<typeof vi.fn>, resolve = vi.fn()) {
  const kh = stubKeyHaven({
    monitoring: { anomalies, resolve },
    vault: {
      list: vi.fn(async (f: { deleted?: boolean }) => ({
        items: f.deleted ? [] : [apiKey({ id: 'k1', name: 'STRIPE_LIVE' })],
        page: 0,
        size: 200,
        total: 1,
      })),
    },
  });
  render(
    <KeyHavenContext.Provider value={kh}>
      <Anomalies />
    </KeyHavenContext.Provider>,
  );
  return { anomalies, resolve };
}

beforeEach(() => {
  window.location.hash = '#/anomalies';
});

describe('Anomalies', () => {
  it('lists open anomalies with the key name, and resolving one reloads the list', async () => {
    const anomalies = vi
      .fn()
      .mockResolvedValueOnce({ items: [OPEN], page: 0, size: 50, total: 1 })
      .mockResolvedValue({ items: [], page: 0, size: 50, total: 0 });
    const resolve = vi.fn().mockResolvedValue({ ...OPEN, status: 'resolved' });
    renderAnomalies(anomalies, resolve);
    expect(await screen.findByText('Old value still in use')).toBeInTheDocument();
    expect(screen.getByText(/Version 1 was used/)).toBeInTheDocument();
    expect(anomalies).toHaveBeenCalledWith({ status: 'open', page: 0, size: 50 });
    const link = await screen.findByRole('link', { name: 'STRIPE_LIVE' });
    expect(link).toHaveAttribute('href', '#/key?id=k1&name=STRIPE_LIVE');
    fireEvent.click(
      screen.getByRole('button', { name: 'Resolve old value still in use of STRIPE_LIVE' }),
    );
    expect(
      await screen.findByText('Resolved: Old value still in use of STRIPE_LIVE.'),
    ).toBeInTheDocument();
    expect(resolve).toHaveBeenCalledWith('an1');
    expect(await screen.findByText('No open anomalies')).toBeInTheDocument();
  });

  it('shows the resolved ones on request', async () => {
    const anomalies = vi.fn(async ({ status }: { status: string }) => ({
      items:
        status === 'resolved'
          ? [{ ...OPEN, status: 'resolved', resolved_at: '2026-11-30T13:00:00Z' }]
          : [],
      page: 0,
      size: 50,
      total: status === 'resolved' ? 1 : 0,
    }));
    renderAnomalies(anomalies);
    expect(
      await screen.findByText(/create an ingest token and report with it/),
    ).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Resolved' }));
    expect(await screen.findByText(/^Resolved 11\/30\/2026|^Resolved /)).toBeInTheDocument();
    await waitFor(() =>
      expect(anomalies).toHaveBeenLastCalledWith({ status: 'resolved', page: 0, size: 50 }),
    );
    expect(screen.queryByRole('button', { name: /^Resolve / })).not.toBeInTheDocument();
  });
});
