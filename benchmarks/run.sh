#!/usr/bin/env bash
# Every benchmark in one bounded run, loopback only, each figure beside a baseline
# measured in the same run. Writes benchmarks/results/<date>.json and regenerates
# benchmarks/RESULTS.md. Stops everything it started (trap on EXIT).
#
#   ./mvnw -B install -DskipTests      # once: the mock and kit jars, the SDK and validator in ~/.m2
#   bash benchmarks/run.sh             # about 20 minutes on 2 cores
#   SMOKE=1 bash benchmarks/run.sh     # every benchmark once, about a second each (CI): proves they run
#
# Knobs (environment): LOAD_SECONDS (10, per wrk run), KIT_RUNS (5), SKIP_BUILD=1 (no build
# timing), BUILD_TIMEOUT (480 s), JMH_ARGS (extra JMH options, e.g. "-i 2" for a quick look),
# STARTUP_ROUNDS (3), COLD_SECONDS (10), GROWTH_SIZES ("1000 100000 1000000"), GROWTH_ROUNDS (3),
# GROWTH_SERVER_ARGS (extra GrowthServer options, e.g. "--max-operations 1000000 --churn 200000"),
# PHASES (all of "jmh load startup growth kit build"; e.g. PHASES="startup growth": a partial run
# writes its JSON and Markdown under benchmarks/results/tmp only, as a smoke run does).
# SKIP_PACKAGE=1 uses the benchmarks jar as built. SMOKE=1 sets them all small, builds nothing (the jars must exist: CI's verify with -P benchmarks
# makes them), judges nothing and writes its JSON and Markdown under benchmarks/results/tmp only.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"

SMOKE=${SMOKE:-0}
if [[ "$SMOKE" == 1 ]]; then
  # One short pass of everything: figures are not judged, only that each benchmark still runs.
  LOAD_SECONDS=${LOAD_SECONDS:-1}
  KIT_RUNS=${KIT_RUNS:-1}
  SKIP_BUILD=${SKIP_BUILD:-1}
  JMH_ARGS=${JMH_ARGS:--f 1 -wi 0 -i 1 -r 1s}
  STARTUP_ROUNDS=${STARTUP_ROUNDS:-1}
  COLD_SECONDS=${COLD_SECONDS:-1}
  GROWTH_SIZES=${GROWTH_SIZES:-1000 20000}
  GROWTH_ROUNDS=${GROWTH_ROUNDS:-1}
  WARMUP_SECONDS=${WARMUP_SECONDS:-0}
fi
LOAD_SECONDS=${LOAD_SECONDS:-10}
KIT_RUNS=${KIT_RUNS:-5}
BUILD_TIMEOUT=${BUILD_TIMEOUT:-480}
SKIP_BUILD=${SKIP_BUILD:-0}
JMH_ARGS=${JMH_ARGS:-}
STARTUP_ROUNDS=${STARTUP_ROUNDS:-3}
COLD_SECONDS=${COLD_SECONDS:-10}
GROWTH_SIZES=${GROWTH_SIZES:-1000 100000 1000000}
GROWTH_ROUNDS=${GROWTH_ROUNDS:-3}
WARMUP_SECONDS=${WARMUP_SECONDS:-4}
PHASES=${PHASES:-jmh load startup growth kit build}
phase_on() { [[ " $PHASES " == *" $1 "* ]]; }

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

source "$ROOT/benchmarks/started-processes.sh"

log() { printf '%s == %s\n' "$(date -u +%H:%M:%S)" "$*" | tee -a "$WORK/run.log"; }
loadavg() { cut -d' ' -f1-3 /proc/loadavg; }
# The load average as a phase starts and as it ends, into the results (others share these cores).
phase_start() { echo "loadavg_$1=$(loadavg)" >> "$WORK/machine.properties"; }
phase_end() { echo "loadavg_$1_end=$(loadavg)" >> "$WORK/machine.properties"; }
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }   # a process's user + system time, in ticks
TICK_US=$((1000000 / $(getconf CLK_TCK)))
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

if [[ "$SMOKE" == 1 || "${SKIP_PACKAGE:-0}" == 1 ]]; then
  [[ -f "$BENCH_JAR" && -f "$WIREMOCK_JAR" ]] || { echo "missing $BENCH_JAR: SMOKE=1 and SKIP_PACKAGE=1 build nothing; run ./mvnw -B -P benchmarks verify first" >&2; exit 2; }
