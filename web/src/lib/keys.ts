import type { ApiKey } from '../api/types';

export interface KeyFilterState {
  q: string;
  service: string;
  environment: string;
  tag: string;
  /** '' every vault the caller sees, or a team id */
  vault: string;
}

export const EMPTY_FILTER: KeyFilterState = {
  q: '',
  service: '',
  environment: '',
  tag: '',
  vault: '',
};

/** The columns the server sorts by (`GET /api/keys?sort=`). */
export const SORT_FIELDS = {
  name: 'Name',
  service: 'Service',
  environment: 'Environment',
  health: 'Health',
  expires_at: 'Expiry',
  created_at: 'Added',
  updated_at: 'Last changed',
} as const;

export type SortField = keyof typeof SORT_FIELDS;

/** A sort: a field and a direction, written `name` or `-name` in the URL and the query. */
export interface KeySortState {
  field: SortField;
  descending: boolean;
}

/** Newest first, the order when none is chosen. */
export const DEFAULT_SORT: KeySortState = { field: 'created_at', descending: true };

export function parseSort(value: string | null | undefined): KeySortState {
  if (!value) return DEFAULT_SORT;
  const descending = value.startsWith('-');
  const field = descending ? value.slice(1) : value;
  return field in SORT_FIELDS ? { field: field as SortField, descending } : DEFAULT_SORT;
}

export function sortParam(s: KeySortState): string {
  return `${s.descending ? '-' : ''}${s.field}`;
}

/** The next sort when a column header is pressed: its own column flips, another starts. */
export function nextSort(current: KeySortState, field: SortField): KeySortState {
  if (current.field === field) return { field, descending: !current.descending };
  // Dates and health read best newest / worst first; words from A.
  return { field, descending: field === 'created_at' || field === 'updated_at' };
}

/** The vault screen's state as it lives in the URL: filters, sort, trash and page. */
export interface VaultView extends KeyFilterState {
  trash: boolean;
  page: number;
  sort: KeySortState;
}

export function parseVaultView(query: string): VaultView {
  const p = new URLSearchParams(query);
  const page = Number.parseInt(p.get('page') ?? '1', 10);
  return {
    q: p.get('q') ?? '',
    service: p.get('service') ?? '',
    environment: p.get('env') ?? '',
    tag: p.get('tag') ?? '',
    vault: p.get('team') ?? '',
    trash: p.get('trash') === '1',
    page: Number.isFinite(page) && page > 0 ? page - 1 : 0,
    sort: parseSort(p.get('sort')),
  };
}

export function vaultViewQuery(v: VaultView): Record<string, string | number | undefined> {
  return {
    q: v.q || undefined,
    service: v.service || undefined,
    env: v.environment || undefined,
    tag: v.tag || undefined,
    team: v.vault || undefined,
    trash: v.trash ? 1 : undefined,
    sort: sortParam(v.sort) === sortParam(DEFAULT_SORT) ? undefined : sortParam(v.sort),
    page: v.page > 0 ? v.page + 1 : undefined,
  };
}

export function distinct(values: Iterable<string>): string[] {
  return [...new Set(values)].filter(Boolean).sort((a, b) => a.localeCompare(b));
}

export function countBy<T>(items: readonly T[], key: (t: T) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const i of items) out[key(i)] = (out[key(i)] ?? 0) + 1;
  return out;
}

export type AttentionReason = 'exposed' | 'expired' | 'expiring' | 'old' | 'unhealthy';

const DAY = 86_400_000;

/** Why a key needs attention: exposed, expired or expiring within 30 days, not rotated for 90. */
export function attentionReasons(k: ApiKey, now = Date.now()): AttentionReason[] {
  const out: AttentionReason[] = [];
  if (k.exposed) out.push('exposed');
  if (k.metadata.expires_at) {
    const at = Date.parse(k.metadata.expires_at);
    if (at < now) out.push('expired');
    else if (at - now < 30 * DAY) out.push('expiring');
  }
  const rotated = Date.parse(k.last_rotated ?? k.created_at);
  if (Number.isFinite(rotated) && now - rotated > 90 * DAY) out.push('old');
  if (k.health_score < 50) out.push('unhealthy');
  return out;
}

export const ATTENTION_LABEL: Record<AttentionReason, string> = {
  exposed: 'Exposed',
  expired: 'Expired',
  expiring: 'Expires soon',
  old: 'Not rotated in 90 days',
  unhealthy: 'Low health score',
};

/** What each attention badge means, on hover and in the legend. */
export const ATTENTION_HELP: Record<AttentionReason, string> = {
  exposed:
    'Exposed: the value was found somewhere public (a public commit, a paste site). Rotate it now.',
  expired: 'The expiry date you set has passed.',
  expiring: 'The expiry date you set is less than 30 days away.',
  old: 'The value has not changed in 90 days; rotating keys regularly limits the harm of a leak.',
  unhealthy: 'The health score is under 50.',
};

/** Chart colours of the five health buckets, red to green. */
export const HEALTH_COLORS = ['#ef4444', '#f97316', '#f59e0b', '#84cc16', '#10b981'];

/** Health scores in five buckets for the distribution chart. */
export function healthBuckets(keys: readonly ApiKey[]): { label: string; count: number }[] {
  const labels = ['0–19', '20–39', '40–59', '60–79', '80–100'];
  const counts = [0, 0, 0, 0, 0];
  for (const k of keys) counts[Math.min(4, Math.max(0, Math.floor(k.health_score / 20)))]++;
  return labels.map((label, i) => ({ label, count: counts[i] }));
}

export function parseTags(text: string): string[] {
  return distinct(text.split(',').map((t) => t.trim().toLowerCase()));
}

export function formatDate(iso?: string | null): string {
  if (!iso) return '—';
  const d = new Date(iso);
  return Number.isNaN(d.getTime())
    ? '—'
    : d.toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
}

export function formatDateTime(iso?: string | null): string {
  if (!iso) return '—';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '—' : d.toLocaleString();
}
