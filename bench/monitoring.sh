#!/usr/bin/env bash
# Monitoring benchmark: usage ingest throughput (events/s with 1 and 16 clients, batches of 100 and
# 1,000 events) through POST /api/usage, then the anomaly-scan time for BENCH_SCAN_KEYS keys
# (100,000) with 30 days of hourly rollups: a first (cold) scan that learns every key's baseline
# from its history, and a second (warm) scan as every 15 minutes.
#
# Needs: a built platform (./mvnw -B install -DskipTests), PostgreSQL with psql
# (KEYHAVEN_BENCH_DB_HOST/PORT/USER, default 127.0.0.1:5432 postgres), wrk, curl.
# Tuning: BENCH_DURATION (seconds per ingest run, 10), BENCH_SCAN_KEYS (100000), BENCH_BUSY_SHARE
# (share of keys used every hour, 0.2; the others are used in about 5 % of hours).
set -euo pipefail
cd "$(dirname "$0")/.."

DB_HOST=${KEYHAVEN_BENCH_DB_HOST:-127.0.0.1}
DB_PORT=${KEYHAVEN_BENCH_DB_PORT:-5432}
DB_USER=${KEYHAVEN_BENCH_DB_USER:-postgres}
DB_NAME=keyhaven_bench_monitoring
PORT=${KEYHAVEN_BENCH_PORT:-18081}
DURATION=${BENCH_DURATION:-10}
SCAN_KEYS=${BENCH_SCAN_KEYS:-100000}
BUSY=${BENCH_BUSY_SHARE:-0.2}
BASE=http://127.0.0.1:$PORT
JAR=${KEYHAVEN_BENCH_JAR:-functions/local/target/quarkus-app/quarkus-run.jar}
WORK=$(mktemp -d)

for tool in wrk psql curl; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is missing (Debian: apt-get install wrk postgresql-client curl)"; exit 2; }
done
[ -f "$JAR" ] || ./mvnw -B -q install -DskipTests

