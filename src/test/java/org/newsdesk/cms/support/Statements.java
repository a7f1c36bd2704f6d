package org.newsdesk.cms.support;

import org.hibernate.SessionFactory;
import org.newsdesk.cms.common.ReadQueries;

import io.quarkus.arc.Arc;

/**
 * SQL statements the application sends: Hibernate's (entities, writes, imports) and
 * {@link ReadQueries}' (the projections readers' queries read). Counted, never timed.
 */
public final class Statements {

    private Statements() {
    }

    /** Statements sent so far. */
    public static long count() {
        SessionFactory sessionFactory = Arc.container().instance(SessionFactory.class).get();
        ReadQueries reads = Arc.container().instance(ReadQueries.class).get();
        return sessionFactory.getStatistics().getPrepareStatementCount() + reads.statements();
    }

    /** Statements sent while {@code action} ran. */
    public static long during(Runnable action) {
        long before = count();
        action.run();
        return count() - before;
    }
}
