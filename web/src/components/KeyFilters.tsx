import type { Team } from '../api/types';
import { ENVIRONMENTS } from '../api/types';
import type { KeyFilterState } from '../lib/keys';
import { SERVICES } from '../lib/serviceGuess';

/**
 * Search box and filters of the vault table. The server filters (metadata is plaintext by
 * design); `typing` marks changes from a text box, which the caller may debounce.
 */
export function KeyFilters({
  teams,
  value,
  onChange,
}: {
  teams: readonly Team[];
  value: KeyFilterState;
  onChange: (patch: Partial<KeyFilterState>, typing: boolean) => void;
}) {
  return (
    <div className="filters" role="search">
      <label className="filter-search">
        <span className="sr-only">Search keys</span>
        <input
          type="search"
          placeholder="Search name, service, description…"
          value={value.q}
          onChange={(e) => onChange({ q: e.target.value }, true)}
        />
      </label>
      <label>
        <span className="sr-only">Service</span>
        <select
          value={value.service}
          onChange={(e) => onChange({ service: e.target.value }, false)}
          aria-label="Filter by service"
        >
          <option value="">All services</option>
          {Object.entries(SERVICES).map(([id, label]) => (
            <option key={id} value={id}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span className="sr-only">Environment</span>
        <select
          value={value.environment}
          onChange={(e) => onChange({ environment: e.target.value }, false)}
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
        <input
          type="text"
          placeholder="Tag"
          value={value.tag}
          aria-label="Filter by tag"
          onChange={(e) => onChange({ tag: e.target.value }, true)}
        />
      </label>
      {teams.length > 0 && (
        <label>
          <span className="sr-only">Vault</span>
          <select
            value={value.vault}
            onChange={(e) => onChange({ vault: e.target.value }, false)}
            aria-label="Filter by vault"
          >
            <option value="">All vaults</option>
            {teams.map((t) => (
              <option key={t.id} value={t.id}>
                Team: {t.name}
              </option>
            ))}
          </select>
        </label>
      )}
    </div>
  );
}
