import { useId, useState, type FormEvent } from 'react';
import type { ApiKey } from '../api/types';
import { formatDate, formatDateTime } from '../lib/keys';
import { scheduleForm } from '../lib/monitoring';
import {
  PROVIDERS,
  checkFields,
  collectFields,
  guessProvider,
  initialValues,
  parseExtraFields,
  providerSpec,
  type FieldErrors,
  type FieldSpec,
  type ManagedProvider,
  type ProviderChoice,
} from '../lib/rotationProviders';
import { useAction } from '../lib/useAction';
import { useAsync } from '../lib/useAsync';
import { useMonitoring, useRotation, useSession, useTeams, useVault } from '../session/context';
import { ErrorBanner } from './ErrorBanner';
import { FieldError } from './FieldError';

const STATE_WORDS: Record<string, string> = {
  idle: 'Ready',
  creating: 'Making the new credential',
  testing: 'Testing the new credential',
  finishing: 'Storing the new value',
  grace: 'Rotated: the old credential still works until the grace period ends',
  revoking: 'Retiring the old credential',
  failed: 'Failed: KeyHaven tries again later',
  done: 'Done',
  rolled_back: 'Rolled back',
};

/** A run in the history, in a word or two. */
const RUN_WORDS: Record<string, string> = {
  creating: 'Creating',
  testing: 'Testing',
  finishing: 'Finishing',
  grace: 'In grace period',
  revoking: 'Revoking the old one',
  done: 'Done',
  rolled_back: 'Rolled back',
  failed: 'Failed',
};

const NEW = '__new__';

/**
 * Managed rotation of one key: KeyHaven makes the new credential at the provider, seals it to the
 * vault at once and retires the old one after a grace period. Set up by the key's owner or a
 * team admin; the state, history, run now and roll back for everyone who may see the key.
 */
