package org.newsdesk.cms.directread;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;

import org.newsdesk.cms.access.Viewer;
import org.newsdesk.cms.article.ArticleReads.Fetch;
import org.newsdesk.cms.article.ArticleService;
import org.newsdesk.cms.article.ArticleView;
import org.newsdesk.cms.author.AuthorView;
import org.newsdesk.cms.related.RelatedLinkReads;
import org.newsdesk.cms.related.RelatedLinkView;

/**
 * Reads what a plan shows with a batch of articles, with the calls the engine's
 * resolvers make for an anonymous reader ({@code ArticleGraphQL.authors},
 * {@code RelatedGraphQL.related} and {@code .article}): authors read with the
 * articles when shown, related links with their targets in the same statement
 * unless the targets show their authors.
 */
@ApplicationScoped
class ArticleLoader {

    private final ArticleService articles;
    private final RelatedLinkReads links;

    ArticleLoader(ArticleService articles, RelatedLinkReads links) {
        this.articles = articles;
        this.links = links;
    }

    /**
     * What to read with articles that {@code shown} selections show (each selects an
     * article's fields), as {@code Selection.forArticles} decides it for the engine.
     */
    static Fetch fetchFor(List<Selected> shown) {
        boolean authors = false;
        boolean details = false;
        for (Selected article : shown) {
            authors |= article.selects("authors");
            details |= article.selects("excerpt") || article.selects("wordCount") || article.selects("canonicalUrl");
        }
        return new Fetch(false, authors, details);
    }

    /** What to read besides {@code views} for the selections that show them. */
    Loaded load(List<ArticleView> views, List<Selected> shown) {
        Map<Long, List<AuthorView>> authors = fetchFor(shown).authors()
                ? articles.authorsOf(views)
                : Map.of();
        List<Selected> related = children(shown, "related");
        if (related.isEmpty()) {
            return new Loaded(authors, Map.of(), Map.of(), Loaded.NOTHING);
        }
        List<Selected> targetsShown = children(related, "article");
        Fetch targetFetch = fetchFor(targetsShown);
        boolean withTargets = !targetsShown.isEmpty() && !targetFetch.authors();
        Map<Long, List<RelatedLinkView>> byArticle = links.viewsOf(views.stream().map(ArticleView::getId).toList(),
                withTargets, targetFetch.details(), true);
        List<RelatedLinkView> all = byArticle.values().stream().flatMap(List::stream).toList();
        Map<Long, ArticleView> targets = Map.of();
        List<ArticleView> targetViews;
        if (targetsShown.isEmpty() || withTargets) {
            targetViews = all.stream().map(RelatedLinkView::target).filter(Objects::nonNull).toList();
        } else {
            targets = articles.visibleById(all.stream().map(RelatedLinkView::targetId).filter(Objects::nonNull)
                    .distinct().toList(), Viewer.READER, targetFetch);
            targetViews = new ArrayList<>(targets.values());
        }
        return new Loaded(authors, byArticle, targets, load(targetViews, targetsShown));
    }

    /** The fields named {@code name} selected on any of {@code selections}. */
    private static List<Selected> children(List<Selected> selections, String name) {
        List<Selected> children = new ArrayList<>();
        selections.forEach(selection -> selection.fields().stream().filter(field -> field.name().equals(name))
                .forEach(children::add));
        return children;
    }
}
