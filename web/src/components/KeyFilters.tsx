import type { ApiKey, Team } from '../api/types';
import { ENVIRONMENTS } from '../api/types';
import { distinct, type KeyFilterState } from '../lib/keys';
import { serviceLabel } from '../lib/serviceGuess';

/** Search box and filters of the vault table (metadata only). */
export function KeyFilters({
  keys,
  teams,
  value,
  onChange,
}: {
  keys: readonly ApiKey[];
  teams: readonly Team[];
  value: KeyFilterState;
  onChange: (next: KeyFilterState) => void;
}) {
  const services = distinct(keys.map((k) => k.service));
  const tags = distinct(keys.flatMap((k) => k.metadata.tags));
  const set = (patch: Partial<KeyFilterState>) => onChange({ ...value, ...patch });
  return (
    <div className="filters" role="search">
      <label className="filter-search">
        <span className="sr-only">Search keys</span>
        <input
          type="search"
          placeholder="Search name, service, tag…"
          value={value.q}
          onChange={(e) => set({ q: e.target.value })}
        />
      </label>
      <label>
        <span className="sr-only">Service</span>
        <select
          value={value.service}
          onChange={(e) => set({ service: e.target.value })}
          aria-label="Filter by service"
        >
          <option value="">All services</option>
          {services.map((s) => (
            <option key={s} value={s}>
              {serviceLabel(s)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span className="sr-only">Environment</span>
        <select
          value={value.environment}
          onChange={(e) => set({ environment: e.target.value })}
          aria-label="Filter by environment"
        >
          <option value="">All environments</option>
          {ENVIRONMENTS.map((env) => (
            <option key={env} value={env}>
              {env}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span className="sr-only">Tag</span>
        <select
          value={value.tag}
          onChange={(e) => set({ tag: e.target.value })}
          aria-label="Filter by tag"
        >
          <option value="">All tags</option>
          {tags.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </select>
      </label>
      {teams.length > 0 && (
        <label>
          <span className="sr-only">Vault</span>
          <select
            value={value.vault}
            onChange={(e) => set({ vault: e.target.value })}
            aria-label="Filter by vault"
          >
            <option value="">All vaults</option>
            <option value="personal">Personal</option>
            {teams.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        </label>
      )}
    </div>
  );
}
