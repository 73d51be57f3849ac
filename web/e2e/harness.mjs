// Shared pieces of the browser tests: a private KeyHaven server from the jar, a static server
// for the built dashboard (proxying /api to that server when it does not serve the bundle
// itself), and Chromium from Debian's package.
import { spawn } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer, request as httpRequest } from 'node:http';
import { createServer as netServer } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, resolve, sep } from 'node:path';
import { chromium } from 'playwright-core';

export const WEB = resolve(import.meta.dirname, '..');
export const ROOT = resolve(WEB, '..');
export const RESULTS = resolve(WEB, 'test-results');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function freePort() {
  return new Promise((ok, fail) => {
    const srv = netServer();
    srv.unref();
    srv.on('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => ok(port));
    });
  });
}

async function waitFor(url, timeoutMs, child) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child && child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

/**
 * Starts `java -jar quarkus-run.jar` with a private data dir and free ports; `env` adds settings
 * (e.g. a faster schedule of the anomaly scan); `log` names its log file in test-results.
 */
export async function startServer(env = {}, { log: logName = 'server.log' } = {}) {
  const jar =
    process.env.KEYHAVEN_JAR ?? resolve(ROOT, 'functions/local/target/quarkus-app/quarkus-run.jar');
  if (!existsSync(jar)) {
    throw new Error(
      `${jar} is missing: build it with (cd ${ROOT} && ./mvnw -q -B install -DskipTests)`,
    );
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'keyhaven-e2e-'));
  const [port, dbPort, redisPort] = [await freePort(), await freePort(), await freePort()];
  mkdirSync(RESULTS, { recursive: true });
  const logPath = resolve(RESULTS, logName);
  const { openSync } = await import('node:fs');
  const log = openSync(logPath, 'w');
  const child = spawn('java', ['-jar', jar], {
    env: {
      ...process.env,
      KEYHAVEN_DATA_DIR: dataDir,
      KEYHAVEN_PORT: String(port),
      KEYHAVEN_EMBEDDED_DB_PORT: String(dbPort),
      KEYHAVEN_EMBEDDED_REDIS_PORT: String(redisPort),
      // No call to the real OSV from a journey (an insights journey points it at a stand-in).
      KEYHAVEN_INSIGHTS_OSV_ENABLED: 'false',
      ...env,
    },
    stdio: ['ignore', log, log],
  });
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitFor(`${base}/q/health`, 180_000, child);
  } catch (e) {
    child.kill('SIGKILL');
    throw new Error(`${e.message} (see ${logPath})`);
  }
  const db = process.env.KEYHAVEN_DB_HOST
    ? {
        host: process.env.KEYHAVEN_DB_HOST,
        port: Number(process.env.KEYHAVEN_DB_PORT ?? 5432),
        user: process.env.KEYHAVEN_DB_USER ?? 'postgres',
        name: process.env.KEYHAVEN_DB_NAME ?? 'keyhaven',
      }
    : { host: '127.0.0.1', port: dbPort, user: 'postgres', name: 'keyhaven' };
  return {
    base,
    db,
    /** Runs SQL in the server's database with psql (test seeding); answers psql's output. */
    sql: (text, vars = {}) => psql(db, text, vars),
    async stop() {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await Promise.race([
          new Promise((r) => child.once('exit', r)),
          new Promise((r) => setTimeout(r, 20_000)),
        ]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
};

/**
 * Serves `dir` and, when `apiBase` is given, proxies /api and /q to it (same origin); on `port`
 * when given (a URL the server must know before it starts), else on a free one.
 */
export async function startStatic(dir, apiBase, port) {
  const root = resolve(dir);
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    if (apiBase && (url.pathname.startsWith('/api/') || url.pathname.startsWith('/q/'))) {
      const target = new URL(req.url, apiBase);
      // Same origin as far as the server can tell, as when it serves the bundle itself.
      const headers = { ...req.headers, host: target.host };
      if (headers.origin) headers.origin = target.origin;
      delete headers.referer;
      const proxied = httpRequest(target, { method: req.method, headers }, (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      });
      proxied.on('error', () => {
        res.writeHead(502).end();
      });
      req.pipe(proxied);
      return;
    }
    let file = resolve(root, `.${decodeURIComponent(url.pathname)}`);
    if (!file.startsWith(root + sep) && file !== root) return res.writeHead(403).end();
    if (!existsSync(file) || statSync(file).isDirectory()) file = join(root, 'index.html');
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-store',
    });
    createReadStream(file).pipe(res);
  });
  port ??= await freePort();
  await new Promise((ok) => server.listen(port, '127.0.0.1', ok));
  return { base: `http://127.0.0.1:${port}`, stop: () => new Promise((ok) => server.close(ok)) };
}

/**
 * The dashboard's origin. By default the freshly built web/dist, served by a static server that
 * proxies /api and /q to the KeyHaven server (same origin as far as the browser can tell); with
 * KEYHAVEN_E2E_WEB=server, the bundle the server itself serves.
 */
export async function webOrigin(serverBase) {
  if (process.env.KEYHAVEN_E2E_WEB === 'server') {
    return { base: serverBase, servedBy: 'server', stop: async () => undefined };
  }
  if (!existsSync(resolve(WEB, 'dist/index.html')))
    throw new Error('web/dist is missing: run npm run build first');
  const stat = await startStatic(resolve(WEB, 'dist'), serverBase);
  return { ...stat, servedBy: 'static proxy of web/dist' };
}

export async function launchBrowser() {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: apt-get update && apt-get install -y chromium`);
  }
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

/** psql -X -q -At against `db`, `vars` as psql variables (:'name' in the text). */
export function psql(db, text, vars = {}) {
  const args = ['-X', '-q', '-At', '-v', 'ON_ERROR_STOP=1', '-h', db.host, '-p', String(db.port)];
  args.push('-U', db.user, '-d', db.name);
  for (const [k, v] of Object.entries(vars)) args.push('-v', `${k}=${v}`);
  return new Promise((ok, fail) => {
    const child = spawn('psql', args, {
      env: { ...process.env, PGPASSWORD: process.env.KEYHAVEN_DB_PASSWORD ?? '' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('error', fail);
    child.on('exit', (code) =>
      code === 0 ? ok(out.trim()) : fail(new Error(`psql exited with ${code}: ${err.trim()}`)),
    );
    child.stdin.end(text);
  });
}
