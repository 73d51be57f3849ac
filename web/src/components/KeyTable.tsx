import type { ReactNode } from 'react';
import type { ApiKey } from '../api/types';
import {
  ATTENTION_HELP,
  attentionReasons,
  ATTENTION_LABEL,
  formatDate,
  SORT_FIELDS,
  type KeySortState,
  type SortField,
} from '../lib/keys';
import { keyPageHref } from '../lib/monitoring';
import { serviceLabel } from '../lib/serviceGuess';
import { RevealValue } from './RevealValue';

export interface KeyTableActions {
  onEdit?: (k: ApiKey) => void;
  onVersions?: (k: ApiKey) => void;
  onDelete?: (k: ApiKey) => void;
  onRestore?: (k: ApiKey) => void;
  onErase?: (k: ApiKey) => void;
}

/**
 * The key table (metadata only; a value is decrypted when its row's Reveal is pressed). Rows
 * the caller may not change show no write actions and say why.
 */
export function KeyTable({
  keys,
  trash = false,
  label,
  teamName,
  canWrite,
  canReveal,
  selected,
  onSelect,
  actions,
  sort,
  onSort,
}: {
  keys: readonly ApiKey[];
  trash?: boolean;
  label: string;
  teamName: (teamId: string) => string | undefined;
  canWrite: (k: ApiKey) => boolean;
  canReveal: (k: ApiKey) => boolean;
  /** With `onSelect`: a checkbox per row for bulk actions. */
  selected?: ReadonlySet<string>;
  onSelect?: (ids: readonly string[], on: boolean) => void;
  actions: KeyTableActions;
  /** With `onSort`: the column headers sort the list (the server orders every page). */
  sort?: KeySortState;
  onSort?: (field: SortField) => void;
}) {
  const header = (field: SortField, text: ReactNode = SORT_FIELDS[field]) => (
    <SortHeader field={field} sort={sort} onSort={onSort}>
      {text}
    </SortHeader>
  );
  const selectable = Boolean(selected && onSelect);
  const allSelected = selectable && keys.length > 0 && keys.every((k) => selected!.has(k.id));
  return (
    <div className="table-wrap">
      <table className="table keys-table" aria-label={label}>
        <thead>
          <tr>
            {selectable && (
              <th scope="col" className="col-select">
                <input
                  type="checkbox"
                  aria-label="Select all keys on this page"
                  checked={allSelected}
                  onChange={(e) =>
                    onSelect!(
                      keys.map((k) => k.id),
                      e.target.checked,
                    )
                  }
                />
              </th>
            )}
            {header('name')}
            {header('service')}
            {header('environment')}
            <th scope="col">Tags</th>
            {header(
              'health',
              <abbr title="Health score 0–100: rotation age, expiry and exposure">Health</abbr>,
            )}
            {header('expires_at', 'Expires')}
            {!trash && <th scope="col">Value</th>}
            <th scope="col">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {keys.map((k) => {
            const writable = canWrite(k);
            return (
              <tr key={k.id} data-key-name={k.name}>
                {selectable && (
                  <td className="col-select">
                    <input
                      type="checkbox"
                      aria-label={`Select ${k.name}`}
                      checked={selected!.has(k.id)}
                      onChange={(e) => onSelect!([k.id], e.target.checked)}
                    />
                  </td>
                )}
                <td data-label="Name" className="col-name">
                  <strong className="key-name" title={k.name}>
                    {trash ? (
                      <BreakableName name={k.name} />
                    ) : (
                      <a
                        href={keyPageHref(k)}
                        title={`${k.name}: usage, health, rotation schedule and ingest tokens`}
                      >
                        <BreakableName name={k.name} />
                      </a>
                    )}
                  </strong>
                  {k.team_id && <span className="badge">{teamName(k.team_id) ?? 'team'}</span>}
                  {attentionReasons(k).map((r) => (
                    <span key={r} className={`badge badge-${r}`} title={ATTENTION_HELP[r]}>
                      {ATTENTION_LABEL[r]}
                    </span>
                  ))}
                  {k.metadata.description && (
                    <div className="hint description">{k.metadata.description}</div>
                  )}
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
                <td data-label="Tags" className="col-tags">
                  {k.metadata.tags.join(', ') || '—'}
                </td>
                <td data-label="Health">
                  <span
                    className={`health h${Math.min(4, Math.floor(k.health_score / 20))}`}
                    title="Health score 0–100: rotation age, expiry and exposure"
                  >
                    {k.health_score}
                  </span>
                </td>
                <td data-label="Expires">{formatDate(k.metadata.expires_at)}</td>
                {!trash && (
                  <td data-label="Value" className="col-value">
                    {canReveal(k) ? (
                      <RevealValue apiKey={k} compact />
                    ) : (
                      <span className="hint">team key unavailable</span>
                    )}
                  </td>
                )}
                <td className="row-actions">
                  {trash ? (
                    writable && (
                      <>
                        <button
                          type="button"
                          className="btn btn-small"
                          onClick={() => actions.onRestore?.(k)}
                          aria-label={`Restore ${k.name}`}
                        >
                          Restore
                        </button>
                        <button
                          type="button"
                          className="btn btn-small btn-danger"
                          onClick={() => actions.onErase?.(k)}
                          aria-label={`Erase ${k.name}`}
                        >
                          Erase
                        </button>
                      </>
                    )
                  ) : (
                    <>
                      {writable && (
                        <button
                          type="button"
                          className="btn btn-small"
                          onClick={() => actions.onEdit?.(k)}
                          aria-label={`Edit ${k.name}`}
                        >
                          Edit
                        </button>
                      )}
                      <button
                        type="button"
                        className="btn btn-small"
                        onClick={() => actions.onVersions?.(k)}
                        aria-label={`Versions of ${k.name}`}
                      >
                        Versions
                      </button>
                      {writable && (
                        <button
                          type="button"
                          className="btn btn-small btn-danger"
                          onClick={() => actions.onDelete?.(k)}
                          aria-label={`Delete ${k.name}`}
                        >
                          Delete
                        </button>
                      )}
                    </>
                  )}
                  {!writable && (
                    <span className="hint read-only">Read-only: you are a viewer of this team</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** A name that may wrap after each underscore (long environment-variable names). */
function BreakableName({ name }: { name: string }) {
  const parts = name.split(/(?<=_)/);
  return (
    <>
      {parts.map((part, i) => (
        <span key={i}>
          {part}
          {i < parts.length - 1 && <wbr />}
        </span>
      ))}
    </>
  );
}

/**
 * A column header that sorts: a button naming the order it will apply, `aria-sort` on the
 * column that orders the list now. Without `onSort` it is a plain header.
 */
function SortHeader({
  field,
  sort,
  onSort,
  children,
}: {
  field: SortField;
  sort?: KeySortState;
  onSort?: (field: SortField) => void;
  children: ReactNode;
}) {
  if (!onSort || !sort) return <th scope="col">{children}</th>;
  const active = sort.field === field;
  const direction = active ? (sort.descending ? 'descending' : 'ascending') : undefined;
  return (
    <th scope="col" aria-sort={direction ?? 'none'} className="sortable">
      <button
        type="button"
        className="sort-button"
        onClick={() => onSort(field)}
        title={`Sort by ${SORT_FIELDS[field].toLowerCase()}`}
      >
        {children}
        {/* Only the sorting column carries a mark, so the headers take no width from the names. */}
        {active && (
          <span aria-hidden="true" className="sort-mark">
            {sort.descending ? '▼' : '▲'}
          </span>
        )}
      </button>
    </th>
  );
}
