import { useState } from 'react';
import { ErrorBanner } from '../components/ErrorBanner';
import { Empty, Loading } from '../components/Status';
import { formatDateTime } from '../lib/keys';
import { useAsync } from '../lib/useAsync';
import { actionWords, ACTION_WORDS, isKeyAction } from '../lib/auditWords';
import { useAudit, useSessionStore, useTeams, useVault } from '../session/context';

const SIZE = 50;

export default function Audit() {
  const audit = useAudit();
  const vault = useVault();
  const teams = useTeams();
  const session = useSessionStore();
  const [action, setAction] = useState('');
  const [keyPick, setKeyPick] = useState<{ id: string; name: string } | null>(null);
  const [keySearch, setKeySearch] = useState('');
  const [person, setPerson] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [page, setPage] = useState(0);
  const query = {
    action: action || undefined,
    resource_id: keyPick?.id,
    from: from ? new Date(`${from}T00:00:00`).toISOString() : undefined,
    to: to ? new Date(`${to}T23:59:59`).toISOString() : undefined,
    page,
    size: SIZE,
  };
  const entries = useAsync(() => audit.list(query), [JSON.stringify(query)]);
  const verify = useAsync(() => audit.verify(), []);
  const [exporting, setExporting] = useState(false);
  const [exportError, setExportError] = useState<unknown>(null);
  const download = async () => {
    setExporting(true);
    setExportError(null);
    try {
      const lines = await audit.exportJsonLines();
      const url = URL.createObjectURL(new Blob([lines], { type: 'application/x-ndjson' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = 'keyhaven-audit.jsonl';
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (e) {
      setExportError(e);
    } finally {
      setExporting(false);
    }
  };
  // Names for the ids in the log: the newest keys and the trash (metadata only, no reads).
  const names = useAsync(async () => {
    const [live, trash] = await Promise.all([
      vault.list({}, 0, 200),
      vault.list({ deleted: true }, 0, 200),
    ]);
    return new Map([...live.items, ...trash.items].map((k) => [k.id, k.name]));
  }, []);
  // Who: the caller, and the members of the teams the caller administers.
  const people = useAsync(async () => {
    const me = session.getState();
    const map = new Map<string, string>();
    if (me.status === 'unlocked') map.set(me.userId, me.email);
    const list = await teams.load();
    for (const t of list.filter((x) => x.role === 'admin')) {
      for (const m of await teams.members(t.id)) if (m.user_id) map.set(m.user_id, m.email);
    }
    return map;
  }, []);
  const picks = useAsync(
    () =>
      keySearch.trim()
        ? vault.list({ q: keySearch.trim() }, 0, 20).then((p) => p.items)
        : Promise.resolve([]),
    [keySearch.trim()],
  );
  const total = entries.data?.total ?? 0;
  const who = (id?: string | null) => (id ? (people.data?.get(id) ?? 'someone') : 'KeyHaven');
  const keyName = (id?: string | null) =>
    (id && (names.data?.get(id) ?? (keyPick?.id === id ? keyPick.name : undefined))) ||
    'a key no longer listed';
  const rows = (entries.data?.items ?? []).filter((e) => !person || e.user_id === person);

  return (
    <div className="page">
      <div className="page-head">
        <h1>Audit log</h1>
      </div>
      <p className="hint">
        Every reveal, change and sign-in, in a hash chain the server cannot rewrite unnoticed.
      </p>
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
        <div className="actions">
          <button type="button" className="btn btn-small" onClick={verify.reload}>
            Verify again
          </button>
          <button
            type="button"
            className="btn btn-small"
            disabled={exporting}
            onClick={() => void download()}
          >
            {exporting ? 'Preparing…' : 'Download log (JSON Lines)'}
          </button>
        </div>
        {exportError ? <ErrorBanner error={exportError} /> : null}
        <p className="hint">
          The download holds every sealed entry with its hashes, so anyone can check the chain
          without KeyHaven. The server also exports the chain where it cannot be rewritten, and
          verification compares the two.
        </p>
      </section>
      <form className="filters audit-filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <label>
          Action
          <select
            aria-label="Filter by action"
            value={action}
            onChange={(e) => {
              setAction(e.target.value);
              setPage(0);
            }}
          >
            <option value="">All actions</option>
            {Object.entries(ACTION_WORDS).map(([code, words]) => (
              <option key={code} value={code}>
                {words}
              </option>
            ))}
          </select>
        </label>
        <label>
          Key
          {keyPick ? (
            <span className="picked">
              <strong className="key-name" title={keyPick.name}>
                {keyPick.name.replace(/_/g, '_\u200b')}
              </strong>
              <button
                type="button"
                className="btn btn-small"
                onClick={() => {
                  setKeyPick(null);
                  setPage(0);
                }}
                aria-label={`Show every key, not only ${keyPick.name}`}
              >
                ×
              </button>
            </span>
          ) : (
            <input
              type="search"
              value={keySearch}
              placeholder="Type a key name"
              aria-label="Find a key"
              onChange={(e) => setKeySearch(e.target.value)}
            />
          )}
        </label>
        {!keyPick && (picks.data?.length ?? 0) > 0 && (
          <ul className="key-picks" aria-label="Matching keys">
            {picks.data?.map((k) => (
              <li key={k.id}>
                <button
                  type="button"
                  className="btn btn-link"
                  onClick={() => {
                    setKeyPick({ id: k.id, name: k.name });
                    setKeySearch('');
                    setPage(0);
                  }}
                >
                  {k.name} <span className="hint">{k.metadata.environment}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
        <label>
          Person (this page)
          <select
            aria-label="Filter by person"
            value={person}
            onChange={(e) => setPerson(e.target.value)}
          >
            <option value="">Everyone</option>
            {[...(people.data?.entries() ?? [])].map(([id, email]) => (
              <option key={id} value={id}>
                {email}
              </option>
            ))}
          </select>
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
          <table className="table audit-table" aria-label="Audit entries">
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">What happened</th>
                <th scope="col">From</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((e) => (
                <tr key={e.id} data-action={e.action}>
                  <td data-label="When" className="audit-when">
                    {formatDateTime(e.timestamp)}
                  </td>
                  <td data-label="What happened" className="audit-what">
                    <strong>{who(e.user_id)}</strong> {actionWords(e)}
                    {isKeyAction(e.action) && (
                      <>
                        {' '}
                        <strong className="key-name">{keyName(e.resource_id)}</strong>
                      </>
                    )}
                  </td>
                  <td data-label="From" className="audit-from">
                    {e.ip_address ?? '—'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {person && rows.length === 0 && (
            <p className="hint">Nobody else acted on this page; try the next one.</p>
          )}
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
