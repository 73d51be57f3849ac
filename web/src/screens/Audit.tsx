import { useState } from 'react';
import { ErrorBanner } from '../components/ErrorBanner';
import { Empty, Loading } from '../components/Status';
import { formatDateTime } from '../lib/keys';
import { useAsync } from '../lib/useAsync';
import { useAudit } from '../session/context';

const SIZE = 50;

export default function Audit() {
  const audit = useAudit();
  const [action, setAction] = useState('');
  const [resourceId, setResourceId] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [page, setPage] = useState(0);
  const query = {
    action: action.trim() || undefined,
    resource_id: resourceId.trim() || undefined,
    from: from ? new Date(`${from}T00:00:00`).toISOString() : undefined,
    to: to ? new Date(`${to}T23:59:59`).toISOString() : undefined,
    page,
    size: SIZE,
  };
  const entries = useAsync(() => audit.list(query), [JSON.stringify(query)]);
  const verify = useAsync(() => audit.verify(), []);
  const total = entries.data?.total ?? 0;

  return (
    <div className="page">
      <div className="page-head">
        <h1>Audit log</h1>
      </div>
      <section className="card" aria-labelledby="chain">
        <h2 id="chain">Chain verification</h2>
        {verify.loading ? (
          <Loading label="Verifying the hash chain…" />
        ) : verify.error ? (
          <ErrorBanner error={verify.error} />
        ) : verify.data?.valid ? (
          <p className="banner banner-ok" role="status">
            ✓ Intact: {verify.data.entries} entries verified
            {verify.data.unsealed ? `, ${verify.data.unsealed} not yet sealed` : ''}.
          </p>
        ) : (
          <p className="banner banner-error" role="alert">
            ✗ The chain is broken
            {verify.data?.first_bad_id ? ` at entry ${verify.data.first_bad_id}` : ''}
            {verify.data?.problem ? ` (${verify.data.problem.replace(/_/g, ' ')})` : ''}: the log
            was altered.
          </p>
        )}
        <button type="button" className="btn btn-small" onClick={verify.reload}>
          Verify again
        </button>
      </section>
      <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <label>
          Action
          <input
            value={action}
            onChange={(e) => {
              setAction(e.target.value);
              setPage(0);
            }}
            placeholder="key.read"
          />
        </label>
        <label>
          Resource id
          <input
            value={resourceId}
            onChange={(e) => {
              setResourceId(e.target.value);
              setPage(0);
            }}
          />
        </label>
        <label>
          From
          <input
            type="date"
            value={from}
            onChange={(e) => {
              setFrom(e.target.value);
              setPage(0);
            }}
          />
        </label>
        <label>
          To
          <input
            type="date"
            value={to}
            onChange={(e) => {
              setTo(e.target.value);
              setPage(0);
            }}
          />
        </label>
      </form>
      <ErrorBanner error={entries.error} />
      {entries.loading ? (
        <Loading />
      ) : (entries.data?.items.length ?? 0) === 0 ? (
        !entries.error && <Empty title="No audit entries match" />
      ) : (
        <>
          <table className="table" aria-label="Audit entries">
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Action</th>
                <th scope="col">Resource</th>
                <th scope="col">From</th>
              </tr>
            </thead>
            <tbody>
              {entries.data?.items.map((e) => (
                <tr key={e.id}>
                  <td data-label="When">{formatDateTime(e.timestamp)}</td>
                  <td data-label="Action">
                    <code>{e.action}</code>
                  </td>
                  <td data-label="Resource">
                    {e.resource ?? ''} <span className="hint">{e.resource_id ?? ''}</span>
                  </td>
                  <td data-label="From">{e.ip_address ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="pager">
            <button
              type="button"
              className="btn btn-small"
              disabled={page === 0}
              onClick={() => setPage(page - 1)}
            >
              Previous
            </button>
            <span>
              Page {page + 1} of {Math.max(1, Math.ceil(total / SIZE))}
            </span>
            <button
              type="button"
              className="btn btn-small"
              disabled={(page + 1) * SIZE >= total}
              onClick={() => setPage(page + 1)}
            >
              Next
            </button>
          </div>
        </>
      )}
    </div>
  );
}
