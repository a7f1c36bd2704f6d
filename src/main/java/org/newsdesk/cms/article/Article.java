package org.newsdesk.cms.article;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Basic;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;

import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;
import org.newsdesk.cms.article.body.ArticleBody;
import org.newsdesk.cms.author.Author;
import org.newsdesk.cms.common.WebAddress;
import org.newsdesk.cms.newssource.NewsSource;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A news article: the stored form. The GraphQL type is {@link ArticleView}. */
@Entity
public class Article extends PanacheEntityBase {

    /** The most characters a stored (sanitized) body may have: the body_html column's size. */
    public static final int MAX_BODY_LENGTH = 1_000_000;
    /** The most characters of a headline (and of a related link's title, which names one). */
    public static final int MAX_TITLE_LENGTH = 500;
    /** The most characters of a picture's caption. */
    public static final int MAX_CAPTION_LENGTH = 2000;
    /** The most characters of a picture's credit. */
    public static final int MAX_CREDIT_LENGTH = 500;
    /** The most characters of the file an article was imported from (longer paths keep their end). */
    public static final int MAX_IMPORT_FILE_LENGTH = 1024;
    /** The most characters of a language tag (BCP 47 asks implementations to hold at least 35). */
    public static final int MAX_LANGUAGE_LENGTH = 35;
    /** The most characters of the identifier a ninjs document gave (as long as a web address). */
    public static final int MAX_SOURCE_URI_LENGTH = WebAddress.MAX_LENGTH;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "article_seq")
    @SequenceGenerator(name = "article_seq", sequenceName = "article_seq", allocationSize = 50)
    public Long id;

    @Column(nullable = false, unique = true, length = 200)
    public String slug;

    @Column(nullable = false, length = MAX_TITLE_LENGTH)
    public String title;

    /** {@link TitleKey#of} the title; "Related article" links match on it. */
    @Column(name = "title_key", nullable = false, length = MAX_TITLE_LENGTH)
    public String titleKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public ArticleStatus status;

    @Column(name = "published_at")
    public Instant publishedAt;

    /** Always sanitized by {@link BodyHtml#sanitize} before it is set. */
    @Column(name = "body_html", nullable = false, length = MAX_BODY_LENGTH)
    public String bodyHtml;

    /**
     * {@link BodyHtml#searchText} of the body, for full-text search and its snippets;
     * null only on rows from before the column existed, until {@link BodyTextBackfill}
     * fills them. Lazy: lists never read it, only writes and the search index do.
     */
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "body_text", length = MAX_BODY_LENGTH)
    public String bodyText;

    @Column(nullable = false, length = 1000)
    public String excerpt;

    @Column(name = "word_count", nullable = false)
    public int wordCount;

    @Column(name = "image_caption", length = MAX_CAPTION_LENGTH)
    public String imageCaption;

    @Column(name = "image_credit", length = MAX_CREDIT_LENGTH)
    public String imageCredit;

    @Column(name = "image_url", length = WebAddress.MAX_LENGTH)
    public String imageUrl;

    @Column(name = "canonical_url", unique = true, length = WebAddress.MAX_LENGTH)
    public String canonicalUrl;

    /** The content's language as a BCP 47 tag ("en", "pt-BR"); null when no document said. */
    @Column(length = MAX_LANGUAGE_LENGTH)
    public String language;

    /**
     * The identifier a ninjs document gave the article when it is not an http(s) address
     * ("urn:…", "tag:…"): it identifies the article on the next import, as a canonical
     * URL does. Null for everything else.
     */
    @Column(name = "source_uri", unique = true, length = MAX_SOURCE_URI_LENGTH)
    public String sourceUri;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "source_id")
    public NewsSource source;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "article_author",
            joinColumns = @JoinColumn(name = "article_id"),
            inverseJoinColumns = @JoinColumn(name = "author_id"))
    @OrderColumn(name = "position")
    public List<Author> authors = new ArrayList<>();

    /** The primary section; null when the article has none. */
    @Column(name = "section_id")
    public Long sectionId;

    /** The tags, in the order the document or editor gave them. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "article_tag", joinColumns = @JoinColumn(name = "article_id"))
    @OrderColumn(name = "position")
    @Column(name = "tag_id", nullable = false)
    public List<Long> tagIds = new ArrayList<>();

    /** When a scheduled publication will happen; null when none is scheduled. */
    @Column(name = "scheduled_at")
    public Instant scheduledAt;

    /** The editor (or "import") who created the article. */
    @Column(name = "created_by", length = 200)
    public String createdBy;

    /** The editor (or "import", "scheduler") who changed it last. */
    @Column(name = "updated_by", length = 200)
    public String updatedBy;

    @Column(name = "import_file", length = MAX_IMPORT_FILE_LENGTH)
    public String importFile;

    @Column(name = "content_hash", length = 64)
    public String contentHash;

    @Version
    @Column(nullable = false)
    public int version;

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /**
     * Sets the body and what is derived from it, sanitizing on the way in. The same
     * body again changes nothing: the derived fields already follow it, and setting
     * the lazy {@link #bodyText} would mark the article changed even to an equal value.
     */
    public void changeBody(String html) {
        changeBody(ArticleBody.of(html));
    }

    /** The same with a body prepared beforehand. */
    public void changeBody(ArticleBody body) {
        if (body.html().equals(bodyHtml)) {
            return;
        }
        this.bodyHtml = body.html();
        this.bodyText = body.text();
        this.excerpt = body.excerpt();
        this.wordCount = body.wordCount();
    }

    public void setTitle(String title) {
        this.title = title;
        this.titleKey = TitleKey.of(title);
    }
}
