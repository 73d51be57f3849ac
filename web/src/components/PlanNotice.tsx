import { billingOn } from '../lib/plan';
import { useAsync } from '../lib/useAsync';
import { useBilling } from '../session/context';

/**
 * Says why some keys cannot be changed after a downgrade (they stay readable), with a way to the
 * plan screen. Shows nothing when no key is read-only or billing is off.
 */
export function PlanNotice() {
  const billing = useBilling();
  const sub = useAsync(() => billing.subscription(), []);
  const s = sub.data;
  const readOnly = s?.usage?.read_only_keys ?? 0;
  if (!s || !billingOn(s) || readOnly === 0) return null;
  return (
    <div className="banner banner-warn" role="note">
      <strong>
        {readOnly} {readOnly === 1 ? 'key is' : 'keys are'} read-only on your current plan.
      </strong>{' '}
      {s.notice ??
        'Your plan holds fewer keys than you have: the newest ones can still be revealed and copied, but not changed.'}{' '}
      <a href="#/billing">See your plan</a>
    </div>
  );
}
