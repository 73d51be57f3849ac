import { ApiError } from '../api/client';
import type { PaidPlan, Subscription } from '../api/types';

export const PLAN_NAMES: Record<string, string> = { free: 'Free', pro: 'Pro', team: 'Team' };

export function planName(tier: string | null | undefined): string {
  if (!tier) return 'Unknown';
  return PLAN_NAMES[tier] ?? tier.charAt(0).toUpperCase() + tier.slice(1);
}

/** What each paid plan adds, for the upgrade cards. */
export const PLAN_OFFERS: readonly { plan: PaidPlan; points: string[] }[] = [
  {
    plan: 'pro',
    points: ['Unlimited keys', 'Automated rotation', 'Security insights', 'Integrations'],
  },
  {
    plan: 'team',
    points: [
      'Everything in Pro',
      'Shared team vaults',
      'Roles for members (viewer, editor, admin)',
    ],
  },
];

const RANK: Record<string, number> = { free: 0, pro: 1, team: 2 };

/** The paid plans above the current one (nothing to offer on Team). */
export function upgradesFrom(tier: string): PaidPlan[] {
  const r = RANK[tier] ?? 0;
  return PLAN_OFFERS.map((o) => o.plan).filter((p) => RANK[p] > r);
}

/** A 402 PLAN_LIMIT answer: the server's sentence and the plan that lifts the limit. */
export function planLimitOf(error: unknown): { message: string; requiredPlan: string } | null {
  if (!(error instanceof ApiError) || error.code !== 'PLAN_LIMIT') return null;
  const required = error.details?.required_plan;
  return {
    message: error.message,
    requiredPlan: typeof required === 'string' && required ? required : 'pro',
  };
}

/** "12 of 25 keys" (a limit) or "12 keys (unlimited)". */
export function keyUsageText(sub: Subscription): string {
  const used = sub.usage?.keys ?? 0;
  const limit = sub.limits?.keys;
  const noun = (n: number) => (n === 1 ? 'key' : 'keys');
  if (limit === null || limit === undefined) return `${used} ${noun(used)} (no limit)`;
  return `${used} of ${limit} ${noun(limit)}`;
}

/** True at or past the key limit (a new personal key would be refused). */
export function atKeyLimit(sub: Subscription): boolean {
  const limit = sub.limits?.keys;
  return limit !== null && limit !== undefined && (sub.usage?.keys ?? 0) >= limit;
}

/** Stripe statuses in words. */
export function statusText(status: string): string {
  switch (status) {
    case 'active':
      return 'Active';
    case 'trialing':
      return 'Trial';
    case 'past_due':
      return 'Payment failed — please update your card';
    case 'canceled':
      return 'Canceled';
    case 'unpaid':
      return 'Unpaid';
    case 'incomplete':
      return 'Waiting for payment';
    case 'none':
    case '':
      return 'No subscription';
    default:
      return status.replace(/_/g, ' ');
  }
}

/** A checkout or portal address from the server, if it is a web address (never `javascript:`). */
export function safeRedirect(url: unknown): string | null {
  if (typeof url !== 'string') return null;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
  } catch {
    return null;
  }
}

/** Billing is on for this server (false for an old server that has no billing endpoint). */
export function billingOn(sub: Subscription | undefined): boolean {
  return sub?.billing_enabled === true;
}
