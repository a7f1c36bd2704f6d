package org.newsdesk.cms.importer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.newsdesk.cms.article.Article;
import org.newsdesk.cms.article.ArticleChange;
import org.newsdesk.cms.article.ArticleRepository;
import org.newsdesk.cms.article.ArticleRepository.StoredVersion;
import org.newsdesk.cms.article.ArticleStatus;
import org.newsdesk.cms.article.TitleKey;
import org.newsdesk.cms.article.body.ArticleBody;
import org.newsdesk.cms.article.revision.Revisions;
import org.newsdesk.cms.author.Author;
import org.newsdesk.cms.author.AuthorService;
import org.newsdesk.cms.common.Slugs;
import org.newsdesk.cms.importer.document.CanonicalUrls;
import org.newsdesk.cms.importer.document.NinjsDocumentParser;
import org.newsdesk.cms.importer.document.ParsedArticle;
import org.newsdesk.cms.newssource.NewsSource;
import org.newsdesk.cms.newssource.NewsSourceService;
import org.newsdesk.cms.newssource.PublicationRegistry;
import org.newsdesk.cms.related.RelatedLinkService;
import org.newsdesk.cms.related.RelatedLinkService.LinkSpec;
import org.newsdesk.cms.section.SectionService;
import org.newsdesk.cms.tag.TagService;

/**
 * Stores one parsed document as an article, in one transaction together with the
 * run's record of it: either both are written or neither is.
 */
@ApplicationScoped
public class ArticleImportService {

    /** Who imports write changes and revisions as. */
    static final String IMPORTER = "import";

    private final ArticleRepository articles;
    private final AuthorService authors;
    private final NewsSourceService sources;
    private final RelatedLinkService links;
    private final Revisions revisions;
    private final Event<ArticleChange> changes;
    private final ImportRecords records;
    private final SectionService sections;
    private final TagService tags;

    ArticleImportService(ArticleRepository articles, AuthorService authors, NewsSourceService sources,
            RelatedLinkService links, Revisions revisions, Event<ArticleChange> changes, ImportRecords records, SectionService sections, TagService tags) {
        this.articles = articles;
        this.authors = authors;
        this.sources = sources;
        this.links = links;
        this.revisions = revisions;
        this.changes = changes;
        this.records = records;
        this.sections = sections;
        this.tags = tags;
    }

