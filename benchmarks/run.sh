#!/usr/bin/env bash
# Every benchmark in one bounded run, loopback only, each figure beside a baseline
# measured in the same run. Writes benchmarks/results/<date>.json and regenerates
# benchmarks/RESULTS.md. Stops everything it started (trap on EXIT).
#
#   ./mvnw -B install -DskipTests      # once: the mock and kit jars, the SDK and validator in ~/.m2
#   bash benchmarks/run.sh             # about 10 minutes on 2 cores
#
# Knobs (environment): LOAD_SECONDS (10, per wrk run), KIT_RUNS (5), SKIP_BUILD=1 (no build
# timing), BUILD_TIMEOUT (480 s), JMH_ARGS (extra JMH options, e.g. "-i 2" for a quick look).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"

LOAD_SECONDS=${LOAD_SECONDS:-10}
KIT_RUNS=${KIT_RUNS:-5}
BUILD_TIMEOUT=${BUILD_TIMEOUT:-480}
SKIP_BUILD=${SKIP_BUILD:-0}
JMH_ARGS=${JMH_ARGS:-}

DATE=$(date -u +%F)
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
WORK="$ROOT/benchmarks/results/tmp/$STAMP"          # raw outputs; ignored by git
mkdir -p "$WORK"
MOCK_JAR="$ROOT/mock-server/target/doctranslation-mock-server.jar"
KIT_JAR="$ROOT/conformance-tests/target/doctranslation-conformance.jar"
BENCH_JAR="$ROOT/benchmarks/target/benchmarks.jar"
WIREMOCK_JAR="$ROOT/benchmarks/target/tools/wiremock-standalone.jar"
LUA="$ROOT/benchmarks/wrk/contract.lua"
BASE_PATH=/translator/text/batch/v1.0-preview.1
# A key for the local servers only; both servers check it on every request.
KEY="benchmark-key-$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')"
# Both servers get the same heap, so neither wins by having more memory.
SERVER_JVM=(-Xms512m -Xmx512m)

STARTED_PIDS=()
stop_started() {
  local pid
  for pid in "${STARTED_PIDS[@]}"; do
    if kill -0 "$pid" 2>/dev/null; then
      kill "$pid" 2>/dev/null || true
    fi
  done
  for pid in "${STARTED_PIDS[@]}"; do
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
  done
  STARTED_PIDS=()
}
trap stop_started EXIT
trap 'exit 130' INT TERM

log() { printf '%s == %s\n' "$(date -u +%H:%M:%S)" "$*" | tee -a "$WORK/run.log"; }
loadavg() { cut -d' ' -f1-3 /proc/loadavg; }
json_string() { printf '"%s"' "$(printf '%s' "$1" | sed 's/\\/\\\\/g; s/"/\\"/g')"; }

