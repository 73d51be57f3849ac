import { useState } from 'react';
import { ErrorBanner } from '../components/ErrorBanner';
import { Empty, Loading } from '../components/Status';
import { formatDateTime } from '../lib/keys';
import { keyPageHref, kindLabel, sortAnomalies } from '../lib/monitoring';
import { setHashQuery, useHashQuery } from '../lib/router';
import { useAction } from '../lib/useAction';
import { useAsync } from '../lib/useAsync';
import { useMonitoring, useVault } from '../session/context';
import type { AnomalyStatus } from '../session/monitoring';

const SIZE = 50;

/** Unusual use of keys found by the scan, most severe first, with Resolve. */
export default function Anomalies() {
  const monitoring = useMonitoring();
  const vault = useVault();
  const query = new URLSearchParams(useHashQuery());
  const status: AnomalyStatus = query.get('status') === 'resolved' ? 'resolved' : 'open';
  const page = Math.max(0, Number.parseInt(query.get('page') ?? '1', 10) - 1 || 0);
  const list = useAsync(() => monitoring.anomalies({ status, page, size: SIZE }), [status, page]);
  // Names for the key ids: the newest keys and the trash (metadata only, no value is read).
  const names = useAsync(async () => {
    const [live, trash] = await Promise.all([
      vault.list({}, 0, 200),
      vault.list({ deleted: true }, 0, 200),
    ]);
    return new Map([...live.items, ...trash.items].map((k) => [k.id, k.name]));
  }, []);
  const [notice, setNotice] = useState('');
  const action = useAction();
  const data = list.data ?? list.latest;
  const items = sortAnomalies(data?.items ?? []);
  const total = data?.total ?? 0;
  const lastPage = Math.max(0, Math.ceil(total / SIZE) - 1);

  async function resolve(id: string, what: string) {
    const ok = await action.run(() => monitoring.resolve(id));
    if (ok) {
      setNotice(`Resolved: ${what}.`);
      list.reload();
    }
  }

  return (
    <div className="page">
      <div className="page-head">
        <h1>Anomalies</h1>
        <div className="segmented" role="group" aria-label="Show">
          {(['open', 'resolved'] as const).map((s) => (
            <button
              key={s}
              type="button"
              className="btn btn-small"
              aria-pressed={status === s}
              onClick={() => {
                setNotice('');
                setHashQuery({ status: s === 'open' ? undefined : s });
              }}
            >
              {s === 'open' ? 'Open' : 'Resolved'}
            </button>
          ))}
        </div>
      </div>
      <p className="legend">
        Every 15 minutes KeyHaven compares each key&apos;s reported usage with its own history: a
        spike, a jump in errors, a new network, an unusual hour, use after expiry or of a value you
        rotated away. Check each finding, then resolve it.
      </p>
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
        !list.error && <Loading label="Loading anomalies…" />
      ) : items.length === 0 ? (
        status === 'open' ? (
          <Empty title="No open anomalies">
            <p>
              Anomalies come from the usage your applications report. If no key reports usage yet,
              open a key from the <a href="#/vault">vault</a> (click its name), create an ingest
              token and report with it; findings show up here.
            </p>
          </Empty>
        ) : (
          <Empty title="Nothing resolved yet" />
        )
      ) : (
        <ul
          className="anomaly-list"
          aria-label={status === 'open' ? 'Open anomalies' : 'Resolved anomalies'}
        >
          {items.map((a) => {
            const name = names.data?.get(a.key_id);
            return (
              <li key={a.id} className="card anomaly" data-anomaly-kind={a.kind}>
                <div className="anomaly-head">
                  <span className={`badge sev sev-${a.severity}`}>{a.severity}</span>
                  <strong>{kindLabel(a.kind)}</strong>
                  <span className="hint">
                    detected <time dateTime={a.detected_at}>{formatDateTime(a.detected_at)}</time>
                  </span>
                </div>
                <p className="anomaly-text">{a.description}</p>
                <div className="anomaly-foot">
                  <span>
                    Key:{' '}
                    <a className="key-name" href={keyPageHref({ id: a.key_id, name: name ?? '' })}>
                      {name ?? 'a key not among your 200 newest'}
                    </a>
                  </span>
                  {a.status === 'open' ? (
                    <button
                      type="button"
                      className="btn btn-small"
                      disabled={action.busy}
                      aria-label={`Resolve ${kindLabel(a.kind).toLowerCase()} of ${name ?? 'this key'}`}
                      onClick={() =>
                        void resolve(a.id, `${kindLabel(a.kind)} of ${name ?? 'a key'}`)
                      }
                    >
                      Resolve
                    </button>
                  ) : (
                    <span className="hint">
                      Resolved {a.resolved_at ? formatDateTime(a.resolved_at) : ''}
                    </span>
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {total > SIZE && (
        <nav className="pager" aria-label="Pages">
          <button
            type="button"
            className="btn btn-small"
            disabled={page === 0}
            onClick={() => setHashQuery({ status, page: page })}
          >
            Previous
          </button>
          <span className="hint">
            Page {page + 1} of {lastPage + 1}
          </span>
          <button
            type="button"
            className="btn btn-small"
            disabled={page >= lastPage}
            onClick={() => setHashQuery({ status, page: page + 2 })}
          >
            Next
          </button>
        </nav>
      )}
    </div>
  );
}
