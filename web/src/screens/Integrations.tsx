import { useId, useState, type FormEvent } from 'react';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { ErrorBanner } from '../components/ErrorBanner';
import { FieldError } from '../components/FieldError';
import { SyncTable } from '../components/GitHubPush';
import { Empty, Loading } from '../components/Status';
import { formatDateTime } from '../lib/keys';
import { useAction } from '../lib/useAction';
import { useAsync } from '../lib/useAsync';
import { useIntegrations } from '../session/context';

/**
 * GitHub: connect with a token, see what was pushed where (stale once a key changed), and the
 * leak alerts this connection lets KeyHaven act on.
 */
export default function Integrations() {
  const integrations = useIntegrations();
  const status = useAsync(() => integrations.status(), []);
  const syncs = useAsync(
    () => (status.data?.connected ? integrations.syncs() : Promise.resolve([])),
    [status.data?.connected],
  );
  const [token, setToken] = useState('');
  const [tokenError, setTokenError] = useState('');
  const [confirmDisconnect, setConfirmDisconnect] = useState(false);
  const [notice, setNotice] = useState('');
  const action = useAction();
  const id = useId();
  const c = status.data;

  async function connect(e: FormEvent) {
    e.preventDefault();
    setNotice('');
    const t = token.trim();
    if (t.length < 20 || !/^[A-Za-z0-9_.-]+$/.test(t)) {
      setTokenError(
        'Paste the whole token GitHub showed you (it starts with github_pat_ or ghp_).',
      );
      return;
    }
    setTokenError('');
    await action.run(async () => {
      const { login } = await integrations.connect(t);
      setToken('');
      setNotice(`Connected to GitHub as ${login}.`);
      status.reload();
    });
  }

  const list = syncs.data ?? syncs.latest ?? [];
  return (
    <div className="page">
      <div className="page-head">
        <h1>Integrations</h1>
      </div>
      {notice && (
        <div className="banner banner-ok" role="status">
          {notice}
        </div>
      )}
      <ErrorBanner
        error={action.error ?? status.error ?? syncs.error}
        onDismiss={action.error ? action.clear : undefined}
      />
      <section className="card" aria-labelledby={`${id}-gh`}>
        <h2 id={`${id}-gh`}>GitHub</h2>
        <p>
          Push keys to GitHub Actions secrets without KeyHaven seeing them: each value is sealed in
          your browser to the repository&apos;s own key. When GitHub&apos;s secret scanning finds
          one of your keys in a repository of this account, KeyHaven marks that key exposed and
          tells you, without ever holding the key: it compares a fingerprint (
          <a
            href="https://github.com/settings/personal-access-tokens/new"
            rel="noreferrer"
            target="_blank"
          >
            make a token
          </a>
          ).
        </p>
        {status.loading && !c ? (
          <Loading label="Checking GitHub…" />
        ) : c?.connected ? (
          <div className="inline-form">
            <p>
              Connected as <strong>{c.login}</strong>
              {c.connected_at ? ` since ${formatDateTime(c.connected_at)}` : ''}. The token is kept
              sealed on the server and never shown again.
            </p>
            <button type="button" className="btn" onClick={() => setConfirmDisconnect(true)}>
              Disconnect
            </button>
          </div>
        ) : (
          <form className="form" onSubmit={(e) => void connect(e)} noValidate>
            <label>
              GitHub token
              <input
                type="password"
                autoComplete="off"
                spellCheck={false}
                value={token}
                maxLength={255}
                aria-invalid={Boolean(tokenError)}
                aria-describedby={`${id}-token-help${tokenError ? ` ${id}-token-error` : ''}`}
                onChange={(e) => setToken(e.target.value)}
              />
            </label>
            <FieldError id={`${id}-token-error`} message={tokenError} />
            <p className="hint" id={`${id}-token-help`}>
              A fine-grained token with, on the repositories you pick: Secrets (read and write),
              Metadata (read), Secret scanning alerts (read); Administration (write) only for deploy
              keys.
            </p>
            <div className="form-actions">
              <button type="submit" className="btn btn-primary" disabled={action.busy}>
                {action.busy ? 'Checking with GitHub…' : 'Connect GitHub'}
              </button>
            </div>
          </form>
        )}
      </section>
      {c?.connected && (
        <section className="card" aria-labelledby={`${id}-syncs`}>
          <h2 id={`${id}-syncs`}>Pushed secrets</h2>
          {list.length === 0 ? (
            <Empty title="Nothing pushed yet">
              <p>
                Open a key in the <a href="#/vault">vault</a> and use “Push to GitHub” on its page.
              </p>
            </Empty>
          ) : (
            <SyncTable syncs={list} label="Pushed secrets" linkKeys />
          )}
        </section>
      )}
      {c?.connected && <DeployKeys onNotice={setNotice} />}
      {confirmDisconnect && (
        <ConfirmDialog
          title="Disconnect GitHub?"
          confirmLabel="Disconnect"
          onClose={() => setConfirmDisconnect(false)}
          onConfirm={async () => {
            await integrations.disconnect();
            setConfirmDisconnect(false);
            setNotice('GitHub is disconnected; the saved token is erased.');
            status.reload();
          }}
        >
          <p>
            KeyHaven erases the saved token. Secrets already pushed stay in GitHub; leak alerts of
            your repositories are no longer matched to your keys.
          </p>
        </ConfirmDialog>
      )}
    </div>
  );
}

