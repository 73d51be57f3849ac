import { useState } from 'react';
import type { ApiKey, Environment, KeyVersion, Team } from '../api/types';
import { ENVIRONMENTS } from '../api/types';
import { EnvImport } from '../components/EnvImport';
import { ErrorBanner } from '../components/ErrorBanner';
import { KeyFilters } from '../components/KeyFilters';
import { KeyForm } from '../components/KeyForm';
import { Modal } from '../components/Modal';
import { RevealValue } from '../components/RevealValue';
import { Empty, Loading } from '../components/Status';
import {
  attentionReasons,
  ATTENTION_LABEL,
  EMPTY_FILTER,
  filterKeys,
  formatDate,
  formatDateTime,
  type KeyFilterState,
} from '../lib/keys';
import { serviceLabel } from '../lib/serviceGuess';
import { useAsync } from '../lib/useAsync';
import { useKeyHaven } from '../session/context';

type Dialog =
  | { kind: 'add' }
  | { kind: 'edit'; key: ApiKey }
  | { kind: 'versions'; key: ApiKey }
  | { kind: 'delete'; key: ApiKey }
  | { kind: 'purge'; key: ApiKey }
  | { kind: 'import' }
  | { kind: 'export' }
  | null;

export default function Vault() {
  const kh = useKeyHaven();
  const [trash, setTrash] = useState(false);
  const keys = useAsync(() => kh.listKeys({ deleted: trash }), [trash]);
  const teams = useAsync(() => kh.loadTeams(), []);
  const [filter, setFilter] = useState<KeyFilterState>(EMPTY_FILTER);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState('');

  const all = keys.data ?? [];
  const teamList = teams.data ?? [];
  const shown = filterKeys(all, filter);
  const teamName = (id?: string | null) => teamList.find((t) => t.id === id)?.name;
  const close = () => setDialog(null);
  const done = (message: string) => {
    setDialog(null);
    setNotice(message);
    keys.reload();
  };

  async function act(fn: () => Promise<unknown>, message: string) {
    setError(null);
    try {
      await fn();
      done(message);
    } catch (e) {
      setError(e);
      setDialog(null);
    }
  }

  return (
    <div className="page">
      <div className="page-head">
        <h1>{trash ? 'Trash' : 'Vault'}</h1>
        <div className="toolbar">
          {!trash && (
            <>
              <button
                type="button"
                className="btn btn-primary"
                onClick={() => setDialog({ kind: 'add' })}
              >
                Add key
              </button>
              <button type="button" className="btn" onClick={() => setDialog({ kind: 'import' })}>
                Import .env
              </button>
              <button
                type="button"
                className="btn"
                onClick={() => setDialog({ kind: 'export' })}
                disabled={all.length === 0}
              >
                Export .env
              </button>
            </>
          )}
          <button
            type="button"
            className="btn"
            aria-pressed={trash}
            onClick={() => setTrash(!trash)}
          >
            {trash ? 'Back to vault' : 'Trash'}
          </button>
        </div>
      </div>
      {notice && (
        <div className="banner banner-ok" role="status">
          {notice}
          <button
            type="button"
            className="btn-icon"
            aria-label="Dismiss"
            onClick={() => setNotice('')}
          >
            ×
          </button>
        </div>
      )}
      <ErrorBanner
        error={error ?? keys.error}
        onDismiss={error ? () => setError(null) : undefined}
      />
      <KeyFilters keys={all} teams={teamList} value={filter} onChange={setFilter} />
      {keys.loading ? (
        <Loading label="Loading keys…" />
      ) : all.length === 0 ? (
        !keys.error && (
          <Empty title={trash ? 'The trash is empty' : 'No keys yet'}>
            {!trash && <p>Add a key or drop a .env file to import many at once.</p>}
          </Empty>
        )
      ) : shown.length === 0 ? (
        <Empty title="No key matches these filters">
          <button type="button" className="btn" onClick={() => setFilter(EMPTY_FILTER)}>
            Clear filters
          </button>
        </Empty>
      ) : (
        <table className="table keys-table" aria-label={trash ? 'Deleted keys' : 'Keys'}>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Service</th>
              <th scope="col">Environment</th>
              <th scope="col">Tags</th>
              <th scope="col">Health</th>
              <th scope="col">Expires</th>
              {!trash && <th scope="col">Value</th>}
              <th scope="col">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((k) => (
              <tr key={k.id} data-key-name={k.name}>
                <td data-label="Name">
                  <strong>{k.name}</strong>
                  {k.team_id && <span className="badge">{teamName(k.team_id) ?? 'team'}</span>}
                  {attentionReasons(k).map((r) => (
                    <span key={r} className={`badge badge-${r}`}>
                      {ATTENTION_LABEL[r]}
                    </span>
                  ))}
                  {k.metadata.description && <div className="hint">{k.metadata.description}</div>}
                  {trash && k.deleted_at && (
                    <div className="hint">Deleted {formatDate(k.deleted_at)}</div>
                  )}
                </td>
                <td data-label="Service">{serviceLabel(k.service)}</td>
                <td data-label="Environment">
                  <span className={`env env-${k.metadata.environment}`}>
                    {k.metadata.environment}
                  </span>
                </td>
                <td data-label="Tags">{k.metadata.tags.join(', ') || '—'}</td>
                <td data-label="Health">
                  <span className={`health h${Math.min(4, Math.floor(k.health_score / 20))}`}>
                    {k.health_score}
                  </span>
                </td>
                <td data-label="Expires">{formatDate(k.metadata.expires_at)}</td>
                {!trash && (
                  <td data-label="Value">
                    {k.team_id && !kh.teamKeyAvailable(k.team_id) ? (
                      <span className="hint">team key unavailable</span>
                    ) : (
                      <RevealValue apiKey={k} compact />
                    )}
                  </td>
                )}
                <td className="row-actions">
                  {trash ? (
                    <>
                      <button
                        type="button"
                        className="btn btn-small"
                        onClick={() => void act(() => kh.restoreKey(k.id), `${k.name} restored.`)}
                      >
                        Restore
                      </button>
                      <button
                        type="button"
                        className="btn btn-small btn-danger"
                        onClick={() => setDialog({ kind: 'purge', key: k })}
                      >
                        Erase
                      </button>
                    </>
                  ) : (
                    <>
                      <button
                        type="button"
                        className="btn btn-small"
                        onClick={() => setDialog({ kind: 'edit', key: k })}
                        aria-label={`Edit ${k.name}`}
                      >
                        Edit
                      </button>
                      <button
                        type="button"
                        className="btn btn-small"
                        onClick={() => setDialog({ kind: 'versions', key: k })}
                        aria-label={`Versions of ${k.name}`}
                      >
                        Versions
                      </button>
                      <button
                        type="button"
                        className="btn btn-small btn-danger"
                        onClick={() => setDialog({ kind: 'delete', key: k })}
                        aria-label={`Delete ${k.name}`}
                      >
                        Delete
                      </button>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="hint">
        {shown.length} of {all.length} keys shown.
      </p>

      {dialog?.kind === 'add' && (
        <Modal title="Add a key" onClose={close}>
          <KeyForm
            teams={teamList}
            onCancel={close}
            onSubmit={async (input) => {
              await kh.createKey(input);
              done(`${input.name} added.`);
            }}
          />
        </Modal>
      )}
      {dialog?.kind === 'edit' && (
        <Modal title={`Edit ${dialog.key.name}`} onClose={close}>
          <KeyForm
            existing={dialog.key}
            teams={teamList}
            onCancel={close}
            onSubmit={async (input) => {
              await kh.updateKey(dialog.key, input);
              done(`${input.name} saved.`);
            }}
          />
        </Modal>
      )}
      {dialog?.kind === 'versions' && <VersionsDialog apiKey={dialog.key} onClose={close} />}
      {dialog?.kind === 'delete' && (
        <Modal title={`Delete ${dialog.key.name}?`} onClose={close}>
          <p>The key moves to the trash and can be restored for 30 days.</p>
          <div className="form-actions">
            <button type="button" className="btn" onClick={close}>
              Cancel
            </button>
            <button
              type="button"
              className="btn btn-danger"
              onClick={() =>
                void act(
                  () => kh.deleteKey(dialog.key.id),
                  `${dialog.key.name} moved to the trash.`,
                )
              }
            >
              Delete
            </button>
          </div>
        </Modal>
      )}
      {dialog?.kind === 'purge' && (
        <Modal title={`Erase ${dialog.key.name} for good?`} onClose={close}>
          <p>The ciphertext and every version are erased. This cannot be undone.</p>
          <div className="form-actions">
            <button type="button" className="btn" onClick={close}>
              Cancel
            </button>
            <button
              type="button"
              className="btn btn-danger"
              onClick={() =>
                void act(() => kh.deleteKey(dialog.key.id, true), `${dialog.key.name} erased.`)
              }
            >
              Erase
            </button>
          </div>
        </Modal>
      )}
      {dialog?.kind === 'import' && (
        <Modal title="Import a .env file" onClose={() => done('Import finished.')} wide>
          <EnvImport teams={teamList} onDone={() => done('Import finished.')} />
        </Modal>
      )}
      {dialog?.kind === 'export' && <ExportDialog teams={teamList} onClose={close} />}
    </div>
  );
}

function VersionsDialog({ apiKey, onClose }: { apiKey: ApiKey; onClose: () => void }) {
  const kh = useKeyHaven();
  const versions = useAsync(() => kh.versions(apiKey.id), [apiKey.id]);
  const [shown, setShown] = useState<Record<number, string>>({});
  const [error, setError] = useState<unknown>(null);

  async function reveal(v: KeyVersion) {
    try {
      const value = await kh.decrypt(apiKey, v);
      setShown((s) => ({ ...s, [v.version]: value }));
      setTimeout(
        () =>
          setShown((s) =>
            Object.fromEntries(Object.entries(s).filter(([k]) => Number(k) !== v.version)),
          ),
        20_000,
      );
    } catch (e) {
      setError(e);
    }
  }

  return (
    <Modal title={`Versions of ${apiKey.name}`} onClose={onClose}>
      <ErrorBanner error={error ?? versions.error} />
      {versions.loading ? (
        <Loading />
      ) : (versions.data?.length ?? 0) === 0 ? (
        <Empty title="No earlier versions">
          <p className="hint">A version is kept each time the value changes.</p>
        </Empty>
      ) : (
        <ul className="versions">
          {versions.data?.map((v) => (
            <li key={v.version}>
              <span>
                v{v.version} · {formatDateTime(v.created_at)}
              </span>
              <code className="secret">{shown[v.version] ?? '••••••••'}</code>
              <button
                type="button"
                className="btn btn-small"
                onClick={() => void reveal(v)}
                aria-label={`Reveal version ${v.version}`}
              >
                Reveal
              </button>
            </li>
          ))}
        </ul>
      )}
    </Modal>
  );
}

function ExportDialog({ teams, onClose }: { teams: readonly Team[]; onClose: () => void }) {
  const kh = useKeyHaven();
  const [environment, setEnvironment] = useState<Environment>('development');
  const [teamId, setTeamId] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function run() {
    setBusy(true);
    setError(null);
    try {
      const text = await kh.exportEnv(environment, teamId || null);
      const url = URL.createObjectURL(new Blob([text], { type: 'text/plain' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = `${environment}.env`;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
      onClose();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal title="Export an environment as .env" onClose={onClose}>
      <ErrorBanner error={error} />
      <div className="form">
        <label>
          Environment
          <select
            aria-label="Environment"
            value={environment}
            onChange={(e) => setEnvironment(e.target.value as Environment)}
          >
            {ENVIRONMENTS.map((env) => (
              <option key={env}>{env}</option>
            ))}
          </select>
        </label>
        {teams.length > 0 && (
          <label>
            Vault
            <select aria-label="Vault" value={teamId} onChange={(e) => setTeamId(e.target.value)}>
              <option value="">All vaults</option>
              {teams.map((t) => (
                <option key={t.id} value={t.id}>
                  Team: {t.name}
                </option>
              ))}
            </select>
          </label>
        )}
        <p className="banner banner-warn">
          The file holds your keys in plain text. Store it carefully and delete it when done.
        </p>
        <div className="form-actions">
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
          <button
            type="button"
            className="btn btn-primary"
            disabled={busy}
            onClick={() => void run()}
          >
            {busy ? 'Decrypting…' : 'Download .env'}
          </button>
        </div>
      </div>
    </Modal>
  );
}
