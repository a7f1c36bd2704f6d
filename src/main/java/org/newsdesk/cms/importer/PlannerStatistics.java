package org.newsdesk.cms.importer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Keeps PostgreSQL's planner statistics in step with a growing import. A run into an
 * empty database makes its tables grow from nothing, and the statements it repeats per
 * batch (lookups by slug, canonical URL, title key) are planned once per connection for
 * the table as it was, a sequential scan when it was empty, which then grows with every
 * batch (35–160 ms per lookup at 10,000 articles). {@code ANALYZE} whenever the run has
 * doubled what it stored since the last one gives real statistics and drops those cached
 * plans; once more at the end, so readers right after a large import get good plans
 * instead of waiting for autovacuum. About log2(n) runs of a few tens of milliseconds.
 * On H2 nothing is done: it plans each statement against its current row counts.
 */
@ApplicationScoped
class PlannerStatistics {

    /** Below this many stored documents a run leaves statistics to autovacuum. */
    private static final int FIRST_REFRESH_AT = 2 * ImportJob.BATCH_SIZE;

    private final EntityManager em;
    private final boolean postgres;

    PlannerStatistics(EntityManager em, @ConfigProperty(name = "quarkus.datasource.db-kind") String databaseKind) {
        this.em = em;
        this.postgres = databaseKind.startsWith("postgres");
    }

    /** One run's refreshes: tell it how many documents the run has stored after each batch. */
    Run forRun() {
        return new Run();
    }

    final class Run {

        private int nextRefreshAt = FIRST_REFRESH_AT;
        private int stored;

        void stored(int documentsSoFar) {
            stored = documentsSoFar;
            if (documentsSoFar >= nextRefreshAt) {
                refresh();
                nextRefreshAt = documentsSoFar * 2;
            }
        }

        void finished() {
            if (stored >= FIRST_REFRESH_AT) {
                refresh();
            }
        }
    }

    private void refresh() {
        if (!postgres) {
            return;
        }
        try {
            // Every table of this database the application owns; others are skipped with a notice.
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("analyze").executeUpdate());
        } catch (RuntimeException e) {
            Log.warnf("Could not refresh the planner's statistics (%s); autovacuum will", e.getMessage());
        }
    }
}
