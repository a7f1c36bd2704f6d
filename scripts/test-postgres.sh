#!/usr/bin/env bash
# Runs the whole test suite (./mvnw -B verify) against a real PostgreSQL 15:
# starts a throwaway cluster on 127.0.0.1, builds and tests with CMS_DB_KIND=postgresql,
# then smoke-tests the production build (-Dquarkus.profile=pg, scripts/smoke-pg-build.sh),
# and stops the cluster afterwards, whatever happened. Extra arguments go to Maven.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/postgres.sh
source scripts/smoke-pg-build.sh

trap pg_stop EXIT
pg_start
pg_create_database cms_test   # @QuarkusTest suites
pg_create_database cms_it     # the packaged application (*IT)

export CMS_DB_KIND=postgresql
export CMS_TEST_JDBC_URL="$PG_URL_BASE/cms_test"
export CMS_TEST_DB_USERNAME="$PG_APP_USER" CMS_TEST_DB_PASSWORD="$PG_APP_PASSWORD"
export CMS_IT_JDBC_URL="$PG_URL_BASE/cms_it"
export CMS_IT_DB_USERNAME="$PG_APP_USER" CMS_IT_DB_PASSWORD="$PG_APP_PASSWORD"

./mvnw -B verify "$@"

smoke_pg_build
