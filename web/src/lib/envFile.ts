/** One line of a `.env` file as the importer reports it. */
export type EnvLine =
  | { line: number; kind: 'entry'; name: string; value: string }
  | { line: number; kind: 'skip'; reason: string }
  | { line: number; kind: 'error'; reason: string };

const NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

function unescapeDouble(text: string): string {
  return text.replace(/\\([nrt"\\$])/g, (_m, c: string) =>
    c === 'n' ? '\n' : c === 'r' ? '\r' : c === 't' ? '\t' : c,
  );
}

/**
 * Where the quote opened at `rest[0]` closes (`end`, or -1), scanning from `from`; `next` is where
 * a scan of the same text with more appended may resume (a backslash escapes inside double
 * quotes), so a quote left open over many lines is scanned once, not once per line.
 */
function closingQuote(rest: string, from = 1): { end: number; next: number } {
  const quote = rest[0];
  let i = from;
  for (; i < rest.length; i++) {
    if (quote === '"' && rest[i] === '\\') {
      i++;
      continue;
    }
    if (rest[i] === quote) return { end: i, next: i };
  }
  return { end: -1, next: i };
}

/**
 * Parses a `.env` file: `NAME=value`, optional `export`, `#` comments, single quotes (literal),
 * double quotes (with \n, \t, \" escapes), quoted values over several lines (a PEM key), and
 * ` #` comments after unquoted values. Every entry gets a result, so the importer can report
 * line by line.
 */
export function parseEnvFile(text: string): EnvLine[] {
  const out: EnvLine[] = [];
  const seen = new Map<string, number>();
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  for (let index = 0; index < lines.length; index++) {
    const raw = lines[index];
    const line = index + 1;
    const trimmed = raw.trim();
    if (trimmed === '') continue;
    if (trimmed.startsWith('#')) {
      out.push({ line, kind: 'skip', reason: 'comment' });
      continue;
    }
    const body = trimmed.replace(/^export\s+/, '');
    const eq = body.indexOf('=');
    if (eq <= 0) {
      out.push({ line, kind: 'error', reason: 'expected NAME=value' });
      continue;
    }
    const name = body.slice(0, eq).trim();
    if (!NAME.test(name)) {
      out.push({ line, kind: 'error', reason: `invalid variable name "${name.slice(0, 40)}"` });
      continue;
    }
    let rest = body.slice(eq + 1).trim();
    let value: string;
    if (rest.startsWith('"') || rest.startsWith("'")) {
      const quote = rest[0];
      let scan = closingQuote(rest);
      // A quoted value may go on over the next lines; the line breaks are part of it.
      let last = index;
      rest = body.slice(eq + 1).trimStart();
      while (scan.end < 0 && last + 1 < lines.length) {
        last++;
        rest = `${rest}\n${lines[last]}`;
        // Only what was appended is scanned (a quote left open is scanned once, not per line).
        scan = closingQuote(rest, Math.max(1, scan.next));
      }
      const end = scan.end;
      if (end < 0) {
        out.push({ line, kind: 'error', reason: 'unterminated quote' });
        continue;
      }
      index = last;
      rest = rest.trimEnd();
      const inner = rest.slice(1, end);
      const after = rest.slice(end + 1).trim();
      if (after !== '' && !after.startsWith('#')) {
        out.push({ line, kind: 'error', reason: 'text after the closing quote' });
        continue;
      }
      value = quote === '"' ? unescapeDouble(inner) : inner;
    } else {
      const hash = rest.search(/\s#/);
      if (hash >= 0) rest = rest.slice(0, hash).trim();
      value = rest;
    }
    if (value === '') {
      out.push({ line, kind: 'skip', reason: `${name} is empty` });
      continue;
    }
    const previous = seen.get(name);
    if (previous !== undefined) {
      out.push({ line, kind: 'skip', reason: `${name} repeats line ${previous}` });
      continue;
    }
    seen.set(name, line);
    out.push({ line, kind: 'entry', name, value });
  }
  return out;
}

/** A variable name usable in a `.env` file, from a key's display name. */
export function envName(name: string): string {
  const cleaned = name
    .trim()
    .replace(/[^A-Za-z0-9_]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .toUpperCase();
  const safe = cleaned === '' ? 'KEY' : cleaned;
  return /^[0-9]/.test(safe) ? `_${safe}` : safe;
}

function quoteValue(value: string): string {
  if (/^[A-Za-z0-9_./:@+=,-]*$/.test(value)) return value;
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t').replace(/\$/g, '\\$')}"`;
}

/** Renders entries as a `.env` file that parseEnvFile reads back to the same values. */
export function formatEnvFile(
  entries: readonly { name: string; value: string }[],
  header?: string,
): string {
  const used = new Map<string, number>();
  const lines = header ? [`# ${header}`] : [];
  for (const e of entries) {
    let name = envName(e.name);
    const n = used.get(name) ?? 0;
    used.set(name, n + 1);
    if (n > 0) name = `${name}_${n + 1}`;
    lines.push(`${name}=${quoteValue(e.value)}`);
  }
  return `${lines.join('\n')}\n`;
}
