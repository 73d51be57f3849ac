import { useEffect, useState } from 'react';
import type { PaidPlan, Subscription } from '../api/types';
import { ErrorBanner } from '../components/ErrorBanner';
import { Loading, Progress } from '../components/Status';
import { formatDate } from '../lib/keys';
import {
  billingOn,
  keyUsageText,
  PLAN_OFFERS,
  planName,
  safeRedirect,
  statusText,
  upgradesFrom,
} from '../lib/plan';
import { useHashQuery } from '../lib/router';
import { useAction } from '../lib/useAction';
import { useAsync } from '../lib/useAsync';
import { useBilling } from '../session/context';

const FEATURES: {
  key: 'teams' | 'automated_rotation' | 'insights' | 'integrations';
  label: string;
}[] = [
  { key: 'automated_rotation', label: 'Automated rotation' },
  { key: 'insights', label: 'Security insights' },
  { key: 'integrations', label: 'Integrations (GitHub)' },
  { key: 'teams', label: 'Teams with roles' },
];

/** The plan in force, usage against its limits, upgrade through Stripe Checkout, and the portal. */
export default function Plan() {
  const billing = useBilling();
  const query = new URLSearchParams(useHashQuery());
  const returned = query.get('checkout');
  const sub = useAsync(() => billing.subscription(), []);
  const action = useAction();
  const [gaveUp, setGaveUp] = useState(false);

  // Back from a paid checkout: Stripe confirms by webhook, usually within seconds; ask again every
  // few seconds (for a minute) until the plan changes.
  const { reload } = sub;
  const tier = sub.data?.tier ?? sub.latest?.tier;
  const waiting = returned === 'done' && !gaveUp && (tier === undefined || tier === 'free');
  useEffect(() => {
    if (!waiting) return;
    let tries = 0;
    const timer = window.setInterval(() => {
      tries += 1;
      if (tries > 20) {
        window.clearInterval(timer);
        setGaveUp(true);
      } else reload();
    }, 3000);
    return () => window.clearInterval(timer);
  }, [waiting, reload]);

  async function go(fn: () => Promise<string>) {
    await action.run(async () => {
      const url = safeRedirect(await fn());
      if (!url) throw new Error('The payment page address from the server is not valid.');
      window.location.assign(url);
    });
  }

  const s = sub.data ?? sub.latest;
  return (
    <div className="page">
      <div className="page-head">
        <h1>Plan</h1>
      </div>
      {returned === 'done' && (
        <p className="banner banner-ok" role="status">
          {waiting
            ? 'Thank you — your payment went through. Your new plan appears here as soon as Stripe confirms it (usually a few seconds).'
            : s && s.tier !== 'free'
              ? `Thank you — you are on the ${planName(s.tier)} plan now.`
              : 'Your payment went through, but Stripe has not confirmed it yet. Reload this page in a minute.'}
        </p>
      )}
      {returned === 'canceled' && (
        <p className="banner banner-warn" role="status">
          Checkout was canceled: nothing was charged and your plan is unchanged.
        </p>
      )}
      <ErrorBanner error={sub.error ?? action.error} onDismiss={action.clear} />
      {!s ? (
        sub.loading && <Loading />
      ) : !billingOn(s) ? (
        <BillingOff />
      ) : (
        <>
          {s.notice && (
            <p className="banner banner-warn" role="note">
              {s.notice}
            </p>
          )}
          <div className="grid-2">
            <section className="card" aria-labelledby="plan-current">
              <h2 id="plan-current">Current plan</h2>
              <dl className="facts">
                <dt>Plan</dt>
                <dd>
                  <strong className="plan-name">{planName(s.tier)}</strong>
                </dd>
                <dt>Status</dt>
                <dd>{statusText(s.status)}</dd>
                {s.current_period_end && (
                  <>
                    <dt>{s.status === 'canceled' ? 'Ends' : 'Renews'}</dt>
                    <dd>{formatDate(s.current_period_end)}</dd>
                  </>
                )}
                {s.grace_until && (
                  <>
                    <dt>Pay before</dt>
                    <dd>{formatDate(s.grace_until)}</dd>
                  </>
                )}
              </dl>
              {s.tier !== 'free' || s.status !== 'active' ? (
                <p className="plan-actions">
                  <button
                    type="button"
                    className="btn"
                    disabled={action.busy}
                    onClick={() => void go(() => billing.portalUrl())}
                  >
                    Manage billing (card, invoices, cancel)
                  </button>
                </p>
              ) : null}
            </section>
            <Usage sub={s} />
          </div>
          <Upgrades
            tier={s.tier}
            busy={action.busy}
            onUpgrade={(plan) => void go(() => billing.checkoutUrl(plan))}
          />
        </>
      )}
    </div>
  );
}

