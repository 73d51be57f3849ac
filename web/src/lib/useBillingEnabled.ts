import { useBilling } from '../session/context';
import { billingOn } from './plan';
import { useAsync } from './useAsync';

/** True when the server bills (hosted); false while unknown, on error and with billing off. */
export function useBillingEnabled(): boolean {
  const billing = useBilling();
  const sub = useAsync(() => billing.subscription(), []);
  return billingOn(sub.data);
}
