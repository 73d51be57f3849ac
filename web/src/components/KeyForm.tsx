import { useId, useState, type ClipboardEvent, type FormEvent } from 'react';
import { ENVIRONMENTS, type ApiKey, type Environment, type Team } from '../api/types';
import { parseTags } from '../lib/keys';
import { guessService, SERVICES, serviceLabel } from '../lib/serviceGuess';
import { fieldErrors } from '../lib/fieldErrors';
import { useAction } from '../lib/useAction';
import type { KeyInput } from '../session/keyhaven';
import { ErrorBanner } from './ErrorBanner';
import { FieldError } from './FieldError';

/**
 * Add or edit a key. On edit the value is optional: empty keeps the current one. On add, a key
 * of the same name in the same environment and vault is found first (`findSameName`) and the
 * user chooses: save the value as a new version of it, or keep both.
 */
export function KeyForm({
  existing,
  teams,
  onSubmit,
  onCancel,
  findSameName,
}: {
  existing?: ApiKey;
  teams: readonly Team[];
  /** `duplicate`: the existing key to update instead of adding a second one. */
  onSubmit: (input: KeyInput, duplicate?: ApiKey) => Promise<void>;
  onCancel: () => void;
  findSameName?: (input: KeyInput) => Promise<ApiKey | null>;
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
  const [multiline, setMultiline] = useState(false);
  const [duplicate, setDuplicate] = useState<ApiKey | null>(null);
  const action = useAction();
  const fields = fieldErrors(action.error);
  const formId = useId();
  const writableTeams = teams.filter((t) => t.role !== 'viewer');

  function onValue(v: string) {
    setValue(v);
    if (!serviceTouched) setService(guessService(v, name));
  }

  /** A paste with line breaks (a PEM key) switches to the multi-line box, bytes kept. */
  function onPaste(e: ClipboardEvent<HTMLInputElement>) {
    const text = e.clipboardData.getData('text/plain');
    if (!/[\r\n]/.test(text)) return;
    e.preventDefault();
    setMultiline(true);
    onValue(text);
  }

  function input(): KeyInput {
    return {
      name: name.trim(),
      service: service || guessService(value, name),
      environment,
      tags: parseTags(tags),
      description,
      expiresAt: expiresAt ? new Date(`${expiresAt}T00:00:00Z`).toISOString() : null,
      teamId: teamId || null,
      value: value || undefined,
    };
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!existing && !value) {
      await action.run(() => Promise.reject(new Error('Enter the key value.')));
      return;
    }
    await action.run(async () => {
      const next = input();
      if (!existing && findSameName && !duplicate) {
        const found = await findSameName(next);
        if (found) {
          setDuplicate(found);
          return;
        }
      }
      await onSubmit(next);
    });
  }

  async function resolve(choice: 'update' | 'keep') {
    const found = duplicate;
    await action.run(() =>
      onSubmit(input(), choice === 'update' ? (found ?? undefined) : undefined),
    );
  }

  const known = Object.keys(SERVICES);
  return (
    <form onSubmit={(e) => void submit(e)} className="form">
      <ErrorBanner error={Object.keys(fields).length > 0 ? null : action.error} />
      {Object.keys(fields).length > 0 && (
        <p className="field-error" role="alert">
          Please correct the fields marked below.
        </p>
      )}
      <label>
        Name
        <input
          value={name}
          onChange={(e) => {
            setName(e.target.value);
            setDuplicate(null);
          }}
          required
          maxLength={255}
          placeholder="STRIPE_SECRET_KEY"
        />
        <FieldError id={`${formId}-name`} message={fields.name} />
      </label>
      <label>
        {existing ? 'New value (leave empty to keep the current one)' : 'Value'}
        {multiline ? (
          <textarea
            className="value-multiline"
            value={value}
            onChange={(e) => onValue(e.target.value)}
            autoComplete="off"
            spellCheck={false}
            required={!existing}
            rows={6}
            placeholder="-----BEGIN PRIVATE KEY-----"
          />
        ) : (
          <input
            type="password"
            value={value}
            onChange={(e) => onValue(e.target.value)}
            onPaste={onPaste}
            autoComplete="off"
            spellCheck={false}
            required={!existing}
            placeholder="sk_live_…"
          />
        )}
        <FieldError id={`${formId}-value`} message={fields.value} />
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={multiline}
          onChange={(e) => setMultiline(e.target.checked)}
        />
        Multi-line value (certificate, private key); shown as you type
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
          <FieldError id={`${formId}-tags`} message={fields.tags} />
        </label>
        <label>
          Expires
          <input
            type="date"
            value={expiresAt}
            min={existing ? undefined : today()}
            onChange={(e) => setExpiresAt(e.target.value)}
          />
          <FieldError id={`${formId}-expiresAt`} message={fields.expiresAt} />
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
        <FieldError id={`${formId}-description`} message={fields.description} />
      </label>
      {!existing && writableTeams.length > 0 && (
        <label>
          Vault
          <select
            aria-label="Vault"
            value={teamId}
            onChange={(e) => {
              setTeamId(e.target.value);
              setDuplicate(null);
            }}
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
      {duplicate && (
        <div className="banner banner-warn duplicate" role="alert">
          <p>
            <strong>{duplicate.name}</strong> already exists in {duplicate.metadata.environment}
            {duplicate.team_id ? ' in this team' : ' in your personal vault'}. Adding it again would
            make two keys with the same name, and an exported .env could no longer tell them apart.
          </p>
          <div className="form-actions">
            <button type="button" className="btn" onClick={() => setDuplicate(null)}>
              Change the name
            </button>
            <button
              type="button"
              className="btn"
              disabled={action.busy}
              onClick={() => void resolve('keep')}
            >
              Keep both
            </button>
            <button
              type="button"
              className="btn btn-primary"
              disabled={action.busy}
              onClick={() => void resolve('update')}
            >
              Update the existing key
            </button>
          </div>
        </div>
      )}
      <p className="hint">
        The value is encrypted in this browser before it is sent; KeyHaven's server never sees it.
      </p>
      <div className="form-actions">
        <button type="button" className="btn" onClick={onCancel}>
          Cancel
        </button>
        <button
          type="submit"
          className="btn btn-primary"
          disabled={action.busy || Boolean(duplicate)}
        >
          {action.busy ? 'Saving…' : existing ? 'Save changes' : 'Add key'}
        </button>
      </div>
    </form>
  );
}

/** Today as yyyy-mm-dd in the user's time zone: the earliest expiry a new key can get. */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