else
  log "building the benchmarks module (JMH jar, WireMock standalone from Maven Central)"
  ./mvnw -B -q -P benchmarks -pl benchmarks package
fi

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
  echo "smoke=$SMOKE"
  echo "startup_rounds=$STARTUP_ROUNDS"
  echo "cold_seconds=$COLD_SECONDS"
  echo "growth_sizes=$GROWTH_SIZES"
  echo "growth_rounds=$GROWTH_ROUNDS"
  echo "phases=$PHASES"
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
if phase_on jmh; then
  log "JMH: SDK call (with the stock generated clients), decoding, validation (1 fork each; load average $(loadavg))"
  phase_start jmh
  # shellcheck disable=SC2086 # JMH_ARGS is a list of options
  java -jar "$BENCH_JAR" -prof gc -prof dev.doctranslation.benchmarks.ProcessCpuProfiler -foe true -rf json -rff "$WORK/jmh.json" $JMH_ARGS \
    'dev.doctranslation.benchmarks.*' > "$WORK/jmh.log" 2>&1 || { tail -40 "$WORK/jmh.log" >&2; echo "JMH failed" >&2; exit 1; }
  # -foe true: a benchmark that throws makes JMH exit non-zero, but say which one.
  if grep -q '<failure>' "$WORK/jmh.log"; then grep -B2 -A10 '<failure>' "$WORK/jmh.log" | head -40 >&2; exit 1; fi
  grep -E '^(Benchmark|[A-Z][A-Za-z]+Benchmark\.[a-zA-Z]+ )' "$WORK/jmh.log" | tee -a "$WORK/run.log"
  phase_end jmh
fi

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
  SERVER_PID[$port]=$!
  wait_for "http://127.0.0.1:$port/_states" 60
}
declare -A SERVER_PID
arrange_running() { # port -> the id of an arranged Running operation
  local answer
  answer=$(curl -s --max-time 5 -X POST -H 'Content-Type: application/json' \
    -d '{"state": "a translation operation exists", "params": {"status": "Running"}, "action": "setup"}' \
    "http://127.0.0.1:$1/_states")
  printf '%s' "$answer" | sed -n 's/.*"id" *: *"\([0-9a-fA-F-]*\)".*/\1/p'
}

# The phase's body is not indented, so its here-document keeps its layout.
if phase_on load; then
phase_start load
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
SERVER_PID[$WIREMOCK_PORT]=$!
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
  local out ticks_before ticks_after cpu
  ticks_before=$(cpu_ticks "${SERVER_PID[$2]}")
  out=$(OP=$3 ID=${OPERATION_ID[$2]} KEY=$KEY wrk -t"$threads" -c"$4" -d"$5"s --timeout 5s -s "$LUA" "http://127.0.0.1:$2" \
    | sed -n 's/^RESULT //p')
  ticks_after=$(cpu_ticks "${SERVER_PID[$2]}")
  [[ -n "$out" ]] || { echo "wrk gave no result for $1 $3 c=$4" >&2; exit 1; }
  # The server's CPU time over the requests it answered: steadier than requests/s when others load the cores.
  cpu=$(awk -v t=$((ticks_after - ticks_before)) -v u="$TICK_US" -v n="$(printf '%s' "$out" | sed -n 's/.*"requests": \([0-9]*\),.*/\1/p')" \
    'BEGIN { printf "%.1f", (n > 0 ? t * u / n : 0) }')
  if [[ "$6" == record ]]; then
    printf '{"server": "%s", "operation": "%s", "connections": %d, "threads": %d, "server_cpu_us_per_request": %s, "wrk": %s}\n' \
      "$1" "$3" "$4" "$threads" "$cpu" "$out" >> "$WORK/load.jsonl"
    printf '  %-10s %-6s c=%-3d %s\n' "$1" "$3" "$4" "$(printf '%s' "$out" | cut -c1-110)" | tee -a "$WORK/run.log"
  fi
}

if ((WARMUP_SECONDS > 0)); then
  log "warming the servers up (JIT), not recorded"
  for op in get delete; do
    run_wrk mock "$MOCK_PORT" "$op" 16 "$WARMUP_SECONDS" warmup
    run_wrk wiremock "$WIREMOCK_PORT" "$op" 16 "$WARMUP_SECONDS" warmup
    run_wrk mock-quiet "$QUIET_PORT" "$op" 16 "$WARMUP_SECONDS" warmup
  done
