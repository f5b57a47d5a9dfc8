#!/usr/bin/env bash
# Before/after of a change to the mock: two builds of the standalone jar, both as shipped (request
# log on, to a file), beside the second with --no-request-log and WireMock standalone, measured in
# rounds with wrk, the four servers back to back for each row, so every row compares figures taken
# within seconds of each other. Each measurement records requests/s and the server process's CPU
# time per request (utime + stime from /proc, 10 ms ticks): when others load the machine,
# requests/s mostly measures who got a core, while CPU per request still measures the work. Prints
# one line per measurement and, at the end, each server's medians per row and the ratio to
# WireMock's. Loopback only; stops what it starts.
#
#   bash benchmarks/mock-ab.sh BEFORE.jar AFTER.jar          # ROUNDS=3 LOAD_SECONDS=5 CONNECTIONS="1 16 64"
#
# Needs wrk and curl, and benchmarks/target/tools/wiremock-standalone.jar (run.sh's build makes it).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BEFORE=${1:?usage: mock-ab.sh BEFORE.jar AFTER.jar}
AFTER=${2:?usage: mock-ab.sh BEFORE.jar AFTER.jar}
ROUNDS=${ROUNDS:-3}
LOAD_SECONDS=${LOAD_SECONDS:-5}
CONNECTIONS=${CONNECTIONS:-1 16 64}
OPS=${OPS:-get delete}
WIREMOCK_JAR="$ROOT/benchmarks/target/tools/wiremock-standalone.jar"
LUA="$ROOT/benchmarks/wrk/contract.lua"
BASE_PATH=/translator/text/batch/v1.0-preview.1
KEY="benchmark-key-$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')"
SERVER_JVM=(-Xms512m -Xmx512m)
WORK=$(mktemp -d /tmp/mock-ab.XXXXXX)
OUT="$WORK/rows.tsv"

source "$ROOT/benchmarks/started-processes.sh"

