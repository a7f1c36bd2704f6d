package org.newsdesk.cms.common;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.agroal.api.AgroalPoolInterceptor;
import io.quarkus.logging.Log;

/**
 * Every pooled PostgreSQL connection plans a prepared statement once and keeps that
 * plan ({@code plan_cache_mode = force_generic_plan}), unless
 * {@code cms.postgres.generic-plans} is false.
 * <p>
 * By default PostgreSQL plans a prepared statement again on every execution whenever
 * its estimate for the given values is cheaper than the generic plan's. For the
 * statements that read one owner's articles (an author's page: the count, the page's
 * ids) the estimate for a named author is always a little cheaper than for "some
 * author", so the planning, 0.3 ms a statement, was paid on every request: it was half
 * of the database's time on the author page. The reads select by key and order along
 * an index; the few whose best plan could depend on the values (a status, a date
 * range, a search's words) measured the same. Measured (docs/benchmark.md, session
 * 14): the author page 1,250 -> 2,555 req/s, the other reads unchanged.
 * <p>
 * A session setting: behind a pooler that shares server connections between clients
 * (PgBouncer in transaction mode) set it on the role instead and switch this off.
 */
@ApplicationScoped
class PostgresGenericPlans implements AgroalPoolInterceptor {

    private final boolean enabled;

    PostgresGenericPlans(@ConfigProperty(name = "cms.postgres.generic-plans", defaultValue = "true") boolean enabled) {
        this.enabled = enabled;
    }

    @Override
    public void onConnectionCreate(Connection connection) {
        if (!enabled) {
            return;
        }
        try {
            if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
                return;
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("set plan_cache_mode = force_generic_plan");
            }
        } catch (SQLException e) {
            // A connection without the setting still works, only plans more: never refuse it.
            Log.warnf("Could not set plan_cache_mode on a new PostgreSQL connection: %s", e.getMessage());
        }
    }
}
