import { useState, type DragEvent } from 'react';
import { ENVIRONMENTS, type Environment, type Team } from '../api/types';
import { parseEnvFile, type EnvLine } from '../lib/envFile';
import { guessService, serviceLabel } from '../lib/serviceGuess';
import { useAsync } from '../lib/useAsync';
import type { ConflictChoice, ImportResult } from '../session/keyhaven';
import { useVault } from '../session/context';
import { ErrorBanner } from './ErrorBanner';
import { Progress } from './Status';

const MAX_FILE_BYTES = 512 * 1024;

/** Drag-and-drop `.env` import: preview with guessed services, then a progress bar and per-line results. */
export function EnvImport({ teams, onDone }: { teams: readonly Team[]; onDone: () => void }) {
  const vault = useVault();
  const [fileName, setFileName] = useState('');
  const [lines, setLines] = useState<EnvLine[] | null>(null);
  const [environment, setEnvironment] = useState<Environment>('development');
  const [teamId, setTeamId] = useState('');
  const [dragging, setDragging] = useState(false);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [results, setResults] = useState<ImportResult[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [choices, setChoices] = useState<Record<string, ConflictChoice>>({});
  const conflicts = useAsync(
    async () => (lines ? vault.importConflicts(lines, environment, teamId || null) : new Map()),
    [
      lines?.map((l) => (l.kind === 'entry' ? l.name : l.line)).join('\n') ?? '',
      environment,
      teamId,
    ],
  );
  const running = progress !== null && progress.done < progress.total;

  function readText(text: string, name: string) {
    setError(null);
    setResults([]);
    setProgress(null);
    setChoices({});
    setFileName(name);
    setLines(parseEnvFile(text));
  }

  async function readFile(file: File) {
    if (file.size > MAX_FILE_BYTES) {
      setError(new Error('That file is larger than 512 KiB; a .env file should be much smaller.'));
      return;
    }
    readText(await file.text(), file.name);
  }

  function onDrop(e: DragEvent) {
    e.preventDefault();
    setDragging(false);
    const file = e.dataTransfer.files[0];
    if (file) void readFile(file);
  }

  async function run() {
    if (!lines || !conflicts.data) return;
    setResults([]);
    setProgress({ done: 0, total: lines.length });
    try {
      await vault.importEnv(
        lines,
        { environment, teamId: teamId || null, conflicts: conflicts.data, choices },
        (done, total, result) => {
          setProgress({ done, total });
          setResults((r) => [...r, result]);
        },
      );
    } catch (e) {
      setError(e);
    }
  }

  const entries =
    lines?.filter((l): l is Extract<EnvLine, { kind: 'entry' }> => l.kind === 'entry') ?? [];
  const writableTeams = teams.filter((t) => t.role !== 'viewer');
  const imported = results.filter((r) => r.status === 'imported').length;
  const updated = results.filter((r) => r.status === 'updated').length;
  const found: ReadonlyMap<string, unknown> = conflicts.data ?? new Map();
  const duplicates = entries.filter((l) => found.has(l.name)).length;
  const [pasted, setPasted] = useState('');

  return (
    <div className="env-import">
      <ErrorBanner error={error} onDismiss={() => setError(null)} />
      <div
        className={`dropzone${dragging ? ' dragging' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        data-testid="dropzone"
      >
        <p>Drop a .env file here</p>
        <label className="btn">
          Choose a file
          <input
            type="file"
            accept=".env,text/plain"
            className="sr-only"
            onChange={(e) => {
              const f = e.target.files?.[0];
              if (f) void readFile(f);
            }}
          />
        </label>
        {fileName && <p className="hint">{fileName}</p>}
      </div>
      <details className="paste-env">
        <summary>Or paste the contents of a .env file</summary>
        <label>
          .env contents
          <textarea
            value={pasted}
            rows={6}
            spellCheck={false}
            autoComplete="off"
            onChange={(e) => setPasted(e.target.value)}
            placeholder={'STRIPE_SECRET_KEY=sk_live_…\nOPENAI_API_KEY=sk-…'}
          />
        </label>
        <button
          type="button"
          className="btn"
          disabled={pasted.trim() === ''}
          onClick={() => readText(pasted, 'pasted text')}
        >
          Preview pasted text
        </button>
      </details>

      {lines && (
        <>
          <div className="form-row">
            <label>
              Environment
              <select
                aria-label="Environment"
                value={environment}
                onChange={(e) => setEnvironment(e.target.value as Environment)}
                disabled={running}
              >
                {ENVIRONMENTS.map((env) => (
                  <option key={env} value={env}>
                    {env}
                  </option>
                ))}
              </select>
            </label>
            {writableTeams.length > 0 && (
              <label>
                Vault
                <select
                  aria-label="Vault"
                  value={teamId}
                  onChange={(e) => setTeamId(e.target.value)}
                  disabled={running}
                >
                  <option value="">Personal</option>
                  {writableTeams.map((t) => (
                    <option key={t.id} value={t.id}>
                      Team: {t.name}
                    </option>
                  ))}
                </select>
              </label>
            )}
          </div>
          {progress === null && (
            <>
              <p>
                {entries.length} key{entries.length === 1 ? '' : 's'} to import,{' '}
                {lines.length - entries.length} line{lines.length - entries.length === 1 ? '' : 's'}{' '}
                skipped or invalid.
              </p>
              {conflicts.loading && <p className="hint">Checking for keys that exist already…</p>}
              <ErrorBanner error={conflicts.error} />
              {duplicates > 0 && (
                <div className="banner banner-warn" role="status">
                  {duplicates} key{duplicates === 1 ? '' : 's'} already exist
                  {duplicates === 1 ? 's' : ''} in {environment} with the same name. Choose for
                  each: skip it (default), update it (the old value stays as a version) or keep
                  both.
                  <div className="form-actions">
                    {(['skip', 'update', 'keep'] as const).map((c) => (
                      <button
                        key={c}
                        type="button"
                        className="btn btn-small"
                        onClick={() =>
                          setChoices(
                            Object.fromEntries(
                              entries.filter((l) => found.has(l.name)).map((l) => [l.name, c]),
                            ),
                          )
                        }
                      >
                        {CHOICE_LABEL[c]} all
                      </button>
                    ))}
                  </div>
                </div>
              )}
              <ul className="import-preview">
                {lines.map((l) => (
                  <li key={l.line} className={`import-${l.kind}`}>
                    <span className="line-no">{l.line}</span>
                    {l.kind === 'entry' ? (
                      <>
                        <strong className="key-name">{l.name}</strong>{' '}
                        <span className="badge">{serviceLabel(guessService(l.value, l.name))}</span>
                        {found.has(l.name) && (
                          <label className="conflict">
                            <span className="badge badge-skipped">exists</span>
                            <select
                              aria-label={`If ${l.name} exists`}
                              value={choices[l.name] ?? 'skip'}
                              onChange={(e) =>
                                setChoices((c) => ({
                                  ...c,
                                  [l.name]: e.target.value as ConflictChoice,
                                }))
                              }
                            >
                              {(['skip', 'update', 'keep'] as const).map((c) => (
                                <option key={c} value={c}>
                                  {CHOICE_LABEL[c]}
                                </option>
                              ))}
                            </select>
                          </label>
                        )}
                      </>
                    ) : (
                      <span>{l.reason}</span>
                    )}
                  </li>
                ))}
              </ul>
              <div className="form-actions">
                <button type="button" className="btn" onClick={onDone}>
                  Cancel
                </button>
                <button
                  type="button"
                  className="btn btn-primary"
                  disabled={entries.length === 0 || !conflicts.data}
                  onClick={() => void run()}
                >
                  Import {entries.length} key{entries.length === 1 ? '' : 's'}
                </button>
              </div>
            </>
          )}
        </>
      )}

      {progress && (
        <>
          <Progress value={progress.done} max={progress.total} label="Import progress" />
          <table className="table import-results" aria-label="Import results">
            <thead>
              <tr>
                <th scope="col">Line</th>
                <th scope="col">Name</th>
                <th scope="col">Result</th>
              </tr>
            </thead>
            <tbody>
              {results.map((r) => (
                <tr key={r.line} className={`result-${r.status}`}>
                  <td>{r.line}</td>
                  <td>{r.name ?? '—'}</td>
                  <td>
                    <span className={`badge badge-${r.status}`}>{r.status}</span> {r.detail}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {!running && (
            <div className="form-actions">
              <p role="status">
                Imported {imported} of {entries.length}
                {updated > 0 ? `, updated ${updated}` : ''}
                {results.some((r) => r.status === 'skipped' && r.name)
                  ? `, skipped ${results.filter((r) => r.status === 'skipped' && r.name).length} that exist already`
                  : ''}
                .
              </p>
              <button type="button" className="btn btn-primary" onClick={onDone}>
                Done
              </button>
            </div>
          )}
        </>
      )}
    </div>
  );
}

const CHOICE_LABEL: Record<ConflictChoice, string> = {
  skip: 'Skip',
  update: 'Update (new version)',
  keep: 'Keep both',
};
