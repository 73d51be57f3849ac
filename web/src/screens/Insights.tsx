import { useState, type FormEvent } from 'react';
import { ErrorBanner } from '../components/ErrorBanner';
import { Empty, Loading } from '../components/Status';
import { formatDateTime } from '../lib/keys';
import { keyPageHref } from '../lib/monitoring';
import { setHashQuery, useHashQuery } from '../lib/router';
import { useAction } from '../lib/useAction';
import { useAsync } from '../lib/useAsync';
import { useInsights, useVault } from '../session/context';
import type { QueryAnswer } from '../session/insights';

const SIZE = 50;

const TYPES: Record<string, string> = {
  exposed: 'Exposed',
  open_anomalies: 'Open anomalies',
  rotation_overdue: 'Rotation overdue',
  expired: 'Expired',
  expiring: 'Expiring soon',
  old_production_key: 'Old production key',
  unused: 'Unused',
  shared_widely: 'Shared widely',
  no_expiry: 'No expiry date',
  vulnerable_sdk: 'Vulnerable SDK',
  same_value_across_environments: 'Same value in several environments',
  vulnerable_dependency: 'Vulnerable dependency',
};

const EXAMPLES = [
  'which production stripe keys expire this month?',
  "what hasn't been used since March?",
  'show keys tagged billing with health under 50',
];

