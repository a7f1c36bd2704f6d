#!/usr/bin/env bash
# The production build as production starts it: `./mvnw package -Dquarkus.profile=pg`,
# run with only QUARKUS_DATASOURCE_* in the environment against the cluster that
# scripts/postgres.sh started. Checks that it imports and serves the seed article,
# finds it by full-text search (PostgreSQL's own in this build), and that
# readiness fails while the database is down and recovers by itself.
# Sourced by scripts/test-postgres.sh (needs pg_start to have run).
set -euo pipefail

smoke_fail() { echo "SMOKE FAILED: $*" >&2; [ -f "${SMOKE_LOG:-}" ] && tail -20 "$SMOKE_LOG" >&2; exit 1; }

smoke_wait_for() { # URL STATUS SECONDS
  local deadline=$((SECONDS + $3)) status
  while [ $SECONDS -lt $deadline ]; do
    status=$(curl -s -o /dev/null -w '%{http_code}' "$1" || true)
    [ "$status" = "$2" ] && return 0
    sleep 0.5
  done
  return 1
}

smoke_pg_build() {
  ./mvnw -B -q package -DskipTests -Dquarkus.profile=pg
  pg_create_database cms_smoke
  local port; port=$(pg_free_port)
  SMOKE_LOG=$(mktemp /tmp/cms-smoke.XXXXXX.log)
  QUARKUS_DATASOURCE_JDBC_URL="$PG_URL_BASE/cms_smoke" \
  QUARKUS_DATASOURCE_USERNAME="$PG_APP_USER" QUARKUS_DATASOURCE_PASSWORD="$PG_APP_PASSWORD" \
  CMS_IMPORT_ON_START=true CMS_IMPORT_DIR=seeds QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT="$port" \
    java -jar target/quarkus-app/quarkus-run.jar > "$SMOKE_LOG" 2>&1 &
  SMOKE_PID=$!
  trap 'kill $SMOKE_PID 2>/dev/null || true; pg_stop' EXIT
  local base="http://127.0.0.1:$port"
  smoke_wait_for "$base/q/health/ready" 200 90 || smoke_fail "the pg build did not become ready"
  grep -q '"Profiles pg,prod activated' "$SMOKE_LOG" || smoke_fail "the pg build did not run with the pg profile"
  head -1 "$SMOKE_LOG" | grep -q '^{"timestamp":' || smoke_fail "production logs are not JSON lines"

  local answer
  answer=$(curl -s "$base/graphql" -H 'Content-Type: application/json' -d \
    '{"query":"{ article(slug: \"putin-and-xi-tout-deepening-ties-ahead-of-beijing-military-parade\") { title authors { name kind } source { name } } }"}')
  echo "$answer" | grep -q '"title":"Putin and Xi Tout Deepening Ties Ahead of Beijing Military Parade"' \
    || smoke_fail "seed article not served: $answer"
  echo "$answer" | grep -q '"kind":"AGENCY"' || smoke_fail "seed author wrong: $answer"
  echo "$answer" | grep -q '"name":"The Moscow Times"' || smoke_fail "seed source wrong: $answer"
  echo "pg build: serves the seed article from PostgreSQL"

  answer=$(curl -s "$base/graphql" -H 'Content-Type: application/json' -d \
    '{"query":"{ searchArticles(query: \"military parade\", first: 3) { totalCount edges { snippet node { slug } } } }"}')
  echo "$answer" | grep -q '"slug":"putin-and-xi-tout-deepening-ties-ahead-of-beijing-military-parade"' \
    || smoke_fail "seed article not found by full-text search: $answer"
  echo "$answer" | grep -q 'mark>parade' || smoke_fail "no highlighted snippet: $answer"
  echo "pg build: finds the seed article by full-text search, with a snippet"

  pg_server_crash
  smoke_wait_for "$base/q/health/ready" 503 60 || smoke_fail "still ready with the database down"
  smoke_wait_for "$base/q/health/live" 200 5 || smoke_fail "not live with the database down"
  echo "pg build: not ready while the database is down, still live"
  pg_server_start
  smoke_wait_for "$base/q/health/ready" 200 60 || smoke_fail "did not recover when the database came back"
  answer=$(curl -s "$base/graphql" -H 'Content-Type: application/json' -d '{"query":"{ sources { name } }"}')
  echo "$answer" | grep -q 'The Moscow Times' || smoke_fail "no answer after recovery: $answer"
  echo "pg build: ready again by itself once the database is back"

  kill "$SMOKE_PID"
  wait "$SMOKE_PID" || true
  trap pg_stop EXIT
}
