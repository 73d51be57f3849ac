#!/usr/bin/env bash
# KeyHaven benchmark: starts the local server on a fresh database, seeds it (many users, one with
# 100,000 keys), drives it with wrk and prints one table:
#   latency  key read, filtered list page and key create at 1, 16 and 64 clients, each beside its
#            floor: the same database work done by pgbench alone on the same server in the same
#            run (floor.sql, floor-list.sql, floor-create.sql), the ratio and the goal it meets;
#   auth     login (one Argon2id check each) and refresh at 16 clients;
#   load     BENCH_LOAD_CONNECTIONS (1,000) connections for BENCH_LOAD_DURATION (60 s) on a mix of
#            reads, list pages and creates (mix.lua): throughput, percentiles, errors, the server's
#            peak RSS, and every acknowledged create looked up in the database afterwards;
#   faults   (on request) the fault tests of functions/local: PostgreSQL killed and restarted and
#            Redis stopped under load, oversized requests, the HTTP fuzzer; their figures as rows;
#   jazzer   (on request) the Jazzer targets of shared/core fuzzed for their maxDuration.
# The server's anomaly scan and rotation job are held back for the run (in AWS they are Lambdas of
# their own, not sharing the API functions' CPU; here a scan of the 100,000-key vault in the middle
# of a latency row was what made two runs disagree); the audit sealer runs every minute as usual.
# Usage: bench/run.sh [latency] [auth] [load] [faults] [jazzer] | all   (default: latency auth load)
#
# Needs: a built platform (./mvnw -B install -DskipTests), a PostgreSQL server with pgbench and
# psql (KEYHAVEN_BENCH_DB_HOST/PORT/USER, default 127.0.0.1:5432 postgres), wrk, curl.
# Tuning: BENCH_DURATION (seconds per run, 10), BENCH_CLIENTS ("1 16 64"), BENCH_AUTH_CLIENTS (16),
# BENCH_LOAD_CONNECTIONS, BENCH_LOAD_DURATION; BENCH_SERVER_LOG=<file> keeps the server's log.
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
LOAD_CONNECTIONS=${BENCH_LOAD_CONNECTIONS:-1000}
LOAD_DURATION=${BENCH_LOAD_DURATION:-60}
SECTIONS=" ${*:-latency auth load} "
[ "$SECTIONS" != " all " ] || SECTIONS=" latency auth load faults jazzer "
want() { [[ $SECTIONS == *" $1 "* ]]; }
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
  KEYHAVEN_JOBS_ANOMALY_SCAN_FIRST_RUN_AFTER=24h KEYHAVEN_JOBS_ROTATION_JOB_FIRST_RUN_AFTER=24h \
  KEYHAVEN_VAULT_WRITES_PER_MINUTE=1000000000 KEYHAVEN_VAULT_READS_PER_MINUTE=1000000000 \
  KEYHAVEN_AUTH_PUBLIC_REQUESTS_PER_MINUTE=1000000000 KEYHAVEN_AUTH_MAX_FAILURES_PER_ACCOUNT=1000000000 \
  KEYHAVEN_AUTH_MAX_FAILURES_PER_IP=1000000000 \
  QUARKUS_LOG_LEVEL=WARN \
  java -Xmx2g -jar "$JAR" >"$WORK/server.log" 2>&1 &
SERVER=$!
# Keep the script's own status: the server killed here must not make a good run exit 143.
# (`wait` answers the killed server's 143; under set -e it must not become the script's status.)
trap 'status=$?; kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null || true; [ -z "${BENCH_SERVER_LOG:-}" ] || cp "$WORK/server.log" "$BENCH_SERVER_LOG"; rm -rf "$WORK"; exit $status' EXIT
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
VACUUM ANALYZE; -- as autovacuum would soon after a bulk insert: index-only scans need the visibility map
SQL
"${PSQL[@]}" -d "$DB_NAME" -Atc "SELECT id FROM api_keys WHERE user_id = '$BIG_ID'" >"$WORK/ids.txt"
export BENCH_IDS="$WORK/ids.txt"
fresh_tokens() { # access tokens live 15 minutes: sign in again before each section
  BENCH_TOKEN=$(login big@bench.keyhaven "$BIG_HASH" | field access_token)
  CREATE_TOKEN=$(login creator@bench.keyhaven "$CREATE_HASH" | field access_token)
  export BENCH_TOKEN
}
CREATE_HASH=$(b64 32)
CREATE_ID=$(register creator@bench.keyhaven "$CREATE_HASH")
fresh_tokens

