import type { Team } from '../api/types';
import { ENVIRONMENTS } from '../api/types';
import {
  parseSort,
  SORT_FIELDS,
  sortParam,
  type KeyFilterState,
  type KeySortState,
} from '../lib/keys';
import { SERVICES } from '../lib/serviceGuess';

/**
 * Search box and filters of the vault table. The server filters (metadata is plaintext by
 * design); `typing` marks changes from a text box, which the caller may debounce.
 */
export function KeyFilters({
  teams,
  value,
  onChange,
  sort,
  onSort,
}: {
  teams: readonly Team[];
  value: KeyFilterState;
  onChange: (patch: Partial<KeyFilterState>, typing: boolean) => void;
  /** With `onSort`: a "Sort by" choice (the table's headers do the same on wide screens). */
  sort?: KeySortState;
  onSort?: (sort: KeySortState) => void;
}) {
  const current = sort ? sortParam(sort) : '';
  const sortOptions =
    current && !(current in SORT_CHOICES)
      ? { ...SORT_CHOICES, [current]: sortLabel(sort!) }
      : SORT_CHOICES;
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
      {sort && onSort && (
        <label className="filter-sort">
          <span className="sr-only">Sort</span>
          <select
            value={current}
            onChange={(e) => onSort(parseSort(e.target.value))}
            aria-label="Sort keys"
          >
            {Object.entries(sortOptions).map(([v, label]) => (
              <option key={v} value={v}>
                {label}
              </option>
            ))}
          </select>
        </label>
      )}
    </div>
  );
}

/** The orders offered by name; a header click may pick another, labelled by `sortLabel`. */
const SORT_CHOICES: Record<string, string> = {
  '-created_at': 'Newest first',
  created_at: 'Oldest first',
  name: 'Name A–Z',
  '-name': 'Name Z–A',
  service: 'Service A–Z',
  expires_at: 'Expiring soonest',
  health: 'Least healthy first',
  '-updated_at': 'Recently changed',
};

function sortLabel(s: KeySortState): string {
  return `${SORT_FIELDS[s.field]}, ${s.descending ? 'descending' : 'ascending'}`;
}
