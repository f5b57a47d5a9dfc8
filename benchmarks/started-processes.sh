# Sourced by the benchmark scripts: every process a script starts goes into STARTED_PIDS, and
# stop_started ends them (TERM, up to 5 s to go, then KILL), at exit whatever the exit was, and
# between phases when a script calls it.
STARTED_PIDS=()
stop_started() {
  local pid
  for pid in "${STARTED_PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${STARTED_PIDS[@]}"; do
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
  done
  STARTED_PIDS=()
}
trap stop_started EXIT
trap 'exit 130' INT TERM
