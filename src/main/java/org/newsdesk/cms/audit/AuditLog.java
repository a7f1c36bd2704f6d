package org.newsdesk.cms.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.newsdesk.cms.common.AppClock;
import org.newsdesk.cms.common.Cursor;
import org.newsdesk.cms.common.Ids;
import org.newsdesk.cms.common.PageInfo;

import io.quarkus.logging.Log;

/** Reading the trail, newest first by keyset, and pruning what is older than the retention. */
@ApplicationScoped
public class AuditLog {

    private static final String LIST = "AUDIT";

    private final AuditConfig config;
    private final AppClock clock;

    AuditLog(AuditConfig config, AppClock clock) {
        this.config = config;
        this.clock = clock;
    }

    @Transactional
    public AuditConnection page(AuditFilter filter, String after, int first) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (filter != null && filter.user != null) {
            conditions.add("e.user = :user");
            parameters.put("user", filter.user);
        }
        if (filter != null && filter.articleId != null) {
            conditions.add("e.articleId = :articleId");
            parameters.put("articleId", Ids.require(filter.articleId, "article"));
        }
        if (filter != null && filter.from != null) {
            conditions.add("e.at >= :from");
            parameters.put("from", filter.from.toInstant());
        }
        if (filter != null && filter.to != null) {
            conditions.add("e.at < :to");
            parameters.put("to", filter.to.toInstant());
        }
        if (after != null) {
            Cursor cursor = Cursor.decode(after, LIST);
            conditions.add("(e.at < :at or (e.at = :at and e.id < :id))");
            parameters.put("at", Instant.parse(cursor.key()));
            parameters.put("id", cursor.id());
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        List<AuditEntry> rows = first == 0 ? List.of()
                : AuditEntry.<AuditEntry>find("from AuditEntry e" + where + " order by e.at desc, e.id desc",
                        parameters).page(0, first + 1).list();
        boolean hasNext = rows.size() > first;
        List<AuditEntry> page = hasNext ? rows.subList(0, first) : rows;
        AuditEntry last = page.isEmpty() ? null : page.get(page.size() - 1);
        return new AuditConnection(page.stream().map(AuditEntryView::of).toList(),
                new PageInfo(hasNext, last == null ? null : new Cursor(LIST, last.at.toString(), last.id).encode()));
    }

    /** Deletes the records older than {@code cms.audit.retention}; how many went. */
    @Transactional
    public long prune() {
        long deleted = AuditEntry.delete("at < ?1", clock.now().minus(config.retention()));
        if (deleted > 0) {
            Log.infof("Audit trail: %d records older than %s pruned", deleted, config.retention());
        }
        return deleted;
    }
}
