import { ApiError } from '../api/client';

/** Server field paths (`metadata.expires_at`) to the form's field names. */
const ALIASES: Record<string, string> = {
  encrypted_value: 'value',
  iv: 'value',
  expires_at: 'expiresAt',
  team_id: 'teamId',
};

/**
 * The messages a failure has for single fields, by field name: the server's validation details
 * (`details.fields[{field, message}]` or `details.field`), or an error that names its field.
 */
export function fieldErrors(error: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (error instanceof ApiError && error.details) {
    const d = error.details as { fields?: unknown; field?: unknown };
    const list = Array.isArray(d.fields) ? d.fields : d.field ? [{ field: d.field }] : [];
    for (const item of list as { field?: unknown; message?: unknown }[]) {
      if (typeof item?.field !== 'string') continue;
      const last = item.field
        .split('.')
        .pop()!
        .replace(/\[\d+\]$/, '');
      const name = ALIASES[last] ?? last;
      out[name] = plain(last, typeof item.message === 'string' ? item.message : error.message);
    }
  } else if (error instanceof Error && 'field' in error && typeof error.field === 'string') {
    out[error.field] = error.message;
  }
  return out;
}

/** "must be in the future" → "Expiry date must be in the future." */
function plain(field: string, message: string): string {
  const label = field.replace(/_/g, ' ').replace(/^expires at$/, 'expiry date');
  const text = message.startsWith(field) ? message.slice(field.length).trim() : message;
  const sentence = /^(must|is|should|cannot|can)\b/.test(text) ? `${label} ${text}` : text;
  const capital = sentence.charAt(0).toUpperCase() + sentence.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}

/** A field's error message under it; pair with `aria-invalid` and `aria-describedby` on the input. */
export function fieldErrorId(form: string, field: string): string {
  return `${form}-${field}-error`;
}
