// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Subscription } from '../api/types';
import { KeyHavenContext } from '../session/context';
import { stubKeyHaven } from '../test/stubKeyHaven';
import Plan from './Plan';

const FREE: Subscription = {
  tier: 'free',
  status: 'active',
  billing_enabled: true,
  limits: {
    keys: 25,
    teams: false,
    automated_rotation: false,
    insights: false,
    integrations: false,
  },
  usage: { keys: 25, read_only_keys: 0, teams: 0 },
  grace_until: null,
  current_period_end: null,
  notice: null,
};

function renderPlan(sub: Subscription, billing: Record<string, unknown> = {}) {
  const kh = stubKeyHaven({
    billing: { subscription: vi.fn().mockResolvedValue(sub), ...billing },
  });
  render(
    <KeyHavenContext.Provider value={kh}>
      <Plan />
    </KeyHavenContext.Provider>,
  );
}

afterEach(() => {
  window.location.hash = '';
});

describe('Plan screen', () => {
  it('says plainly that a server without billing limits nothing', async () => {
    renderPlan({ ...FREE, tier: 'team', billing_enabled: false, limits: undefined });
    expect(
      await screen.findByRole('heading', { name: 'No billing on this server' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Upgrade/ })).toBeNull();
  });

  it('shows usage against the limit and offers the plans above', async () => {
    renderPlan(FREE);
    expect(await screen.findByText('25 of 25 keys')).toBeInTheDocument();
    expect(screen.getByText(/You have reached the limit/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Upgrade to Pro' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Upgrade to Team' })).toBeEnabled();
    expect(screen.queryByRole('button', { name: /Manage billing/ })).toBeNull();
    expect(screen.getByRole('list', { name: 'Features of your plan' })).toHaveTextContent(
      'Automated rotation: not included',
    );
  });

  it('explains read-only keys after a downgrade', async () => {
    renderPlan({
      ...FREE,
      usage: { keys: 30, read_only_keys: 5, teams: 0 },
      notice: 'You have 30 keys and the free plan holds 25: the 5 newest are read-only.',
    });
    expect(await screen.findByRole('note')).toHaveTextContent('the 5 newest are read-only');
    expect(screen.getByText(/5 keys are read-only: you can still reveal/)).toBeInTheDocument();
  });

  it('refuses a checkout address that is not a web address', async () => {
    const checkoutUrl = vi.fn().mockResolvedValue('javascript:alert(1)');
    renderPlan(FREE, { checkoutUrl });
    await userEvent.click(await screen.findByRole('button', { name: 'Upgrade to Team' }));
    expect(checkoutUrl).toHaveBeenCalledWith('team');
    expect(await screen.findByRole('alert')).toHaveTextContent('is not valid');
  });

  it('on a paid plan offers the portal and only the higher plan', async () => {
    const portalUrl = vi.fn().mockRejectedValue(new Error('Stripe is not answering'));
    renderPlan(
      {
        ...FREE,
        tier: 'pro',
        limits: { ...FREE.limits!, keys: null, automated_rotation: true, insights: true },
        current_period_end: '2026-07-01T00:00:00Z',
      },
      { portalUrl },
    );
    expect(await screen.findByText('25 keys (no limit)')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Upgrade to Pro' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Upgrade to Team' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /Manage billing/ }));
    expect(portalUrl).toHaveBeenCalled();
    expect(await screen.findByRole('alert')).toHaveTextContent('Stripe is not answering');
  });

  it('thanks the user back from checkout', async () => {
    window.location.hash = '#/billing?checkout=done';
    renderPlan({ ...FREE, tier: 'pro' });
    expect(await screen.findByText(/you are on the Pro plan now/)).toBeInTheDocument();
  });
});
