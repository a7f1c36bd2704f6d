package org.newsdesk.cms.article;

import org.eclipse.microprofile.graphql.Description;

@Description("How an article list is sorted; ties are broken by id, so pages never overlap.")
public enum ArticleOrder {
    @Description("Newest publication first; unpublished drafts last.")
    PUBLISHED_AT_DESC("publishedAt", false, true),
    @Description("Oldest publication first; unpublished drafts last.")
    PUBLISHED_AT_ASC("publishedAt", true, true),
    @Description("By title, A to Z.")
    TITLE_ASC("title", true, false),
    @Description("Most recently changed first.")
    UPDATED_AT_DESC("updatedAt", false, false);

    /** The Article attribute sorted on. */
    final String attribute;
    final boolean ascending;
    /** Whether the attribute may be null (those rows sort last). */
    final boolean nullable;

    ArticleOrder(String attribute, boolean ascending, boolean nullable) {
        this.attribute = attribute;
        this.ascending = ascending;
        this.nullable = nullable;
    }

    /** The sort key of {@code article} under this order, as cursor text. */
    String keyOf(Article article) {
        return switch (this) {
            case PUBLISHED_AT_DESC, PUBLISHED_AT_ASC -> article.publishedAt == null ? null : article.publishedAt.toString();
            case TITLE_ASC -> article.title;
            case UPDATED_AT_DESC -> article.updatedAt.toString();
        };
    }

    /** A cursor key back as the attribute's type. */
    Object parseKey(String key) {
        return this == TITLE_ASC ? key : java.time.Instant.parse(key);
    }
}