# ------------------------------------------------------------------------------------ the table
TABLE="$WORK/table"
: >"$TABLE"
field_of() { sed -nE "s/.*[ ^]$1=([^ ]+).*/\1/p" <<<" $2"; }
# add SECTION OPERATION CLIENTS RESULT [FLOOR-RESULT GOAL-KIND] [NOTE]
add() {
  local section=$1 op=$2 clients=$3 res=$4 floor=${5:-} goal=${6:-} note=${7:-}
  local rps p50 p99 err frps fp99 ratio tail verdict=""
  rps=$(field_of rps "$res"); p50=$(field_of p50 "$res"); p99=$(field_of p99 "$res"); err=$(field_of errors "$res")
  if [ -n "$floor" ]; then
    frps=$(field_of rps "$floor"); fp99=$(field_of p99 "$floor")
    ratio=$(awk -v a="$rps" -v b="$frps" 'BEGIN {printf "%.2f", (b > 0 ? a / b : 0)}')
    tail=$(awk -v a="$p99" -v b="$fp99" 'BEGIN {printf "%.1f", (b > 0 ? a / b : 0)}')
    case $goal in
      read) verdict=$(awk -v r="$ratio" -v t="$tail" 'BEGIN {print (r >= 0.8 && t <= 2 ? "met" : "NOT met") " (>=0.8x, p99 <=2x)"}') ;;
      list) verdict=$(awk -v r="$ratio" -v p="$p99" 'BEGIN {print (r >= 0.5 && p <= 50 ? "met" : "NOT met") " (>=0.5x, p99 <=50 ms)"}') ;;
      write) verdict=$(awk -v t="$tail" 'BEGIN {print (t <= 2 ? "met" : "NOT met") " (p99 <=2x)"}') ;;
    esac
  fi
  printf '%s|%s|%s|%s|%s|%s|%s|%s|%s|%s|%s|%s\n' "$section" "$op" "$clients" "${rps:-}" "${p50:-}" "${p99:-}" \
    "${err:-}" "${frps:-}" "${fp99:-}" "${ratio:-}" "${tail:-}" "${verdict:-}${note:+ $note}" >>"$TABLE"
  [ -z "$floor" ] || echo "bench: $op, $clients clients: $res | floor $floor" >&2
}
run_wrk() { # script clients [token] [duration] -> RESULT line
  local threads=$(( $2 < 2 ? 1 : 2 ))
  BENCH_THREADS=$threads BENCH_TOKEN=${3:-$BENCH_TOKEN} \
    wrk -t"$threads" -c"$2" -d"${4:-$DURATION}s" --timeout 30s -s "$BENCH_DIR/$1" "$BASE" | grep '^RESULT'
}
run_floor() { # sql-file clients -> RESULT line (pgbench alone, same server and data)
  rm -f "$WORK"/pgbench_log.*
  local j=$(( $2 < 2 ? 1 : 2 )) out tps pcts
  out=$(cd "$WORK" && pgbench -n -M prepared -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -c "$2" -j "$j" -T "$DURATION" \
        -D tenant="$BIG_ID" -D creator="$CREATE_ID" -f "$BENCH_DIR/$1" -l "$DB_NAME" 2>&1) || { echo "$out" >&2; return 1; }
  tps=$(sed -nE 's/^tps = ([0-9.]+).*/\1/p' <<<"$out" | head -1)
  pcts=$(cat "$WORK"/pgbench_log.* | awk '{print $3/1000}' | sort -n | awk '{a[NR]=$1} END {printf "p50=%.2f p95=%.2f p99=%.2f", a[int(NR*0.5)], a[int(NR*0.95)], a[int(NR*0.99)]}')
  echo "RESULT rps=$(printf %.1f "$tps") $pcts errors=0"
}

if want latency; then
  echo "bench: latency (each operation beside its pgbench floor at the same clients)"
  # Warm the JIT before measuring.
  run_wrk read.lua 16 >/dev/null; run_wrk list.lua 16 >/dev/null; run_wrk create.lua 16 "$CREATE_TOKEN" >/dev/null
  fresh_tokens
  for c in $CLIENTS; do
    add latency "key read" "$c" "$(run_wrk read.lua "$c")" "$(run_floor floor.sql "$c")" read
  done
  for c in $CLIENTS; do
    add latency "filtered list page of 50" "$c" "$(run_wrk list.lua "$c")" "$(run_floor floor-list.sql "$c")" list
  done
  fresh_tokens
  for c in $CLIENTS; do
    add latency "key create" "$c" "$(run_wrk create.lua "$c" "$CREATE_TOKEN")" "$(run_floor floor-create.sql "$c")" write
  done
fi

if want auth; then
  fresh_tokens
  BENCH_LOGIN_BODY="{\"email\":\"big@bench.keyhaven\",\"auth_hash\":\"$BIG_HASH\"}"
  export BENCH_LOGIN_BODY
  add auth "login (Argon2id)" "$AUTH_CLIENTS" "$(run_wrk login.lua "$AUTH_CLIENTS")"
  for _ in $(seq 1 $(( AUTH_CLIENTS * 3 ))); do login big@bench.keyhaven "$BIG_HASH" | field refresh_token; echo; done | grep -E "^[A-Za-z0-9_-]{40,64}$" >"$WORK/refresh.txt" || true
  export BENCH_REFRESH_TOKENS="$WORK/refresh.txt"
  add auth "refresh" "$AUTH_CLIENTS" "$(run_wrk refresh.lua "$AUTH_CLIENTS")"
