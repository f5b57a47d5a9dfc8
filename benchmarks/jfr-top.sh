#!/usr/bin/env bash
# Summarises a JFR recording's CPU samples without a GUI (JDK 17's `jfr` has no `view`):
#   bash benchmarks/jfr-top.sh recording.jfr [rows] [frame-filter-regex]
# Prints the hottest frames by self samples (top of stack) and by inclusive samples (anywhere on
# the stack, counted once per sample), optionally only frames matching the filter.
set -euo pipefail
file=${1:?usage: jfr-top.sh recording.jfr [rows] [filter]}
rows=${2:-25}
filter=${3:-.}
jfr print --events jdk.ExecutionSample --stack-depth 64 "$file" | awk -v rows="$rows" -v filter="$filter" '
  /jdk.ExecutionSample/ { if (n) flush(); n = 1; depth = 0; delete seen; next }
  /^[[:space:]]+[a-zA-Z_$][^ ]*\(.*\)[[:space:]]+line:/ {
    frame = $1; depth++
    if (depth == 1) self[frame]++
    if (!(frame in seen)) { seen[frame] = 1; incl[frame]++ }
  }
  function flush() { samples++ }
  END {
    if (n) flush()
    printf "%d samples\n\n-- self (top of stack) --\n", samples
    cmd = "sort -rn | head -" rows
    for (f in self) if (f ~ filter) printf "%6d %5.1f%%  %s\n", self[f], 100 * self[f] / samples, f | cmd
    close(cmd)
    printf "\n-- inclusive --\n"
    for (f in incl) if (f ~ filter) printf "%6d %5.1f%%  %s\n", incl[f], 100 * incl[f] / samples, f | cmd
    close(cmd)
  }'
