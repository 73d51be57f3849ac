import { describe, expect, it } from 'vitest';
import type { Anomaly } from '../session/monitoring';
import {
  apiUrl,
  count,
  curlExample,
  errorRate,
  factorLabel,
  formatImpact,
  healthWord,
  keyPageHref,
  kindLabel,
  pickRange,
  scheduleForm,
  sortAnomalies,
  usageQuery,
  usageSeries,
  validateSchedule,
} from './monitoring';

const NOW = Date.parse('2026-11-30T12:30:00Z');

describe('usage queries', () => {
  it('asks for the chosen range ending now', () => {
    expect(usageQuery('hour', '24h', NOW)).toEqual({
      from: '2026-11-29T12:30:00.000Z',
      to: '2026-11-30T12:30:00.000Z',
      bucket: 'hour',
    });
    expect(usageQuery('day', '90d', NOW).from).toBe('2026-09-01T12:30:00.000Z');
  });

  it('never asks for more hours than the server serves', () => {
    expect(pickRange('hour', '365d')).toBe('24h');
    expect(pickRange('day', '24h')).toBe('30d');
    expect(pickRange('hour', '31d')).toBe('31d');
    const widest = usageQuery('hour', '31d', NOW);
    expect(Date.parse(widest.to) - Date.parse(widest.from)).toBe(31 * 86_400_000);
  });
});

describe('usage series from buckets', () => {
  const buckets = [
    { start: '2026-11-30T09:00:00Z', requests: 0, errors: 0 },
    { start: '2026-11-30T10:00:00Z', requests: 40, errors: 3 },
    { start: '2026-11-30T11:00:00Z', requests: 12, errors: 0 },
  ];

  it('keeps the buckets in order, zeros included, with totals and the busiest', () => {
    const s = usageSeries(buckets, 'hour', 'UTC');
    expect(s.requests).toEqual([0, 40, 12]);
    expect(s.errors).toEqual([0, 3, 0]);
    expect(s.totalRequests).toBe(52);
    expect(s.totalErrors).toBe(3);
    expect(s.labels).toHaveLength(3);
    expect(s.labels[1]).toMatch(/10:00/);
    expect(s.peak).toEqual({ label: s.labels[1], requests: 40 });
  });

  it('labels days by their UTC date and has no busiest bucket when nothing was used', () => {
    const s = usageSeries(
      [
        { start: '2026-11-29T00:00:00Z', requests: 0, errors: 0 },
        { start: '2026-11-30T00:00:00Z', requests: 0, errors: 0 },
      ],
      'day',
    );
    expect(s.labels[1]).toMatch(/30/);
    expect(s.labels[1]).not.toMatch(/:/);
    expect(s.peak).toBeNull();
    expect(s.totalRequests).toBe(0);
  });

  it('words counts and error rates', () => {
    expect(count(1, 'request')).toBe('1 request');
    expect(count(1204, 'request')).toMatch(/^1.204 requests$/);
    expect(errorRate(40, 0)).toBe('no errors');
    expect(errorRate(40, 3)).toBe('7.5% failed');
    expect(errorRate(40, 20)).toBe('50% failed');
  });
});

describe('health factors', () => {
  it('names factors and signs their points', () => {
    expect(factorLabel('open_anomalies')).toBe('Open anomalies');
    expect(factorLabel('something_new')).toBe('Something new');
    expect(formatImpact(-20)).toBe('−20');
    expect(formatImpact(0)).toBe('0');
    expect(healthWord(85)).toBe('Good');
    expect(healthWord(50)).toBe('Fair');
    expect(healthWord(49)).toBe('Needs attention');
  });
});

