package org.newsdesk.cms.readcache;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.newsdesk.cms.common.ChangeNotices;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * On PostgreSQL, listens for the changes other replicas commit ({@code LISTEN} on
 * {@link ChangeNotices#CHANNEL}) and makes every remembered answer stale at once: a
 * reader of this replica sees another's edit within the listener's poll (100 ms)
 * instead of after {@code cms.read-cache.ttl}, which stays as a safety net (for a
 * notice lost while the connection was down). Every notice is passed on as a
 * {@link ChangeNotices.Heard} event (live subscribers hear other replicas' changes
 * through it). One connection of its own, re-opened after a database outage.
 */
@ApplicationScoped
class ReplicaChanges {

    private static final Duration POLL = Duration.ofMillis(100);
    private static final Duration RETRY = Duration.ofSeconds(1);

    private final DataSource dataSource;
    private final DatabaseWrites writes;
    private final boolean postgres;
    private final Event<ChangeNotices.Heard> heard;
    private volatile boolean stopping;
    private Thread listener;

    ReplicaChanges(DataSource dataSource, DatabaseWrites writes,
            @ConfigProperty(name = "quarkus.datasource.db-kind") String databaseKind, Event<ChangeNotices.Heard> heard) {
        this.heard = heard;
        this.dataSource = dataSource;
        this.writes = writes;
        this.postgres = databaseKind.startsWith("postgres");
    }

    void start(@Observes StartupEvent started) {
        if (!postgres) {
            return; // one embedded database has one process: nothing to hear
        }
        listener = new Thread(this::listen, "replica-changes");
        listener.setDaemon(true);
        listener.start();
    }

    void stop(@Observes ShutdownEvent shutdown) {
        stopping = true;
        if (listener != null) {
            listener.interrupt();
            // Let it close its connection before the pool does (within one poll): otherwise every
            // shutdown, and every command-line import, ends with the pool's warning about it.
            try {
                listener.join(POLL.multipliedBy(5).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void listen() {
        while (!stopping) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + ChangeNotices.CHANNEL);
                }
                writes.noteChangeElsewhere(); // whatever happened while not listening
                PGConnection notices = connection.unwrap(PGConnection.class);
                while (!stopping) {
                    PGNotification[] received = notices.getNotifications((int) POLL.toMillis());
                    if (received != null && received.length > 0) {
                        writes.noteChangeElsewhere();
                        for (PGNotification notice : received) {
                            passOn(notice.getParameter());
                        }
                    }
                }
            } catch (SQLException e) {
                if (!stopping) {
                    Log.warnf("Not hearing other replicas' changes (%s); listening again in %s", e.getMessage(), RETRY);
                    pause();
                }
            }
        }
    }

    private void passOn(String payload) {
        try {
            heard.fire(new ChangeNotices.Heard(payload));
        } catch (RuntimeException e) {
            Log.warnf(e, "A change notice could not be passed on: %s", payload);
        }
    }

    private void pause() {
        try {
            Thread.sleep(RETRY.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopping = true;
        }
    }
}