PSQL=(psql -X -q -v ON_ERROR_STOP=1 -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER")
"${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $DB_NAME WITH (FORCE)" -c "CREATE DATABASE $DB_NAME"
SQL=("${PSQL[@]}" -d "$DB_NAME")

redis_url=""
if (exec 3<>/dev/tcp/127.0.0.1/6379) 2>/dev/null; then redis_url=redis://127.0.0.1:6379; fi

SERVER=""
stop_server() { if [ -n "$SERVER" ]; then kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; SERVER=""; fi; }
trap 'stop_server; rm -rf "$WORK"' EXIT

start_server() { # extra env assignments...
  env KEYHAVEN_DATA_DIR="$WORK/data" KEYHAVEN_PORT="$PORT" \
    KEYHAVEN_DB_HOST="$DB_HOST" KEYHAVEN_DB_PORT="$DB_PORT" KEYHAVEN_DB_USER="$DB_USER" KEYHAVEN_DB_NAME="$DB_NAME" \
    ${redis_url:+KEYHAVEN_REDIS_URL=$redis_url} KEYHAVEN_REDIS_PREFIX="khbenchmon$$:" KEYHAVEN_EMBEDDED_REDIS_PORT=0 \
    KEYHAVEN_AUTH_PUBLIC_REQUESTS_PER_MINUTE=1000000000 \
    QUARKUS_LOG_LEVEL=WARN QUARKUS_LOG_CATEGORY__PRO_KEYHAVEN_MONITORING_SCAN__LEVEL=INFO \
    "$@" java -Xmx2g -jar "$JAR" >"$WORK/server.log" 2>&1 &
  SERVER=$!
  for _ in $(seq 1 120); do
    curl -fsS "$BASE/q/health" >/dev/null 2>&1 && return 0
    kill -0 "$SERVER" 2>/dev/null || { cat "$WORK/server.log"; exit 1; }
    sleep 0.5
  done
  echo "bench: the server did not start"; cat "$WORK/server.log"; exit 1
}

# ------------------------------------------------------------------------------------ ingest
echo "bench: starting the platform on $BASE (database $DB_NAME)"
start_server KEYHAVEN_JOBS_FIRST_RUN_AFTER=24h

b64() { head -c "$1" /dev/urandom | base64 -w0; }
email="bench-mon-$$@example.com"; hash=$(b64 32)
curl -fsS -H 'Content-Type: application/json' "$BASE/api/auth/register" -d "{\"email\":\"$email\",\"auth_hash\":\"$hash\",\"kdf\":\"pbkdf2-sha256\",\"kdf_iterations\":600000,\"kdf_salt\":\"$(b64 16)\",\"protected_user_key\":\"v1.$(b64 12).$(b64 48)\",\"public_key\":\"$(b64 32)\",\"protected_private_key\":\"v1.$(b64 12).$(b64 48)\"}" >/dev/null
token=$(curl -fsS -H 'Content-Type: application/json' "$BASE/api/auth/login" -d "{\"email\":\"$email\",\"auth_hash\":\"$hash\"}" | sed -E 's/.*"access_token":"([^"]+)".*/\1/')
"${SQL[@]}" -c "INSERT INTO api_keys (id, user_id, service, name, encrypted_value, iv, environment)
  SELECT gen_random_uuid(), u.id, 'stripe', 'ingest ' || g, 'AAAAAAAAAAAAAAAAAAAAAAAA', 'AAAAAAAAAAAAAAAA', 'production'
  FROM users u, generate_series(1, 1600) g WHERE u.email = '$email'"
"${SQL[@]}" -At -c "SELECT id FROM api_keys ORDER BY name" >"$WORK/keys.txt"

echo
echo "== usage ingest: POST /api/usage, ${DURATION}s per run =="
printf '%-8s %-7s %12s %12s %10s %10s %10s\n' clients batch "requests/s" "events/s" p50 p99 errors
for batch in 100 1000; do
  for clients in 1 16; do
    out=$(BENCH_KEYS_FILE="$WORK/keys.txt" BENCH_BATCH=$batch BENCH_TOKEN=$token \
      wrk -t"$clients" -c"$clients" -d"${DURATION}s" --latency -s bench/ingest.lua "$BASE/api/usage" 2>"$WORK/wrk.err")
    rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
    p50=$(awk '$1=="50%" {print $2}' <<<"$out")
    p99=$(awk '$1=="99%" {print $2}' <<<"$out")
    errs=$(grep -c unexpected "$WORK/wrk.err" || true)
    printf '%-8s %-7s %12.0f %12.0f %10s %10s %10s\n' "$clients" "$batch" "$rps" "$(awk -v r="$rps" -v b="$batch" 'BEGIN {print r*b}')" "$p50" "$p99" "$errs"
  done
done
echo "stored: $("${SQL[@]}" -At -c "SELECT count(*) || ' raw events, ' || (SELECT count(*) FROM usage_hourly) || ' hourly rollups' FROM usage_events")"
stop_server

# -------------------------------------------------------------------------------------- scan
echo
echo "== anomaly scan: $SCAN_KEYS keys, 30 days of hourly rollups (share $BUSY busy every hour, the rest in ~5 % of hours) =="
t0=$(date +%s)
"${SQL[@]}" <<SQL
TRUNCATE usage_events, usage_hourly, usage_daily, usage_networks, usage_versions, key_scan_state, anomalies;
DELETE FROM api_keys;
INSERT INTO api_keys (id, user_id, service, name, encrypted_value, iv, environment, created_at)
  SELECT gen_random_uuid(), u.id, 'svc' || (g % 50), 'scan ' || g, 'AAAAAAAAAAAAAAAAAAAAAAAA', 'AAAAAAAAAAAAAAAA',
         'production', now() - interval '60 days'
  FROM users u, generate_series(1, $SCAN_KEYS) g WHERE u.email = '$email';
CREATE TEMP TABLE bk AS SELECT id, row_number() OVER (ORDER BY id) AS n FROM api_keys;
INSERT INTO usage_hourly (key_id, hour, requests, errors)
  SELECT k.id, h, 20 + (n % 200) + ((extract(hour FROM h)::int * 7 + n) % 30), (n + extract(hour FROM h)::int) % 3
  FROM bk k, generate_series(date_trunc('hour', now()) - interval '30 days', date_trunc('hour', now()) - interval '1 hour', interval '1 hour') h
  WHERE k.n <= $SCAN_KEYS * $BUSY;
INSERT INTO usage_hourly (key_id, hour, requests, errors)
  SELECT k.id, h, 1 + (n % 5), 0
  FROM bk k, generate_series(date_trunc('hour', now()) - interval '30 days', date_trunc('hour', now()) - interval '1 hour', interval '1 hour') h
  WHERE k.n > $SCAN_KEYS * $BUSY AND (hashint4(k.n::int * 1000 + extract(epoch FROM h)::int / 3600) % 20) = 0;
INSERT INTO usage_networks (key_id, network, sample_ip, first_seen, last_seen)
  SELECT id, '10.0.0.0/24', '10.0.0.1', now() - interval '30 days', now() FROM bk;
ANALYZE;
SQL
echo "seeded $("${SQL[@]}" -At -c "SELECT count(*) FROM usage_hourly") hourly rollups in $(( $(date +%s) - t0 )) s"

start_server KEYHAVEN_JOBS_FIRST_RUN_AFTER=2s KEYHAVEN_JOBS_ANOMALY_SCAN_EVERY=5s \
  KEYHAVEN_MONITORING_SCAN_EVERY=1s KEYHAVEN_MONITORING_SCAN_MAX_KEYS_PER_RUN=1000000
for _ in $(seq 1 1200); do
  [ "$(grep -c 'Anomaly scan:' "$WORK/server.log" || true)" -ge 2 ] && break
  kill -0 "$SERVER" 2>/dev/null || { cat "$WORK/server.log"; exit 1; }
  sleep 1
done
grep 'Anomaly scan:' "$WORK/server.log" | head -2 | sed -E 's/.*Anomaly scan: /  /' | awk 'NR==1 {print "cold (learns 30 days):" $0} NR==2 {print "warm (every 15 min): " $0}'
stop_server
"${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $DB_NAME WITH (FORCE)"
