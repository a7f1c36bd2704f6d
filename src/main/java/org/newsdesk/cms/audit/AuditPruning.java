package org.newsdesk.cms.audit;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.scheduler.Scheduled;

/** Keeps the trail to its retention ({@code cms.audit.retention}), checked every hour by default. */
@ApplicationScoped
class AuditPruning {

    private final AuditLog log;

    AuditPruning(AuditLog log) {
        this.log = log;
    }

    @Scheduled(every = "${cms.audit.prune-every:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void prune() {
        log.prune();
    }
}
