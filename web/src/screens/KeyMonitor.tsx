import { useId, useState, type FormEvent } from 'react';
import { ApiError } from '../api/client';
import type { ApiKey } from '../api/types';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { CopyBlock } from '../components/CopyBlock';
import { ErrorBanner } from '../components/ErrorBanner';
import { FieldError } from '../components/FieldError';
import { GitHubPush } from '../components/GitHubPush';
import { ManagedRotation } from '../components/ManagedRotation';
import { Empty, Loading } from '../components/Status';
import { UsageChart } from '../components/UsageChart';
import { formatDate, formatDateTime } from '../lib/keys';
import {
  apiUrl,
  count,
  curlExample,
  errorRate,
  factorLabel,
  formatImpact,
  healthWord,
  kindLabel,
  pickRange,
  RANGES,
  scheduleForm,
  usageQuery,
  usageSeries,
  validateSchedule,
  type ScheduleForm,
} from '../lib/monitoring';
import { setHashQuery, useHashQuery } from '../lib/router';
import { serviceLabel } from '../lib/serviceGuess';
import { useAction } from '../lib/useAction';
import { useAsync } from '../lib/useAsync';
import { useMonitoring, useTeams, useVault } from '../session/context';
import type { BucketSize, IngestTokenCreated, RotationScheduleBody } from '../session/monitoring';

const API = apiUrl(import.meta.env.VITE_API_BASE ?? '/api', window.location.origin);

/** One key's monitoring: health and its factors, usage, rotation schedule and ingest tokens. */
export default function KeyMonitor() {
  const monitoring = useMonitoring();
  const teams = useTeams();
  const query = new URLSearchParams(useHashQuery());
  const id = query.get('id') ?? '';
  const name = query.get('name') ?? '';
  const bucket: BucketSize = query.get('bucket') === 'day' ? 'day' : 'hour';
  const range = pickRange(bucket, query.get('range') ?? '');
  const key = useAsync(
    () => (id ? monitoring.keyOf(id, name) : Promise.reject(new Error('No key was chosen.'))),
    [id, name],
  );
  const health = useAsync(() => monitoring.health(id), [id]);
  const k = key.data ?? key.latest;

  if (!id) {
    return (
      <div className="page">
        <h1>Key</h1>
        <Empty title="No key chosen">
          <p>
            Open a key from the <a href="#/vault">vault</a> by clicking its name.
          </p>
        </Empty>
      </div>
    );
  }

  const view = (patch: Record<string, string>) =>
    setHashQuery({ id, name: k?.name ?? name, bucket, range, ...patch }, true);
  const writable = k ? teams.canWrite(k) : false;

  return (
    <div className="page key-page">
      <div className="page-head">
        <div>
          <p className="hint crumbs">
            <a href="#/vault">Vault</a> / key
          </p>
          <h1 className="key-name">{k?.name ?? name ?? 'Key'}</h1>
          {k && (
            <p className="hint">
              {serviceLabel(k.service)} ·{' '}
              <span className={`env env-${k.metadata.environment}`}>{k.metadata.environment}</span>{' '}
              · version {k.version}
              {k.last_rotated ? ` · rotated ${formatDate(k.last_rotated)}` : ''}
            </p>
          )}
        </div>
        <a className="btn" href="#/anomalies">
          All anomalies
        </a>
      </div>
      <ErrorBanner error={key.error} />
      {key.loading && !k ? (
        <Loading label="Loading the key…" />
      ) : (
        k && (
          <>
            {!writable && (
              <p className="banner banner-warn">
                You are a viewer of this key&apos;s team: you can see its usage and health, but
                schedules and ingest tokens are for editors.
              </p>
            )}
            {(k.exposed || writable) && (
              <RotateCard
                apiKey={k}
                writable={writable}
                onRotated={() => {
                  key.reload();
                  health.reload();
                }}
              />
            )}
            <div className="grid-2">
              <HealthCard health={health} />
              <ScheduleCard
                apiKey={k}
                writable={writable}
                onSaved={() => {
                  key.reload();
                  health.reload();
                }}
              />
            </div>
            <ManagedRotation
              apiKey={k}
              onChanged={() => {
                key.reload();
                health.reload();
              }}
            />
            <UsageCard apiKey={k} bucket={bucket} range={range} onView={view} />
            <TokensCard apiKey={k} writable={writable} />
            {(!k.team_id || teams.keyAvailable(k.team_id)) && <GitHubPush apiKey={k} />}
            <KeyAnomalies keyId={k.id} />
          </>
        )
      )}
    </div>
  );
}

