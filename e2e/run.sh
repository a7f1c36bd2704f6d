#!/usr/bin/env bash
# End-to-end test of the GraphiQL playground in Debian's Chromium.
#
# Starts the packaged application (target/quarkus-app/quarkus-run.jar, or
# $CMS_APP_JAR) on 127.0.0.1 and a free port with an in-memory H2 database and
# the seeds imported on start, waits until it is ready, runs
# e2e/playground.test.mjs with node's test runner and always stops the app.
# Exit status is the test's status. Screenshot: e2e/out/playground.png.
#
# Usage: e2e/run.sh            (after ./mvnw package)
#        CMS_APP_JAR=/path/to/quarkus-run.jar e2e/run.sh
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

APP_JAR="${CMS_APP_JAR:-target/quarkus-app/quarkus-run.jar}"
READY_TIMEOUT="${CMS_READY_TIMEOUT:-90}"
OUT_DIR="e2e/out"
APP_LOG="$OUT_DIR/app.log"

log() { echo "[e2e] $*" >&2; }

# --- prerequisites ---------------------------------------------------------
if [[ ! -x /usr/bin/chromium ]]; then
  log "installing Debian's chromium"
  SUDO=""
  [[ "$(id -u)" -ne 0 ]] && SUDO="sudo"
  $SUDO apt-get update
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends chromium
fi

if [[ ! -d e2e/node_modules ]]; then
  log "npm ci in e2e/"
  (cd e2e && npm ci --no-audit --no-fund)
fi

if [[ ! -f "$APP_JAR" ]]; then
  log "application jar not found: $APP_JAR (run ./mvnw package, or set CMS_APP_JAR)"
  exit 2
fi

mkdir -p "$OUT_DIR"

# --- start the application -------------------------------------------------
PORT="$(node -e '
  const s = require("net").createServer();
  s.listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); });
')"
BASE_URL="http://127.0.0.1:${PORT}"

APP_PID=""
stop_app() {
  if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
    log "stopping application (pid $APP_PID)"
    kill "$APP_PID" 2>/dev/null || true
    for _ in $(seq 1 20); do
      kill -0 "$APP_PID" 2>/dev/null || break
      sleep 0.5
    done
    if kill -0 "$APP_PID" 2>/dev/null; then
      log "application did not stop in 10 s, killing pid $APP_PID"
      kill -9 "$APP_PID" 2>/dev/null || true
    fi
    wait "$APP_PID" 2>/dev/null || true
  fi
}
trap stop_app EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

log "starting $APP_JAR on $BASE_URL (log: $APP_LOG)"
java \
  -Dquarkus.http.host=127.0.0.1 \
  -Dquarkus.http.port="$PORT" \
  '-Dquarkus.datasource.jdbc.url=jdbc:h2:mem:e2e;DB_CLOSE_DELAY=-1' \
  -Dcms.import.dir="$ROOT/seeds" \
  -Dcms.import.on-start=true \
  -jar "$APP_JAR" >"$APP_LOG" 2>&1 &
APP_PID=$!

# --- wait for readiness (bounded) ------------------------------------------
deadline=$((SECONDS + READY_TIMEOUT))
until curl -fsS --max-time 2 -o /dev/null "$BASE_URL/q/health/ready" 2>/dev/null; do
  if ! kill -0 "$APP_PID" 2>/dev/null; then
    log "application exited before becoming ready; last log lines:"
    tail -n 40 "$APP_LOG" >&2 || true
    exit 1
  fi
  if (( SECONDS >= deadline )); then
    log "application not ready after ${READY_TIMEOUT}s; last log lines:"
    tail -n 40 "$APP_LOG" >&2 || true
    exit 1
  fi
  sleep 1
done
log "application ready"

# --- run the browser test --------------------------------------------------
status=0
CMS_BASE_URL="$BASE_URL" node --test --test-reporter=spec e2e/playground.test.mjs || status=$?
if (( status == 0 )); then
  log "PASS; screenshot: $OUT_DIR/playground.png"
else
  log "FAIL (status $status); see $OUT_DIR/ (failure screenshot, app.log)"
fi
exit "$status"
