#!/usr/bin/env bash
# Two GrowthServers side by side (benchmark 8's server: the in-process mock with SIZE operations),
# each with its own options, jar and size, measured in rounds with wrk, the two back to back for
# each operation (A first in odd rounds, B first in even ones), so every pair of figures is taken
# within seconds of each other. For a setting (the store's retention: "" against "--max-operations
# 1000000 --churn 200000"), for two builds (JAR_A, JAR_B), or for the growth goal itself (SIZE_A=1000
# SIZE_B=1000000: B's ratio to A's is the goal's figure). Each measurement records requests/s and the server's CPU time per request (utime + stime
# from /proc): on a loaded machine requests/s mostly measures who got a core, CPU per request still
# measures the work. Prints each server's ready JSON (arrange and churn figures, heap), one line per
# measurement, and the medians with B's ratio to A's. Loopback only; stops what it starts.
#
#   bash benchmarks/growth-ab.sh "ARGS_A" "ARGS_B"     # SIZE=1000000 (or SIZE_A, SIZE_B) ROUNDS=3 LOAD_SECONDS=5 OPS="get delete"
#
# Needs wrk and the benchmarks jar (./mvnw -B -o -q -P benchmarks -pl benchmarks -am package -DskipTests).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
ARGS_A=${1?usage: growth-ab.sh "ARGS_A" "ARGS_B"}
ARGS_B=${2?usage: growth-ab.sh "ARGS_A" "ARGS_B"}
JAR_A=${JAR_A:-$ROOT/benchmarks/target/benchmarks.jar}
JAR_B=${JAR_B:-$ROOT/benchmarks/target/benchmarks.jar}
SIZE=${SIZE:-1000000}
SIZE_A=${SIZE_A:-$SIZE}
SIZE_B=${SIZE_B:-$SIZE}
ROUNDS=${ROUNDS:-3}
LOAD_SECONDS=${LOAD_SECONDS:-5}
WARMUP_SECONDS=${WARMUP_SECONDS:-5}
OPS=${OPS:-get delete}
KEY="benchmark-key-$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')"
TICK_US=$((1000000 / $(getconf CLK_TCK)))
WORK=$(mktemp -d /tmp/growth-ab.XXXXXX)

source "$ROOT/benchmarks/started-processes.sh"

cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }

declare -A PORT PID
for side in A B; do
  jar_var="JAR_$side" args_var="ARGS_$side" size_var="SIZE_$side"
  # shellcheck disable=SC2086 # the options are a list
  java -Xmx2g -cp "${!jar_var}" dev.doctranslation.benchmarks.growth.GrowthServer --operations "${!size_var}" --key "$KEY" \
    --ids "$WORK/ids-$side.txt" --ready "$WORK/ready-$side.json" ${!args_var} > "$WORK/server-$side.log" 2>&1 &
  PID[$side]=$!
  STARTED_PIDS+=("${PID[$side]}")
  # One at a time: arranging a million operations takes both cores.
  for _ in $(seq 6000); do
    [[ -f "$WORK/ready-$side.json" ]] && break
    kill -0 "${PID[$side]}" 2>/dev/null || { echo "server $side died: $(tail -3 "$WORK/server-$side.log")" >&2; exit 1; }
    sleep 0.1
  done
  PORT[$side]=$(sed -n 's/.*"port": \([0-9]*\),.*/\1/p' "$WORK/ready-$side.json")
  echo "$side (${!size_var} operations, ${!args_var:-defaults}, $(basename "${!jar_var}")): $(cat "$WORK/ready-$side.json")"
done

measure() { # side op seconds -> "req/s cpu_us_per_request"
  local before after out requests
  before=$(cpu_ticks "${PID[$1]}")
  out=$(OP=$2 IDS="$WORK/ids-$1.txt" KEY=$KEY wrk -t2 -c16 -d"$3"s --timeout 5s -s "$ROOT/benchmarks/wrk/growth.lua" \
    "http://127.0.0.1:${PORT[$1]}" | sed -n 's/^RESULT //p')
  after=$(cpu_ticks "${PID[$1]}")
  requests=$(printf '%s' "$out" | sed -n 's/.*"requests": \([0-9]*\),.*/\1/p')
  [[ "$(printf '%s' "$out" | sed -n 's/.*"unexpected": \([0-9]*\).*/\1/p')" == 0 ]] || echo "unexpected answers: $out" >&2
  awk -v r="$(printf '%s' "$out" | sed -n 's/.*"requests_per_s": \([0-9.]*\),.*/\1/p')" -v t=$((after - before)) \
    -v u="$TICK_US" -v n="$requests" 'BEGIN { printf "%.0f %.1f", r, (n > 0 ? t * u / n : 0) }'
}

for op in $OPS; do
  for side in A B; do measure "$side" "$op" "$WARMUP_SECONDS" > /dev/null; done
done
for round in $(seq "$ROUNDS"); do
  order="A B"
  ((round % 2)) || order="B A"
  for op in $OPS; do
    for side in $order; do
      figures=$(measure "$side" "$op" "$LOAD_SECONDS")
      echo "$op $side $figures" >> "$WORK/rows.txt"
      echo "round $round $op $side: $figures (req/s, server CPU us/request; load $(cut -d' ' -f1 /proc/loadavg))"
    done
  done
done

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
for op in $OPS; do
  a_rps=$(awk -v o="$op" '$1 == o && $2 == "A" { print $3 }' "$WORK/rows.txt" | median)
  b_rps=$(awk -v o="$op" '$1 == o && $2 == "B" { print $3 }' "$WORK/rows.txt" | median)
  a_cpu=$(awk -v o="$op" '$1 == o && $2 == "A" { print $4 }' "$WORK/rows.txt" | median)
  b_cpu=$(awk -v o="$op" '$1 == o && $2 == "B" { print $4 }' "$WORK/rows.txt" | median)
  awk -v o="$op" -v ar="$a_rps" -v br="$b_rps" -v ac="$a_cpu" -v bc="$b_cpu" 'BEGIN {
    printf "median %-6s A %s req/s, %s us CPU/request; B %s req/s (%.2fx), %s us CPU/request (%.2fx)\n",
      o, ar, ac, br, (ar > 0 ? br / ar : 0), bc, (ac > 0 ? bc / ac : 0) }'
done
echo "work files: $WORK"