    /**
     * Creates the article, updates the one with the same canonical URL (or, without
     * a URL, from the same file) in place, or leaves it alone when nothing changed.
     * The document passed {@link DocumentLimits#check} when it was read.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public ImportItem store(long runId, ReadDocument document, PublicationRegistry registry) {
        return storeEach(runId, List.of(document), registry).get(0);
    }

    /**
     * Stores documents that passed {@link DocumentLimits#check} together, in one transaction:
     * all of them or, when anything fails, none (the caller then stores them one by
     * one to find the document at fault). One commit, and one query of each kind,
     * per batch instead of per document is most of what makes a large import fast.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<ImportItem> storeAll(long runId, List<ReadDocument> documents, PublicationRegistry registry) {
        return storeEach(runId, documents, registry);
    }

    private List<ImportItem> storeEach(long runId, List<ReadDocument> documents, PublicationRegistry registry) {
        ImportBatch batch = lookUp(documents, registry);
        List<ImportItem> items = new ArrayList<>(documents.size());
        for (ReadDocument document : documents) {
            items.add(store(runId, document, batch));
        }
        // One flush for the batch: the database gets each kind of row in JDBC batches.
        articles.flush();
        for (ImportItem item : items) {
            if (item.status != ImportStatus.UNCHANGED) {
                changes.fire(ArticleChange.of(item.article)); // the version is final only now
            }
        }
        links.resolveLinksTitled(batch.titleKeysToResolve());
        return items;
    }

    /** Everything the store already holds that these documents refer to, in one query of each kind. */
    private ImportBatch lookUp(List<ReadDocument> documents, PublicationRegistry registry) {
        Set<String> urls = new HashSet<>();
        Set<String> sourceUris = new HashSet<>();
        Set<Long> ownIds = new HashSet<>();
        Set<String> urlLessFiles = new HashSet<>();
        Set<String> slugs = new HashSet<>();
        Set<String> authorNames = new LinkedHashSet<>();
        Set<String> domains = new HashSet<>();
        Set<String> linkTitles = new HashSet<>();
        Set<List<String>> sectionPaths = new LinkedHashSet<>();
        List<TagService.TagName> tagNames = new ArrayList<>();
        for (ReadDocument document : documents) {
            ParsedArticle parsed = document.parsed();
            if (parsed.canonicalUrl() != null) {
                urls.add(parsed.canonicalUrl());
                domains.add(CanonicalUrls.domainOf(parsed.canonicalUrl()));
            } else if (parsed.sourceUri() != null) {
                sourceUris.add(parsed.sourceUri());
                NinjsDocumentParser.ownArticleId(parsed.sourceUri()).ifPresent(ownIds::add);
            } else {
                urlLessFiles.add(document.file());
            }
            slugs.add(Slugs.of(parsed.title()));
            authorNames.addAll(parsed.authorNames());
            parsed.related().forEach(link -> linkTitles.add(TitleKey.of(link.title())));
            if (!parsed.sectionPath().isEmpty()) {
                sectionPaths.add(parsed.sectionPath());
            }
            parsed.tags().forEach(tag -> tagNames.add(new TagService.TagName(tag.name(), tag.kind())));
        }
        return new ImportBatch(articles.storedVersionsByUrl(urls), articles.storedVersionsBySourceUri(sourceUris),
                articles.storedVersionsOfAddresslessIds(ownIds), articles.storedVersionsOfUrlLessFiles(urlLessFiles),
                slugs, articles.takenSlugs(slugs), articles::slugTaken,
                authors.idsForNames(authorNames), sources.idsForDomains(domains, registry),
                articles.oldestByTitleKey(linkTitles),
                sectionPaths.isEmpty() ? Map.of() : sections.idsForPaths(List.copyOf(sectionPaths)), sections::tree,
                tagNames.isEmpty() ? Map.of() : tags.idsForNames(tagNames));
    }

    private ImportItem store(long runId, ReadDocument document, ImportBatch batch) {
        int position = document.position();
        String file = document.file();
        ParsedArticle parsed = document.parsed();
        String hash = fingerprint(parsed);
        StoredVersion stored = batch.storedVersionOf(parsed, file);
        if (stored != null && (hash.equals(stored.contentHash()) || isUnchangedInItsSection(parsed, stored, batch))) {
            Article unchanged = articles.reference(stored.id());
            return records.item(runId, position, file, ImportStatus.UNCHANGED, unchanged, null);
        }
        Article article;
        ImportStatus status;
        if (stored == null) {
            article = new Article();
            article.status = parsed.withheld() ? ArticleStatus.DRAFT : ArticleStatus.PUBLISHED;
            article.slug = batch.claimSlug(parsed.title());
            article.createdBy = IMPORTER;
            status = ImportStatus.CREATED;
        } else {
            article = articles.findById(stored.id());
            status = ImportStatus.UPDATED;
        }
        apply(parsed, document.body(), article, file, hash, batch);
        ImportItem item = records.item(runId, position, file, status, article, null);
        batch.stored(parsed, file, new StoredVersion(article.id, hash, article.sectionId));
        return item;
    }

