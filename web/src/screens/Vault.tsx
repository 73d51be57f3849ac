import { useEffect, useRef, useState } from 'react';
import type { ApiKey, Environment, KeyVersion, Team } from '../api/types';
import { ENVIRONMENTS } from '../api/types';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { EnvImport } from '../components/EnvImport';
import { ErrorBanner } from '../components/ErrorBanner';
import { PlanNotice } from '../components/PlanNotice';
import { KeyFilters } from '../components/KeyFilters';
import { KeyForm } from '../components/KeyForm';
import { KeyTable } from '../components/KeyTable';
import { Modal } from '../components/Modal';
import { Empty, Loading } from '../components/Status';
import { downloadText } from '../lib/download';
import {
  ATTENTION_HELP,
  EMPTY_FILTER,
  formatDateTime,
  parseVaultView,
  vaultViewQuery,
  nextSort,
  sortParam,
  type KeyFilterState,
  type VaultView,
} from '../lib/keys';
import { hashQuery, setHashQuery, useHashQuery } from '../lib/router';
import { useAction } from '../lib/useAction';
import { useAsync } from '../lib/useAsync';
import { useTeams, useVault } from '../session/context';

/** Rows per page: the server filters and pages, so a vault of any size opens as fast. */
export const PAGE_SIZE = 50;
const TYPING_DELAY_MS = 250;

type Dialog =
  | { kind: 'add' }
  | { kind: 'edit'; key: ApiKey }
  | { kind: 'versions'; key: ApiKey }
  | { kind: 'delete'; key: ApiKey }
  | { kind: 'purge'; key: ApiKey }
  | { kind: 'bulk-delete'; keys: ApiKey[] }
  | { kind: 'move'; keys: ApiKey[] }
  | { kind: 'import' }
  | { kind: 'export' }
  | null;

const number = new Intl.NumberFormat();
const plural = (n: number, word: string) => `${number.format(n)} ${word}${n === 1 ? '' : 's'}`;

