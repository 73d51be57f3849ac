import type { ApiClient } from '../api/client';
import type { PaidPlan, RedirectUrl, Subscription } from '../api/types';

/** The plan in force, its limits and usage, and the ways to Stripe (Checkout, Customer Portal). */
export class BillingStore {
  constructor(private readonly api: ApiClient) {}

  subscription(): Promise<Subscription> {
    return this.api.get<Subscription>('/billing/subscription');
  }

  /** The URL of a Stripe Checkout page for the plan. */
  async checkoutUrl(plan: PaidPlan): Promise<string> {
    return (await this.api.post<RedirectUrl>('/billing/checkout', { plan })).url;
  }

  /** The URL of the Stripe Customer Portal (change card, cancel, invoices). */
  async portalUrl(): Promise<string> {
    return (await this.api.post<RedirectUrl>('/billing/portal')).url;
  }
}
