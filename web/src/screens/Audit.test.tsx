// @vitest-environment jsdom
import { render, screen, waitFor } from '@testing-library/react';
import { apiKey } from '../test/fixtures';
import { describe, expect, it, vi } from 'vitest';
import { KeyHavenContext } from '../session/context';
import { stubKeyHaven } from '../test/stubKeyHaven';
import Audit from './Audit';

function renderAudit(verify: unknown) {
  const kh = stubKeyHaven({
    audit: {
      list: vi.fn().mockResolvedValue({
        items: [
          {
            id: 'a1',
            action: 'key.read',
            user_id: 'u1',
            resource: 'key',
            resource_id: 'k1',
            timestamp: '2026-05-01T10:00:00Z',
            ip_address: '127.0.0.1',
          },
        ],
        page: 0,
        size: 50,
        total: 1,
      }),
      verify: vi.fn().mockResolvedValue(verify),
    },
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
      <Audit />
    </KeyHavenContext.Provider>,
  );
}

describe('Audit log', () => {
  it('lists entries and shows an intact chain', async () => {
    renderAudit({ valid: true, entries: 12, unsealed: 2 });
    const row = await screen.findByRole('row', { name: /revealed/ });
    await waitFor(() => expect(row).toHaveTextContent('t@example.com revealed STRIPE_LIVE'));
    expect(
      await screen.findByText(/Intact: 12 entries verified, 2 not yet sealed/),
    ).toBeInTheDocument();
  });

  it('says where a broken chain breaks', async () => {
    renderAudit({ valid: false, entries: 12, first_bad_id: 'e-7', problem: 'hash_mismatch' });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The chain is broken at entry e-7 (hash mismatch): the log was altered.',
    );
  });
});