/** Deploy keys: an Ed25519 pair made in this browser; the private half stays in the vault. */
function DeployKeys({ onNotice }: { onNotice: (message: string) => void }) {
  const integrations = useIntegrations();
  const repos = useAsync(() => integrations.repositories(), []);
  const keys = useAsync(() => integrations.deployKeys(), []);
  const [repository, setRepository] = useState('');
  const [title, setTitle] = useState('KeyHaven deploy key');
  const [readOnly, setReadOnly] = useState(true);
  const action = useAction();
  const id = useId();
  const repoList = repos.data ?? [];
  const chosen = repository || repoList[0]?.full_name || '';
  const list = keys.data ?? keys.latest ?? [];

  async function create(e: FormEvent) {
    e.preventDefault();
    await action.run(async () => {
      const { key } = await integrations.addDeployKey(chosen, title.trim() || 'KeyHaven', readOnly);
      onNotice(
        `Deploy key added to ${chosen} (${readOnly ? 'read-only' : 'read and write'}); its private key is ${key.name} in your vault.`,
      );
      keys.reload();
    });
  }

  return (
    <section className="card" aria-labelledby={`${id}-deploy`}>
      <h2 id={`${id}-deploy`}>Deploy keys</h2>
      <p className="hint">
        An SSH key that lets a server or CI job clone one repository. It is made in your browser;
        GitHub gets the public half, your vault keeps the private half (encrypted like any key).
      </p>
      <ErrorBanner
        error={action.error ?? repos.error ?? keys.error}
        onDismiss={action.error ? action.clear : undefined}
      />
      <form className="form" onSubmit={(e) => void create(e)}>
        <label>
          Repository
          <select value={chosen} onChange={(e) => setRepository(e.target.value)}>
            {repoList.length === 0 && <option value="">No repository visible to the token</option>}
            {repoList.map((r) => (
              <option key={r.full_name} value={r.full_name}>
                {r.full_name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Title on GitHub
          <input value={title} maxLength={100} onChange={(e) => setTitle(e.target.value)} />
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={readOnly}
            onChange={(e) => setReadOnly(e.target.checked)}
          />
          Read-only (clone and pull; no push)
        </label>
        <div className="form-actions">
          <button type="submit" className="btn" disabled={action.busy || !chosen}>
            {action.busy ? 'Making the key…' : 'Add a deploy key'}
          </button>
        </div>
      </form>
      {list.length > 0 && (
        <div className="table-wrap">
          <table className="table" aria-label="Deploy keys">
            <thead>
              <tr>
                <th scope="col">Repository</th>
                <th scope="col">Title</th>
                <th scope="col">Access</th>
                <th scope="col">Added</th>
              </tr>
            </thead>
            <tbody>
              {list.map((k) => (
                <tr key={k.id}>
                  <td data-label="Repository">{k.repository}</td>
                  <td data-label="Title">
                    {k.key_id ? (
                      <a href={`#/key?id=${encodeURIComponent(k.key_id)}`}>{k.title}</a>
                    ) : (
                      k.title
                    )}
                  </td>
                  <td data-label="Access">{k.read_only ? 'read-only' : 'read and write'}</td>
                  <td data-label="Added">{formatDateTime(k.created_at)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
