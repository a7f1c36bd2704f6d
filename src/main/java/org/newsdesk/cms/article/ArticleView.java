package org.newsdesk.cms.article;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.newsdesk.cms.audit.AuditKeys;
import org.newsdesk.cms.author.AuthorView;
import org.newsdesk.cms.common.Times;
import org.newsdesk.cms.newssource.SourceView;

/**
 * The GraphQL {@code Article}: a read-only snapshot (a projection, or an edited
 * entity's state), so no lazy association ever reaches the schema. The body is
 * read with the rest only when the query shows it. Authors, related links,
 * backlinks and suggestions are batch-loaded fields (see ArticleGraphQL,
 * RelatedGraphQL and SearchGraphQL).
 */
@Name("Article")
@Description("A news article.")
public final class ArticleView implements AuditKeys {

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
    /** The stored, sanitized body when it was read with the rest; null when it was not asked for. */
    private final String bodyHtml;
    /** The bylined authors when they were read with the rest; null when they were not asked for. */
    private final List<AuthorView> authors;
    /** The primary section's id; null when it has none. */
    private final Long sectionId;
    /** The account that created it (a contributor's own drafts); "import" for imported ones. */
    private final String owner;

    ArticleView(long id, String slug, String title, ArticleStatus status, Instant publishedAt, String excerpt,
            int wordCount, ImageView image, SourceView source, String canonicalUrl, int version, Instant createdAt,
            Instant updatedAt, Instant scheduledAt, String bodyHtml) {
        this(id, slug, title, status, Times.utc(publishedAt), excerpt, wordCount, image, source, canonicalUrl, version,
                Times.utc(createdAt), Times.utc(updatedAt), Times.utc(scheduledAt), bodyHtml, null, null, null);
    }

    private ArticleView(long id, String slug, String title, ArticleStatus status, OffsetDateTime publishedAt,
            String excerpt, int wordCount, ImageView image, SourceView source, String canonicalUrl, int version,
            OffsetDateTime createdAt, OffsetDateTime updatedAt, OffsetDateTime scheduledAt, String bodyHtml,
            List<AuthorView> authors, Long sectionId, String owner) {
        this.id = id;
        this.slug = slug;
        this.title = title;
        this.status = status;
        this.publishedAt = publishedAt;
        this.excerpt = excerpt;
        this.wordCount = wordCount;
        this.image = image;
        this.source = source;
        this.canonicalUrl = canonicalUrl;
        this.version = version;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.scheduledAt = scheduledAt;
        this.bodyHtml = bodyHtml;
        this.authors = authors;
        this.sectionId = sectionId;
        this.owner = owner;
    }

    /** The same article with its body, read in the same statement. */
    ArticleView withBody(String body) {
        return new ArticleView(id, slug, title, status, publishedAt, excerpt, wordCount, image, source, canonicalUrl,
                version, createdAt, updatedAt, scheduledAt, body, authors, sectionId, owner);
    }

    /** The same article with its authors (a list its reader is still filling), read in the same statement. */
    ArticleView withAuthors(List<AuthorView> bylined) {
        return new ArticleView(id, slug, title, status, publishedAt, excerpt, wordCount, image, source, canonicalUrl,
                version, createdAt, updatedAt, scheduledAt, bodyHtml, bylined, sectionId, owner);
    }

    /** The same article in the section with this id (null: none), created by {@code createdBy}. */
    ArticleView placed(Long section, String createdBy) {
        return new ArticleView(id, slug, title, status, publishedAt, excerpt, wordCount, image, source, canonicalUrl,
                version, createdAt, updatedAt, scheduledAt, bodyHtml, authors, section, createdBy);
    }

    /** The view of an entity in hand (an editor's change); reads use {@link ArticleReads}. */
    public static ArticleView of(Article article) {
        return article == null ? null
                : new ArticleView(article.id, article.slug, article.title, article.status, article.publishedAt,
                        article.excerpt, article.wordCount,
                        ImageView.of(article.imageCaption, article.imageCredit, article.imageUrl),
                        article.source == null ? null : SourceView.of(article.source), article.canonicalUrl,
                        article.version, article.createdAt, article.updatedAt, article.scheduledAt, article.bodyHtml)
                        .placed(article.sectionId, article.createdBy);
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

    /** The body, when it was read with the rest; served through {@code body(format)}. */
    String bodyHtml() {
        return bodyHtml;
    }

    /** The primary section's id; null when the article has none. */
    public Long sectionId() {
        return sectionId;
    }

    /** The account that created the article. */
    public String owner() {
        return owner;
    }

    /** The authors, when they were read with the rest; served through {@code authors}. */
    List<AuthorView> authors() {
        return authors;
    }

    @Override
    public List<String> auditKeys() {
        return List.of("article:" + id);
    }
}
