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
 * Parses a `.env` file: `NAME=value`, optional `export`, `#` comments, single quotes (literal),
 * double quotes (with \n, \t, \" escapes), and ` #` comments after unquoted values. Every
 * non-empty line gets a result, so the importer can report line by line.
 */
export function parseEnvFile(text: string): EnvLine[] {
  const out: EnvLine[] = [];
  const seen = new Map<string, number>();
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((raw, index) => {
    const line = index + 1;
    const trimmed = raw.trim();
    if (trimmed === '') return;
    if (trimmed.startsWith('#')) {
      out.push({ line, kind: 'skip', reason: 'comment' });
      return;
    }
    const body = trimmed.replace(/^export\s+/, '');
    const eq = body.indexOf('=');
    if (eq <= 0) {
      out.push({ line, kind: 'error', reason: 'expected NAME=value' });
      return;
    }
    const name = body.slice(0, eq).trim();
    if (!NAME.test(name)) {
      out.push({ line, kind: 'error', reason: `invalid variable name "${name.slice(0, 40)}"` });
      return;
    }
    let rest = body.slice(eq + 1).trim();
    let value: string;
    if (rest.startsWith('"') || rest.startsWith("'")) {
      const quote = rest[0];
      let end = -1;
      for (let i = 1; i < rest.length; i++) {
        if (quote === '"' && rest[i] === '\\') {
          i++;
          continue;
        }
        if (rest[i] === quote) {
          end = i;
          break;
        }
      }
      if (end < 0) {
        out.push({ line, kind: 'error', reason: 'unterminated quote' });
        return;
      }
      const inner = rest.slice(1, end);
      const after = rest.slice(end + 1).trim();
      if (after !== '' && !after.startsWith('#')) {
        out.push({ line, kind: 'error', reason: 'text after the closing quote' });
        return;
      }
      value = quote === '"' ? unescapeDouble(inner) : inner;
    } else {
      const hash = rest.search(/\s#/);
      if (hash >= 0) rest = rest.slice(0, hash).trim();
      value = rest;
    }
    if (value === '') {
      out.push({ line, kind: 'skip', reason: `${name} is empty` });
      return;
    }
    const previous = seen.get(name);
    if (previous !== undefined) {
      out.push({ line, kind: 'skip', reason: `${name} repeats line ${previous}` });
      return;
    }
    seen.set(name, line);
    out.push({ line, kind: 'entry', name, value });
  });
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
