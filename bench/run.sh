#!/usr/bin/env bash
# KeyHaven benchmark: starts the local server on a fresh database, seeds it (many users, one with
# 100,000 keys), then drives it with wrk and prints throughput and latency percentiles for key
# read, key create and a filtered list page at 1, 16 and 64 clients, login and refresh, and the
# floor: the same database work done by pgbench alone on the same PostgreSQL.
#
# Needs: a built platform (./mvnw -B install -DskipTests), a PostgreSQL server with pgbench and
# psql (KEYHAVEN_BENCH_DB_HOST/PORT/USER, default 127.0.0.1:5432 postgres), wrk, curl.
# Tuning: BENCH_DURATION (seconds per run, 10), BENCH_CLIENTS ("1 16 64"), BENCH_AUTH_CLIENTS (16).
set -euo pipefail
cd "$(dirname "$0")/.."
BENCH_DIR=$(pwd)/bench
export BENCH_DIR

DB_HOST=${KEYHAVEN_BENCH_DB_HOST:-127.0.0.1}
DB_PORT=${KEYHAVEN_BENCH_DB_PORT:-5432}
DB_USER=${KEYHAVEN_BENCH_DB_USER:-postgres}
DB_NAME=keyhaven_bench
PORT=${KEYHAVEN_BENCH_PORT:-18080}
DURATION=${BENCH_DURATION:-10}
CLIENTS=${BENCH_CLIENTS:-"1 16 64"}
AUTH_CLIENTS=${BENCH_AUTH_CLIENTS:-16}
BIG_VAULT=${BENCH_BIG_VAULT:-100000}
USERS=${BENCH_USERS:-200}
BASE=http://127.0.0.1:$PORT
JAR=${KEYHAVEN_BENCH_JAR:-functions/local/target/quarkus-app/quarkus-run.jar}
WORK=$(mktemp -d)

for tool in wrk pgbench psql curl; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is missing (Debian: apt-get install wrk postgresql-client curl)"; exit 2; }
done
[ -f "$JAR" ] || ./mvnw -B -q install -DskipTests