fi

if want load; then
  echo "bench: load, $LOAD_CONNECTIONS connections for ${LOAD_DURATION}s (60 % reads, 20 % list pages, 20 % creates)"
  fresh_tokens
  mkdir -p "$WORK/acked"
  rss_max=0
  ( while kill -0 $SERVER 2>/dev/null; do ps -o rss= -p $SERVER; sleep 1; done ) >"$WORK/rss.txt" &
  SAMPLER=$!
  result=$(BENCH_THREADS=2 BENCH_ACKED="$WORK/acked" BENCH_WRITER_TOKEN="$CREATE_TOKEN" \
    wrk -t2 -c"$LOAD_CONNECTIONS" -d"${LOAD_DURATION}s" --timeout 30s -s "$BENCH_DIR/mix.lua" "$BASE" | grep '^RESULT')
  kill $SAMPLER 2>/dev/null || true
  rss_max=$(sort -n "$WORK/rss.txt" | tail -1)
  # Every acknowledged create, looked up in the database.
  cat "$WORK"/acked/*.txt | sort -u >"$WORK/acked.txt"
  acked=$(wc -l <"$WORK/acked.txt")
  lost=$("${PSQL[@]}" -d "$DB_NAME" -At <<SQL
CREATE TEMP TABLE acked (id uuid PRIMARY KEY);
\copy acked FROM '$WORK/acked.txt'
SELECT count(*) FROM acked a WHERE NOT EXISTS (SELECT 1 FROM api_keys k WHERE k.id = a.id AND k.user_id = '$CREATE_ID');
SQL
)
  add load "mix 60/20/20 read/list/create" "$LOAD_CONNECTIONS" "$result" "" "" \
    "acknowledged creates $acked, missing in the database $lost; server RSS max $(( ${rss_max:-0} / 1024 )) MB"
fi

if want faults; then
  echo "bench: faults and the HTTP fuzzer (the fault tests of functions/local, a few minutes)"
  ./mvnw -B -ntp verify -pl functions/local -am -DskipE2E=true -Dexec.skip=true \
    -Dtest='pro/keyhaven/local/faults/**' -Dsurefire.failIfNoSpecifiedTests=false >"$WORK/faults.log" 2>&1 \
    || echo "bench: the fault tests failed (their log follows the table)"
  grep -E '^(faults|http-fuzz): ' "$WORK/faults.log" | while IFS= read -r line; do
    printf '%s|%s|||||||||||\n' "${line%%:*}" "$(cut -c1-240 <<<"${line#*: }")" >>"$TABLE"
  done
fi

if want jazzer; then
  echo "bench: Jazzer, each target for its maxDuration"
  JAZZER_FUZZ=1 ./mvnw -B -ntp test -pl shared/core -am -Dexec.skip=true \
    -Dtest='pro/keyhaven/shared/fuzz/**' -Dsurefire.failIfNoSpecifiedTests=false >"$WORK/jazzer.log" 2>&1 \
    || echo "bench: a Jazzer target found something (its log follows the table)"
  grep -E 'DONE +cov' "$WORK/jazzer.log" | while IFS= read -r line; do
    printf 'jazzer|%s|||||||||||\n' "$(cut -c1-200 <<<"$line")" >>"$TABLE"
  done
fi

echo
awk -F'|' 'BEGIN {
    printf "%-8s %-30s %7s %9s %8s %8s %7s | %11s %9s | %6s %8s | %s\n", "section", "operation", "clients", "req/s", "p50 ms", "p99 ms", "errors", "floor req/s", "floor p99", "ratio", "p99/floor", "goal / note"
  }
  $3 == "" { printf "%-8s %s\n", $1, $2; next }
  { printf "%-8s %-30s %7s %9s %8s %8s %7s | %11s %9s | %6s %8s | %s\n", $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12 }' "$TABLE"
echo
echo "bench: $(nproc) cores; server log lines with WARN/ERROR: $(grep -cE 'WARN|ERROR' "$WORK/server.log" || true)"
grep -E 'WARN|ERROR' "$WORK/server.log" | sed -E 's/^.{0,80}\] //' | cut -c1-200 | sort | uniq -c | sort -rn | head -5 || true
[ ! -f "$WORK/faults.log" ] || grep -q 'BUILD SUCCESS' "$WORK/faults.log" || tail -60 "$WORK/faults.log"
[ ! -f "$WORK/jazzer.log" ] || grep -q 'BUILD SUCCESS' "$WORK/jazzer.log" || tail -60 "$WORK/jazzer.log"
