package org.newsdesk.cms.article;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.newsdesk.cms.common.Times;
import org.newsdesk.cms.newssource.SourceView;

/**
 * The GraphQL {@code Article}: a snapshot of the entity taken inside the request,
 * so no lazy association ever reaches the schema. Authors, related links,
 * backlinks and suggestions are batch-loaded fields (see ArticleGraphQL,
 * RelatedGraphQL and SearchGraphQL).
 */
@Name("Article")
@Description("A news article.")
public final class ArticleView {

    private final long id;
    private final String slug;
    private final String title;
    private final ArticleStatus status;
    private final OffsetDateTime publishedAt;
    private final String excerpt;
    private final int wordCount;
    private final ImageView image;
    private final SourceView source;
    private final String canonicalUrl;
    private final int version;
    private final OffsetDateTime createdAt;
    private final OffsetDateTime updatedAt;
    private final OffsetDateTime scheduledAt;
    private final String bodyHtml;

    private ArticleView(Article article) {
        id = article.id;
        slug = article.slug;
        title = article.title;
        status = article.status;
        publishedAt = Times.utc(article.publishedAt);
        excerpt = article.excerpt;
        wordCount = article.wordCount;
        image = ImageView.of(article);
        source = article.source == null ? null : SourceView.of(article.source);
        canonicalUrl = article.canonicalUrl;
        version = article.version;
        createdAt = Times.utc(article.createdAt);
        updatedAt = Times.utc(article.updatedAt);
        scheduledAt = Times.utc(article.scheduledAt);
        bodyHtml = article.bodyHtml;
    }

    public static ArticleView of(Article article) {
        return article == null ? null : new ArticleView(article);
    }

    @Id
    @NonNull
    @Description("Stable identifier.")
    public long getId() {
        return id;
    }

    @NonNull
    @Description("URL name, unique; stays the same when the title is corrected.")
    public String getSlug() {
        return slug;
    }

    @NonNull
    @Description("The headline.")
    public String getTitle() {
        return title;
    }

    @NonNull
    @Description("DRAFT, PUBLISHED or ARCHIVED. Readers only ever see PUBLISHED articles.")
    public ArticleStatus getStatus() {
        return status;
    }

    @Description("Publication time (UTC). For imported articles the date part is the document's date.")
    public OffsetDateTime getPublishedAt() {
        return publishedAt;
    }

    @NonNull
    @Description("The opening of the first paragraph, as plain text (at most 280 characters).")
    public String getExcerpt() {
        return excerpt;
    }

    @Description("Number of words in the body.")
    public int getWordCount() {
        return wordCount;
    }

    @Description("The lead picture's caption and credit; null when the article has no picture.")
    public ImageView getImage() {
        return image;
    }

    @Description("The publication the article comes from; null when unknown.")
    public SourceView getSource() {
        return source;
    }

    @Description("The article's original address.")
    public String getCanonicalUrl() {
        return canonicalUrl;
    }

    @Description("Incremented on every change; pass it back as expectedVersion when updating.")
    public int getVersion() {
        return version;
    }

    @NonNull
    @Description("When the article entered the store (UTC).")
    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    @NonNull
    @Description("When the article last changed (UTC).")
    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    @Description("When a scheduled publication will happen (UTC); null when none is scheduled.")
    public OffsetDateTime getScheduledAt() {
        return scheduledAt;
    }

    /** Stored, sanitized body; served through {@code body(format)}. */
    String bodyHtml() {
        return bodyHtml;
    }
}
