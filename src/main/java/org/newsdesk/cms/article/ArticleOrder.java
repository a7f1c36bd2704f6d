package org.newsdesk.cms.article;

import org.eclipse.microprofile.graphql.Description;

@Description("How an article list is sorted; ties are broken by id, so pages never overlap.")
public enum ArticleOrder {
    @Description("Newest publication first; unpublished drafts last.")
    PUBLISHED_AT_DESC("a.published_at", false, true),
    @Description("Oldest publication first; unpublished drafts last.")
    PUBLISHED_AT_ASC("a.published_at", true, true),
    @Description("By title, A to Z.")
    TITLE_ASC("a.title", true, false),
    @Description("Most recently changed first.")
    UPDATED_AT_DESC("a.updated_at", false, false);

    /** The column sorted on, of {@code article a}. */
    final String column;
    final boolean ascending;
    /** Whether the attribute may be null (those rows sort last). */
    final boolean nullable;

    ArticleOrder(String column, boolean ascending, boolean nullable) {
        this.column = column;
        this.ascending = ascending;
        this.nullable = nullable;
    }

    /** The sort key of {@code article} under this order, as cursor text. */
    String keyOf(ArticleView article) {
        return switch (this) {
            case PUBLISHED_AT_DESC, PUBLISHED_AT_ASC ->
                article.getPublishedAt() == null ? null : article.getPublishedAt().toInstant().toString();
            case TITLE_ASC -> article.getTitle();
            case UPDATED_AT_DESC -> article.getUpdatedAt().toInstant().toString();
        };
    }

    /** A cursor key back as the attribute's type. */
    Object parseKey(String key) {
        return this == TITLE_ASC ? key : java.time.Instant.parse(key);
    }
}
