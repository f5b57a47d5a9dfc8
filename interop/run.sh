#!/usr/bin/env bash
# Clients nobody here wrote, against the mock: (A) Azure's REST client for JavaScript on the
# 2024-05-01 API, (B) the Pact Foundation's Rust verifier (through pact-js) over every pact the Java
# client wrote. Installs both from interop/package-lock.json, starts the mock's standalone jar over
# https on a free loopback port with a fresh key, runs A, B and a self-test that they can fail, and
# always stops the mock. Every step is time-boxed. Build the jar and the pacts first:
# ./mvnw -B verify (or see interop/README.md).
# Usage: bash interop/run.sh [azure|pact]...   (default: both)
set -euo pipefail
# INTEROP_PACT_DIR (a directory or a file, default client/target/pacts) is read from where it is run.
pacts=$(realpath -m "${INTEROP_PACT_DIR:-$(dirname "$0")/../client/target/pacts}")
cd "$(dirname "$0")"
interop=$(pwd)
root=$(cd .. && pwd)
jar="$root/mock-server/target/doctranslation-mock-server.jar"
work="$interop/target"

parts=("$@")
[[ ${#parts[@]} -gt 0 ]] || parts=(azure pact)
for part in "${parts[@]}"; do
  [[ $part == azure || $part == pact ]] || { echo "interop: unknown part '$part'; expected azure or pact" >&2; exit 2; }
done
if [[ " ${parts[*]} " == *" pact "* && ! -e $pacts ]]; then
  echo "interop: no pacts at $pacts; write them: ./mvnw -B -pl client -am verify" >&2
  exit 1
fi
[[ -f $jar ]] || { echo "interop: no mock jar at $jar; build it: ./mvnw -B -pl mock-server -am package -DskipTests" >&2; exit 1; }

echo "== interop: npm ci (versions pinned in interop/package-lock.json)"
# --ignore-scripts: nothing of these packages needs an install script (pact-core's Rust library
# comes prebuilt in a platform package), and one of pact's dependencies would report the install.
timeout 300 npm ci --no-audit --no-fund --ignore-scripts --loglevel=error

# Loopback only: a proxy from the environment must not carry these requests (pact-js's proxy and
# Azure's pipeline both read HTTP(S)_PROXY), and the Pact libraries must not report usage.
unset HTTP_PROXY HTTPS_PROXY http_proxy https_proxy ALL_PROXY all_proxy
export PACT_DO_NOT_TRACK=true

rm -rf "$work" && mkdir -p "$work"
# A fresh key and bearer token per run, handed to the mock and the scripts through the environment
# only: never on a command line (ps shows those) and never printed.
random_hex() { node -e 'process.stdout.write(require("node:crypto").randomBytes(16).toString("hex"))'; }
DOCUMENT_TRANSLATION_KEY=$(random_hex)
DOCUMENT_TRANSLATION_BEARER_TOKEN=$(random_hex)
export DOCUMENT_TRANSLATION_KEY DOCUMENT_TRANSLATION_BEARER_TOKEN

# Over https, as the service is: the mock makes a self-signed certificate at start and writes its
# PEM, which both clients then trust, the Azure client through Node's NODE_EXTRA_CA_CERTS, Pact's
# Rust core (state changes) through SSL_CERT_FILE. No client is told to skip verification.
mock_log="$work/mock.log"
mock_pem="$work/mock-certificate.pem"
echo "== interop: starting the mock (java -jar mock-server/target/doctranslation-mock-server.jar --port 0 --tls-cert-out ...)"
java -jar "$jar" --port 0 --demo-operations 0 --tls-cert-out "$mock_pem" >"$mock_log" 2>&1 &
mock_pid=$!
stop_mock() {
  if kill -0 "$mock_pid" 2>/dev/null; then
    kill -TERM "$mock_pid" 2>/dev/null || true   # the JVM runs its shutdown hooks; SIGINT is ignored by a background job
    for _ in $(seq 50); do kill -0 "$mock_pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$mock_pid" 2>/dev/null || true
  fi
  wait "$mock_pid" 2>/dev/null || true
}
trap stop_mock EXIT
# A TERM or INT (CI's time box, Ctrl-C) ends the script through exit, so the EXIT trap stops the mock.
trap 'exit 143' TERM
trap 'exit 130' INT

# Ready when it prints its provider-state URL (it listens before printing); 90 s at most, as a JVM
# starting on a busy machine takes its time.
MOCK_STATES_URL=""
for _ in $(seq 900); do
  MOCK_STATES_URL=$(sed -n 's/^ *Provider states: *\(http[^ ]*\/_states\).*/\1/p' "$mock_log" | head -n 1)
  [[ -n $MOCK_STATES_URL ]] && break
  kill -0 "$mock_pid" 2>/dev/null || break
  sleep 0.1
done
if [[ -z $MOCK_STATES_URL ]]; then
  echo "interop: the mock did not start within 90 s; its output:" >&2
  sed 's/^/  | /' "$mock_log" >&2
  exit 1
fi
MOCK_ORIGIN=${MOCK_STATES_URL%/_states}
export MOCK_ORIGIN MOCK_STATES_URL
if [[ $MOCK_ORIGIN != https://* || ! -s $mock_pem ]]; then
  echo "interop: the mock does not serve https at $MOCK_ORIGIN with its certificate in $mock_pem" >&2
  exit 1
fi
export NODE_EXTRA_CA_CERTS="$mock_pem" SSL_CERT_FILE="$mock_pem"
echo "   mock listening at $MOCK_ORIGIN (log: interop/target/mock.log)"

failed=()
for part in "${parts[@]}"; do
  case $part in
    azure)
      echo "== interop A: @azure-rest/ai-translation-document against the mock's 2024-05-01 API"
      timeout 60 node azure-client.mjs || failed+=("A (Azure JS client)") ;;
    pact)
      echo "== interop B: Pact Foundation verifier (pact-js + Rust core) over $(realpath --relative-to="$root" "$pacts")"
      timeout 240 node pact-verify.mjs "$pacts" || failed+=("B (pact-js verifier)") ;;
  esac
done

# The checks must be able to fail: the same scripts with a key the mock does not hold must exit
# non-zero with the closing line below, and show the mock's 401 where a 200 was expected. A fails
# every case that uses the key (the wrong-key case needs it to see the operation untouched) and
# passes the bearer-token one, B fails its first pact. Their output stays out of the log (its closing lines count failures on purpose) unless the
# self-test itself goes wrong.
if [[ ${#failed[@]} -eq 0 && -z ${INTEROP_SKIP_SELFTEST:-} ]]; then
  echo "== interop self-test: with a key the mock does not hold, the same checks must fail"
  wrong_key=$(random_hex)
  for part in "${parts[@]}"; do
    out="$work/selftest-$part.out"
    rc=0
    case $part in
      azure)
        DOCUMENT_TRANSLATION_KEY=$wrong_key timeout 60 node azure-client.mjs >"$out" 2>&1 || rc=$?
        closing="azure-js: 1 passed, 7 failed"
        evidence="^FAIL status of a Running operation: .*'401' !== '200'" ;;
      pact)
        # One pact is enough to show it; each costs a few seconds.
        first=$(find "$pacts" -name '*.json' | sort | head -n 1)
        DOCUMENT_TRANSLATION_KEY=$wrong_key timeout 120 node pact-verify.mjs "$first" >"$out" 2>&1 || rc=$?
        closing="pact-js: 0 passed, 1 failed"
        evidence="^  FAIL .*expected 200 but was 401" ;;
    esac
    if [[ $rc -ne 0 ]] && grep -qx "$closing" "$out" && grep -qE "$evidence" "$out"; then
      echo "   $part: failed as it must ($closing; $(grep -c '^ *FAIL ' "$out") failing calls, the mock's 401 shown)"
    else
      echo "   $part: the wrong key did not fail the checks as expected (exit $rc; wanted '$closing' and a 401 where a 200 was expected); its output:"
      sed 's/^/  | /' "$out"
      failed+=("self-test of $part")
    fi
  done
fi

if [[ ${#failed[@]} -gt 0 ]]; then
  echo "interop: FAILED: ${failed[*]}; the mock's request log follows" >&2
  sed 's/^/  | /' "$mock_log" >&2
  exit 1
fi
echo "== interop: passed (${parts[*]})"
