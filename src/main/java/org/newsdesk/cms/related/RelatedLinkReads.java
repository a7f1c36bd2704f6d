package org.newsdesk.cms.related;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.newsdesk.cms.article.ArticleReads;
import org.newsdesk.cms.article.ArticleStatus;
import org.newsdesk.cms.article.ArticleView;
import org.newsdesk.cms.common.ReadKeys;
import org.newsdesk.cms.common.ReadQueries;

/**
 * What readers' queries read of links, as projections: an article's links with the
 * articles they point at in the same statement when the query shows those, and the
 * articles that link to an article.
 */
@ApplicationScoped
public class RelatedLinkReads {

    private static final int LINK_COLUMNS = 5;

    private final ReadQueries queries;

    RelatedLinkReads(ReadQueries queries) {
        this.queries = queries;
    }

    /**
     * The links of the given articles, each article's in body order, by article id.
     * With {@code withTargets}, each link carries the article it points at (null when
     * unresolved or not visible: readers see published articles only), read with the
     * details ({@link ArticleReads.Fetch#details}) when {@code targetDetails}.
     */
    public Map<Long, List<RelatedLinkView>> viewsOf(Collection<Long> articleIds, boolean withTargets,
            boolean targetDetails, boolean publishedTargetsOnly) {
        Map<Long, List<RelatedLinkView>> byArticle = new HashMap<>();
        if (articleIds.isEmpty()) {
            return byArticle;
        }
        StringBuilder sql = new StringBuilder("select l.article_id, l.title, l.url, l.paragraph, l.target_id");
        if (withTargets) {
            sql.append(", ").append(ArticleReads.viewColumns("t", "ts", targetDetails));
        }
        sql.append(" from related_link l");
        if (withTargets) {
            sql.append(" left join article t on t.id = l.target_id");
            if (publishedTargetsOnly) {
                sql.append(" and t.status = '").append(ArticleStatus.PUBLISHED.name()).append("'");
            }
            sql.append(" left join news_source ts on ts.id = t.source_id");
        }
        sql.append(" where l.article_id = any(?) order by l.article_id, l.position");
        queries.list(sql.toString(), List.of((Object) articleIds.toArray(Long[]::new)), row -> {
            RelatedLinkView link = new RelatedLinkView(row.getString(2), row.getString(3), row.getInt(4),
                    row.getLong(5));
            if (row.getLong(5) != null) { // the target, visible or not: publishing it changes the link
                ReadKeys.note("article:" + row.getLong(5));
            }
            if (withTargets) {
                ArticleView target = ArticleReads.readView(row, LINK_COLUMNS + 1);
                link = link.withTarget(target);
            }
            byArticle.computeIfAbsent(row.getLong(1), id -> new ArrayList<>()).add(link);
            return null;
        });
        return byArticle;
    }

    /**
     * The articles linking to each of the given articles (backlinks), by target id, in
     * order of the linking article's id; an article linking twice counts once.
     */
    public Map<Long, List<Long>> linkingArticles(Collection<Long> targetIds) {
        Map<Long, List<Long>> byTarget = new HashMap<>();
        if (!targetIds.isEmpty()) {
            queries.list("select distinct l.target_id, l.article_id from related_link l where l.target_id = any(?)"
                    + " order by l.target_id, l.article_id", List.of((Object) targetIds.toArray(Long[]::new)), row -> {
                        byTarget.computeIfAbsent(row.getLong(1), id -> new ArrayList<>()).add(row.getLong(2));
                        return null;
                    });
        }
        return byTarget;
    }
}
