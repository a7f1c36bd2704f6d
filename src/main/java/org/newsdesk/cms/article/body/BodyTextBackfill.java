package org.newsdesk.cms.article.body;

import java.util.List;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.newsdesk.cms.article.ArticleRepository;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

/**
 * Fills {@code body_text} of rows written before the column existed (migration V3),
 * on start and before the search index is built: only the application turns HTML
 * into text. A batch at a time, each in its own transaction; the update neither
 * bumps the version nor touches a row another replica filled first, so replicas
 * starting together do no harm.
 */
@ApplicationScoped
class BodyTextBackfill {

    private static final int BATCH = 200;

    private final ArticleRepository articles;

    BodyTextBackfill(ArticleRepository articles) {
        this.articles = articles;
    }

    /** Early (priority 100), so whatever reads body text on start finds it filled. */
    void onStart(@Observes @Priority(100) StartupEvent event) {
        long afterId = 0;
        int filled = 0;
        while (true) {
            long from = afterId;
            List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> fill(from));
            if (rows.isEmpty()) {
                break;
            }
            filled += rows.size();
            afterId = (Long) rows.get(rows.size() - 1)[0];
        }
        if (filled > 0) {
            Log.infof("Filled the plain-text body of %d articles", filled);
        }
    }

    private List<Object[]> fill(long afterId) {
        List<Object[]> rows = articles.bodiesWithoutText(afterId, BATCH);
        for (Object[] row : rows) {
            articles.fillBodyText((Long) row[0], BodyHtml.searchText((String) row[1]));
        }
        return rows;
    }
}