/** Insights from the keys' metadata, questions in plain language, and Resolve. */
export default function Insights() {
  const insights = useInsights();
  const vault = useVault();
  const query = new URLSearchParams(useHashQuery());
  const resolved = query.get('resolved') === 'true' ? 'true' : 'false';
  const type = query.get('type') ?? '';
  const severity = query.get('severity') ?? '';
  const list = useAsync(
    () =>
      insights.list({
        resolved,
        type: type || undefined,
        severity: severity || undefined,
        size: SIZE,
      }),
    [resolved, type, severity],
  );
  const names = useAsync(async () => {
    const live = await vault.list({}, 0, 200);
    return new Map(live.items.map((k) => [k.id, k.name]));
  }, []);
  const [question, setQuestion] = useState('');
  const [answer, setAnswer] = useState<QueryAnswer | null>(null);
  const [notice, setNotice] = useState('');
  const action = useAction();
  const data = list.data ?? list.latest;
  const items = data?.items ?? [];

  async function ask(e: FormEvent) {
    e.preventDefault();
    const q = question.trim();
    if (!q) return;
    await action.run(async () => setAnswer(await insights.ask(q)));
  }

  async function refresh() {
    const ok = await action.run(() => insights.refresh());
    if (ok) {
      setNotice('Insights refreshed.');
      list.reload();
    }
  }

  async function resolve(id: string, what: string) {
    const ok = await action.run(() => insights.resolve(id));
    if (ok) {
      setNotice(`Resolved: ${what}.`);
      list.reload();
    }
  }

  const keyLink = (id: string) => {
    const name = names.data?.get(id) ?? answer?.keys.find((k) => k.id === id)?.name;
    return (
      <a key={id} className="key-name" href={keyPageHref({ id, name: name ?? '' })}>
        {name ?? 'a key'}
      </a>
    );
  };

  return (
    <div className="page">
      <div className="page-head">
        <h1>Insights</h1>
        <button
          type="button"
          className="btn btn-small"
          disabled={action.busy}
          onClick={() => void refresh()}
        >
          Refresh
        </button>
      </div>
      <form
        className="card insight-ask"
        onSubmit={(e) => void ask(e)}
        aria-label="Question about your keys"
      >
        <label htmlFor="insight-question">Ask about your keys</label>
        <div className="insight-ask-row">
          <input
            id="insight-question"
            type="text"
            maxLength={500}
            placeholder={EXAMPLES[0]}
            value={question}
            onChange={(e) => setQuestion(e.target.value)}
          />
          <button
            type="submit"
            className="btn btn-primary"
            disabled={action.busy || !question.trim()}
          >
            Ask
          </button>
        </div>
        <p className="hint">
          Answered from names, services, environments, tags, dates and health only; no value leaves
          your browser. Try:{' '}
          {EXAMPLES.map((x, i) => (
            <span key={x}>
              {i > 0 && ' · '}
              <button type="button" className="link" onClick={() => setQuestion(x)}>
                {x}
              </button>
            </span>
          ))}
        </p>
        {answer && (
          <div className="insight-answer" role="status" aria-label="Answer">
            <p>{answer.answer}</p>
            {answer.keys.length > 0 && (
              <ul className="insight-keys">
                {answer.keys.map((k) => (
                  <li key={k.id}>
                    <a className="key-name" href={keyPageHref({ id: k.id, name: k.name })}>
                      {k.name}
                    </a>{' '}
                    <span className="hint">
                      {k.service} · {k.environment}
                    </span>
                  </li>
                ))}
              </ul>
            )}
            <p className="hint">
              Answered by {answer.source === 'llm' ? 'the language model' : 'the rules'}.
            </p>
          </div>
        )}
      </form>
      <div className="insight-filters" role="group" aria-label="Filter insights">
        <div className="segmented" role="group" aria-label="Show">
          {(['false', 'true'] as const).map((r) => (
            <button
              key={r}
              type="button"
              className="btn btn-small"
              aria-pressed={resolved === r}
              onClick={() =>
                setHashQuery({
                  resolved: r === 'true' ? 'true' : undefined,
                  type: type || undefined,
                  severity: severity || undefined,
                })
              }
            >
              {r === 'false' ? 'Open' : 'Resolved'}
            </button>
          ))}
        </div>
        <label>
          Type{' '}
          <select
            value={type}
            onChange={(e) =>
              setHashQuery({
                resolved: resolved === 'true' ? 'true' : undefined,
                type: e.target.value || undefined,
                severity: severity || undefined,
              })
            }
          >
            <option value="">All</option>
            {Object.entries(TYPES).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Severity{' '}
          <select
            value={severity}
            onChange={(e) =>
              setHashQuery({
                resolved: resolved === 'true' ? 'true' : undefined,
                type: type || undefined,
                severity: e.target.value || undefined,
              })
            }
          >
            <option value="">All</option>
            {['critical', 'high', 'medium', 'low'].map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
      </div>
      {notice && (
        <div className="banner banner-ok" role="status">
          {notice}
        </div>
      )}
      <ErrorBanner
        error={action.error ?? list.error}
        onDismiss={action.error ? action.clear : undefined}
      />
      {!data ? (
        !list.error && <Loading label="Loading insights…" />
      ) : items.length === 0 ? (
        <Empty title={resolved === 'true' ? 'Nothing resolved yet' : 'No open insights'}>
          <p>Insights are refreshed with every anomaly scan; Refresh checks your keys now.</p>
        </Empty>
      ) : (
        <ul
          className="anomaly-list"
          aria-label={resolved === 'true' ? 'Resolved insights' : 'Open insights'}
        >
          {items.map((i) => (
            <li key={i.id} className="card anomaly" data-insight-type={i.type}>
              <div className="anomaly-head">
                <span className={`badge sev sev-${i.severity}`}>{i.severity}</span>
                <strong>{TYPES[i.type] ?? i.type}</strong>
                {i.cve_id && <span className="badge">{i.cve_id}</span>}
                <span className="hint">
                  since <time dateTime={i.created_at}>{formatDateTime(i.created_at)}</time>
                </span>
              </div>
              <p className="anomaly-text">{i.description}</p>
              <p className="anomaly-text">
                <strong>What to do:</strong> {i.recommendation}
              </p>
              <div className="anomaly-foot">
                <span className="insight-key-links">
                  Keys:{' '}
                  {i.key_ids.slice(0, 10).map((id, n) => (
                    <span key={id}>
                      {n > 0 && ', '}
                      {keyLink(id)}
                    </span>
                  ))}
                  {i.key_ids.length > 10 && ` and ${i.key_ids.length - 10} more`}
                </span>
                {i.resolved ? (
                  <span className="hint">Resolved {formatDateTime(i.resolved_at)}</span>
                ) : (
                  <button
                    type="button"
                    className="btn btn-small"
                    disabled={action.busy}
                    aria-label={`Resolve ${(TYPES[i.type] ?? i.type).toLowerCase()}`}
                    onClick={() => void resolve(i.id, TYPES[i.type] ?? i.type)}
                  >
                    Resolve
                  </button>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