# --- tools --------------------------------------------------------------------------------------
need_packages=()
command -v wrk >/dev/null || need_packages+=(wrk)
command -v hyperfine >/dev/null || need_packages+=(hyperfine)
command -v curl >/dev/null || need_packages+=(curl)
if ((${#need_packages[@]})); then
  log "installing ${need_packages[*]} from Debian's packages"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_packages[@]}" >/dev/null
fi

for jar in "$MOCK_JAR" "$KIT_JAR"; do
  if [[ ! -f "$jar" ]]; then
    echo "missing $jar: run ./mvnw -B install -DskipTests first" >&2
    exit 2
  fi
done

log "building the benchmarks module (JMH jar, WireMock standalone from Maven Central)"
./mvnw -B -q -P benchmarks -pl benchmarks package

{
  echo "date=$DATE"
  echo "stamp=$STAMP"
  echo "cores=$(nproc)"
  echo "memory_bytes=$(awk '/MemTotal/ {printf "%.0f\n", $2 * 1024}' /proc/meminfo)"
  echo "cpu=$(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)"
  echo "os=$(. /etc/os-release && echo "$PRETTY_NAME") $(uname -r)"
  echo "jdk=$(java -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.runtime.version/ {print $2}') ($(java -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.vm.name/ {print $2}'))"
  echo "wrk=$(wrk -v 2>&1 | head -1 | awk '{print $2}')"
  echo "hyperfine=$(hyperfine --version | awk '{print $2}')"
  echo "git_commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
  echo "git_dirty=$(git status --porcelain 2>/dev/null | grep -v '^?? benchmarks/' | grep -c . || true)"
  echo "load_seconds=$LOAD_SECONDS"
  echo "kit_runs=$KIT_RUNS"
  echo "loadavg_start=$(loadavg)"
  # What was measured: others rebuild these while they work, so each run names its builds.
  M2=~/.m2/repository/dev/doctranslation
  for artifact in "client=$M2/doctranslation-client/0.1.0-SNAPSHOT/doctranslation-client-0.1.0-SNAPSHOT.jar" \
                  "validator=$M2/doctranslation-validator/0.1.0-SNAPSHOT/doctranslation-validator-0.1.0-SNAPSHOT.jar" \
                  "mock_server_jar=$MOCK_JAR" "conformance_jar=$KIT_JAR"; do
    file=${artifact#*=}
    echo "artifact_${artifact%%=*}=$(sha256sum "$file" | cut -c1-12), built $(date -u -r "$file" +%FT%TZ)"
  done
} > "$WORK/machine.properties"

# --- 1-3: JMH ---------------------------------------------------------------------------------
log "JMH: SDK call, decoding, validation (1 fork each; load average $(loadavg))"
echo "loadavg_jmh=$(loadavg)" >> "$WORK/machine.properties"
# shellcheck disable=SC2086 # JMH_ARGS is a list of options
java -jar "$BENCH_JAR" -prof gc -prof dev.doctranslation.benchmarks.ProcessCpuProfiler -foe true -rf json -rff "$WORK/jmh.json" $JMH_ARGS \
  'dev.doctranslation.benchmarks.*' > "$WORK/jmh.log" 2>&1
grep -E '^(Benchmark|[A-Z][A-Za-z]+Benchmark\.[a-zA-Z]+ )' "$WORK/jmh.log" | tee -a "$WORK/run.log"

# --- 4: load ------------------------------------------------------------------------------------
free_port() { # a port nothing on loopback answers at, from the range the kernel does not hand out itself
  local port
  for _ in $(seq 100); do
    port=$((20000 + RANDOM % 12000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return 0
    fi
  done
  echo "no free loopback port found" >&2
  return 1
}
wait_for() { # url, seconds
  for _ in $(seq $(($2 * 10))); do
    curl -s -o /dev/null --max-time 1 "$1" && return 0
    sleep 0.1
  done
  echo "nothing answered at $1 within $2 s" >&2
  return 1
}
start_mock() { # port log-file [extra JVM options...]; the request log goes to the file, as a user would run it
  local port=$1 logfile=$2
  shift 2
  DOCUMENT_TRANSLATION_KEY="$KEY" java "${SERVER_JVM[@]}" "$@" -jar "$MOCK_JAR" --host 127.0.0.1 --port "$port" \
    --demo-operations 0 > "$logfile" 2>&1 &
  STARTED_PIDS+=($!)
  wait_for "http://127.0.0.1:$port/_states" 60
}
arrange_running() { # port -> the id of an arranged Running operation
  local answer
  answer=$(curl -s --max-time 5 -X POST -H 'Content-Type: application/json' \
    -d '{"state": "a translation operation exists", "params": {"status": "Running"}, "action": "setup"}' \
    "http://127.0.0.1:$1/_states")
  printf '%s' "$answer" | sed -n 's/.*"id" *: *"\([0-9a-fA-F-]*\)".*/\1/p'
}

# Three servers side by side (an idle JVM costs next to nothing), so each combination is measured on
# all of them back to back: the mock as shipped, WireMock, and, as a diagnostic, the mock with its
# per-request log line off (WireMock writes none by default) to size that one cost.
MOCK_PORT=$(free_port)
QUIET_PORT=$(free_port)
WIREMOCK_PORT=$(free_port)
log "starting the mock standalone jar twice (127.0.0.1:$MOCK_PORT as shipped, :$QUIET_PORT with the request log off)"
start_mock "$MOCK_PORT" "$WORK/mock.log"
start_mock "$QUIET_PORT" "$WORK/mock-quiet.log" -Dorg.slf4j.simpleLogger.log.dev.doctranslation.mock.requests=warn

# An arranged operation stands still (provider states never move on their own), so every GET
# answers the same bytes, which WireMock then serves verbatim.
declare -A OPERATION_ID
OPERATION_ID[$MOCK_PORT]=$(arrange_running "$MOCK_PORT")
OPERATION_ID[$QUIET_PORT]=$(arrange_running "$QUIET_PORT")
[[ -n "${OPERATION_ID[$MOCK_PORT]}" && -n "${OPERATION_ID[$QUIET_PORT]}" ]] || { echo "the mock did not arrange an operation" >&2; exit 1; }
OPERATION_ID[$WIREMOCK_PORT]=${OPERATION_ID[$MOCK_PORT]}
UNKNOWN_ID=00000000-0000-4000-8000-$(od -An -N6 -tx1 /dev/urandom | tr -d ' \n')

WIREMOCK_ROOT="$WORK/wiremock"
mkdir -p "$WIREMOCK_ROOT/mappings" "$WIREMOCK_ROOT/__files"
curl -s --max-time 5 -H "Ocp-Apim-Subscription-Key: $KEY" \
  "http://127.0.0.1:$MOCK_PORT$BASE_PATH/batches/${OPERATION_ID[$MOCK_PORT]}" > "$WIREMOCK_ROOT/__files/status.json"
curl -s --max-time 5 -X DELETE -H "Ocp-Apim-Subscription-Key: $KEY" \
  "http://127.0.0.1:$MOCK_PORT$BASE_PATH/batches/$UNKNOWN_ID" > "$WIREMOCK_ROOT/__files/not-found.json"
# Static stubs: the same bodies, the same key check, the same Content-Type.
cat > "$WIREMOCK_ROOT/mappings/contract.json" <<STUBS
{"mappings": [
  {"request": {"method": "GET", "urlPathPattern": "${BASE_PATH//./\\\\.}/batches/[^/]+",
               "headers": {"Ocp-Apim-Subscription-Key": {"equalTo": "$KEY"}}},
   "response": {"status": 200, "headers": {"Content-Type": "application/json"}, "bodyFileName": "status.json"}},
  {"request": {"method": "DELETE", "urlPathPattern": "${BASE_PATH//./\\\\.}/batches/[^/]+",
               "headers": {"Ocp-Apim-Subscription-Key": {"equalTo": "$KEY"}}},
   "response": {"status": 404, "headers": {"Content-Type": "application/json"}, "bodyFileName": "not-found.json"}}
]}
STUBS

log "starting WireMock standalone on 127.0.0.1:$WIREMOCK_PORT"
# No request journal: it keeps every request in memory, which under load measures the heap.
java "${SERVER_JVM[@]}" -jar "$WIREMOCK_JAR" --bind-address 127.0.0.1 --port "$WIREMOCK_PORT" \
  --root-dir "$WIREMOCK_ROOT" --no-request-journal --disable-banner > "$WORK/wiremock.log" 2>&1 &
STARTED_PIDS+=($!)
wait_for "http://127.0.0.1:$WIREMOCK_PORT/__admin/health" 60

# Same answers before anything is measured: GET 200 (the mock's bytes exactly, from WireMock; the
# quiet mock's own operation differs only in id and times), DELETE of an unknown id 404.
got=$(curl -s --max-time 5 -H "Ocp-Apim-Subscription-Key: $KEY" \
  "http://127.0.0.1:$WIREMOCK_PORT$BASE_PATH/batches/${OPERATION_ID[$WIREMOCK_PORT]}")
[[ "$got" == "$(cat "$WIREMOCK_ROOT/__files/status.json")" ]] || { echo "WireMock answers GET differently: $got" >&2; exit 1; }
for port in "$MOCK_PORT" "$QUIET_PORT" "$WIREMOCK_PORT"; do
  code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 -H "Ocp-Apim-Subscription-Key: $KEY" \
    "http://127.0.0.1:$port$BASE_PATH/batches/${OPERATION_ID[$port]}")
  [[ "$code" == 200 ]] || { echo "port $port answers GET with $code" >&2; exit 1; }
  code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 -X DELETE -H "Ocp-Apim-Subscription-Key: $KEY" \
    "http://127.0.0.1:$port$BASE_PATH/batches/$UNKNOWN_ID")
  [[ "$code" == 404 ]] || { echo "port $port answers DELETE of an unknown id with $code" >&2; exit 1; }
done

run_wrk() { # server port op connections seconds record|warmup
  local threads=$(( $4 == 1 ? 1 : 2 ))
  local out
  out=$(OP=$3 ID=${OPERATION_ID[$2]} KEY=$KEY wrk -t"$threads" -c"$4" -d"$5"s --timeout 5s -s "$LUA" "http://127.0.0.1:$2" \
    | sed -n 's/^RESULT //p')
  [[ -n "$out" ]] || { echo "wrk gave no result for $1 $3 c=$4" >&2; exit 1; }
  if [[ "$6" == record ]]; then
    printf '{"server": "%s", "operation": "%s", "connections": %d, "threads": %d, "wrk": %s}\n' \
      "$1" "$3" "$4" "$threads" "$out" >> "$WORK/load.jsonl"
    printf '  %-10s %-6s c=%-3d %s\n' "$1" "$3" "$4" "$(printf '%s' "$out" | cut -c1-110)" | tee -a "$WORK/run.log"
  fi
}

log "warming the servers up (JIT), not recorded"
for op in get delete; do
  run_wrk mock "$MOCK_PORT" "$op" 16 4 warmup
  run_wrk wiremock "$WIREMOCK_PORT" "$op" 16 4 warmup
  run_wrk mock-quiet "$QUIET_PORT" "$op" 16 4 warmup
done
echo "loadavg_load=$(loadavg)" >> "$WORK/machine.properties"
log "wrk, ${LOAD_SECONDS}s per run, the three servers back to back (load average $(loadavg))"
for connections in 1 16 64; do
  for op in get delete; do
    run_wrk mock "$MOCK_PORT" "$op" "$connections" "$LOAD_SECONDS" record
    run_wrk wiremock "$WIREMOCK_PORT" "$op" "$connections" "$LOAD_SECONDS" record
    run_wrk mock-quiet "$QUIET_PORT" "$op" "$connections" "$LOAD_SECONDS" record
  done
done
stop_started
# The mock logged a line per request (a few hundred MB); keep its start-up lines only.
for server_log in "$WORK/mock.log" "$WORK/mock-quiet.log"; do
  head -n 40 "$server_log" > "$server_log.head" && mv "$server_log.head" "$server_log"
done

# --- 5: the kit ---------------------------------------------------------------------------------
echo "loadavg_kit=$(loadavg)" >> "$WORK/machine.properties"
log "the kit: $KIT_RUNS runs of java -jar doctranslation-conformance.jar (embedded mock), after 1 warm-up"
hyperfine --warmup 1 --runs "$KIT_RUNS" --ignore-failure --export-json "$WORK/kit.json" \
  --command-name "java -jar conformance-tests/target/doctranslation-conformance.jar" \
  "java -jar '$KIT_JAR' --report-dir '$WORK/kit-report'" 2>&1 | tee -a "$WORK/run.log"

# --- 6: the build -------------------------------------------------------------------------------
# In a fresh clone of HEAD, so it times the committed tree and never touches this work tree's
# target/ folders (others may be building in them); -o: from the warm local repository only.
if [[ "$SKIP_BUILD" == 1 ]]; then
  log "build timing skipped (SKIP_BUILD=1)"
  printf '{"skipped": true, "reason": "SKIP_BUILD=1"}\n' > "$WORK/build.json"
else
  echo "loadavg_build=$(loadavg)" >> "$WORK/machine.properties"
  log "the build: ./mvnw -B -q verify -o in a fresh clone of HEAD (at most ${BUILD_TIMEOUT}s)"
  git clone -q --no-hardlinks "$ROOT" "$WORK/build-clone"
  started=$(date +%s.%N)
  set +e
  (cd "$WORK/build-clone" && timeout "$BUILD_TIMEOUT" ./mvnw -B -q verify -o > "$WORK/build.log" 2>&1)
  status=$?
  set -e
  ended=$(date +%s.%N)
  printf '{"skipped": false, "seconds": %s, "exit_code": %d, "timed_out": %s, "commit": %s}\n' \
    "$(awk -v a="$started" -v b="$ended" 'BEGIN { printf "%.1f", b - a }')" "$status" "$([[ $status == 124 ]] && echo true || echo false)" \
    "$(json_string "$(git rev-parse --short HEAD)")" > "$WORK/build.json"
  rm -rf "$WORK/build-clone"
  log "build: $(cat "$WORK/build.json")"
fi
echo "loadavg_end=$(loadavg)" >> "$WORK/machine.properties"

# --- report -------------------------------------------------------------------------------------
log "writing benchmarks/results/$DATE.json and benchmarks/RESULTS.md"
java -cp "$BENCH_JAR" dev.doctranslation.benchmarks.report.ResultsReport \
  --work "$WORK" \
  --json "$ROOT/benchmarks/results/$DATE.json" \
  --markdown "$ROOT/benchmarks/RESULTS.md" \
  --findings "$ROOT/benchmarks/FINDINGS.md"
log "done; raw outputs in ${WORK#"$ROOT"/}"