    private void apply(ParsedArticle parsed, ArticleBody body, Article article, String file, String hash,
            ImportBatch batch) {
        EntityManager entityManager = articles.getEntityManager();
        String previousTitleKey = article.titleKey;
        article.title = parsed.title();
        article.changeBody(body);
        article.publishedAt = parsed.publishedOn().atStartOfDay(ZoneOffset.UTC).toInstant();
        article.canonicalUrl = parsed.canonicalUrl();
        article.sourceUri = parsed.sourceUri();
        if (parsed.language() != null) { // like a section: a document that does not say leaves it alone
            article.language = parsed.language();
        }
        article.source = parsed.canonicalUrl() == null ? null
                : entityManager.getReference(NewsSource.class, batch.sourceId(CanonicalUrls.domainOf(parsed.canonicalUrl())));
        ParsedArticle.Picture picture = parsed.image();
        article.imageCaption = picture == null ? null : picture.caption();
        article.imageCredit = picture == null ? null : picture.credit();
        article.imageUrl = picture == null ? null : picture.url();
        article.authors.clear();
        Set<Long> bylined = new HashSet<>();
        for (String name : parsed.authorNames()) {
            long authorId = batch.authorId(name);
            if (bylined.add(authorId)) { // "Ann Lee" and "Ann-Lee" are one author: byline it once
                article.authors.add(entityManager.getReference(Author.class, authorId));
            }
        }
        // A document that names no section or no tags leaves those an editor set alone.
        if (!parsed.sectionPath().isEmpty()) {
            article.sectionId = batch.sectionId(parsed.sectionPath());
        }
        List<Long> tagIds = parsed.tags().stream().map(tag -> batch.tagId(tag.name())).distinct().toList();
        if (!tagIds.isEmpty() && !article.tagIds.equals(tagIds)) {
            article.tagIds.clear();
            article.tagIds.addAll(tagIds);
        }
        article.importFile = file;
        article.contentHash = hash;
        article.updatedBy = IMPORTER;
        List<LinkSpec> related = parsed.related().stream()
                .map(link -> new LinkSpec(link.title(), link.url(), link.paragraph()))
                .toList();
        if (article.id == null) {
            articles.persist(article);
            batch.articleCreated(article.id, article.titleKey);
            links.addLinks(article, related, titleKey -> batch.linkTarget(titleKey, article.id));
            revisions.recordFirst(article, IMPORTER);
        } else {
            batch.articleUpdated(previousTitleKey, article.titleKey);
            links.replaceLinks(article, related, titleKey -> batch.linkTarget(titleKey, article.id));
            revisions.record(article, IMPORTER);
        }
    }

    /**
     * A document that names no section leaves the article's section alone, so it changes
     * nothing when it is the stored document but for the section: an article exported as
     * ninjs (which has no sections) and imported again, for one.
     */
    private static boolean isUnchangedInItsSection(ParsedArticle parsed, StoredVersion stored, ImportBatch batch) {
        return parsed.sectionPath().isEmpty() && stored.sectionId() != null && stored.contentHash() != null
                && fingerprint(parsed.withTaxonomy(batch.sectionPath(stored.sectionId()), parsed.tags()))
                        .equals(stored.contentHash());
    }

    /** Everything of a document that reaches the article; equal fingerprints mean nothing to change. */
    static String fingerprint(ParsedArticle parsed) {
        List<Object> parts = new ArrayList<>(List.of(parsed.title(), parsed.authorNames(), parsed.publishedOn(),
                Objects.toString(parsed.image()), parsed.bodyHtml(), parsed.related(),
                Objects.toString(parsed.canonicalUrl())));
        if (parsed.language() != null) {
            parts.add(parsed.language()); // only then, as below: fingerprints stored before languages stay valid
        }
        if (!parsed.sectionPath().isEmpty() || !parsed.tags().isEmpty()) {
            // Only then: documents without either keep the fingerprint they were stored with. Tags
            // count as a set of folded names: the same tags in another order, or of another kind
            // (an existing tag keeps its kind), change nothing.
            parts.add(parsed.sectionPath().stream().map(Slugs::of).toList());
            parts.add(parsed.tags().stream().map(tag -> Slugs.of(tag.name())).sorted().toList());
        }
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