export function ManagedRotation({ apiKey, onChanged }: { apiKey: ApiKey; onChanged: () => void }) {
  const rotation = useRotation();
  const vault = useVault();
  const teams = useTeams();
  const session = useSession();
  const id = useId();
  const status = useAsync(() => rotation.status(apiKey.id), [apiKey.id, apiKey.version]);
  const action = useAction();
  const [notice, setNotice] = useState('');
  const manages = apiKey.team_id
    ? teams.roleIn(apiKey.team_id) === 'admin'
    : session.status === 'unlocked' && session.userId === apiKey.user_id;
  const s = status.data ?? status.latest;

  async function run() {
    await action.run(async () => {
      const accepted = await rotation.run(apiKey.id);
      if (accepted.state === 'failed') {
        setNotice('');
      } else {
        // The new value came back sealed to this vault: open it and store it under the vault key.
        const fresh = await vault.get(apiKey.id);
        if (fresh.sealed_value) await vault.storeSealed(fresh);
        setNotice(
          'Rotated. The new value is in your vault; the old one works until the grace period ends.',
        );
      }
      status.reload();
      onChanged();
    });
  }

  async function rollback() {
    await action.run(async () => {
      await rotation.rollback(apiKey.id);
      setNotice(
        'Rolled back: the new credential is revoked and the value before it is current again.',
      );
      status.reload();
      onChanged();
    });
  }

  const configured = Boolean(s?.connection_id);
  if (!configured && !manages) return null;

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Managed rotation</h2>
      {notice && (
        <div className="banner banner-ok" role="status">
          {notice}
        </div>
      )}
      <ErrorBanner error={action.error ?? status.error} onDismiss={action.clear} />
      {s && configured ? (
        <>
          <p data-testid="rotation-state">
            <strong>{STATE_WORDS[s.state] ?? s.state}</strong>
            {s.grace_until && s.state === 'grace' && <> (until {formatDateTime(s.grace_until)})</>}
            {s.retry_at && s.state === 'failed' && <> (next try {formatDateTime(s.retry_at)})</>}
          </p>
          {s.next_due_at && <p className="hint">Next rotation {formatDateTime(s.next_due_at)}.</p>}
          {manages && (
            <div className="form-actions">
              <button
                type="button"
                className="btn btn-primary"
                disabled={action.busy || !['idle', 'failed'].includes(s.state)}
                onClick={() => void run()}
              >
                {action.busy ? 'Working…' : 'Rotate now'}
              </button>
              {s.state === 'grace' && (
                <button
                  type="button"
                  className="btn"
                  disabled={action.busy}
                  onClick={() => void rollback()}
                >
                  Roll back
                </button>
              )}
            </div>
          )}
          {s.history.length > 0 && (
            <table className="table" aria-label="Rotation history">
              <thead>
                <tr>
                  <th>Started</th>
                  <th>State</th>
                  <th>How</th>
                  <th>Reason</th>
                </tr>
              </thead>
              <tbody>
                {s.history.map((r) => (
                  <tr key={r.id}>
                    <td>{formatDateTime(r.started_at)}</td>
                    <td>{RUN_WORDS[r.state] ?? r.state}</td>
                    <td>{r.trigger}</td>
                    <td>{r.error ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      ) : (
        <SetUp apiKey={apiKey} onDone={() => status.reload()} onChanged={onChanged} />
      )}
    </section>
  );
}

/** Choosing the provider; a managed one gets the connection form, Stripe the manual guide. */
function SetUp({
  apiKey,
  onDone,
  onChanged,
}: {
  apiKey: ApiKey;
  onDone: () => void;
  onChanged: () => void;
}) {
  const [provider, setProvider] = useState<ProviderChoice>(() => guessProvider(apiKey.service));
  const spec = providerSpec(provider);
  return (
    <div className="form">
      <label className="narrow">
        Provider
        <select
          value={provider}
          onChange={(e) => setProvider(e.target.value as ProviderChoice)}
          data-testid="rotation-provider"
        >
          {PROVIDERS.map((p) => (
            <option key={p.id} value={p.id}>
              {p.kind === 'manual' ? `${p.label} (by hand, guided)` : p.label}
            </option>
          ))}
        </select>
      </label>
      {spec.kind === 'manual' ? (
        <StripeGuide apiKey={apiKey} onChanged={onChanged} />
      ) : (
        <ProviderForm key={spec.id} spec={spec} apiKey={apiKey} onDone={onDone} />
      )}
    </div>
  );
}

function ProviderForm({
  spec,
  apiKey,
  onDone,
}: {
  spec: ManagedProvider;
  apiKey: ApiKey;
  onDone: () => void;
}) {
  const rotation = useRotation();
  const formId = useId();
  const connections = useAsync(() => rotation.connections(), []);
  const usable = (connections.data ?? []).filter(
    (c) => c.provider === spec.id && (c.team_id ?? null) === (apiKey.team_id ?? null),
  );
  const [connection, setConnection] = useState('');
  const [name, setName] = useState('');
  const [cred, setCred] = useState(() => initialValues(spec.credential));
  const [target, setTarget] = useState(() => initialValues(spec.target));
  const [extra, setExtra] = useState('');
  const [grace, setGrace] = useState('24');
  const [interval, setEvery] = useState('90');
  const [errors, setErrors] = useState<FieldErrors>({});
  const action = useAction();
  const chosen = connection || (usable[0]?.id ?? NEW);
  const isNew = chosen === NEW;

  async function submit(e: FormEvent) {
    e.preventDefault();
    const found: FieldErrors = {
      ...(isNew ? prefixed('cred', checkFields(spec.credential, cred)) : {}),
      ...prefixed('target', checkFields(spec.target, target)),
    };
    const extras = parseExtraFields(
      extra,
      spec.target.map((f) => f.key),
    );
    if (!extras.ok) found.extra = extras.message;
    const g = grace.trim();
    if (!/^\d+$/.test(g) || Number(g) > 720) {
      found.grace = 'The grace period is a whole number of hours, 0 to 720.';
    }
    const every = interval.trim();
    if (every && (!/^\d+$/.test(every) || Number(every) < 1 || Number(every) > 3650)) {
      found.interval = 'Rotate every 1 to 3650 days, or leave it empty.';
    }
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    await action.run(async () => {
      const credential = collectFields(spec.credential, cred);
      const connectionId = isNew
        ? (
            await rotation.connect(
              spec.id,
              name.trim() || spec.defaultName(credential),
              credential,
              apiKey.team_id,
            )
          ).id
        : chosen;
      await rotation.configure(apiKey.id, {
        connection_id: connectionId,
        target: { ...(extras.ok ? extras.fields : {}), ...collectFields(spec.target, target) },
        interval_days: every ? Number(every) : null,
        grace_hours: Number(g),
      });
      onDone();
    });
  }

  const input = (
    group: 'cred' | 'target',
    f: FieldSpec,
    values: Record<string, string>,
    set: (v: Record<string, string>) => void,
  ) => {
    const fieldId = `${formId}-${group}-${f.key}`;
    const error = errors[`${group}.${f.key}`];
    const described = [f.hint && `${fieldId}-hint`, error && `${fieldId}-error`]
      .filter(Boolean)
      .join(' ');
    return (
      <div className="field" key={f.key}>
        <label>
          {f.label}
          {f.options ? (
            <select
              value={values[f.key]}
              onChange={(e) => set({ ...values, [f.key]: e.target.value })}
            >
              {f.options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          ) : (
            <input
              type={f.secret ? 'password' : 'text'}
              value={values[f.key]}
              placeholder={f.placeholder}
              autoComplete={f.secret ? 'new-password' : 'off'}
              spellCheck={false}
              aria-required={f.required || undefined}
              aria-invalid={Boolean(error)}
              aria-describedby={described || undefined}
              onChange={(e) => set({ ...values, [f.key]: e.target.value })}
            />
          )}
        </label>
        {f.hint && (
          <span className="hint" id={`${fieldId}-hint`}>
            {f.hint}
          </span>
        )}
        <FieldError id={`${fieldId}-error`} message={error} />
      </div>
    );
  };

  return (
    <form
      className="form"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-label="Set up managed rotation"
    >
      <p className="hint">
        KeyHaven can rotate this key itself: it makes the new credential at the provider, seals it
        at once to your vault (only your browser can open it) and retires the old one after a grace
        period. For this the server keeps the provider&apos;s admin credential, encrypted, and sees
        the new value for the moment it takes to seal it. {spec.how}
      </p>
      <ErrorBanner error={action.error} onDismiss={action.clear} />
      <fieldset className="plain" disabled={action.busy}>
        <legend className="sr-only">Set up managed rotation of {apiKey.name}</legend>
        <label className="narrow">
          Connection
          <select value={chosen} onChange={(e) => setConnection(e.target.value)}>
            {usable.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name} ({spec.label})
              </option>
            ))}
            <option value={NEW}>New {spec.label} connection…</option>
          </select>
        </label>
        {isNew && (
          <>
            <p className="banner banner-info" data-testid="rotation-permission">
              <strong>Admin credential needed.</strong> {spec.permission}
            </p>
            <div className="grid-2">
              <div className="field">
                <label>
                  Connection name
                  <input
                    value={name}
                    onChange={(e) => setName(e.target.value)}
                    placeholder={spec.defaultName({})}
                    autoComplete="off"
                  />
                </label>
              </div>
              {spec.credential.map((f) => input('cred', f, cred, setCred))}
            </div>
          </>
        )}
        <h3 className="subhead">What to rotate</h3>
        <div className="grid-2">
          {spec.target.map((f) => input('target', f, target, setTarget))}
          {spec.extraTargetFields && (
            <div className="field">
              <label>
                Extra fields for your endpoint (optional)
                <textarea
                  rows={3}
                  value={extra}
                  placeholder={'service=billing\nenvironment=production'}
                  spellCheck={false}
                  aria-invalid={Boolean(errors.extra)}
                  aria-describedby={`${formId}-extra-hint${errors.extra ? ` ${formId}-extra-error` : ''}`}
                  onChange={(e) => setExtra(e.target.value)}
                />
              </label>
              <span className="hint" id={`${formId}-extra-hint`}>
                One name=value a line, lower-case names; sent in each request&apos;s target.
              </span>
              <FieldError id={`${formId}-extra-error`} message={errors.extra} />
            </div>
          )}
        </div>
        <h3 className="subhead">When</h3>
        <div className="grid-2">
          <div className="field">
            <label>
              Grace period (hours)
              <input
                type="number"
                inputMode="numeric"
                min={0}
                max={720}
                value={grace}
                aria-invalid={Boolean(errors.grace)}
                aria-describedby={`${formId}-grace-hint${errors.grace ? ` ${formId}-grace-error` : ''}`}
                onChange={(e) => setGrace(e.target.value)}
              />
            </label>
            <span className="hint" id={`${formId}-grace-hint`}>
              How long the old credential keeps working after a rotation.
            </span>
            <FieldError id={`${formId}-grace-error`} message={errors.grace} />
          </div>
          <div className="field">
            <label>
              Rotate every (days, empty: only when asked)
              <input
                type="number"
                inputMode="numeric"
                min={1}
                max={3650}
                value={interval}
                aria-invalid={Boolean(errors.interval)}
                aria-describedby={errors.interval ? `${formId}-interval-error` : undefined}
                onChange={(e) => setEvery(e.target.value)}
              />
            </label>
            <FieldError id={`${formId}-interval-error`} message={errors.interval} />
          </div>
        </div>
        <div className="form-actions">
          <button type="submit" className="btn btn-primary">
            {action.busy ? 'Saving…' : 'Set up rotation'}
          </button>
        </div>
      </fieldset>
    </form>
  );
}

function prefixed(group: string, errors: FieldErrors): FieldErrors {
  return Object.fromEntries(Object.entries(errors).map(([k, v]) => [`${group}.${k}`, v]));
}

/**
 * Stripe secret keys cannot be made or revoked through Stripe's API: the key is rolled in the
 * Stripe Dashboard, the new value is pasted here (encrypted in this browser and stored as a new
 * version, as a rotation by hand) and a reminder says when to do it again.
 */
function StripeGuide({ apiKey, onChanged }: { apiKey: ApiKey; onChanged: () => void }) {
  const vault = useVault();
  const monitoring = useMonitoring();
  const teams = useTeams();
  const formId = useId();
  const writable = teams.canWrite(apiKey);
  const [value, setValue] = useState('');
  const [valueError, setValueError] = useState('');
  const schedule = scheduleForm(apiKey.rotation_schedule);
  const hasSchedule = Boolean(apiKey.rotation_schedule);
  const [days, setDays] = useState(schedule.intervalDays);
  const [daysError, setDaysError] = useState('');
  const [notice, setNotice] = useState('');
  const store = useAction();
  const remind = useAction();

  async function storeValue(e: FormEvent) {
    e.preventDefault();
    if (!value.trim()) {
      setValueError('Paste the new secret key Stripe showed you.');
      return;
    }
    setValueError('');
    setNotice('');
    await store.run(async () => {
      await vault.rotate(apiKey, value.trim());
      setValue('');
      setNotice(
        'Stored: the new value is current, the old one is kept as a version. Now update the places that use it.',
      );
      onChanged();
    });
  }

  async function setReminder(e: FormEvent) {
    e.preventDefault();
    const d = days.trim();
    if (!/^\d+$/.test(d) || Number(d) < 1 || Number(d) > 3650) {
      setDaysError('Remind every 1 to 3650 days.');
      return;
    }
    setDaysError('');
    setNotice('');
    await remind.run(async () => {
      const saved = await monitoring.setSchedule(apiKey.id, {
        interval_days: Number(d),
        mode: 'remind',
        provider: 'stripe',
      });
      setNotice(
        `Reminder set: every ${saved.interval_days} days, next rotation due ${formatDate(saved.next_due_at)}.`,
      );
      onChanged();
    });
  }

  return (
    <div className="form" data-testid="stripe-guide">
      <p className="hint">
        Stripe secret keys cannot be made or retired through Stripe&apos;s API, so KeyHaven cannot
        rotate this one itself. Roll it in Stripe in a minute and keep the new value here: nothing
        goes to KeyHaven in clear, the server keeps no Stripe credential, and your browser encrypts
        the new value before it is stored.
      </p>
      {notice && (
        <div className="banner banner-ok" role="status">
          {notice}
        </div>
      )}
      <ol className="steps" aria-label="Rotate a Stripe key by hand">
        <li>
          In the Stripe Dashboard, open <strong>Developers → API keys</strong> (in live or test
          mode, as this key is).
        </li>
        <li>
          Next to the secret or restricted key, open the <strong>⋯</strong> menu and choose{' '}
          <strong>Roll key…</strong>.
        </li>
        <li>
          Choose when the old key expires: <strong>now</strong> if it leaked, otherwise leave your
          deployments time to switch (for example 24 hours).
        </li>
        <li>Copy the new key (Stripe shows it once) and paste it below.</li>
        <li>
          Update the places that use it (deployments, CI secrets, GitHub push on this page) before
          the old key expires.
        </li>
      </ol>
      <ErrorBanner error={store.error} onDismiss={store.clear} />
      {writable ? (
        <form className="form" onSubmit={(e) => void storeValue(e)} noValidate>
          <fieldset className="plain" disabled={store.busy}>
            <legend className="sr-only">New value of {apiKey.name}</legend>
            <label className="wide">
              New secret key from Stripe
              <input
                type="password"
                autoComplete="off"
                spellCheck={false}
                placeholder="sk_live_…"
                value={value}
                aria-invalid={Boolean(valueError)}
                aria-describedby={valueError ? `${formId}-value-error` : undefined}
                onChange={(e) => setValue(e.target.value)}
              />
            </label>
            <FieldError id={`${formId}-value-error`} message={valueError} />
            <div className="form-actions">
              <button type="submit" className="btn btn-primary">
                {store.busy ? 'Encrypting…' : 'Encrypt and store'}
              </button>
            </div>
          </fieldset>
        </form>
      ) : (
        <p className="hint">Only an editor of this key&apos;s team can store a new value.</p>
      )}
      <h3 className="subhead">Reminder</h3>
      <p className="hint" data-testid="stripe-reminder-now">
        {hasSchedule
          ? `Now: a reminder every ${schedule.intervalDays} days (the rotation schedule above).`
          : 'No reminder yet: KeyHaven tells you 7 days before a rotation is due and when it is.'}
      </p>
      <ErrorBanner error={remind.error} onDismiss={remind.clear} />
      <form className="form" onSubmit={(e) => void setReminder(e)} noValidate>
        <fieldset className="plain" disabled={!writable || remind.busy}>
          <legend className="sr-only">Rotation reminder of {apiKey.name}</legend>
          <label className="narrow">
            Remind me every (days)
            <input
              type="number"
              inputMode="numeric"
              min={1}
              max={3650}
              value={days}
              aria-invalid={Boolean(daysError)}
              aria-describedby={daysError ? `${formId}-days-error` : undefined}
              onChange={(e) => setDays(e.target.value)}
            />
          </label>
          <FieldError id={`${formId}-days-error`} message={daysError} />
          <div className="form-actions">
            <button type="submit" className="btn">
              {remind.busy ? 'Saving…' : hasSchedule ? 'Update reminder' : 'Set reminder'}
            </button>
          </div>
        </fieldset>
      </form>
    </div>
  );
}
