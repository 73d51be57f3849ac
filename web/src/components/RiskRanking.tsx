import { keyPageHref } from '../lib/monitoring';
import { useAsync } from '../lib/useAsync';
import { useInsights } from '../session/context';

/**
 * The overview's "what to do first": the caller's keys at risk as the server ranks them (exposed,
 * open anomalies, rotation overdue, expiring, weak health). Hidden when insights are not part of
 * the plan or cannot be read.
 */
export function RiskRanking() {
  const insights = useInsights();
  const risks = useAsync(async () => insights.risks(5), []);
  if (risks.error || !risks.data) return null;
  return (
    <section className="card" aria-labelledby="risks">
      <h2 id="risks">What to do first</h2>
      {risks.data.items.length === 0 ? (
        <p className="hint">No key is exposed, anomalous, overdue, expiring or in weak health.</p>
      ) : (
        <ol className="attention-list">
          {risks.data.items.map((r) => (
            <li key={r.key_id}>
              <span>
                <a className="key-name" href={keyPageHref({ id: r.key_id, name: r.name })}>
                  {r.name}
                </a>{' '}
                <span className="hint">
                  {r.service} · {r.environment}
                </span>
              </span>
              <span>
                {r.reasons.map((x) => (
                  <span key={x.kind} className="badge" title={x.action}>
                    {x.detail}
                  </span>
                ))}
              </span>
            </li>
          ))}
        </ol>
      )}
      {risks.data.total > risks.data.items.length && (
        <p className="hint">
          {risks.data.total - risks.data.items.length} more on the <a href="#/insights">Insights</a>{' '}
          page.
        </p>
      )}
    </section>
  );
}