describe('anomalies', () => {
  const a = (id: string, severity: string, detected_at: string): Anomaly => ({
    id,
    key_id: 'k',
    kind: 'request_spike',
    severity,
    description: '',
    detected_at,
    status: 'open',
    resolved_at: null,
  });

  it('puts the most severe first, then the newest', () => {
    const sorted = sortAnomalies([
      a('1', 'medium', '2026-11-30T10:00:00Z'),
      a('2', 'critical', '2026-11-29T10:00:00Z'),
      a('3', 'medium', '2026-11-30T11:00:00Z'),
      a('4', 'high', '2026-11-28T10:00:00Z'),
    ]);
    expect(sorted.map((x) => x.id)).toEqual(['2', '4', '3', '1']);
  });

  it('reads kinds as words', () => {
    expect(kindLabel('rotated_version_use')).toBe('Old value still in use');
    expect(kindLabel('brand_new_kind')).toBe('Brand new kind');
  });
});

describe('rotation schedule form', () => {
  it('accepts whole days from 1 to 3650', () => {
    expect(validateSchedule({ intervalDays: '30', mode: 'remind', provider: 'x' })).toEqual({
      ok: true,
      value: { interval_days: 30, mode: 'remind' },
    });
    expect(
      validateSchedule({ intervalDays: ' 3650 ', mode: 'auto', provider: ' stripe ' }),
    ).toEqual({ ok: true, value: { interval_days: 3650, mode: 'auto', provider: 'stripe' } });
  });

  it.each([
    ['', 'Enter how many days between rotations.'],
    ['0', 'Choose between 1 and 3,650 days.'],
    ['3651', 'Choose between 1 and 3,650 days.'],
    ['7.5', 'Use a whole number of days.'],
    ['-3', 'Use a whole number of days.'],
    ['abc', 'Use a whole number of days.'],
  ])('refuses %j', (intervalDays, message) => {
    const r = validateSchedule({ intervalDays, mode: 'remind', provider: '' });
    expect(r).toEqual({ ok: false, errors: { intervalDays: message } });
  });

  it('refuses a provider name longer than 64 characters', () => {
    const r = validateSchedule({ intervalDays: '30', mode: 'auto', provider: 'p'.repeat(65) });
    expect(r.ok).toBe(false);
  });

  it('starts from the stored schedule, or 90 days with reminders', () => {
    expect(scheduleForm(null)).toEqual({ intervalDays: '90', mode: 'remind', provider: '' });
    expect(scheduleForm({ interval_days: 14, mode: 'auto', provider: 'openai' })).toEqual({
      intervalDays: '14',
      mode: 'auto',
      provider: 'openai',
    });
  });
});

describe('ingest examples', () => {
  it('builds the API address from a relative or an absolute base', () => {
    expect(apiUrl('/api', 'https://vault.example')).toBe('https://vault.example/api');
    expect(apiUrl('https://api.example/api/', 'https://vault.example')).toBe(
      'https://api.example/api',
    );
  });

  it('reports one request with the token from the environment, never inline', () => {
    const line = curlExample('https://vault.example/api', 'k-1', 3);
    expect(line).not.toContain('\n');
    expect(line).toContain("'https://vault.example/api/usage'");
    expect(line).toContain('Bearer $KEYHAVEN_INGEST_TOKEN');
    expect(line).toContain('\\"key_id\\":\\"k-1\\"');
    expect(line).toContain('\\"key_version\\":3');
    // What the shell would send is JSON.
    const body = line
      .slice(line.indexOf('-d "') + 4, -1)
      .replace(/\\"/g, '"')
      .replace('$(date -u +%FT%TZ)', '2026-11-30T12:00:00Z');
    expect(JSON.parse(body)).toEqual({
      events: [
        { key_id: 'k-1', timestamp: '2026-11-30T12:00:00Z', request_count: 1, key_version: 3 },
      ],
    });
  });

  it('links a key page by id and name', () => {
    expect(keyPageHref({ id: 'a b', name: 'STRIPE_KEY&x' })).toBe(
      '#/key?id=a+b&name=STRIPE_KEY%26x',
    );
  });
});
