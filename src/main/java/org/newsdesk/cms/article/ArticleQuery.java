package org.newsdesk.cms.article;

import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

import org.newsdesk.cms.access.Viewer;
import org.newsdesk.cms.section.SectionTree;

/**
 * One article list as asked for: who is asking, what to keep and how to sort.
 * Pages and counts of the same list come from the same query. A section filter is the
 * section's whole subtree, resolved from the section tree beforehand ({@code sectionIds};
 * empty when no section matched): the database then looks up a list of ids rather than
 * walking the tree in every statement.
 */
public record ArticleQuery(
        Viewer viewer,
        ArticleStatus status,
        String authorSlug,
        String sourceSlug,
        Long authorId,
        Long sourceId,
        String tagSlug,
        List<Long> sectionIds,
        Long tagId,
        Instant publishedAfter,
        Instant publishedBefore,
        ArticleOrder order) {

    /** The list a filter asks for; {@code sectionIds} the subtree of its section, null without one. */
    public static ArticleQuery of(Viewer viewer, ArticleFilter filter, ArticleOrder order, List<Long> sectionIds) {
        ArticleFilter f = filter == null ? new ArticleFilter() : filter;
        return new ArticleQuery(viewer, f.status, f.authorSlug, f.sourceSlug, null, null, f.tag,
                sectionIds == null ? null : List.copyOf(sectionIds), null,
                f.publishedAfter == null ? null : f.publishedAfter.toInstant(),
                f.publishedBefore == null ? null : f.publishedBefore.toInstant(),
                order == null ? ArticleOrder.PUBLISHED_AT_DESC : order);
    }

    /**
     * The list a filter asks for, its section (when it names one) resolved in the section
     * tree: that section with those under it, none for an unknown slug.
     */
    public static ArticleQuery filtered(Viewer viewer, ArticleFilter filter, ArticleOrder order,
            Supplier<SectionTree> sections) {
        if (filter == null || filter.section == null) {
            return of(viewer, filter, order, null);
        }
        SectionTree tree = sections.get();
        return of(viewer, filter, order,
                tree.bySlug(filter.section).map(section -> tree.withDescendants(section.getId())).orElse(List.of()));
    }

    /** An author's articles, newest first. */
    public static ArticleQuery byAuthor(Viewer viewer, long authorId) {
        return new ArticleQuery(viewer, null, null, null, authorId, null, null, null, null, null, null,
                ArticleOrder.PUBLISHED_AT_DESC);
    }

    /** A source's articles, newest first. */
    public static ArticleQuery bySource(Viewer viewer, long sourceId) {
        return new ArticleQuery(viewer, null, null, null, null, sourceId, null, null, null, null, null,
                ArticleOrder.PUBLISHED_AT_DESC);
    }

    /** The articles of these sections (a section with those under it), newest first. */
    public static ArticleQuery inSections(Viewer viewer, List<Long> sectionIds) {
        return new ArticleQuery(viewer, null, null, null, null, null, null, List.copyOf(sectionIds), null, null, null,
                ArticleOrder.PUBLISHED_AT_DESC);
    }

    /** A tag's articles, newest first. */
    public static ArticleQuery byTag(Viewer viewer, long tagId) {
        return new ArticleQuery(viewer, null, null, null, null, null, null, null, tagId, null, null,
                ArticleOrder.PUBLISHED_AT_DESC);
    }

    /** The articles published at or after {@code from} and before {@code until}, newest first. */
    public static ArticleQuery publishedBetween(Viewer viewer, Instant from, Instant until) {
        return new ArticleQuery(viewer, null, null, null, null, null, null, null, null, from, until,
                ArticleOrder.PUBLISHED_AT_DESC);
    }
}
