import type { Anomaly, BucketSize, ScheduleInput, UsageBucket } from '../session/monitoring';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** The ranges offered for each bucket size; the server allows 31 days of hours, 400 of days. */
export const RANGES: Record<BucketSize, { value: string; label: string; ms: number }[]> = {
  hour: [
    { value: '24h', label: 'Last 24 hours', ms: DAY },
    { value: '3d', label: 'Last 3 days', ms: 3 * DAY },
    { value: '7d', label: 'Last 7 days', ms: 7 * DAY },
    { value: '31d', label: 'Last 31 days', ms: 31 * DAY },
  ],
  day: [
    { value: '7d', label: 'Last 7 days', ms: 7 * DAY },
    { value: '30d', label: 'Last 30 days', ms: 30 * DAY },
    { value: '90d', label: 'Last 90 days', ms: 90 * DAY },
    { value: '365d', label: 'Last 365 days', ms: 365 * DAY },
  ],
};

export const DEFAULT_RANGE: Record<BucketSize, string> = { hour: '24h', day: '30d' };

/** A range offered for this bucket size (the default when `range` is not one of them). */
export function pickRange(bucket: BucketSize, range: string): string {
  return RANGES[bucket].some((r) => r.value === range) ? range : DEFAULT_RANGE[bucket];
}

/** The `from` and `to` of a usage query: the range ending now. */
export function usageQuery(
  bucket: BucketSize,
  range: string,
  now = Date.now(),
): { from: string; to: string; bucket: BucketSize } {
  const span = RANGES[bucket].find((r) => r.value === pickRange(bucket, range))!.ms;
  return { from: new Date(now - span).toISOString(), to: new Date(now).toISOString(), bucket };
}

export interface UsageSeries {
  labels: string[];
  requests: number[];
  errors: number[];
  totalRequests: number;
  totalErrors: number;
  /** The busiest bucket's label and count, or null when nothing was used. */
  peak: { label: string; requests: number } | null;
}

/** Chart series from the server's buckets (empty buckets come as zeros, in order). */
export function usageSeries(
  buckets: readonly UsageBucket[],
  bucket: BucketSize,
  timeZone?: string,
): UsageSeries {
  const format = new Intl.DateTimeFormat(
    undefined,
    bucket === 'hour'
      ? { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZone }
      : { month: 'short', day: 'numeric', timeZone: timeZone ?? 'UTC' },
  );
  const labels = buckets.map((b) => format.format(new Date(b.start)));
  const requests = buckets.map((b) => b.requests);
  const errors = buckets.map((b) => b.errors);
  let peak: UsageSeries['peak'] = null;
  buckets.forEach((b, i) => {
    if (b.requests > 0 && (!peak || b.requests > peak.requests)) {
      peak = { label: labels[i], requests: b.requests };
    }
  });
  return {
    labels,
    requests,
    errors,
    totalRequests: requests.reduce((a, b) => a + b, 0),
    totalErrors: errors.reduce((a, b) => a + b, 0),
    peak,
  };
}

/** "1 request", "1,204 requests". */
export function count(n: number, word: string): string {
  return `${n.toLocaleString()} ${word}${n === 1 ? '' : 's'}`;
}

/** "3.2%" of errors among requests, or "no errors". */
export function errorRate(requests: number, errors: number): string {
  if (errors === 0 || requests === 0) return 'no errors';
  const pct = (errors / requests) * 100;
  return `${pct < 10 ? pct.toFixed(1) : Math.round(pct)}% failed`;
}

// ------------------------------------------------------------------------------------ health

export const FACTOR_LABEL: Record<string, string> = {
  age: 'Age of the value',
  rotation_overdue: 'Rotation schedule',
  expiry: 'Expiry date',
  exposure: 'Exposure',
  open_anomalies: 'Open anomalies',
  environment: 'Environment',
  unused_90_days: 'Recent use',
};

export function factorLabel(name: string): string {
  return FACTOR_LABEL[name] ?? name.replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase());
}

/** "−20" (the Unicode minus), or "0" for a factor that costs nothing. */
export function formatImpact(impact: number): string {
  return impact < 0 ? `−${Math.abs(impact)}` : impact > 0 ? `+${impact}` : '0';
}

