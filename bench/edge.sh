#!/usr/bin/env bash
# The edge benchmark, in one command:   bash bench/edge.sh [ARTICLES=10000]
#
# Article pages over all ARTICLES slugs (persisted-query GETs), first from the
# application itself with its answer cache off, then through a real Varnish running
# the shipped VCL while an editor corrects an article every second; each correction
# is checked through Varnish by version after its purge. Prints a table and writes
# bench/out/edge.md. Needs wrk, varnish and varnish-modules (Debian's packages;
# installed here when missing and run as root).
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v wrk > /dev/null || ! command -v varnishd > /dev/null \
    || ! ls /usr/lib/*/varnish/vmods/libvmod_xkey.so > /dev/null 2>&1; then
  echo "installing Debian's wrk, varnish and varnish-modules" >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk varnish varnish-modules > /dev/null
fi
if [ ! -f target/quarkus-app/quarkus-run.jar ] || [ "${BENCH_REBUILD:-0}" = 1 ]; then
  ./mvnw -B -q package -DskipTests
fi
exec python3 bench/edge.py "$@"
