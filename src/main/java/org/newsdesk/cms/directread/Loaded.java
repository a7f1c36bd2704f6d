package org.newsdesk.cms.directread;

import java.util.List;
import java.util.Map;

import org.newsdesk.cms.article.ArticleView;
import org.newsdesk.cms.author.AuthorView;
import org.newsdesk.cms.related.RelatedLinkView;

/**
 * What was read for a batch of articles besides their own columns: their authors,
 * their related links, the linked articles when they were not read with the links,
 * and what was read for those ({@link ArticleLoader}).
 */
record Loaded(Map<Long, List<AuthorView>> authors, Map<Long, List<RelatedLinkView>> related,
        Map<Long, ArticleView> targets, Loaded ofTargets) {

    static final Loaded NOTHING = new Loaded(Map.of(), Map.of(), Map.of(), null);

    List<AuthorView> authorsOf(ArticleView article) {
        return authors.getOrDefault(article.getId(), List.of());
    }

    List<RelatedLinkView> relatedOf(ArticleView article) {
        return related.getOrDefault(article.getId(), List.of());
    }

    /** The article a link points at; null while unresolved or when readers may not see it. */
    ArticleView target(RelatedLinkView link) {
        if (link.targetRead()) {
            return link.target();
        }
        return link.targetId() == null ? null : targets.get(link.targetId());
    }
}