free_port() {
  local port
  for _ in $(seq 100); do
    port=$((20000 + RANDOM % 12000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return 0; fi
  done
  return 1
}
wait_for() {
  for _ in $(seq $(($2 * 10))); do curl -s -o /dev/null --max-time 1 "$1" && return 0; sleep 0.1; done
  echo "nothing answered at $1 within $2 s" >&2
  return 1
}
start_mock() { # jar port log [flags...]
  local jar=$1 port=$2 logfile=$3
  shift 3
  DOCUMENT_TRANSLATION_KEY="$KEY" java "${SERVER_JVM[@]}" -jar "$jar" --host 127.0.0.1 --port "$port" \
    --demo-operations 0 "$@" > "$logfile" 2>&1 &
  STARTED_PIDS+=($!)
  LAST_PID=$!
  wait_for "http://127.0.0.1:$port/_states" 60
}
arrange_running() {
  curl -s --max-time 5 -X POST -H 'Content-Type: application/json' \
    -d '{"state": "a translation operation exists", "params": {"status": "Running"}, "action": "setup"}' \
    "http://127.0.0.1:$1/_states" | sed -n 's/.*"id" *: *"\([0-9a-fA-F-]*\)".*/\1/p'
}

declare -A PORT ID PID
PORT[before]=$(free_port); PORT[after]=$(free_port); PORT[after-quiet]=$(free_port); PORT[wiremock]=$(free_port)
start_mock "$BEFORE" "${PORT[before]}" "$WORK/before.log"; PID[before]=$LAST_PID
start_mock "$AFTER" "${PORT[after]}" "$WORK/after.log"; PID[after]=$LAST_PID
start_mock "$AFTER" "${PORT[after-quiet]}" "$WORK/after-quiet.log" --no-request-log; PID[after-quiet]=$LAST_PID
for server in before after after-quiet; do
  ID[$server]=$(arrange_running "${PORT[$server]}")
  [[ -n "${ID[$server]}" ]] || { echo "$server did not arrange an operation" >&2; exit 1; }
done
ID[wiremock]=${ID[after]}
mkdir -p "$WORK/wiremock/mappings" "$WORK/wiremock/__files"
curl -s --max-time 5 -H "Ocp-Apim-Subscription-Key: $KEY" \
  "http://127.0.0.1:${PORT[after]}$BASE_PATH/batches/${ID[after]}" > "$WORK/wiremock/__files/status.json"
curl -s --max-time 5 -X DELETE -H "Ocp-Apim-Subscription-Key: $KEY" \
  "http://127.0.0.1:${PORT[after]}$BASE_PATH/batches/00000000-0000-4000-8000-000000000000" > "$WORK/wiremock/__files/not-found.json"
cat > "$WORK/wiremock/mappings/contract.json" <<STUBS
{"mappings": [
  {"request": {"method": "GET", "urlPathPattern": "${BASE_PATH//./\\\\.}/batches/[^/]+",
               "headers": {"Ocp-Apim-Subscription-Key": {"equalTo": "$KEY"}}},
   "response": {"status": 200, "headers": {"Content-Type": "application/json"}, "bodyFileName": "status.json"}},
  {"request": {"method": "DELETE", "urlPathPattern": "${BASE_PATH//./\\\\.}/batches/[^/]+",
               "headers": {"Ocp-Apim-Subscription-Key": {"equalTo": "$KEY"}}},
   "response": {"status": 404, "headers": {"Content-Type": "application/json"}, "bodyFileName": "not-found.json"}}
]}
STUBS
java "${SERVER_JVM[@]}" -jar "$WIREMOCK_JAR" --bind-address 127.0.0.1 --port "${PORT[wiremock]}" \
  --root-dir "$WORK/wiremock" --no-request-journal --disable-banner > "$WORK/wiremock.log" 2>&1 &
STARTED_PIDS+=($!)
PID[wiremock]=$!
wait_for "http://127.0.0.1:${PORT[wiremock]}/__admin/health" 60

cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
TICK_US=$((1000000 / $(getconf CLK_TCK)))

run_wrk() { # server op connections seconds -> "requests/s cpu-us/request", or exits on an unexpected answer
  local threads=$(( $3 == 1 ? 1 : 2 )) out ticks_before ticks_after
  ticks_before=$(cpu_ticks "${PID[$1]}")
  out=$(OP=$2 ID=${ID[$1]} KEY=$KEY wrk -t"$threads" -c"$3" -d"$4"s --timeout 5s -s "$LUA" \
    "http://127.0.0.1:${PORT[$1]}" | sed -n 's/^RESULT //p')
  ticks_after=$(cpu_ticks "${PID[$1]}")
  local requests non2xx
  requests=$(printf '%s' "$out" | sed -n 's/.*"requests": \([0-9]*\),.*/\1/p')
  non2xx=$(printf '%s' "$out" | sed -n 's/.*"non_2xx_3xx": \([0-9]*\).*/\1/p')
  if [[ "$2" == get && "$non2xx" != 0 ]] || [[ "$2" == delete && "$non2xx" != "$requests" ]]; then
    echo "$1 $2 c=$3: unexpected answers: $out" >&2
    exit 1
  fi
  printf '%s %s' "$(printf '%s' "$out" | sed -n 's/.*"requests_per_s": \([0-9.]*\),.*/\1/p')" \
    "$(awk -v t=$((ticks_after - ticks_before)) -v u="$TICK_US" -v n="$requests" 'BEGIN { printf "%.1f", t * u / n }')"
}

echo "# $(date -u +%FT%TZ) load average $(cut -d' ' -f1-3 /proc/loadavg); raw rows in $OUT"
for op in $OPS; do
  for server in before after after-quiet wiremock; do run_wrk "$server" "$op" 16 3 > /dev/null; done
done
printf 'round\top\tconnections\tserver\trequests_per_s\tcpu_us_per_request\tloadavg\n' > "$OUT"
for round in $(seq "$ROUNDS"); do
  for connections in $CONNECTIONS; do
    for op in $OPS; do
      for server in before after after-quiet wiremock; do
        figures=$(run_wrk "$server" "$op" "$connections" "$LOAD_SECONDS")
        rps=${figures% *}
        cpu=${figures#* }
        printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$round" "$op" "$connections" "$server" "$rps" "$cpu" "$(cut -d' ' -f1 /proc/loadavg)" | tee -a "$OUT"
      done
    done
  done
done

echo "# medians over $ROUNDS rounds: requests/s (ratio to WireMock's), then server CPU us/request (ratio to WireMock's)"
awk -F'\t' 'NR > 1 { v[$2" c="$3" "$4] = v[$2" c="$3" "$4] " " $5; c[$2" c="$3" "$4] = c[$2" c="$3" "$4] " " $6; rows[$2" c="$3] = 1 }
  function median(list,   a, n, i, j, t) {
    n = split(list, a, " ")
    for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] + 0 < a[i] + 0) { t = a[i]; a[i] = a[j]; a[j] = t }
    return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
  }
  END {
    for (row in rows) {
      w = median(v[row" wiremock"]); wc = median(c[row" wiremock"])
      printf "%-14s wiremock %7.0f/s %6.1fus", row, w, wc
      split("before after after-quiet", s, " ")
      for (i = 1; i <= 3; i++) {
        m = median(v[row" "s[i]]); mc = median(c[row" "s[i]])
        printf " | %s %7.0f/s (%.2fx) %6.1fus (%.2fx)", s[i], m, m / w, mc, mc / wc
      }
      printf "\n"
    }
  }' "$OUT" | sort
