#!/usr/bin/env bash
# The benchmark, in one command:   bash bench/run.sh [ARTICLES=10000]
#
# Generates ARTICLES synthetic documents, imports them with the command-line
# import into a fresh embedded H2 database (import throughput), starts the
# packaged application on 127.0.0.1 over that database, and loads it with wrk
# (16 connections, 1 thread, bounded duration) for each query and for the
# /q/health/live ceiling. Prints a table and writes bench/out/results.md.
# Needs wrk (Debian's package; installed here when missing and run as root).
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v wrk > /dev/null; then
  echo "installing Debian's wrk" >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk > /dev/null
fi
if [ ! -f target/quarkus-app/quarkus-run.jar ] || [ "${BENCH_REBUILD:-0}" = 1 ]; then
  ./mvnw -B -q package -DskipTests
fi
exec python3 bench/harness.py "$@"