fi
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
# Diagnostic: the request log's own price per request, on the request's thread and in all (RequestLogCost).
log "the request log's cost per request, apart from HTTP (dev.doctranslation.mock.RequestLogCost)"
java -cp "$BENCH_JAR" dev.doctranslation.mock.RequestLogCost --seconds "$([[ "$SMOKE" == 1 ]] && echo 1 || echo 3)" \
  --rounds "$([[ "$SMOKE" == 1 ]] && echo 1 || echo 5)" | sed -n 's/^RESULT //p' | tee "$WORK/request-log-cost.json" | tee -a "$WORK/run.log"
[[ -s "$WORK/request-log-cost.json" ]] || { echo "RequestLogCost gave no result" >&2; exit 1; }
phase_end load
fi

# --- 7: the mock as a test dependency: start-up, heap, the first seconds ------------------------
if phase_on startup; then
  log "start-up: $STARTUP_ROUNDS rounds of 4 fresh JVMs (mock and WireMock, by hand and by JUnit 5 extension), ${COLD_SECONDS}s cold load each"
  phase_start startup
  java -cp "$BENCH_JAR" dev.doctranslation.benchmarks.startup.StartupHarness --out "$WORK/startup.jsonl" \
    --rounds "$STARTUP_ROUNDS" --cold-seconds "$COLD_SECONDS" --connections 4 --heap 512m 2>&1 | tee -a "$WORK/run.log"
  phase_end startup
fi

# --- 8: the store growing -----------------------------------------------------------------------
# One in-process mock per store size (2 GiB heap each), all arranged before any is measured, then
# the sizes back to back in rounds, as the mock and WireMock are above.
if phase_on growth; then
  log "growth: stores of $GROWTH_SIZES operations, in process, -Xmx2g; $GROWTH_ROUNDS rounds"
  phase_start growth
  declare -A GROWTH_PORT
  for size in $GROWTH_SIZES; do
    # shellcheck disable=SC2086 # GROWTH_SERVER_ARGS is a list of options
    java -Xmx2g -cp "$BENCH_JAR" dev.doctranslation.benchmarks.growth.GrowthServer --operations "$size" --key "$KEY" \
      --ids "$WORK/growth-ids-$size.txt" --ready "$WORK/growth-ready-$size.json" ${GROWTH_SERVER_ARGS:-} > "$WORK/growth-$size.log" 2>&1 &
    pid=$!
    STARTED_PIDS+=("$pid")
    SERVER_PID[growth-$size]=$pid
    # Arranging a million operations takes a while on a busy machine; a server that dies (out of heap) is reported, not waited for.
    for _ in $(seq 6000); do
      [[ -f "$WORK/growth-ready-$size.json" ]] && break
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.1
    done
    if [[ -f "$WORK/growth-ready-$size.json" ]]; then
      GROWTH_PORT[$size]=$(sed -n 's/.*"port": \([0-9]*\),.*/\1/p' "$WORK/growth-ready-$size.json")
      log "  $(cat "$WORK/growth-ready-$size.json")"
    else
      { grep -m1 -E 'OutOfMemoryError|Exception' "$WORK/growth-$size.log" || echo "not ready within 600 s"; } > "$WORK/growth-failed-$size.txt"
      log "  $size operations: the server did not become ready: $(cat "$WORK/growth-failed-$size.txt")"
      kill "$pid" 2>/dev/null || true
    fi
  done
  growth_wrk() { # size op seconds record|warmup
    local out ticks_before ticks_after cpu pid=${SERVER_PID[growth-$1]}
    ticks_before=$(cpu_ticks "$pid")
    out=$(OP=$2 IDS="$WORK/growth-ids-$1.txt" KEY=$KEY wrk -t2 -c16 -d"$3"s --timeout 5s -s "$ROOT/benchmarks/wrk/growth.lua" \
      "http://127.0.0.1:${GROWTH_PORT[$1]}" | sed -n 's/^RESULT //p')
    ticks_after=$(cpu_ticks "$pid")
    [[ -n "$out" ]] || { echo "wrk gave no result for growth $1 $2" >&2; exit 1; }
    cpu=$(awk -v t=$((ticks_after - ticks_before)) -v u="$TICK_US" -v n="$(printf '%s' "$out" | sed -n 's/.*"requests": \([0-9]*\),.*/\1/p')" \
      'BEGIN { printf "%.1f", (n > 0 ? t * u / n : 0) }')
    if [[ "$4" == record ]]; then
      printf '{"operations": %d, "operation": "%s", "round": %d, "connections": 16, "threads": 2, "server_cpu_us_per_request": %s, "wrk": %s}\n' \
        "$1" "$2" "$round" "$cpu" "$out" >> "$WORK/growth.jsonl"
      printf '  %-8s %-6s %-9s %s\n' "round $round" "$2" "$1" "$(printf '%s' "$out" | cut -c1-110)" | tee -a "$WORK/run.log"
    fi
  }
  if ((WARMUP_SECONDS > 0)); then
    for size in "${!GROWTH_PORT[@]}"; do
      for op in get delete; do growth_wrk "$size" "$op" "$WARMUP_SECONDS" warmup; done
    done
  fi
  for round in $(seq "$GROWTH_ROUNDS"); do
    for op in get delete; do
      for size in $GROWTH_SIZES; do
        [[ -n "${GROWTH_PORT[$size]:-}" ]] && growth_wrk "$size" "$op" "$LOAD_SECONDS" record
      done
    done
  done
  stop_started
  phase_end growth
