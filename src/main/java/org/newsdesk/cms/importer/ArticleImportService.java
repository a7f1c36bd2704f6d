package org.newsdesk.cms.importer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import org.newsdesk.cms.article.Article;
import org.newsdesk.cms.article.ArticleChange;
import org.newsdesk.cms.article.ArticleRepository;
import org.newsdesk.cms.article.ArticleStatus;
import org.newsdesk.cms.article.Revisions;
import org.newsdesk.cms.author.AuthorService;
import org.newsdesk.cms.common.Slugs;
import org.newsdesk.cms.newssource.NewsSourceService;
import org.newsdesk.cms.newssource.PublicationRegistry;
import org.newsdesk.cms.related.RelatedLinkService;
import org.newsdesk.cms.related.RelatedLinkService.LinkSpec;

/**
 * Stores one parsed document as an article, in one transaction together with the
 * run's record of it: either both are written or neither is.
 */
@ApplicationScoped
public class ArticleImportService {

    private static final int MAX_TITLE_LENGTH = 500;
    /** Who imports write changes and revisions as. */
    static final String IMPORTER = "import";

    private final ArticleRepository articles;
    private final AuthorService authors;
    private final NewsSourceService sources;
    private final RelatedLinkService links;
    private final Revisions revisions;
    private final Event<ArticleChange> changes;

    ArticleImportService(ArticleRepository articles, AuthorService authors, NewsSourceService sources,
            RelatedLinkService links, Revisions revisions, Event<ArticleChange> changes) {
        this.articles = articles;
        this.authors = authors;
        this.sources = sources;
        this.links = links;
        this.revisions = revisions;
        this.changes = changes;
    }

    /**
     * Creates the article, updates the one with the same canonical URL (or, without
     * a URL, from the same file) in place, or leaves it alone when nothing changed.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public ImportItem store(long runId, int position, String file, ParsedArticle parsed, PublicationRegistry registry) {
        checkLimits(parsed);
        String hash = fingerprint(parsed);
        Article article = (parsed.canonicalUrl() != null
                ? articles.findByCanonicalUrl(parsed.canonicalUrl())
                : articles.findUrlLessByImportFile(file)).orElse(null);

        ImportStatus status;
        if (article == null) {
            article = new Article();
            article.status = ArticleStatus.PUBLISHED;
            article.slug = Slugs.unique(Slugs.of(parsed.title()), articles::slugTaken);
            article.createdBy = IMPORTER;
            status = ImportStatus.CREATED;
        } else if (hash.equals(article.contentHash)) {
            return ImportRecords.item(runId, position, file, ImportStatus.UNCHANGED, article, null);
        } else {
            status = ImportStatus.UPDATED;
        }
        apply(parsed, article, file, hash, registry);
        changes.fire(ArticleChange.of(article));
        return ImportRecords.item(runId, position, file, status, article, null);
    }

    private void apply(ParsedArticle parsed, Article article, String file, String hash, PublicationRegistry registry) {
        article.title = parsed.title();
        article.changeBody(parsed.bodyHtml());
        article.publishedAt = parsed.publishedOn().atStartOfDay(ZoneOffset.UTC).toInstant();
        article.canonicalUrl = parsed.canonicalUrl();
        article.source = parsed.canonicalUrl() == null ? null
                : sources.findOrCreateForDomain(CanonicalUrls.domainOf(parsed.canonicalUrl()), registry);
        ParsedArticle.Picture picture = parsed.image();
        article.imageCaption = picture == null ? null : picture.caption();
        article.imageCredit = picture == null ? null : picture.credit();
        article.imageUrl = picture == null ? null : picture.url();
        article.authors.clear();
        parsed.authorNames().forEach(name -> article.authors.add(authors.findOrCreateByName(name)));
        article.importFile = file;
        article.contentHash = hash;
        article.updatedBy = IMPORTER;
        if (article.id == null) {
            articles.persist(article);
        }
        articles.flush(); // the links below refer to the article's row
        links.replaceLinks(article, parsed.related().stream()
                .map(link -> new LinkSpec(link.title(), link.url(), link.paragraph()))
                .toList());
        revisions.record(article, IMPORTER);
    }

    private static void checkLimits(ParsedArticle parsed) {
        if (parsed.title().length() > MAX_TITLE_LENGTH) {
            throw new UnreadableDocumentException("the title is " + parsed.title().length()
                    + " characters long; the limit is " + MAX_TITLE_LENGTH);
        }
        if (parsed.bodyHtml().length() > Article.MAX_BODY_LENGTH) {
            throw new UnreadableDocumentException(String.format(java.util.Locale.ROOT,
                    "the body is %,d characters long once cleaned; the limit is %,d",
                    parsed.bodyHtml().length(), Article.MAX_BODY_LENGTH));
        }
    }

    /** Everything of a document that reaches the article; equal fingerprints mean nothing to change. */
    static String fingerprint(ParsedArticle parsed) {
        List<Object> parts = List.of(parsed.title(), parsed.authorNames(), parsed.publishedOn(),
                Objects.toString(parsed.image()), parsed.bodyHtml(), parsed.related(),
                Objects.toString(parsed.canonicalUrl()));
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            for (Object part : parts) {
                sha256.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
                sha256.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
