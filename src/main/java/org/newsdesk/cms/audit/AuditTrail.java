package org.newsdesk.cms.audit;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.newsdesk.cms.common.AppClock;

import io.quarkus.narayana.jta.QuarkusTransaction;

/** Writes audit records: in the caller's transaction, or on their own for a change that did not happen. */
@ApplicationScoped
public class AuditTrail {

    private final AppClock clock;

    AuditTrail(AppClock clock) {
        this.clock = clock;
    }

    /** Records within the transaction of the change: both commit, or neither. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(AuditRecord record) {
        AuditEntry entry = new AuditEntry();
        entry.at = clock.now();
        entry.user = cut(record.user(), AuditEntry.MAX_USER_LENGTH);
        entry.role = record.role();
        entry.operation = record.operation();
        entry.targetIds = joined(record.targetIds());
        entry.articleId = ChangeApplied.firstArticle(record.targetIds()).orElse(null);
        entry.fields = joined(record.fields());
        entry.outcome = record.outcome();
        entry.clientAddress = record.clientAddress();
        entry.persist();
    }

    /** Records a call that changed nothing (refused, failed) or committed on its own (an import run). */
    public void recordAlone(AuditRecord record) {
        QuarkusTransaction.requiringNew().run(() -> record(record));
    }

    private static String joined(List<String> values) {
        return cut(String.join(" ", values), AuditEntry.MAX_LIST_LENGTH);
    }

    /** Bounded, with an ellipsis when cut: a record is never refused for its length. */
    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