fi

# --- 5: the kit ---------------------------------------------------------------------------------
if phase_on kit; then
  KIT_WARMUP=$([[ "$SMOKE" == 1 ]] && echo 0 || echo 1)
  phase_start kit
  log "the kit: $KIT_RUNS runs each of java -jar doctranslation-conformance.jar (embedded mock) over one service version and over all, after $KIT_WARMUP warm-up"
  # Two commands, in this order (ResultsAssembler reads them so): one version, the page's own; then
  # the kit's default, every version it knows, side by side.
  hyperfine --warmup "$KIT_WARMUP" --runs "$KIT_RUNS" --ignore-failure --export-json "$WORK/kit.json" \
    --command-name "java -jar conformance-tests/target/doctranslation-conformance.jar --service-version v1.0-preview.1" \
    --command-name "java -jar conformance-tests/target/doctranslation-conformance.jar" \
    "java -jar '$KIT_JAR' --service-version v1.0-preview.1 --report-dir '$WORK/kit-report-one'" \
    "java -jar '$KIT_JAR' --report-dir '$WORK/kit-report'" 2>&1 | tee -a "$WORK/run.log"
  # The timing keeps a failing run (its exit code is in the results); a smoke run must not pass with one.
  if [[ "$SMOKE" == 1 ]] && grep -q '"exit_codes": *\[[^]]*[1-9]' "$WORK/kit.json"; then
    echo "the kit exited non-zero against its embedded mock: $WORK/kit-report" >&2
    exit 1
  fi
  phase_end kit
fi

# --- 6: the build -------------------------------------------------------------------------------
# In a fresh clone of HEAD, so it times the committed tree and never touches this work tree's
# target/ folders (others may be building in them); -o: from the warm local repository only.
if [[ "$SKIP_BUILD" == 1 ]] || ! phase_on build; then
  log "build timing skipped (SKIP_BUILD=1)"
  printf '{"skipped": true, "reason": "SKIP_BUILD=1"}\n' > "$WORK/build.json"
else
  phase_start build
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
  phase_end build
fi
echo "loadavg_end=$(loadavg)" >> "$WORK/machine.properties"

# --- report -------------------------------------------------------------------------------------
if [[ "$SMOKE" == 1 || "$PHASES" != "jmh load startup growth kit build" ]]; then
  # A smoke or partial run proves the report still renders; the committed record stays that of a full run.
  RESULT_JSON="$WORK/results.json"
  RESULT_MD="$WORK/RESULTS.md"
else
  RESULT_JSON="$ROOT/benchmarks/results/$DATE.json"
  RESULT_MD="$ROOT/benchmarks/RESULTS.md"
fi
log "writing ${RESULT_JSON#"$ROOT"/} and ${RESULT_MD#"$ROOT"/}"
java -cp "$BENCH_JAR" dev.doctranslation.benchmarks.report.ResultsReport \
  --work "$WORK" \
  --json "$RESULT_JSON" \
  --markdown "$RESULT_MD" \
  --findings "$ROOT/benchmarks/FINDINGS.md"
log "done; raw outputs in ${WORK#"$ROOT"/}"
