package org.newsdesk.cms.readcache;

import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.hibernate.resource.jdbc.spi.StatementInspector;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;

/**
 * Counts changes to the database made by this process: every SQL statement that
 * writes, whatever code path sent it (entities, bulk updates, native SQL), moves
 * the generation on, and so does the end of its transaction; a write to the
 * process's own bookkeeping alone does not. An answer computed under one
 * generation is only reused while the generation stands.
 */
@ApplicationScoped
public class DatabaseWrites {

    /**
     * The process's own records, which no anonymous answer reads: the audit trail (every
     * refused anonymous mutation adds to it), registered persisted documents (anyone may
     * register one) and webhook deliveries (claimed every second). Writing them must not
     * make every cached answer stale, or anyone could keep the cache cold.
     */
    private static final Set<String> BOOKKEEPING = Set.of("audit_entry", "persisted_query", "delivery");

    private static final Pattern TARGET = Pattern.compile(
            "^\\s*(?:insert\\s+into|update|delete\\s+from|merge\\s+into)\\s+(\\w+)\\b", Pattern.CASE_INSENSITIVE);

    private final AtomicLong generation = new AtomicLong();

    @Inject
    TransactionSynchronizationRegistry transactions;

    public long generation() {
        return generation.get();
    }

    /** Sees every statement Hibernate sends, and tells {@link DatabaseWrites} about writes. */
    @PersistenceUnitExtension
    @ApplicationScoped
    static class Inspector implements StatementInspector {

        @Inject
        DatabaseWrites writes;

        @Override
        public String inspect(String sql) {
            if (writes(sql)) {
                writes.noteWrite();
            }
            return sql;
        }
    }

    /** Another replica committed a change: answers computed before it are stale. */
    void noteChangeElsewhere() {
        generation.incrementAndGet();
    }

    void noteWrite() {
        generation.incrementAndGet();
        moveOnAgainAtTheEndOfTheTransaction();
    }

    /** Readers that ran during the transaction saw the data before it; its commit makes them stale. */
    private void moveOnAgainAtTheEndOfTheTransaction() {
        if (transactions.getTransactionKey() == null || transactions.getResource(this) != null) {
            return;
        }
        transactions.putResource(this, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                generation.incrementAndGet();
            }
        });
    }

    static boolean writes(String sql) {
        String start = sql.stripLeading();
        start = start.substring(0, Math.min(6, start.length())).toLowerCase(Locale.ROOT);
        boolean writes = start.equals("insert") || start.equals("update") || start.equals("delete")
                || start.startsWith("merge");
        return writes && !writesOnlyBookkeeping(sql);
    }

    private static boolean writesOnlyBookkeeping(String sql) {
        Matcher target = TARGET.matcher(sql);
        return target.find() && BOOKKEEPING.contains(target.group(1).toLowerCase(Locale.ROOT));
    }
}
