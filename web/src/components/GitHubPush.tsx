import { useId, useState, type FormEvent } from 'react';
import type { ApiKey } from '../api/types';
import { formatDateTime } from '../lib/keys';
import { useAction } from '../lib/useAction';
import { useAsync } from '../lib/useAsync';
import { useIntegrations } from '../session/context';
import { secretNameFor, type GitHubSync } from '../session/integrations';
import { ErrorBanner } from './ErrorBanner';
import { FieldError } from './FieldError';
import { Loading } from './Status';

const SECRET_NAME = /^(?![Gg][Ii][Tt][Hh][Uu][Bb]_)[A-Za-z_][A-Za-z0-9_]{0,199}$/;

/**
 * A key's GitHub card: where its value was pushed (stale once the key changed), and a form that
 * pushes it to a repository's Actions secret. The value is sealed in this browser to GitHub's
 * key; KeyHaven only relays the sealed box.
 */
export function GitHubPush({ apiKey }: { apiKey: ApiKey }) {
  const integrations = useIntegrations();
  const status = useAsync(() => integrations.status(), []);
  const syncs = useAsync(() => integrations.syncs(apiKey.id), [apiKey.id, apiKey.version]);
  const connected = status.data?.connected === true;
  const repos = useAsync(
    () => (connected ? integrations.repositories() : Promise.resolve([])),
    [connected],
  );
  const [repository, setRepository] = useState('');
  const [environment, setEnvironment] = useState('');
  const [name, setName] = useState(secretNameFor(apiKey.name));
  const [nameError, setNameError] = useState('');
  const [notice, setNotice] = useState('');
  const action = useAction();
  const id = useId();
  const repoList = repos.data ?? [];
  const chosen = repository || repoList[0]?.full_name || '';

  async function push(e: FormEvent) {
    e.preventDefault();
    setNotice('');
    if (!SECRET_NAME.test(name)) {
      setNameError(
        'Use letters, digits and _ only, not starting with a digit or GITHUB_ (GitHub’s rule).',
      );
      return;
    }
    setNameError('');
    await action.run(async () => {
      await integrations.push(apiKey, chosen, name, environment);
      setNotice(
        `Pushed to ${chosen}${environment.trim() ? ` (environment ${environment.trim()})` : ''} as ${name}.`,
      );
      syncs.reload();
    });
  }

  const list = syncs.data ?? syncs.latest ?? [];
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>GitHub Actions</h2>
      <p className="hint">
        Push this key to a repository&apos;s Actions secret. The value is sealed in your browser to
        GitHub&apos;s key for that repository; KeyHaven passes on only the sealed box.
      </p>
      {notice && (
        <div className="banner banner-ok" role="status">
          {notice}
        </div>
      )}
      <ErrorBanner
        error={action.error ?? status.error ?? repos.error}
        onDismiss={action.error ? action.clear : undefined}
      />
      {status.loading && !status.data ? (
        <Loading label="Checking GitHub…" />
      ) : !connected ? (
        <p>
          GitHub is not connected. <a href="#/integrations">Connect GitHub</a> with a token that may
          write Actions secrets.
        </p>
      ) : (
        <form className="form" onSubmit={(e) => void push(e)} noValidate>
          <label>
            Repository
            <select
              value={chosen}
              onChange={(e) => setRepository(e.target.value)}
              disabled={repoList.length === 0}
            >
              {repoList.length === 0 && (
                <option value="">No repository visible to the token</option>
              )}
              {repoList.map((r) => (
                <option key={r.full_name} value={r.full_name}>
                  {r.full_name}
                  {r.private ? ' (private)' : ''}
                </option>
              ))}
            </select>
          </label>
          <label>
            Secret name
            <input
              value={name}
              maxLength={200}
              spellCheck={false}
              aria-invalid={Boolean(nameError)}
              aria-describedby={nameError ? `${id}-name-error` : undefined}
              onChange={(e) => setName(e.target.value)}
            />
          </label>
          <FieldError id={`${id}-name-error`} message={nameError} />
          <label>
            Environment{' '}
            <span className="hint">(optional: a deployment environment&apos;s secret)</span>
            <input
              value={environment}
              maxLength={255}
              placeholder="e.g. production"
              onChange={(e) => setEnvironment(e.target.value)}
            />
          </label>
          <div className="form-actions">
            <button type="submit" className="btn btn-primary" disabled={action.busy || !chosen}>
              {action.busy ? 'Pushing…' : 'Push to GitHub'}
            </button>
          </div>
        </form>
      )}
      {list.length > 0 && <SyncTable syncs={list} label="Where this key was pushed" />}
    </section>
  );
}

/** Pushed secrets: where, which version, and whether the key changed since (then: push again). */
export function SyncTable({
  syncs,
  label,
  linkKeys = false,
}: {
  syncs: readonly GitHubSync[];
  label: string;
  /** Link each secret to its key's page. */
  linkKeys?: boolean;
}) {
  return (
    <div className="table-wrap">
      <table className="table" aria-label={label}>
        <thead>
          <tr>
            <th scope="col">Repository</th>
            <th scope="col">Secret</th>
            <th scope="col">Pushed</th>
            <th scope="col">State</th>
          </tr>
        </thead>
        <tbody>
          {syncs.map((s) => (
            <tr key={s.id}>
              <td data-label="Repository">
                {s.repository}
                {s.environment ? ` · ${s.environment}` : ''}
              </td>
              <td data-label="Secret">
                {linkKeys && s.key_id ? (
                  <a href={`#/key?id=${encodeURIComponent(s.key_id)}`}>
                    <code>{s.secret_name}</code>
                  </a>
                ) : (
                  <code>{s.secret_name}</code>
                )}
              </td>
              <td data-label="Pushed">
                {formatDateTime(s.pushed_at)} (version {s.key_version ?? '—'})
              </td>
              <td data-label="State">
                {s.stale ? (
                  <span className="badge badge-expiring" title="The key changed since">
                    Stale: push again
                  </span>
                ) : (
                  <span className="badge">Up to date</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
