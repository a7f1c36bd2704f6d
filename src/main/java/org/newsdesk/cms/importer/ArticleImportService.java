package org.newsdesk.cms.importer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import org.newsdesk.cms.article.Article;
import org.newsdesk.cms.article.ArticleBody;
import org.newsdesk.cms.article.ArticleChange;
import org.newsdesk.cms.article.ArticleRepository;
import org.newsdesk.cms.article.ArticleStatus;
import org.newsdesk.cms.article.Revisions;
import org.newsdesk.cms.author.Author;
import org.newsdesk.cms.author.AuthorService;
import org.newsdesk.cms.common.Slugs;
import org.newsdesk.cms.newssource.NewsSource;
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
    /** The sizes of the columns a picture's caption and credit and a related link's title go to. */
    private static final int MAX_CAPTION_LENGTH = 2000;
    private static final int MAX_CREDIT_LENGTH = 500;
    private static final int MAX_RELATED_TITLE_LENGTH = 500;
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
     * The document passed {@link #checkLimits} when it was read.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public ImportItem store(long runId, ReadDocument document, PublicationRegistry registry) {
        return storeInTransaction(runId, document, new Lookups(registry));
    }

    /**
     * Stores documents that passed {@link #checkLimits} together, in one transaction:
     * all of them or, when anything fails, none (the caller then stores them one by
     * one to find the document at fault). One commit per batch instead of one per
     * document is most of what makes a large import fast.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<ImportItem> storeAll(long runId, List<ReadDocument> documents, PublicationRegistry registry) {
        Lookups lookups = new Lookups(registry);
        List<ImportItem> items = new ArrayList<>(documents.size());
        for (ReadDocument document : documents) {
            items.add(storeInTransaction(runId, document, lookups));
            // Written; forgetting the entities keeps each flush as small as one document.
            articles.flush();
            articles.getEntityManager().clear();
        }
        return items;
    }

    /**
     * Authors and publications already found or created in this transaction, by id:
     * most documents of a batch share them, and a reference costs no query.
     */
    private final class Lookups {
        private final PublicationRegistry registry;
        private final Map<String, Long> authorIds = new HashMap<>();
        private final Map<String, Long> sourceIds = new HashMap<>();

        Lookups(PublicationRegistry registry) {
            this.registry = registry;
        }

        Author author(String name) {
            String slug = Slugs.of(name); // authors are one by slug, as findOrCreateByName has it
            Long id = authorIds.get(slug);
            if (id != null) {
                return articles.getEntityManager().getReference(Author.class, id);
            }
            Author author = authors.findOrCreateByName(name);
            authorIds.put(slug, author.id);
            return author;
        }

        NewsSource source(String domain) {
            Long id = sourceIds.get(domain);
            if (id != null) {
                return articles.getEntityManager().getReference(NewsSource.class, id);
            }
            NewsSource source = sources.findOrCreateForDomain(domain, registry);
            sourceIds.put(domain, source.id);
            return source;
        }
    }

    private ImportItem storeInTransaction(long runId, ReadDocument document, Lookups lookups) {
        int position = document.position();
        String file = document.file();
        ParsedArticle parsed = document.parsed();
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
        apply(parsed, document.body(), article, file, hash, lookups);
        changes.fire(ArticleChange.of(article));
        return ImportRecords.item(runId, position, file, status, article, null);
    }

    private void apply(ParsedArticle parsed, ArticleBody body, Article article, String file, String hash,
            Lookups lookups) {
        article.title = parsed.title();
        article.changeBody(body);
        article.publishedAt = parsed.publishedOn().atStartOfDay(ZoneOffset.UTC).toInstant();
        article.canonicalUrl = parsed.canonicalUrl();
        article.source = parsed.canonicalUrl() == null ? null
                : lookups.source(CanonicalUrls.domainOf(parsed.canonicalUrl()));
        ParsedArticle.Picture picture = parsed.image();
        article.imageCaption = picture == null ? null : picture.caption();
        article.imageCredit = picture == null ? null : picture.credit();
        article.imageUrl = picture == null ? null : picture.url();
        article.authors.clear();
        for (String name : parsed.authorNames()) {
            Author author = lookups.author(name);
            // "Ann Lee" and "Ann-Lee" are one author: byline it once
            if (article.authors.stream().noneMatch(bylined -> bylined.id.equals(author.id))) {
                article.authors.add(author);
            }
        }
        article.importFile = file;
        article.contentHash = hash;
        article.updatedBy = IMPORTER;
        boolean created = article.id == null;
        if (created) {
            articles.persist(article);
        }
        articles.flush(); // the links below refer to the article's row
        List<LinkSpec> related = parsed.related().stream()
                .map(link -> new LinkSpec(link.title(), link.url(), link.paragraph()))
                .toList();
        if (created) {
            links.addLinks(article, related);
            revisions.recordFirst(article, IMPORTER);
        } else {
            links.replaceLinks(article, related);
            revisions.record(article, IMPORTER);
        }
    }

    /**
     * Refuses, with a reason, what the store's columns cannot hold: never a database
     * error halfway through. Runs before anything is written.
     */
    static void checkLimits(ParsedArticle parsed) {
        checkLength("the title", parsed.title(), MAX_TITLE_LENGTH);
        if (parsed.bodyHtml().length() > Article.MAX_BODY_LENGTH) {
            throw new UnreadableDocumentException(String.format(Locale.ROOT,
                    "the body is %,d characters long once cleaned; the limit is %,d",
                    parsed.bodyHtml().length(), Article.MAX_BODY_LENGTH));
        }
        if (parsed.image() != null) {
            checkLength("the picture's caption", parsed.image().caption(), MAX_CAPTION_LENGTH);
            checkLength("the picture's credit", parsed.image().credit(), MAX_CREDIT_LENGTH);
        }
        for (ParsedArticle.Link link : parsed.related()) {
            checkLength("the related article title '" + CanonicalUrls.abbreviate(link.title()) + "'", link.title(),
                    MAX_RELATED_TITLE_LENGTH);
        }
    }

    private static void checkLength(String what, String text, int limit) {
        if (text != null && text.length() > limit) {
            throw new UnreadableDocumentException(String.format(Locale.ROOT, "%s is %,d characters long; the limit is %,d",
                    what, text.length(), limit));
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