export default function Vault() {
  const vault = useVault();
  const teamStore = useTeams();
  const view = parseVaultView(useHashQuery());
  const { trash, page } = view;
  const keys = useAsync(
    () =>
      vault.list(
        {
          q: view.q.trim(),
          service: view.service,
          environment: view.environment,
          tag: view.tag.trim().toLowerCase(),
          team_id: view.vault,
          deleted: trash,
          sort: sortParam(view.sort),
        },
        page,
        PAGE_SIZE,
      ),
    [
      view.q.trim(),
      view.service,
      view.environment,
      view.tag.trim(),
      view.vault,
      trash,
      page,
      sortParam(view.sort),
    ],
  );
  const teams = useAsync(() => teamStore.load(), []);
  // Text boxes answer at once; the URL (and the query) follow when typing pauses.
  const [typed, setTyped] = useState<Partial<KeyFilterState> | null>(null);
  const typingTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [notice, setNotice] = useState('');
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const action = useAction();

  const result = keys.data ?? keys.latest;
  const rows = result?.items ?? [];
  // Values a managed rotation sealed to this vault are opened here and stored under the vault key
  // (once the team keys are open, so team keys' sealed values can be opened too).
  const sealedIds = rows
    .filter((k) => k.sealed_value && !k.deleted_at)
    .map((k) => k.id)
    .join(',');
  useEffect(() => {
    if (!sealedIds || !teams.data) return;
    let gone = false;
    void vault.storeAllSealed(rows).then((stored) => {
      if (gone || stored === 0) return;
      setNotice(`${plural(stored, 'rotated value')} opened and stored in your vault.`);
      keys.reload();
    });
    return () => {
      gone = true;
    };
    // rows change with sealedIds; the stores are stable
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [sealedIds, teams.data]);
  const total = result?.total ?? 0;
  const teamList = teams.data ?? [];
  const teamName = (id: string) => teamList.find((t) => t.id === id)?.name;
  const filtered = Boolean(view.q || view.service || view.environment || view.tag || view.vault);
  const shownFilter: KeyFilterState = { ...view, ...typed };
  const lastPage = Math.max(0, Math.ceil(total / PAGE_SIZE) - 1);

  /** Moves to another view; text still being typed goes along, so no later timer undoes it. */
  function show(next: Partial<VaultView>, replace = false) {
    clearTimeout(typingTimer.current);
    setSelected(new Set());
    setTyped(null);
    const current = parseVaultView(hashQuery(window.location.hash));
    setHashQuery(vaultViewQuery({ ...current, ...typed, page: 0, ...next }), replace);
  }

  function onFilter(patch: Partial<KeyFilterState>, typing: boolean) {
    if (!typing) {
      show(patch);
      return;
    }
    clearTimeout(typingTimer.current);
    const next = { ...typed, ...patch };
    setTyped(next);
    typingTimer.current = setTimeout(() => {
      setTyped(null);
      setSelected(new Set());
      const current = parseVaultView(hashQuery(window.location.hash));
      setHashQuery(vaultViewQuery({ ...current, ...next, page: 0 }), true);
    }, TYPING_DELAY_MS);
  }

  const close = () => setDialog(null);
  const done = (message: string) => {
    setDialog(null);
    setNotice(message);
    setSelected(new Set());
    keys.reload();
  };
  const selectedKeys = rows.filter((k) => selected.has(k.id));

  async function exportSelected() {
    await action.run(async () => {
      const text = await vault.envFileOf(
        selectedKeys,
        `KeyHaven export: ${selectedKeys.length} keys, ${new Date().toISOString()}`,
      );
      downloadText(text, 'keyhaven-selected.env');
      setNotice(`${plural(selectedKeys.length, 'key')} exported.`);
    });
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
                disabled={total === 0 && !filtered}
              >
                Export .env
              </button>
            </>
          )}
          <button
            type="button"
            className="btn"
            aria-pressed={trash}
            onClick={() => show({ trash: !trash })}
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
      {!trash && <PlanNotice />}
      <ErrorBanner
        error={action.error ?? keys.error}
        onDismiss={action.error ? action.clear : undefined}
      />
      <KeyFilters
        teams={teamList}
        value={shownFilter}
        onChange={onFilter}
        sort={view.sort}
        onSort={(sort) => show({ sort })}
      />
      <p className="legend">
        <strong>Health</strong> 0–100 drops as a key ages unrotated, nears expiry or is{' '}
        <abbr title={ATTENTION_HELP.exposed}>exposed</abbr>: 80+ good, 50–79 fair, under 50 needs
        attention.
      </p>
      {selectedKeys.length > 0 && (
        <div className="bulk-bar" role="region" aria-label="Selected keys">
          <span>{selectedKeys.length} selected</span>
          {!trash && (
            <>
              <button
                type="button"
                className="btn btn-small"
                disabled={action.busy}
                onClick={() => void exportSelected()}
              >
                Export selected
              </button>
              <button
                type="button"
                className="btn btn-small btn-danger"
                onClick={() =>
                  setDialog({
                    kind: 'bulk-delete',
                    keys: selectedKeys.filter((k) => teamStore.canWrite(k)),
                  })
                }
              >
                Delete selected
              </button>
              {teamList.some((t) => t.role !== 'viewer' && teamStore.keyAvailable(t.id)) && (
                <button
                  type="button"
                  className="btn btn-small"
                  onClick={() =>
                    setDialog({ kind: 'move', keys: selectedKeys.filter((k) => !k.team_id) })
                  }
                >
                  Move to team
                </button>
              )}
            </>
          )}
          <button type="button" className="btn btn-small" onClick={() => setSelected(new Set())}>
            Clear selection
          </button>
        </div>
      )}
      {result === undefined && !keys.error ? (
        <Loading label="Loading keys…" />
      ) : total === 0 && rows.length === 0 ? (
        keys.error ? null : filtered ? (
          <Empty title="No key matches these filters">
            <button type="button" className="btn" onClick={() => show(EMPTY_FILTER)}>
              Clear filters
            </button>
          </Empty>
        ) : (
          <Empty title={trash ? 'The trash is empty' : 'No keys yet'}>
            {!trash && <p>Add a key or drop a .env file to import many at once.</p>}
          </Empty>
        )
      ) : (
        <div aria-busy={keys.loading || keys.refreshing}>
          <KeyTable
            keys={rows}
            trash={trash}
            label={trash ? 'Deleted keys' : 'Keys'}
            teamName={teamName}
            canWrite={(k) => teamStore.canWrite(k)}
            canReveal={(k) => !k.team_id || teamStore.keyAvailable(k.team_id)}
            sort={view.sort}
            onSort={(field) => show({ sort: nextSort(view.sort, field) })}
            selected={selected}
            onSelect={(ids, on) =>
              setSelected((s) => {
                const next = new Set(s);
                for (const id of ids) {
                  if (on) next.add(id);
                  else next.delete(id);
                }
                return next;
              })
            }
            actions={{
              onEdit: (k) => setDialog({ kind: 'edit', key: k }),
              onVersions: (k) => setDialog({ kind: 'versions', key: k }),
              onDelete: (k) => setDialog({ kind: 'delete', key: k }),
              onErase: (k) => setDialog({ kind: 'purge', key: k }),
              onRestore: (k) =>
                void action
                  .run(() => vault.restore(k.id))
                  .then((ok) => ok && done(`${k.name} restored.`)),
            }}
          />
        </div>
      )}
      {total > 0 && (
        <nav className="pager" aria-label="Pages">
          <button
            type="button"
            className="btn btn-small"
            disabled={page === 0}
            onClick={() => show({ page: page - 1 })}
          >
            Previous
          </button>
          <span className="hint" role="status">
            {number.format(Math.min(total, page * PAGE_SIZE + 1))}–
            {number.format(Math.min(total, (page + 1) * PAGE_SIZE))} of {number.format(total)} keys
          </span>
          <button
            type="button"
            className="btn btn-small"
            disabled={page >= lastPage}
            onClick={() => show({ page: page + 1 })}
          >
            Next
          </button>
        </nav>
      )}

      {dialog?.kind === 'add' && (
        <Modal title="Add a key" onClose={close}>
          <KeyForm
            teams={teamList}
            onCancel={close}
            findSameName={(input) =>
              vault
                .findSameName(input.name, input.environment, input.teamId)
                .then((found) => found[0] ?? null)
            }
            onSubmit={async (input, duplicate) => {
              if (duplicate) {
                await vault.update(duplicate, { ...input, teamId: duplicate.team_id });
                done(`${input.name} updated: the previous value is kept as a version.`);
              } else {
                await vault.create(input);
                done(`${input.name} added.`);
              }
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
              await vault.update(dialog.key, input);
              done(`${input.name} saved.`);
            }}
          />
        </Modal>
      )}
      {dialog?.kind === 'versions' && (
        <VersionsDialog
          apiKey={dialog.key}
          canWrite={teamStore.canWrite(dialog.key)}
          onClose={close}
          onRestored={(v) =>
            done(`${dialog.key.name}: version ${v} restored as the current value.`)
          }
        />
      )}
      {dialog?.kind === 'delete' && (
        <ConfirmDialog
          title={`Delete ${dialog.key.name}?`}
          confirmLabel="Delete"
          busyLabel="Deleting…"
          danger
          onClose={close}
          onConfirm={async () => {
            await vault.remove(dialog.key.id);
            done(`${dialog.key.name} moved to the trash.`);
          }}
        >
          <p>The key moves to the trash and can be restored for 30 days.</p>
        </ConfirmDialog>
      )}
      {dialog?.kind === 'bulk-delete' && (
        <ConfirmDialog
          title={`Delete ${plural(dialog.keys.length, 'key')}?`}
          confirmLabel="Delete"
          busyLabel="Deleting…"
          danger
          onClose={close}
          onConfirm={async () => {
            for (const k of dialog.keys) await vault.remove(k.id);
            done(`${plural(dialog.keys.length, 'key')} moved to the trash.`);
          }}
        >
          <p>
            These keys move to the trash and can be restored for 30 days:{' '}
            {dialog.keys.map((k) => k.name).join(', ')}.
          </p>
          {dialog.keys.length < selectedKeys.length && (
            <p className="hint">
              {selectedKeys.length - dialog.keys.length} selected keys are read-only for you and
              stay.
            </p>
          )}
        </ConfirmDialog>
      )}
      {dialog?.kind === 'move' && (
        <MoveToTeamDialog
          keys={dialog.keys}
          skipped={selectedKeys.length - dialog.keys.length}
          teams={teamList.filter((t) => t.role !== 'viewer' && teamStore.keyAvailable(t.id))}
          onClose={close}
          onMove={async (teamId) => {
            for (const k of dialog.keys) await vault.moveToTeam(k, teamId);
            done(
              `${plural(dialog.keys.length, 'key')} moved to ${teamName(teamId) ?? 'the team'}, re-encrypted with its team key.`,
            );
          }}
        />
      )}
      {dialog?.kind === 'purge' && (
        <ConfirmDialog
          title={`Erase ${dialog.key.name} for good?`}
          confirmLabel="Erase"
          busyLabel="Erasing…"
          danger
          onClose={close}
          onConfirm={async () => {
            await vault.remove(dialog.key.id, true);
            done(`${dialog.key.name} erased.`);
          }}
        >
          <p>The ciphertext and every version are erased. This cannot be undone.</p>
        </ConfirmDialog>
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

function VersionsDialog({
  apiKey,
  canWrite,
  onClose,
  onRestored,
}: {
  apiKey: ApiKey;
  canWrite: boolean;
  onClose: () => void;
  onRestored: (version: number) => void;
}) {
  const vault = useVault();
  const versions = useAsync(() => vault.versions(apiKey.id), [apiKey.id]);
  const [shown, setShown] = useState<Record<number, string>>({});
  const action = useAction();

  async function reveal(v: KeyVersion) {
    await action.run(async () => {
      const value = await vault.decrypt(apiKey, v);
      setShown((s) => ({ ...s, [v.version]: value }));
      setTimeout(
        () =>
          setShown((s) =>
            Object.fromEntries(Object.entries(s).filter(([k]) => Number(k) !== v.version)),
          ),
        20_000,
      );
    });
  }

  async function restore(v: KeyVersion) {
    const ok = await action.run(async () => {
      const value = await vault.decrypt(apiKey, v);
      await vault.replaceValue(apiKey, value);
    });
    if (ok) onRestored(v.version);
  }

  return (
    <Modal title={`Versions of ${apiKey.name}`} onClose={onClose}>
      <ErrorBanner error={action.error ?? versions.error} />
      <p>
        <strong>v{apiKey.version} · current</strong>{' '}
        <span className="hint">since {formatDateTime(apiKey.updated_at)}</span>
      </p>
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
              {canWrite && (
                <button
                  type="button"
                  className="btn btn-small"
                  disabled={action.busy}
                  onClick={() => void restore(v)}
                  aria-label={`Restore version ${v.version}`}
                >
                  Restore
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </Modal>
  );
}

function ExportDialog({ teams, onClose }: { teams: readonly Team[]; onClose: () => void }) {
  const vault = useVault();
  const [environment, setEnvironment] = useState<Environment>('development');
  const [teamId, setTeamId] = useState('');
  const action = useAction();

  async function run() {
    const ok = await action.run(async () => {
      const text = await vault.exportEnv(environment, teamId || null);
      downloadText(text, `${environment}.env`);
    });
    if (ok) onClose();
  }

  return (
    <Modal title="Export an environment as .env" onClose={onClose}>
      <ErrorBanner error={action.error} />
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
            disabled={action.busy}
            onClick={() => void run()}
          >
            {action.busy ? 'Decrypting…' : 'Download .env'}
          </button>
        </div>
      </div>
    </Modal>
  );
}

/** Sharing: personal keys move into a team, re-encrypted in this browser under its team key. */
function MoveToTeamDialog({
  keys,
  skipped,
  teams,
  onClose,
  onMove,
}: {
  keys: readonly ApiKey[];
  skipped: number;
  teams: readonly Team[];
  onClose: () => void;
  onMove: (teamId: string) => Promise<void>;
}) {
  const [teamId, setTeamId] = useState(teams[0]?.id ?? '');
  return (
    <ConfirmDialog
      title={`Move ${plural(keys.length, 'key')} to a team?`}
      confirmLabel="Move"
      busyLabel="Re-encrypting…"
      onClose={onClose}
      onConfirm={() => onMove(teamId)}
    >
      <label>
        Team
        <select value={teamId} onChange={(e) => setTeamId(e.target.value)}>
          {teams.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
      </label>
      <p>
        {keys.map((k) => k.name).join(', ') || 'No personal key is selected.'} will be decrypted
        here and encrypted again with the team&apos;s key: every member of the team can then read
        {keys.length === 1 ? ' it' : ' them'}. Earlier versions, encrypted with your own key, are
        erased.
      </p>
      {skipped > 0 && (
        <p className="hint">{plural(skipped, 'selected key')} already belong to a team and stay.</p>
      )}
    </ConfirmDialog>
  );
}
