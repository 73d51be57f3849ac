// Finds API keys in page text. The formats are the ones the server and the dashboard read
// (shared/core/src/main/resources/keyhaven/key-formats.json); each anchored pattern is turned
// into a search pattern that matches only a whole token, then a match must be long and random
// enough (the file's min_length and min_entropy_bits_per_char) and not an obvious placeholder.
import formatsFile from '../../../shared/core/src/main/resources/keyhaven/key-formats.json';
import { entropyBitsPerChar } from '../../../web/src/lib/keyFormats';
import { guessService, serviceLabel, type ServiceId } from '../../../web/src/lib/serviceGuess';

export type Environment = 'development' | 'staging' | 'production';

export interface SearchRule {
  id: string;
  service: string;
  label: string;
  secret: boolean;
  /** Global, unanchored: matches the format as a whole token anywhere in a text. */
  search: RegExp;
}

export interface Finding {
  value: string;
  /** Offset of the value in the scanned text. */
  index: number;
  rule: SearchRule;
}

// A key is a whole token: no token character may touch it on either side. `=` may follow it
// (base64 padding) but may precede it (`STRIPE_KEY=sk_live_…`). The character before is checked
// after a match rather than by a lookbehind, which would keep the engine from skipping ahead to
// the format's literal prefix.
const TOKEN_BEFORE = /[A-Za-z0-9_+/-]/;
const AFTER = '(?![A-Za-z0-9_+/=-])';

function searchPattern(anchored: string): RegExp {
  if (!anchored.startsWith('^') || !anchored.endsWith('$')) {
    throw new Error(`key format pattern is not anchored: ${anchored}`);
  }
  return new RegExp(`(?:${anchored.slice(1, -1)})${AFTER}`, 'g');
}

/** Each whole-token match of `rule` in `text`. */
export function* matches(
  rule: SearchRule,
  text: string,
): Generator<{ value: string; index: number }> {
  const re = rule.search;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index > 0 && TOKEN_BEFORE.test(text[m.index - 1])) {
      re.lastIndex = m.index + 1;
      continue;
    }
    yield { value: m[0], index: m.index };
  }
}

export const SEARCH_RULES: readonly SearchRule[] = formatsFile.rules.map((r) => ({
  id: r.id,
  service: r.service,
  label: r.label,
  secret: r.secret,
  search: searchPattern(r.pattern),
}));

export const MIN_LENGTH = formatsFile.min_length;
export const MIN_ENTROPY = formatsFile.min_entropy_bits_per_char;

// Documentation and UI placeholders of the right shape (AWS's own example key, masked keys).
const PLACEHOLDER = /example|x{6,}|X{6,}|\*{3,}|•{3,}|0{10,}|(?:1234){2,}|(?:abcd){2,}/i;

// Every format has a run of at least this many token characters; texts without one are skipped
// before any format is tried (most text nodes of a page).
const CANDIDATE = /[A-Za-z0-9_-]{16}/;

/** Whether a value of a format is worth offering: long and random enough, no placeholder. */
export function plausible(value: string): boolean {
  return (
    value.length >= MIN_LENGTH &&
    entropyBitsPerChar(value) >= MIN_ENTROPY &&
    !PLACEHOLDER.test(value)
  );
}

/** Every key in `text`, in order; where two formats overlap, the earlier rule wins. */
export function findKeys(text: string): Finding[] {
  if (!CANDIDATE.test(text)) return [];
  const found: Finding[] = [];
  for (const rule of SEARCH_RULES) {
    for (const { value, index } of matches(rule, text)) {
      if (!plausible(value)) continue;
      const end = index + value.length;
      if (found.some((f) => index < f.index + f.value.length && f.index < end)) continue;
      found.push({ value, index, rule });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** The one key a whole field holds (an input's value), or undefined. */
export function keyOfField(value: string): Finding | undefined {
  const v = value.trim();
  if (v.length < MIN_LENGTH || v.length > 512) return undefined;
  const f = findKeys(v);
  return f.length === 1 && f[0].value === v ? f[0] : undefined;
}

/**
 * The environment a key is for: Stripe-style live and test keys say so; otherwise words of the
 * page (a "sandbox" or "test mode" dashboard) or production.
 */
export function guessEnvironment(value: string, context = ''): Environment {
  if (/_live_/.test(value)) return 'production';
  if (/_test_/.test(value)) return 'development';
  if (/\b(sandbox|test mode|development)\b/i.test(context)) return 'development';
  if (/\bstaging\b/i.test(context)) return 'staging';
  return 'production';
}

export interface SaveGuess {
  service: ServiceId;
  serviceLabel: string;
  environment: Environment;
  name: string;
}

/** Service, environment and a name for the save dialog. */
export function guessForSave(value: string, context = ''): SaveGuess {
  const service = guessService(value);
  const environment = guessEnvironment(value, context);
  const label = serviceLabel(service);
  const base = label === 'Other' ? 'API' : label;
  const env = environment === 'production' ? '' : `${environment.toUpperCase()}_`;
  const name = `${base.toUpperCase().replace(/[^A-Z0-9]+/g, '_')}_${env}API_KEY`.replace(
    /^API_API_KEY$/,
    'API_KEY',
  );
  return { service, serviceLabel: label, environment, name };
}
