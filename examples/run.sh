#!/usr/bin/env bash
# Builds and runs each example project against the staged publication, by the coordinates a user
# would write, so a missing artifact, a wrong coordinate or a dependency that only the reactor
# supplied fails here. Stage first: ./mvnw -B -P release deploy -DskipTests
# Usage: bash examples/run.sh [EXAMPLE...]   (default: all three)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
staging="$root/target/staging-repository"
if [[ ! -d $staging ]]; then
  echo "examples: no staged publication at $staging; stage first: ./mvnw -B -P release deploy -DskipTests" >&2
  exit 1
fi
# A local repository of the examples' own, emptied each run: nothing of ours can come from ~/.m2.
repo="$root/target/examples-repository"
rm -rf "$repo"
examples=("$@")
[[ ${#examples[@]} -gt 0 ]] || examples=(client-quickstart verify-my-provider pact-consumer)
for example in "${examples[@]}"; do
  echo "== example: $example"
  ./mvnw -B -q -s examples/settings.xml -Dmaven.repo.local="$repo" \
    -Dstaging.url="file://$staging" -Dcache.url="file://${MAVEN_LOCAL_REPOSITORY:-$HOME/.m2/repository}" \
    -f "examples/$example/pom.xml" verify
  echo "   $example: passed"
done
echo "== examples: ${#examples[@]} passed against the staged publication"
