import { lazy, Suspense } from 'react';
import { ErrorBanner } from '../components/ErrorBanner';
import { RiskRanking } from '../components/RiskRanking';
import { Empty, Loading } from '../components/Status';
import { ENVIRONMENTS } from '../api/types';
import type { KeyQuery } from '../session/keyhaven';
import {
  ATTENTION_LABEL,
  attentionReasons,
  countBy,
  formatDate,
  formatDateTime,
  HEALTH_COLORS,
  healthBuckets,
} from '../lib/keys';
import { serviceLabel } from '../lib/serviceGuess';
import { useAsync } from '../lib/useAsync';
import { actionWords, isKeyAction } from '../lib/auditWords';
import { useAudit, useSession, useVault } from '../session/context';

const BarChart = lazy(() => import('../components/Charts').then((m) => ({ default: m.BarChart })));

/** Keys read for the charts and the attention list (the server's largest page). */
const SAMPLE = 200;
const number = new Intl.NumberFormat();

export default function Dashboard() {
  const vault = useVault();
  const audit = useAudit();
  const state = useSession();
  const me = state.status === 'unlocked' ? state.userId : '';
  // Counts come from the server (one tiny page per figure); the charts and the attention list
  // read the most recent keys only, so a vault of 100,000 keys opens as fast as one of 10.
  const counts = useAsync(async () => {
    const total = (q: KeyQuery) => vault.list(q, 0, 1).then((p) => p.total);
    const envs = await Promise.all(ENVIRONMENTS.map((environment) => total({ environment })));
    return Object.fromEntries(ENVIRONMENTS.map((e, i) => [e, envs[i]]));
  }, []);
  const recent = useAsync(() => vault.list({}, 0, SAMPLE), []);
  const keys = { ...recent, data: recent.data?.items };
  // Recent activity leaves out the list reads each screen makes; the audit log keeps them.
  const activity = useAsync(
    () =>
      audit
        .list({ page: 0, size: 50 })
        .then((p) => p.items.filter((a) => a.action !== 'key.list').slice(0, 10)),
    [],
  );

  const all = keys.data ?? [];
  const total = recent.data?.total ?? all.length;
  const byEnv = counts.data ?? {};
  const byService = Object.entries(countBy(all, (k) => k.service)).sort((a, b) => b[1] - a[1]);
  const sampled = total > all.length;
  const attention = all
    .map((k) => ({ key: k, reasons: attentionReasons(k) }))
    .filter((a) => a.reasons.length > 0)
    .sort(
      (a, b) =>
        Number(b.key.exposed) - Number(a.key.exposed) || a.key.health_score - b.key.health_score,
    );

  return (
    <div className="page">
      <div className="page-head">
        <h1>Dashboard</h1>
        <a className="btn btn-primary" href="#/vault">
          Open vault
        </a>
      </div>
      <ErrorBanner error={keys.error ?? counts.error} />
      {keys.loading || counts.loading ? (
        <Loading label="Loading your keys…" />
      ) : all.length === 0 && !keys.error ? (
        <Empty title="Your vault is empty">
          <p>
            <a href="#/vault">Add your first key</a> or import a .env file.
          </p>
        </Empty>
      ) : (
        <>
          <section className="tiles" aria-label="Keys by environment">
            <div className="tile">
              <span className="tile-value">{number.format(total)}</span>
              <span className="tile-label">Keys</span>
            </div>
            {ENVIRONMENTS.map((env) => (
              <div className="tile" key={env}>
                <span className="tile-value">{number.format(byEnv[env] ?? 0)}</span>
                <span className="tile-label">{env}</span>
              </div>
            ))}
            <div className="tile tile-warn">
              <span className="tile-value">{attention.length}</span>
              <span className="tile-label">Need attention</span>
            </div>
          </section>

          <div className="grid-2">
            <section className="card" aria-labelledby="by-service">
              <h2 id="by-service">By service</h2>
              {sampled && <p className="hint">Of the {all.length} most recently added keys.</p>}
              <ul className="bars">
                {byService.map(([service, n]) => (
                  <li key={service}>
                    <span>{serviceLabel(service)}</span>
                    <span
                      className="bar"
                      style={{ width: `${(100 * n) / Math.max(1, all.length)}%` }}
                      aria-hidden="true"
                    />
                    <span className="bar-n">{number.format(n)}</span>
                  </li>
                ))}
              </ul>
            </section>
            <section className="card" aria-labelledby="health">
              <h2 id="health">Health scores</h2>
              {sampled && <p className="hint">Of the {all.length} most recently added keys.</p>}
              <Suspense fallback={<Loading label="Loading chart…" />}>
                <BarChart
                  title="Keys by health score"
                  data={healthBuckets(all).map((b) => ({ label: b.label, value: b.count }))}
                  colors={HEALTH_COLORS}
                />
              </Suspense>
            </section>
          </div>

          <RiskRanking />

          <section className="card" aria-labelledby="attention">
            <h2 id="attention">Keys needing attention</h2>
            {sampled && <p className="hint">Among the {all.length} most recently added keys.</p>}
            {attention.length === 0 ? (
              <p className="hint">Nothing expiring, old or exposed.</p>
            ) : (
              <ul className="attention-list">
                {attention.slice(0, 10).map(({ key, reasons }) => (
                  <li key={key.id}>
                    <span>
                      <strong>{key.name}</strong>{' '}
                      <span className="hint">
                        {serviceLabel(key.service)} · {key.metadata.environment}
                      </span>
                    </span>
                    <span>
                      {reasons.map((r) => (
                        <span key={r} className={`badge badge-${r}`}>
                          {ATTENTION_LABEL[r]}
                          {r === 'expiring' || r === 'expired'
                            ? ` ${formatDate(key.metadata.expires_at)}`
                            : ''}
                        </span>
                      ))}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}

      <section className="card" aria-labelledby="activity">
        <h2 id="activity">Recent activity</h2>
        <ErrorBanner error={activity.error} />
        {activity.loading ? (
          <Loading />
        ) : (activity.data?.length ?? 0) === 0 ? (
          !activity.error && <p className="hint">No activity yet.</p>
        ) : (
          <ul className="activity">
            {activity.data?.map((a) => (
              <li key={a.id}>
                <span>
                  {a.user_id === me ? 'You' : 'A team member'} {actionWords(a)}
                  {isKeyAction(a.action) && (
                    <>
                      {' '}
                      <strong className="key-name">
                        {all.find((k) => k.id === a.resource_id)?.name ?? 'a key'}
                      </strong>
                    </>
                  )}
                </span>{' '}
                <span className="hint">{formatDateTime(a.timestamp)}</span>
              </li>
            ))}
          </ul>
        )}
        <a href="#/audit">Full audit log</a>
      </section>
    </div>
  );
}
