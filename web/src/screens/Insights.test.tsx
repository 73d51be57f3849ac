// @vitest-environment jsdom
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { KeyHavenContext } from '../session/context';
import type { Insight, QueryAnswer } from '../session/insights';
import { apiKey } from '../test/fixtures';
import { stubKeyHaven } from '../test/stubKeyHaven';
import Insights from './Insights';

const EXPOSED: Insight = {
  id: 'i1',
  type: 'exposed',
  severity: 'critical',
  description: "1 key is marked exposed: 'STRIPE_LIVE' (stripe, production).",
  recommendation: 'Rotate each at its provider now.',
  key_ids: ['k1'],
  cve_id: null,
  fixed_versions: null,
  resolved: false,
  resolved_at: null,
  created_at: '2026-11-30T12:05:00Z',
  updated_at: '2026-11-30T12:05:00Z',
};

const CVE: Insight = {
  ...EXPOSED,
  id: 'i2',
  type: 'vulnerable_sdk',
  severity: 'high',
  description: 'The stripe SDK (npm stripe) has advisory GHSA-6qvp-r6r3-9p7h (CVE-2022-31094)',
  recommendation: 'If your code uses this SDK, upgrade to a fixed version: stripe 8.222.0.',
  cve_id: 'CVE-2022-31094',
  fixed_versions: ['stripe 8.222.0'],
};

const ANSWER: QueryAnswer = {
  answer: '1 key matches: production stripe keys expiring before 2026-12-01.',
  filters: {
    environment: 'production',
    service: 'stripe',
    tags: [],
    team: null,
    created_before: null,
    created_after: null,
    expires_before: '2026-12-01',
    expires_after: null,
    expired: null,
    no_expiry: null,
    health_below: null,
    health_at_least: null,
    exposed: null,
    unused_since: null,
  },
  key_ids: ['k1'],
  keys: [{ id: 'k1', name: 'STRIPE_LIVE', service: 'stripe', environment: 'production' }],
  source: 'rules',
};

function renderInsights(stores: Record<string, ReturnType<typeof vi.fn>>) {
  const kh = stubKeyHaven({
    insights: stores,
    vault: {
      list: vi.fn(async () => ({
        items: [apiKey({ id: 'k1', name: 'STRIPE_LIVE' })],
        page: 0,
        size: 200,
        total: 1,
      })),
    },
  });
  render(
    <KeyHavenContext.Provider value={kh}>
      <Insights />
    </KeyHavenContext.Provider>,
  );
}

beforeEach(() => {
  window.location.hash = '#/insights';
});

describe('Insights', () => {
  it('lists open insights with links to their keys, and resolving one reloads the list', async () => {
    const list = vi
      .fn()
      .mockResolvedValueOnce({ items: [EXPOSED, CVE], page: 0, size: 50, total: 2 })
      .mockResolvedValue({ items: [CVE], page: 0, size: 50, total: 1 });
    const resolve = vi.fn().mockResolvedValue({ ...EXPOSED, resolved: true });
    renderInsights({ list, resolve });
    const link = await screen.findAllByRole('link', { name: 'STRIPE_LIVE' });
    expect(link[0].getAttribute('href')).toBe('#/key?id=k1&name=STRIPE_LIVE');
    expect(screen.getByText('CVE-2022-31094')).toBeTruthy();
    expect(list).toHaveBeenCalledWith({
      resolved: 'false',
      type: undefined,
      severity: undefined,
      size: 50,
    });
    fireEvent.click(screen.getByRole('button', { name: 'Resolve exposed' }));
    await waitFor(() => expect(resolve).toHaveBeenCalledWith('i1'));
    await screen.findByText('Resolved: Exposed.');
    await waitFor(() => expect(screen.queryByText(/marked exposed/)).toBeNull());
  });

  it('answers a question with the keys as links to their pages', async () => {
    const list = vi.fn().mockResolvedValue({ items: [], page: 0, size: 50, total: 0 });
    const ask = vi.fn().mockResolvedValue(ANSWER);
    renderInsights({ list, ask });
    await screen.findByText('No open insights');
    fireEvent.change(screen.getByLabelText('Ask about your keys'), {
      target: { value: 'which production stripe keys expire this month?' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Ask' }));
    await waitFor(() =>
      expect(ask).toHaveBeenCalledWith('which production stripe keys expire this month?'),
    );
    const answer = await screen.findByRole('status', { name: 'Answer' });
    expect(answer.textContent).toContain('1 key matches');
    expect(answer.textContent).toContain('Answered by the rules');
    const link = screen.getByRole('link', { name: 'STRIPE_LIVE' });
    expect(link.getAttribute('href')).toBe('#/key?id=k1&name=STRIPE_LIVE');
  });

  it('filters by type and severity through the address', async () => {
    const list = vi.fn().mockResolvedValue({ items: [], page: 0, size: 50, total: 0 });
    renderInsights({ list });
    await screen.findByText('No open insights');
    fireEvent.change(screen.getByLabelText(/Severity/), { target: { value: 'high' } });
    await waitFor(() => expect(window.location.hash).toContain('severity=high'));
  });
});
