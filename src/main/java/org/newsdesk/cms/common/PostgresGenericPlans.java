package org.newsdesk.cms.common;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import jakarta.enterprise.context.ApplicationScoped;

import io.agroal.api.AgroalPoolInterceptor;

/**
 * Every pooled PostgreSQL connection plans a prepared statement once and keeps that
 * plan ({@code plan_cache_mode = force_generic_plan}).
 * <p>
 * By default PostgreSQL plans a prepared statement again on every execution whenever
 * its estimate for the given values is cheaper than the generic plan's. For the
 * statements that read one owner's articles (an author's page: the count, the page's
 * ids) the estimate for a named author is always a little cheaper than for "some
 * author", so the planning, 0.3 ms a statement, was paid on every request: it was half
 * of the database's time on the author page. Our statements select by key and order
 * along an index whatever the values; no plan here depends on them. Measured
 * (docs/benchmark.md, session 14): the author page 1,250 -> 2,555 req/s, the other
 * reads unchanged.
 */
@ApplicationScoped
class PostgresGenericPlans implements AgroalPoolInterceptor {

    @Override
    public void onConnectionCreate(Connection connection) {
        try {
            if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
                return;
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("set plan_cache_mode = force_generic_plan");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not set plan_cache_mode on a new PostgreSQL connection", e);
        }
    }
}