export function healthWord(score: number): string {
  return score >= 80 ? 'Good' : score >= 50 ? 'Fair' : 'Needs attention';
}

// --------------------------------------------------------------------------------- anomalies

export const SEVERITIES = ['critical', 'high', 'medium', 'low'] as const;

export const KIND_LABEL: Record<string, string> = {
  request_spike: 'Request spike',
  error_rate_jump: 'Error rate jump',
  new_source_network: 'New source network',
  unusual_hour: 'Use at an unusual hour',
  use_after_expiry: 'Use after expiry',
  rotated_version_use: 'Old value still in use',
};

export function kindLabel(kind: string): string {
  return KIND_LABEL[kind] ?? kind.replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase());
}

/** Most severe first, then newest first. */
export function sortAnomalies(items: readonly Anomaly[]): Anomaly[] {
  const rank = (s: string) => {
    const i = (SEVERITIES as readonly string[]).indexOf(s);
    return i < 0 ? SEVERITIES.length : i;
  };
  return [...items].sort(
    (a, b) => rank(a.severity) - rank(b.severity) || b.detected_at.localeCompare(a.detected_at),
  );
}

// -------------------------------------------------------------------------------- schedules

export interface ScheduleForm {
  intervalDays: string;
  mode: 'remind' | 'auto';
  provider: string;
}

/** Checks the schedule form; answers the request body or the field messages. */
export function validateSchedule(
  form: ScheduleForm,
):
  | { ok: true; value: ScheduleInput }
  | { ok: false; errors: Partial<Record<keyof ScheduleForm, string>> } {
  const errors: Partial<Record<keyof ScheduleForm, string>> = {};
  const text = form.intervalDays.trim();
  const days = Number(text);
  if (!text) errors.intervalDays = 'Enter how many days between rotations.';
  else if (!/^\d+$/.test(text) || !Number.isInteger(days))
    errors.intervalDays = 'Use a whole number of days.';
  else if (days < 1 || days > 3650) errors.intervalDays = 'Choose between 1 and 3,650 days.';
  const provider = form.provider.trim();
  if (provider.length > 64) errors.provider = 'Keep the provider name under 64 characters.';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      interval_days: days,
      mode: form.mode,
      ...(form.mode === 'auto' && provider ? { provider } : {}),
    },
  };
}

/** The form's starting values from a key's stored `rotation_schedule`. */
export function scheduleForm(stored: Record<string, unknown> | null | undefined): ScheduleForm {
  const days = stored?.interval_days;
  return {
    intervalDays: typeof days === 'number' ? String(days) : '90',
    mode: stored?.mode === 'auto' ? 'auto' : 'remind',
    provider: typeof stored?.provider === 'string' ? stored.provider : '',
  };
}

// ---------------------------------------------------------------------------- ingest tokens

/** The origin-qualified API base the dashboard talks to (`https://host/api`). */
export function apiUrl(base: string, origin: string): string {
  return new URL(base.replace(/\/$/, ''), origin).toString().replace(/\/$/, '');
}

/**
 * A one-line curl that reports one request for this key. The token is read from the shell's
 * environment, so it lands in neither the command history nor a shared snippet.
 */
export function curlExample(api: string, keyId: string, keyVersion?: number): string {
  const version = keyVersion ? `,\\"key_version\\":${keyVersion}` : '';
  return (
    `curl -sS -X POST '${api}/usage' -H "Authorization: Bearer $KEYHAVEN_INGEST_TOKEN"` +
    ` -H 'Content-Type: application/json'` +
    ` -d "{\\"events\\":[{\\"key_id\\":\\"${keyId}\\",\\"timestamp\\":\\"$(date -u +%FT%TZ)\\",\\"request_count\\":1${version}}]}"`
  );
}

/** Where a key's page lives: `#/key?id=…&name=…` (the name finds it without reading its value). */
export function keyPageHref(key: { id: string; name: string }): string {
  return `#/key?${new URLSearchParams({ id: key.id, name: key.name }).toString()}`;
}
