package org.newsdesk.cms.article.body;

import java.util.List;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.newsdesk.cms.article.ArticleReads;
import org.newsdesk.cms.article.ArticleRepository;
import org.newsdesk.cms.common.StartTasks;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

/**
 * Fills {@code body_text} of rows written before the column existed (migration V3),
 * on start and before the search index is built: only the application turns HTML
 * into text. A batch at a time, each in its own transaction; the update neither
 * bumps the version nor touches a row another replica filled first, so replicas
 * starting together do no harm. Once done it is recorded ({@link StartTasks}): every
 * write fills the column, so no such row can appear again, and looking for them read
 * every article with its body on every start.
 */
@ApplicationScoped
class BodyTextBackfill {

    static final String TASK = "body-text-filled";

    private static final int BATCH = 200;

    private final ArticleReads reads;
    private final ArticleRepository articles;
    private final StartTasks tasks;

    BodyTextBackfill(ArticleReads reads, ArticleRepository articles, StartTasks tasks) {
        this.reads = reads;
        this.articles = articles;
        this.tasks = tasks;
    }

    /**
     * Early (priority 100), so whatever reads body text on start finds it filled. The
     * look-ups run outside any transaction: every start after the first is one plain
     * statement.
     */
    void onStart(@Observes @Priority(100) StartupEvent event) {
        if (tasks.done(TASK)) {
            return;
        }
        long afterId = 0;
        int filled = 0;
        List<ArticleReads.Body> bodies;
        while (!(bodies = reads.bodiesWithoutText(afterId, BATCH)).isEmpty()) {
            List<ArticleReads.Body> batch = bodies;
            QuarkusTransaction.requiringNew().run(() -> fill(batch));
            filled += batch.size();
            afterId = batch.get(batch.size() - 1).id();
        }
        if (filled > 0) {
            Log.infof("Filled the plain-text body of %d articles", filled);
        }
        tasks.markDone(TASK);
    }

    private void fill(List<ArticleReads.Body> bodies) {
        for (ArticleReads.Body body : bodies) {
            articles.fillBodyText(body.id(), BodyHtml.searchText(body.html()));
        }
    }
}
