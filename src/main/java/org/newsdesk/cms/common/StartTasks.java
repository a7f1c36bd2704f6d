package org.newsdesk.cms.common;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;

/**
 * Work a start does once and never again, remembered by name in the database (table
 * {@code start_task_done}, V16), so that later starts ask one indexed question instead
 * of looking for work that can no longer appear.
 */
@ApplicationScoped
public class StartTasks {

    private final ReadQueries queries;
    private final EntityManager em;

    StartTasks(ReadQueries queries, EntityManager em) {
        this.queries = queries;
        this.em = em;
    }

    /** Whether some start, of this process or another, finished the task. */
    public boolean done(String name) {
        return !queries.list("select name from start_task_done where name = ?", List.of(name), row -> row.getString(1))
                .isEmpty();
    }

    /**
     * Records the task as finished unless it is already; a replica that records it at the
     * same moment is no error.
     */
    public void markDone(String name) {
        try {
            QuarkusTransaction.requiringNew().run(() -> em
                    .createNativeQuery("insert into start_task_done (name, done_at) select :name, current_timestamp"
                            + " where not exists (select 1 from start_task_done where name = :name)")
                    .setParameter("name", name)
                    .executeUpdate());
        } catch (PersistenceException | QuarkusTransactionException raced) {
            if (!done(name)) {
                throw raced;
            }
        }
    }
}