PSQL=(psql -X -q -v ON_ERROR_STOP=1 -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER")
"${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $DB_NAME WITH (FORCE)" -c "CREATE DATABASE $DB_NAME"

redis_url=""
if (exec 3<>/dev/tcp/127.0.0.1/6379) 2>/dev/null; then redis_url=redis://127.0.0.1:6379; fi

echo "bench: starting the platform on $BASE (database $DB_NAME on $DB_HOST:$DB_PORT)"
env KEYHAVEN_DATA_DIR="$WORK/data" KEYHAVEN_PORT="$PORT" \
  KEYHAVEN_DB_HOST="$DB_HOST" KEYHAVEN_DB_PORT="$DB_PORT" KEYHAVEN_DB_USER="$DB_USER" KEYHAVEN_DB_NAME="$DB_NAME" \
  ${redis_url:+KEYHAVEN_REDIS_URL=$redis_url} KEYHAVEN_REDIS_PREFIX="khbench$$:" \
  KEYHAVEN_EMBEDDED_REDIS_PORT=0 \
  KEYHAVEN_VAULT_WRITES_PER_MINUTE=1000000000 KEYHAVEN_VAULT_READS_PER_MINUTE=1000000000 \
  KEYHAVEN_AUTH_PUBLIC_REQUESTS_PER_MINUTE=1000000000 KEYHAVEN_AUTH_MAX_FAILURES_PER_ACCOUNT=1000000000 \
  KEYHAVEN_AUTH_MAX_FAILURES_PER_IP=1000000000 \
  QUARKUS_LOG_LEVEL=WARN \
  java -Xmx2g -jar "$JAR" >"$WORK/server.log" 2>&1 &
SERVER=$!
# Keep the script's own status: the server killed here must not make a good run exit 143.
trap 'status=$?; kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null; rm -rf "$WORK"; exit $status' EXIT
for _ in $(seq 1 120); do
  curl -fsS "$BASE/q/health" >/dev/null 2>&1 && break
  kill -0 $SERVER 2>/dev/null || { cat "$WORK/server.log"; exit 1; }
  sleep 0.5
done

b64() { head -c "$1" /dev/urandom | base64 -w0; }
register() { # email authhash -> user id
  curl -fsS -H 'Content-Type: application/json' "$BASE/api/auth/register" -d "{\"email\":\"$1\",\"auth_hash\":\"$2\",\"kdf\":\"pbkdf2-sha256\",\"kdf_iterations\":600000,\"kdf_salt\":\"$(b64 16)\",\"protected_user_key\":\"v1.$(b64 12).$(b64 48)\",\"public_key\":\"$(b64 32)\",\"protected_private_key\":\"v1.$(b64 12).$(b64 48)\"}" | sed -E 's/.*"user_id":"([^"]+)".*/\1/'
}
login() { curl -fsS -H 'Content-Type: application/json' "$BASE/api/auth/login" -d "{\"email\":\"$1\",\"auth_hash\":\"$2\"}"; }
field() { sed -E "s/.*\"$1\":\"([^\"]+)\".*/\1/"; }

echo "bench: seeding $USERS users and a vault of $BIG_VAULT keys"
BIG_HASH=$(b64 32)
BIG_ID=$(register big@bench.keyhaven "$BIG_HASH")
for i in $(seq 1 "$USERS"); do register "user$i@bench.keyhaven" "$(b64 32)" >/dev/null; done
"${PSQL[@]}" -d "$DB_NAME" -v big="$BIG_ID" -v n="$BIG_VAULT" <<'SQL'
INSERT INTO api_keys (id, user_id, service, name, encrypted_value, iv, description, environment, tags,
                      version, health_score, created_at, updated_at)
SELECT md5('bench' || n)::uuid, :'big', (ARRAY['Stripe','OpenAI','GitHub','AWS','Slack','Twilio'])[1 + n % 6],
       'key ' || n, encode(decode(md5(n::text) || md5((n + 1)::text) || md5((n + 2)::text), 'hex'), 'base64'),
       encode(decode(substr(md5(n::text), 1, 24), 'hex'), 'base64'), 'seeded for the benchmark',
       (ARRAY['development','staging','production'])[1 + n % 3], ARRAY['t' || (n % 50)], 1, 100,
       now() - make_interval(secs => n), now()
FROM generate_series(1, :n) AS n;
-- Every other user gets a small vault.
INSERT INTO api_keys (id, user_id, service, name, encrypted_value, iv, environment, version, health_score, created_at, updated_at)
SELECT gen_random_uuid(), u.id, 'OpenAI', 'key ' || g, encode(decode(md5(u.id::text || g), 'hex'), 'base64'),
       encode(decode(substr(md5(g::text), 1, 24), 'hex'), 'base64'), 'development', 1, 100, now(), now()
FROM users u CROSS JOIN generate_series(1, 20) AS g WHERE u.id <> :'big';
ANALYZE;
SQL
"${PSQL[@]}" -d "$DB_NAME" -Atc "SELECT id FROM api_keys WHERE user_id = '$BIG_ID'" >"$WORK/ids.txt"
export BENCH_IDS="$WORK/ids.txt"
BENCH_TOKEN=$(login big@bench.keyhaven "$BIG_HASH" | field access_token)
export BENCH_TOKEN
CREATE_HASH=$(b64 32)
register creator@bench.keyhaven "$CREATE_HASH" >/dev/null
CREATE_TOKEN=$(login creator@bench.keyhaven "$CREATE_HASH" | field access_token)

printf '\n%-26s %7s %10s %9s %9s %9s %8s\n' "operation" "clients" "req/s" "p50 ms" "p95 ms" "p99 ms" "errors"
row() { # label clients RESULT-line
  local line=$3
  printf '%-26s %7s %10s %9s %9s %9s %8s\n' "$1" "$2" \
    "$(sed -E 's/.*rps=([^ ]+).*/\1/' <<<"$line")" "$(sed -E 's/.*p50=([^ ]+).*/\1/' <<<"$line")" \
    "$(sed -E 's/.*p95=([^ ]+).*/\1/' <<<"$line")" "$(sed -E 's/.*p99=([^ ]+).*/\1/' <<<"$line")" \
    "$(sed -E 's/.*errors=([^ ]+).*/\1/' <<<"$line")"
}
run_wrk() { # script clients [token]
  local threads=$(( $2 < 2 ? 1 : 2 ))
  BENCH_THREADS=$threads BENCH_TOKEN=${3:-$BENCH_TOKEN} \
    wrk -t"$threads" -c"$2" -d"${DURATION}s" --timeout 10s -s "$BENCH_DIR/$1" "$BASE" | grep '^RESULT'
}
# Warm the JIT before measuring.
run_wrk read.lua 16 >/dev/null; run_wrk list.lua 16 >/dev/null

for c in $CLIENTS; do row "key read (GET /api/keys/id)" "$c" "$(run_wrk read.lua "$c")"; done
for c in $CLIENTS; do row "key create (POST)" "$c" "$(run_wrk create.lua "$c" "$CREATE_TOKEN")"; done
for c in $CLIENTS; do row "filtered list page of 50" "$c" "$(run_wrk list.lua "$c")"; done

# The floor: pgbench alone doing a key read's database work, on the same server and data.
for c in $CLIENTS; do
  rm -f "$WORK"/pgbench_log.*
  j=$(( c < 2 ? 1 : 2 ))
  out=$(cd "$WORK" && pgbench -n -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -c "$c" -j "$j" -T "$DURATION" \
        -D tenant="'$BIG_ID'" -f "$BENCH_DIR/floor.sql" -l "$DB_NAME" 2>&1)
  tps=$(sed -nE 's/^tps = ([0-9.]+).*/\1/p' <<<"$out" | head -1)
  pcts=$(cat "$WORK"/pgbench_log.* | awk '{print $3/1000}' | sort -n | awk '{a[NR]=$1} END {printf "p50=%.2f p95=%.2f p99=%.2f", a[int(NR*0.5)], a[int(NR*0.95)], a[int(NR*0.99)]}')
  row "floor: pgbench read+audit" "$c" "RESULT rps=$tps $pcts errors=0"
done

# Accounts: login (one Argon2id check each) and refresh (token rotation).
BENCH_LOGIN_BODY="{\"email\":\"big@bench.keyhaven\",\"auth_hash\":\"$BIG_HASH\"}"
export BENCH_LOGIN_BODY
row "login" "$AUTH_CLIENTS" "$(run_wrk login.lua "$AUTH_CLIENTS")"
for _ in $(seq 1 $(( AUTH_CLIENTS * 3 ))); do login big@bench.keyhaven "$BIG_HASH" | field refresh_token; echo; done | grep -E "^[A-Za-z0-9_-]{40,64}$" >"$WORK/refresh.txt" || true
export BENCH_REFRESH_TOKENS="$WORK/refresh.txt"
row "refresh" "$AUTH_CLIENTS" "$(run_wrk refresh.lua "$AUTH_CLIENTS")"
echo
echo "bench: $(nproc) cores; server log lines with WARN/ERROR: $(grep -cE 'WARN|ERROR' "$WORK/server.log" || true)"
grep -E 'WARN|ERROR' "$WORK/server.log" | sed -E 's/^.{0,80}\] //' | cut -c1-200 | sort | uniq -c | sort -rn | head -5 || true