function HealthCard({
  health,
}: {
  health: ReturnType<typeof useAsync<import('../session/monitoring').Health>>;
}) {
  const h = health.data ?? health.latest;
  const factors = [...(h?.factors ?? [])].sort((a, b) => a.impact - b.impact);
  return (
    <section className="card" aria-labelledby="health-title">
      <h2 id="health-title">Health score</h2>
      <ErrorBanner error={health.error} />
      {!h ? (
        !health.error && <Loading label="Scoring…" />
      ) : (
        <>
          <p className="score-line">
            <span className={`score health h${Math.min(4, Math.floor(h.score / 20))}`}>
              {h.score}
            </span>
            <span>
              <strong>{healthWord(h.score)}</strong>
              <span className="hint">
                {' '}
                out of 100: it starts at 100 and each factor below takes points off.
              </span>
            </span>
          </p>
          <ul className="factors" aria-label="Health factors">
            {factors.map((f) => (
              <li key={f.name} className={f.impact < 0 ? 'factor-cost' : 'factor-ok'}>
                <span className="factor-name">{factorLabel(f.name)}</span>
                <span className="impact" aria-label={`${f.impact} points`}>
                  {formatImpact(f.impact)}
                </span>
                <span className="factor-detail">{f.detail}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function UsageCard({
  apiKey,
  bucket,
  range,
  onView,
}: {
  apiKey: ApiKey;
  bucket: BucketSize;
  range: string;
  onView: (patch: Record<string, string>) => void;
}) {
  const monitoring = useMonitoring();
  const usage = useAsync(
    () => monitoring.usage(apiKey.id, usageQuery(bucket, range)),
    [apiKey.id, bucket, range],
  );
  const data = usage.data ?? usage.latest;
  const series = data ? usageSeries(data.buckets, bucket) : null;
  const rangeLabel = RANGES[bucket].find((r) => r.value === range)?.label ?? '';
  return (
    <section className="card" aria-labelledby="usage-title">
      <div className="card-head">
        <h2 id="usage-title">Usage</h2>
        <div className="toolbar" role="group" aria-label="Usage view">
          <div className="segmented" role="group" aria-label="Bucket size">
            {(['hour', 'day'] as const).map((b) => (
              <button
                key={b}
                type="button"
                className="btn btn-small"
                aria-pressed={bucket === b}
                onClick={() => onView({ bucket: b, range: pickRange(b, range) })}
              >
                {b === 'hour' ? 'Hourly' : 'Daily'}
              </button>
            ))}
          </div>
          <label className="inline-label">
            Range
            <select value={range} onChange={(e) => onView({ range: e.target.value })}>
              {RANGES[bucket].map((r) => (
                <option key={r.value} value={r.value}>
                  {r.label}
                </option>
              ))}
            </select>
          </label>
          <button type="button" className="btn btn-small" onClick={usage.reload}>
            Refresh
          </button>
        </div>
      </div>
      <ErrorBanner error={usage.error} />
      {!series ? (
        !usage.error && <Loading label="Loading usage…" />
      ) : series.totalRequests === 0 && series.totalErrors === 0 ? (
        <Empty title={`No usage reported in the ${rangeLabel.toLowerCase()}`}>
          <p>
            KeyHaven never sees your calls to {serviceLabel(apiKey.service)}: your application
            reports them. Create an ingest token below, put it in the application&apos;s environment
            as <code>KEYHAVEN_INGEST_TOKEN</code>, and report each use (or a batch once a minute),
            for example:
          </p>
          <CopyBlock label="Example report" text={curlExample(API, apiKey.id, apiKey.version)} />
        </Empty>
      ) : (
        <div aria-busy={usage.refreshing}>
          <p className="usage-totals" data-testid="usage-totals">
            <strong>{count(series.totalRequests, 'request')}</strong> ·{' '}
            {count(series.totalErrors, 'error')} (
            {errorRate(series.totalRequests, series.totalErrors)})
            {series.peak && (
              <span className="hint">
                {' '}
                · busiest {series.peak.label}: {count(series.peak.requests, 'request')}
              </span>
            )}
          </p>
          <UsageChart title={`Requests and errors, ${rangeLabel.toLowerCase()}`} series={series} />
          <p className="hint">
            {bucket === 'hour' ? 'One point per hour' : 'One point per day (UTC)'}; times in your
            time zone.
          </p>
        </div>
      )}
    </section>
  );
}

function ScheduleCard({
  apiKey,
  writable,
  onSaved,
}: {
  apiKey: ApiKey;
  writable: boolean;
  onSaved: () => void;
}) {
  const monitoring = useMonitoring();
  const formId = useId();
  const [form, setForm] = useState<ScheduleForm>(() => scheduleForm(apiKey.rotation_schedule));
  const [errors, setErrors] = useState<Partial<Record<keyof ScheduleForm, string>>>({});
  const [saved, setSaved] = useState<RotationScheduleBody | null>(null);
  const action = useAction();
  const stored = scheduleForm(apiKey.rotation_schedule);
  const hasSchedule = Boolean(apiKey.rotation_schedule);
  const refusedAuto =
    form.mode === 'auto' && action.error instanceof ApiError && action.error.status < 500;

  async function submit(e: FormEvent) {
    e.preventDefault();
    const checked = validateSchedule(form);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    setSaved(null);
    await action.run(async () => {
      setSaved(await monitoring.setSchedule(apiKey.id, checked.value));
      onSaved();
    });
  }

  return (
    <section className="card" aria-labelledby="schedule-title">
      <h2 id="schedule-title">Rotation schedule</h2>
      <p className="hint" data-testid="schedule-now">
        {hasSchedule
          ? `Now: every ${stored.intervalDays} days, ${stored.mode === 'auto' ? 'automatic (planned; reminders until managed rotation is set up)' : 'with a reminder'}.`
          : 'No schedule yet. A schedule reminds you before a rotation is due and counts toward the health score.'}
      </p>
      {saved && (
        <div className="banner banner-ok" role="status">
          Saved: every {saved.interval_days} days, next rotation due {formatDate(saved.next_due_at)}
          .
          {saved.mode === 'auto' &&
            ' Saved as a plan: this schedule reminds you; for KeyHaven to rotate the key itself, set up managed rotation below.'}
        </div>
      )}
      <ErrorBanner error={action.error} onDismiss={action.clear} />
      {refusedAuto && (
        <p className="banner banner-warn">
          This schedule cannot rotate the key by itself. Choose “Remind me” to be told when a
          rotation is due, or set up managed rotation below.
        </p>
      )}
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <fieldset className="plain" disabled={!writable || action.busy}>
          <legend className="sr-only">Rotation schedule of {apiKey.name}</legend>
          <label>
            Rotate every (days)
            <input
              type="number"
              inputMode="numeric"
              min={1}
              max={3650}
              value={form.intervalDays}
              aria-invalid={Boolean(errors.intervalDays)}
              aria-describedby={errors.intervalDays ? `${formId}-intervalDays` : undefined}
              onChange={(e) => setForm({ ...form, intervalDays: e.target.value })}
            />
          </label>
          <FieldError id={`${formId}-intervalDays`} message={errors.intervalDays} />
          <div className="choices" role="radiogroup" aria-label="When it is due">
            <label className="choice">
              <input
                type="radio"
                name={`${formId}-mode`}
                value="remind"
                checked={form.mode === 'remind'}
                onChange={() => setForm({ ...form, mode: 'remind' })}
              />
              <span>
                <strong>Remind me</strong>
                <span className="hint"> — a notice 7 days before and when it is due</span>
              </span>
            </label>
            <label className="choice">
              <input
                type="radio"
                name={`${formId}-mode`}
                value="auto"
                checked={form.mode === 'auto'}
                onChange={() => setForm({ ...form, mode: 'auto' })}
              />
              <span>
                <strong>Rotate automatically</strong>{' '}
                <span className="badge">with managed rotation below</span>
              </span>
            </label>
          </div>
          {form.mode === 'auto' && (
            <>
              <p className="banner banner-warn">
                A schedule alone does not rotate the key: KeyHaven rotates it itself only where
                managed rotation is set up below (PostgreSQL, AWS IAM, OpenAI, SendGrid, Twilio or
                your own webhook), and reminds you for the rest.
              </p>
              <label>
                Provider (optional)
                <input
                  value={form.provider}
                  placeholder="e.g. stripe"
                  aria-invalid={Boolean(errors.provider)}
                  aria-describedby={errors.provider ? `${formId}-provider` : undefined}
                  onChange={(e) => setForm({ ...form, provider: e.target.value })}
                />
              </label>
              <FieldError id={`${formId}-provider`} message={errors.provider} />
            </>
          )}
          <div className="form-actions">
            <button type="submit" className="btn btn-primary">
              {action.busy ? 'Saving…' : 'Save schedule'}
            </button>
          </div>
        </fieldset>
      </form>
    </section>
  );
}

function TokensCard({ apiKey, writable }: { apiKey: ApiKey; writable: boolean }) {
  const monitoring = useMonitoring();
  const tokens = useAsync(() => monitoring.tokens(apiKey.id), [apiKey.id]);
  const [tokenName, setTokenName] = useState('');
  const [nameError, setNameError] = useState('');
  const [created, setCreated] = useState<IngestTokenCreated | null>(null);
  const [revoking, setRevoking] = useState<{ id: string; name: string } | null>(null);
  const [notice, setNotice] = useState('');
  const action = useAction();
  const formId = useId();
  const list = tokens.data ?? tokens.latest ?? [];

  async function create(e: FormEvent) {
    e.preventDefault();
    const trimmed = tokenName.trim();
    if (!trimmed) {
      setNameError('Name the token after where it will run, e.g. “api server”.');
      return;
    }
    if (trimmed.length > 100) {
      setNameError('Keep the name under 100 characters.');
      return;
    }
    setNameError('');
    setNotice('');
    await action.run(async () => {
      setCreated(await monitoring.createToken(apiKey.id, trimmed));
      setTokenName('');
      tokens.reload();
    });
  }

  return (
    <section className="card" aria-labelledby="tokens-title">
      <h2 id="tokens-title">Ingest tokens</h2>
      <p className="hint">
        An ingest token lets an application or CI job report its use of this key (
        <code>POST /api/usage</code>) and nothing else: it cannot read this key or any other.
      </p>
      {notice && (
        <div className="banner banner-ok" role="status">
          {notice}
        </div>
      )}
      <ErrorBanner
        error={action.error ?? tokens.error}
        onDismiss={action.error ? action.clear : undefined}
      />
      {created && (
        <div className="banner banner-warn token-once" role="status">
          <div>
            <strong>Copy “{created.name}” now: it is shown only once.</strong>
            <CopyBlock label="Ingest token" text={created.token} secret />
            <p>
              Put it in the application&apos;s environment, then report use like this (Copy puts
              your token where <code>khi_…</code> stands):
            </p>
            <CopyBlock
              label="Report one request"
              text={`export KEYHAVEN_INGEST_TOKEN=${created.token}\n${curlExample(API, apiKey.id, apiKey.version)}`}
              shown={`export KEYHAVEN_INGEST_TOKEN=khi_…\n${curlExample(API, apiKey.id, apiKey.version)}`}
            />
            <button type="button" className="btn btn-small" onClick={() => setCreated(null)}>
              Done, I stored it
            </button>
          </div>
        </div>
      )}
      {writable && (
        <form className="inline-form" onSubmit={(e) => void create(e)} noValidate>
          <label>
            Token name
            <input
              value={tokenName}
              placeholder="e.g. api server"
              maxLength={100}
              aria-invalid={Boolean(nameError)}
              aria-describedby={nameError ? `${formId}-error` : undefined}
              onChange={(e) => setTokenName(e.target.value)}
            />
          </label>
          <FieldError id={`${formId}-error`} message={nameError} />
          <button type="submit" className="btn btn-primary" disabled={action.busy}>
            {action.busy ? 'Creating…' : 'Create token'}
          </button>
        </form>
      )}
      {tokens.loading && list.length === 0 ? (
        <Loading label="Loading tokens…" />
      ) : list.length === 0 ? (
        !tokens.error && (
          <p className="hint">No ingest tokens yet: nothing can report usage for this key.</p>
        )
      ) : (
        <div className="table-wrap">
          <table className="table tokens" aria-label="Ingest tokens">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Created</th>
                <th scope="col">Last used</th>
                <th scope="col">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.map((t) => (
                <tr key={t.id} data-token-name={t.name}>
                  <td data-label="Name">{t.name}</td>
                  <td data-label="Created">{formatDateTime(t.created_at)}</td>
                  <td data-label="Last used">
                    {t.last_used_at ? formatDateTime(t.last_used_at) : 'never'}
                  </td>
                  <td className="row-actions">
                    {writable && (
                      <button
                        type="button"
                        className="btn btn-small btn-danger"
                        aria-label={`Revoke ${t.name}`}
                        onClick={() => setRevoking({ id: t.id, name: t.name })}
                      >
                        Revoke
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {revoking && (
        <ConfirmDialog
          title={`Revoke “${revoking.name}”?`}
          confirmLabel="Revoke"
          busyLabel="Revoking…"
          danger
          onClose={() => setRevoking(null)}
          onConfirm={async () => {
            await monitoring.revokeToken(apiKey.id, revoking.id);
            setNotice(`“${revoking.name}” revoked: its next report is refused.`);
            setRevoking(null);
            tokens.reload();
          }}
        >
          <p>Whatever uses this token can no longer report usage. This cannot be undone.</p>
        </ConfirmDialog>
      )}
    </section>
  );
}

function KeyAnomalies({ keyId }: { keyId: string }) {
  const monitoring = useMonitoring();
  const open = useAsync(
    () => monitoring.anomalies({ status: 'open', key_id: keyId, size: 5 }),
    [keyId],
  );
  const items = open.data?.items ?? [];
  if (open.error || items.length === 0) return null;
  return (
    <section className="card" aria-labelledby="key-anomalies-title">
      <h2 id="key-anomalies-title">Open anomalies of this key</h2>
      <ul className="anomaly-list compact">
        {items.map((a) => (
          <li key={a.id}>
            <span className={`badge sev sev-${a.severity}`}>{a.severity}</span>{' '}
            <strong>{kindLabel(a.kind)}</strong>: {a.description}
          </li>
        ))}
      </ul>
      <a href="#/anomalies">Review and resolve them in Anomalies</a>
    </section>
  );
}

/**
 * Rotation by hand: the new value from the provider replaces the current one (kept as a version)
 * and clears "exposed". An exposed key says so first, in words.
 */
function RotateCard({
  apiKey,
  writable,
  onRotated,
}: {
  apiKey: ApiKey;
  writable: boolean;
  onRotated: () => void;
}) {
  const vault = useVault();
  const [open, setOpen] = useState(apiKey.exposed);
  const [value, setValue] = useState('');
  const [valueError, setValueError] = useState('');
  const [notice, setNotice] = useState('');
  const action = useAction();
  const id = useId();

  async function rotate(e: FormEvent) {
    e.preventDefault();
    if (!value.trim()) {
      setValueError('Paste the new value you made at the provider.');
      return;
    }
    setValueError('');
    await action.run(async () => {
      await vault.rotate(apiKey, value);
      setValue('');
      setOpen(false);
      setNotice('Rotated: the new value is current, the old one is kept as a version.');
      onRotated();
    });
  }

  return (
    <section
      className={`card${apiKey.exposed ? ' card-danger' : ''}`}
      aria-labelledby={`${id}-rotate`}
    >
      <h2 id={`${id}-rotate`}>{apiKey.exposed ? 'This key is exposed' : 'Rotate'}</h2>
      {apiKey.exposed ? (
        <p>
          Its value was found where it should not be (for example by GitHub secret scanning). Revoke
          it at the provider, make a new one there, and paste the new value here; then push it again
          wherever it is used.
        </p>
      ) : (
        <p className="hint">Replace the value with a new one from the provider.</p>
      )}
      {notice && (
        <div className="banner banner-ok" role="status">
          {notice}
        </div>
      )}
      <ErrorBanner error={action.error} onDismiss={action.clear} />
      {!writable ? (
        <p className="hint">Only an editor of this key&apos;s team can rotate it.</p>
      ) : open ? (
        <form className="form" onSubmit={(e) => void rotate(e)} noValidate>
          <label>
            New value
            <input
              type="password"
              autoComplete="off"
              spellCheck={false}
              value={value}
              aria-invalid={Boolean(valueError)}
              aria-describedby={valueError ? `${id}-value-error` : undefined}
              onChange={(e) => setValue(e.target.value)}
            />
          </label>
          <FieldError id={`${id}-value-error`} message={valueError} />
          <div className="form-actions">
            <button type="submit" className="btn btn-primary" disabled={action.busy}>
              {action.busy ? 'Rotating…' : 'Rotate now'}
            </button>
          </div>
        </form>
      ) : (
        <button type="button" className="btn" onClick={() => setOpen(true)}>
          Rotate…
        </button>
      )}
    </section>
  );
}