function Usage({ sub }: { sub: Subscription }) {
  const limit = sub.limits?.keys;
  const used = sub.usage?.keys ?? 0;
  const readOnly = sub.usage?.read_only_keys ?? 0;
  return (
    <section className="card" aria-labelledby="plan-usage">
      <h2 id="plan-usage">Usage</h2>
      <p className="plan-usage-line">
        Personal keys: <strong>{keyUsageText(sub)}</strong>
      </p>
      {limit !== null && limit !== undefined && (
        <Progress value={Math.min(used, limit)} max={limit} label="Keys used of the plan's limit" />
      )}
      {limit !== null && limit !== undefined && used >= limit && readOnly === 0 && (
        <p className="hint">You have reached the limit: a new personal key needs the Pro plan.</p>
      )}
      {readOnly > 0 && (
        <p className="hint">
          {readOnly} {readOnly === 1 ? 'key is' : 'keys are'} read-only: you can still reveal and
          copy {readOnly === 1 ? 'it' : 'them'}, but not change {readOnly === 1 ? 'it' : 'them'}.
        </p>
      )}
      <ul className="plan-features" aria-label="Features of your plan">
        {FEATURES.map((f) => {
          const on = sub.limits?.[f.key] === true;
          return (
            <li key={f.key} className={on ? 'on' : 'off'}>
              <span aria-hidden="true">{on ? '✓' : '–'}</span> {f.label}
              <span className="sr-only">{on ? ': included' : ': not included'}</span>
            </li>
          );
        })}
      </ul>
      <p className="hint">Teams you own: {sub.usage?.teams ?? 0}</p>
    </section>
  );
}

function Upgrades({
  tier,
  busy,
  onUpgrade,
}: {
  tier: string;
  busy: boolean;
  onUpgrade: (plan: PaidPlan) => void;
}) {
  const plans = upgradesFrom(tier);
  if (plans.length === 0) return null;
  return (
    <section className="card" aria-labelledby="plan-upgrade">
      <h2 id="plan-upgrade">Upgrade</h2>
      <p className="hint">
        Payment is handled by Stripe; KeyHaven never sees your card. Your keys stay end-to-end
        encrypted on every plan.
      </p>
      <div className="plan-offers">
        {PLAN_OFFERS.filter((o) => plans.includes(o.plan)).map((o) => (
          <div key={o.plan} className="plan-offer">
            <h3>{planName(o.plan)}</h3>
            <ul>
              {o.points.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
            <button
              type="button"
              className="btn btn-primary"
              disabled={busy}
              onClick={() => onUpgrade(o.plan)}
            >
              {busy ? 'Opening checkout…' : `Upgrade to ${planName(o.plan)}`}
            </button>
          </div>
        ))}
      </div>
    </section>
  );
}

function BillingOff() {
  return (
    <section className="card" aria-labelledby="plan-off">
      <h2 id="plan-off">No billing on this server</h2>
      <p>
        This KeyHaven server runs without billing (local or self-hosted): every account has every
        feature — unlimited keys, teams, automated rotation, insights and integrations — and nothing
        is limited. There is nothing to pay or upgrade.
      </p>
      <p className="hint">
        Hosted deployments turn billing on with <code>KEYHAVEN_BILLING_ENABLED=true</code>.
      </p>
    </section>
  );
}
