import { describeError } from '../api/client';
import { planLimitOf, planName } from '../lib/plan';

/** Any error as a readable message, with its code and request id for support. */
export function ErrorBanner({ error, onDismiss }: { error: unknown; onDismiss?: () => void }) {
  if (!error) return null;
  const { message, code, requestId } = describeError(error);
  const limit = planLimitOf(error);
  return (
    <div className="banner banner-error" role="alert">
      <div>
        <strong>{message}</strong>
        {limit && (
          <p className="banner-plan">
            This needs the {planName(limit.requiredPlan)} plan.{' '}
            <a href="#/billing">See plans and upgrade</a>
          </p>
        )}
        {(code || requestId) && (
          <details className="banner-meta">
            <summary>Details for support</summary>
            {code && <span>Code: {code}</span>}
            {requestId && (
              <span>
                {' '}
                Request id: <code>{requestId}</code>
              </span>
            )}
          </details>
        )}
      </div>
      {onDismiss && (
        <button type="button" className="btn-icon" onClick={onDismiss} aria-label="Dismiss error">
          ×
        </button>
      )}
    </div>
  );
}
