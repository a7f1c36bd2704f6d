#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for tests, from the installed Debian packages.
#
#   source scripts/postgres.sh && pg_start     # exports PG_PORT, PG_URL_BASE, PG_APP_USER, PG_APP_PASSWORD
#   pg_create_database NAME                    # a database owned by the application role
#   pg_server_crash / pg_server_start          # stops the server abruptly (-m immediate) / starts it again
#   pg_stop                                    # stops the cluster and deletes its folder
#
# The cluster listens on 127.0.0.1 only, on a free port, with a fresh random
# password for a least-privilege application role (no superuser, no createdb).

pg_bin_dir() {
  local dir
  for dir in /usr/lib/postgresql/15/bin /usr/lib/postgresql/*/bin; do
    if [ -x "$dir/initdb" ]; then echo "$dir"; return 0; fi
  done
  return 1
}

pg_install_if_missing() {
  pg_bin_dir > /dev/null && return 0
  echo "PostgreSQL 15 is not installed; installing Debian's postgresql-15" >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-15 > /dev/null
}

# Runs a PostgreSQL program as the postgres user when we are root (the server refuses root).
pg_as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

pg_free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

pg_random_secret() {
  od -An -N16 -tx1 /dev/urandom | tr -d ' \n'
}

# Starts the server of the cluster pg_start made (again, after pg_server_crash).
pg_server_start() {
  pg_as_owner "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $PG_DIR" start > /dev/null
}

# Stops the server the hard way: no checkpoint, clients cut off, WAL replay on the next start.
pg_server_crash() {
  pg_as_owner "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate -w stop > /dev/null
}

pg_start() {
  pg_install_if_missing
  PG_BIN=$(pg_bin_dir)
  PG_DIR=$(mktemp -d /tmp/cms-postgres.XXXXXX)
  chmod 755 "$PG_DIR"
  if [ "$(id -u)" = 0 ]; then chown postgres "$PG_DIR"; fi
  PG_PORT=$(pg_free_port)
  pg_as_owner "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres -E UTF8 --locale=C.UTF-8 \
    --auth-local=trust --auth-host=scram-sha-256 > "$PG_DIR/initdb.log"
  pg_server_start
  PG_APP_USER=cms
  PG_APP_PASSWORD=$(pg_random_secret)
  pg_psql -c "create role $PG_APP_USER login password '$PG_APP_PASSWORD' nosuperuser nocreatedb nocreaterole" > /dev/null
  PG_URL_BASE="jdbc:postgresql://127.0.0.1:$PG_PORT"
  export PG_BIN PG_DIR PG_PORT PG_APP_USER PG_APP_PASSWORD PG_URL_BASE
  echo "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PG_PORT ($PG_DIR)"
}

# psql as the superuser, over the cluster's private Unix socket.
pg_psql() {
  pg_as_owner "$PG_BIN/psql" -h "$PG_DIR" -p "$PG_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -q "$@"
}

pg_create_database() {
  pg_psql -c "create database $1 owner $PG_APP_USER" > /dev/null
}

pg_stop() {
  if [ -n "${PG_DIR:-}" ] && [ -d "$PG_DIR/data" ]; then
    pg_as_owner "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast -w stop > /dev/null || true
    rm -rf "$PG_DIR"
  fi
}
