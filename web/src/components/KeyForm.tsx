import { useState, type FormEvent } from 'react';
import { ENVIRONMENTS, type ApiKey, type Environment, type Team } from '../api/types';
import { parseTags } from '../lib/keys';
import { guessService, SERVICES, serviceLabel } from '../lib/serviceGuess';
import type { KeyInput } from '../session/keyhaven';
import { ErrorBanner } from './ErrorBanner';

/** Add or edit a key. On edit the value is optional: empty keeps the current one. */
export function KeyForm({
  existing,
  teams,
  onSubmit,
  onCancel,
}: {
  existing?: ApiKey;
  teams: readonly Team[];
  onSubmit: (input: KeyInput) => Promise<void>;
  onCancel: () => void;
}) {
  const [name, setName] = useState(existing?.name ?? '');
  const [service, setService] = useState(existing?.service ?? '');
  const [serviceTouched, setServiceTouched] = useState(Boolean(existing));
  const [environment, setEnvironment] = useState<Environment>(
    existing?.metadata.environment ?? 'development',
  );
  const [tags, setTags] = useState(existing?.metadata.tags.join(', ') ?? '');
  const [expiresAt, setExpiresAt] = useState(existing?.metadata.expires_at?.slice(0, 10) ?? '');
  const [description, setDescription] = useState(existing?.metadata.description ?? '');
  const [teamId, setTeamId] = useState(existing?.team_id ?? '');
  const [value, setValue] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const writableTeams = teams.filter((t) => t.role !== 'viewer');

  function onValue(v: string) {
    setValue(v);
    if (!serviceTouched) setService(guessService(v, name));
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    if (!existing && !value) {
      setError(new Error('Enter the key value.'));
      return;
    }
    setBusy(true);
    try {
      await onSubmit({
        name: name.trim(),
        service: service || guessService(value, name),
        environment,
        tags: parseTags(tags),
        description,
        expiresAt: expiresAt ? new Date(`${expiresAt}T00:00:00Z`).toISOString() : null,
        teamId: teamId || null,
        value: value || undefined,
      });
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  }

  const known = Object.keys(SERVICES);
  return (
    <form onSubmit={(e) => void submit(e)} className="form">
      <ErrorBanner error={error} />
      <label>
        Name
        <input
          value={name}
          onChange={(e) => setName(e.target.value)}
          required
          maxLength={255}
          placeholder="STRIPE_SECRET_KEY"
        />
      </label>
      <label>
        {existing ? 'New value (leave empty to keep the current one)' : 'Value'}
        <input
          type="password"
          value={value}
          onChange={(e) => onValue(e.target.value)}
          autoComplete="off"
          spellCheck={false}
          required={!existing}
          placeholder="sk_live_…"
        />
      </label>
      <div className="form-row">
        <label>
          Service
          <select
            aria-label="Service"
            value={known.includes(service) || !service ? service : '__custom'}
            onChange={(e) => {
              setServiceTouched(true);
              setService(e.target.value === '__custom' ? service : e.target.value);
            }}
          >
            <option value="">Guess from value</option>
            {known.map((s) => (
              <option key={s} value={s}>
                {serviceLabel(s)}
              </option>
            ))}
            {service && !known.includes(service) && <option value="__custom">{service}</option>}
          </select>
        </label>
        <label>
          Environment
          <select
            aria-label="Environment"
            value={environment}
            onChange={(e) => setEnvironment(e.target.value as Environment)}
          >
            {ENVIRONMENTS.map((env) => (
              <option key={env} value={env}>
                {env}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="form-row">
        <label>
          Tags (comma separated)
          <input
            value={tags}
            onChange={(e) => setTags(e.target.value)}
            placeholder="payments, backend"
          />
        </label>
        <label>
          Expires
          <input type="date" value={expiresAt} onChange={(e) => setExpiresAt(e.target.value)} />
        </label>
      </div>
      <label>
        Description
        <textarea
          value={description}
          onChange={(e) => setDescription(e.target.value)}
          rows={2}
          maxLength={1000}
        />
      </label>
      {!existing && writableTeams.length > 0 && (
        <label>
          Vault
          <select aria-label="Vault" value={teamId} onChange={(e) => setTeamId(e.target.value)}>
            <option value="">Personal</option>
            {writableTeams.map((t) => (
              <option key={t.id} value={t.id}>
                Team: {t.name}
              </option>
            ))}
          </select>
        </label>
      )}
      <p className="hint">
        The value is encrypted in this browser before it is sent; KeyHaven's server never sees it.
      </p>
      <div className="form-actions">
        <button type="button" className="btn" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {busy ? 'Saving…' : existing ? 'Save changes' : 'Add key'}
        </button>
      </div>
    </form>
  );
}
