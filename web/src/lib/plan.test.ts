import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client';
import type { Subscription } from '../api/types';
import {
  atKeyLimit,
  billingOn,
  keyUsageText,
  planLimitOf,
  planName,
  safeRedirect,
  statusText,
  upgradesFrom,
} from './plan';

function sub(over: Partial<Subscription> = {}): Subscription {
  return {
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
    usage: { keys: 3, read_only_keys: 0, teams: 0 },
    ...over,
  };
}

describe('plan helpers', () => {
  it('reads the plan that lifts a PLAN_LIMIT answer', () => {
    const e = new ApiError(
      402,
      {
        code: 'PLAN_LIMIT',
        message: 'Teams need the Team plan',
        details: { required_plan: 'team' },
      },
      null,
    );
    expect(planLimitOf(e)).toEqual({ message: 'Teams need the Team plan', requiredPlan: 'team' });
    const bare = new ApiError(402, { code: 'PLAN_LIMIT', message: 'Limit' }, null);
    expect(planLimitOf(bare)?.requiredPlan).toBe('pro');
    expect(planLimitOf(new ApiError(409, { code: 'CONFLICT' }, null))).toBeNull();
    expect(planLimitOf(new Error('PLAN_LIMIT'))).toBeNull();
  });

  it('says usage against the key limit, or that there is none', () => {
    expect(keyUsageText(sub())).toBe('3 of 25 keys');
    expect(keyUsageText(sub({ limits: { ...sub().limits!, keys: null } }))).toBe(
      '3 keys (no limit)',
    );
    expect(keyUsageText(sub({ usage: { keys: 1, read_only_keys: 0, teams: 0 } }))).toBe(
      '1 of 25 keys',
    );
    expect(atKeyLimit(sub())).toBe(false);
    expect(atKeyLimit(sub({ usage: { keys: 25, read_only_keys: 0, teams: 0 } }))).toBe(true);
    expect(atKeyLimit(sub({ limits: { ...sub().limits!, keys: null } }))).toBe(false);
  });

  it('offers only the plans above the current one', () => {
    expect(upgradesFrom('free')).toEqual(['pro', 'team']);
    expect(upgradesFrom('pro')).toEqual(['team']);
    expect(upgradesFrom('team')).toEqual([]);
  });

  it('follows only web addresses to Stripe', () => {
    expect(safeRedirect('https://checkout.stripe.com/c/pay/cs_test_1')).toBe(
      'https://checkout.stripe.com/c/pay/cs_test_1',
    );
    expect(safeRedirect('javascript:alert(1)')).toBeNull();
    expect(safeRedirect('not a url')).toBeNull();
    expect(safeRedirect(undefined)).toBeNull();
  });

  it('names plans and statuses in words', () => {
    expect(planName('pro')).toBe('Pro');
    expect(planName('enterprise')).toBe('Enterprise');
    expect(statusText('past_due')).toMatch(/Payment failed/);
    expect(billingOn(sub())).toBe(true);
    expect(billingOn(sub({ billing_enabled: false }))).toBe(false);
    expect(billingOn(undefined)).toBe(false);
  });
});
