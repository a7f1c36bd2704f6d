package org.newsdesk.cms.article.schedule;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import org.newsdesk.cms.article.Article;
import org.newsdesk.cms.article.ArticleChange;
import org.newsdesk.cms.article.ArticleReads;
import org.newsdesk.cms.article.ArticleRepository;
import org.newsdesk.cms.article.revision.Revisions;
import org.newsdesk.cms.audit.ChangeApplied;

/**
 * Scheduled publication: which articles are due, and publishing one of them exactly
 * once however many replicas try at the same moment. Editors set the schedule
 * through {@code publish(at:)}; {@link ScheduledPublisher} runs this.
 */
@ApplicationScoped
public class PublicationSchedule {

    /** Who the scheduled publisher writes changes as. */
    public static final String SCHEDULER = "scheduler";

    private final ArticleReads reads;
    private final ArticleRepository articles;
    private final Revisions revisions;
    private final Event<ArticleChange> changes;
    private final Event<ChangeApplied> applied;

    PublicationSchedule(ArticleReads reads, ArticleRepository articles, Revisions revisions,
            Event<ArticleChange> changes, Event<ChangeApplied> applied) {
        this.reads = reads;
        this.articles = articles;
        this.revisions = revisions;
        this.changes = changes;
        this.applied = applied;
    }

    /**
     * Ids of articles whose scheduled publication time has come, oldest schedule first:
     * one read of committed rows, so no transaction (each publication takes its own).
     */
    public List<Long> dueForPublication(Instant now, int limit) {
        return reads.idsDueForPublication(now, limit);
    }

    /**
     * Publishes one article whose schedule is due. The conditional update is the
     * lock: when several replicas try at once, exactly one changes the row and
     * records the revision; the others update nothing.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean publishIfDue(long id, Instant now) {
        if (articles.publishScheduled(id, now, SCHEDULER) == 0) {
            return false;
        }
        Article published = articles.findById(id);
        revisions.record(published, SCHEDULER);
        changes.fire(ArticleChange.of(published));
        applied.fire(new ChangeApplied("scheduledPublication", List.of("article:" + id), SCHEDULER));
        return true;
    }
}
