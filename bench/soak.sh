#!/usr/bin/env bash
# Bounded soak of mixed reads and editor writes, then an audit of every acknowledged
# write:   bash bench/soak.sh [SECONDS=300]      (see bench/soak.py; at most 1800 s)
# Exits non-zero on any request error or any acknowledged write found missing.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f target/quarkus-app/quarkus-run.jar ] || [ "${BENCH_REBUILD:-0}" = 1 ]; then
  ./mvnw -B -q package -DskipTests
fi
exec python3 bench/soak.py "$@"
