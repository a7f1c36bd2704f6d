package org.newsdesk.cms.importer;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.newsdesk.cms.article.ArticleRepository.StoredVersion;
import org.newsdesk.cms.common.Slugs;
import org.newsdesk.cms.importer.document.NinjsDocumentParser;
import org.newsdesk.cms.importer.document.ParsedArticle;
import org.newsdesk.cms.section.SectionTree;

/**
 * What one import transaction needs to know of the store, asked once for all of its
 * documents rather than once for each: the articles that already exist for them,
 * whether the slugs of their titles are taken, the ids of their authors and
 * publications, the articles their "Related article" links mean. It learns what
 * the transaction writes, so each document sees the ones before it in the batch,
 * and it collects the titles whose links are left for
 * {@code RelatedLinkService.resolveLinksTitled} when the batch is written.
 */
final class ImportBatch {

    private final Map<String, StoredVersion> articlesByUrl;
    private final Map<String, StoredVersion> articlesBySourceUri;
    /** Articles without an address of their own, by id: what our own ninjs export's uris name. */
    private final Map<Long, StoredVersion> addresslessArticlesById;
    private final Map<String, StoredVersion> urlLessArticlesByFile;
    /** Slugs known to be taken (true) or free (false); others are asked of {@link #slugTakenInStore}. */
    private final Map<String, Boolean> slugsTaken = new HashMap<>();
    private final Predicate<String> slugTakenInStore;
    private final Map<String, Long> authorIdsBySlug;
    private final Map<String, Long> sourceIdsByDomain;
    /** For the titles the batch's links have, the oldest article of that title (found, or created in the batch). */
    private final Map<String, Long> oldestArticleByTitle;
    /** Titles an article updated in this batch had or has: which article is oldest is left to the database. */
    private final Set<String> titlesInDoubt = new HashSet<>();
    private final Set<String> titleKeysToResolve = new HashSet<>();
    private final Map<List<String>, Long> sectionIdsByPath;
    /** The section tree, read when a document first needs a stored article's section path; null until then. */
    private final Supplier<SectionTree> sectionTreeReader;
    private SectionTree sectionTree;
    private final Map<String, Long> tagIdsByNameKey;

    ImportBatch(Map<String, StoredVersion> articlesByUrl, Map<String, StoredVersion> articlesBySourceUri,
            Map<Long, StoredVersion> addresslessArticlesById, Map<String, StoredVersion> urlLessArticlesByFile,
            Collection<String> slugsLookedUp, Set<String> slugsTakenOfThose, Predicate<String> slugTakenInStore,
            Map<String, Long> authorIdsBySlug, Map<String, Long> sourceIdsByDomain,
            Map<String, Long> oldestArticleByLinkTitle, Map<List<String>, Long> sectionIdsByPath,
            Supplier<SectionTree> sectionTree, Map<String, Long> tagIdsByNameKey) {
        this.articlesByUrl = new HashMap<>(articlesByUrl);
        this.articlesBySourceUri = new HashMap<>(articlesBySourceUri);
        this.addresslessArticlesById = addresslessArticlesById;
        this.urlLessArticlesByFile = new HashMap<>(urlLessArticlesByFile);
        slugsLookedUp.forEach(slug -> slugsTaken.put(slug, slugsTakenOfThose.contains(slug)));
        this.slugTakenInStore = slugTakenInStore;
        this.authorIdsBySlug = authorIdsBySlug;
        this.sourceIdsByDomain = sourceIdsByDomain;
        this.oldestArticleByTitle = new HashMap<>(oldestArticleByLinkTitle);
        this.sectionIdsByPath = sectionIdsByPath;
        this.sectionTreeReader = sectionTree;
        this.tagIdsByNameKey = tagIdsByNameKey;
    }

    /**
     * The stored article a document updates: the one with its canonical URL; else the one
     * with its (ninjs) source uri, or, for one of our own export's uris, the article of that
     * id if it has no address of its own; else, for a document without either, the one
     * from the same file.
     */
    StoredVersion storedVersionOf(ParsedArticle parsed, String file) {
        if (parsed.canonicalUrl() != null) {
            return articlesByUrl.get(parsed.canonicalUrl());
        }
        if (parsed.sourceUri() != null) {
            StoredVersion byUri = articlesBySourceUri.get(parsed.sourceUri());
            return byUri != null ? byUri
                    : NinjsDocumentParser.ownArticleId(parsed.sourceUri()).map(addresslessArticlesById::get).orElse(null);
        }
        return urlLessArticlesByFile.get(file);
    }

    /** Remembers what a document of this batch wrote, for the documents after it. */
    void stored(ParsedArticle parsed, String file, StoredVersion version) {
        if (parsed.canonicalUrl() != null) {
            articlesByUrl.put(parsed.canonicalUrl(), version);
        } else if (parsed.sourceUri() != null) {
            articlesBySourceUri.put(parsed.sourceUri(), version);
        } else {
            urlLessArticlesByFile.put(file, version);
        }
    }

    /** A slug for a new article with this title that no article holds, and now taken. */
    String claimSlug(String title) {
        String slug = Slugs.unique(Slugs.of(title), candidate -> slugsTaken.computeIfAbsent(candidate, slugTakenInStore::test));
        slugsTaken.put(slug, true);
        return slug;
    }

    long authorId(String name) {
        return authorIdsBySlug.get(Slugs.of(name)); // authors are one by slug, as AuthorService has it
    }

    long sourceId(String domain) {
        return sourceIdsByDomain.get(domain);
    }

    /** The deepest section of a document's section path (found or created for the batch). */
    Long sectionId(List<String> path) {
        return sectionIdsByPath.get(path);
    }

    /** The names of a stored section's path, top first. */
    List<String> sectionPath(long sectionId) {
        if (sectionTree == null) {
            sectionTree = sectionTreeReader.get();
        }
        return sectionTree.ancestry(sectionId).stream().map(section -> section.name).toList();
    }

    long tagId(String name) {
        return tagIdsByNameKey.get(Slugs.of(name)); // tags are one by folded name, as TagService has it
    }

    /**
     * The article a link from {@code fromArticleId} with this folded title means, when
     * the batch knows it; otherwise null, and the title is resolved with the batch.
     */
    Long linkTarget(String titleKey, long fromArticleId) {
        Long target = titlesInDoubt.contains(titleKey) ? null : oldestArticleByTitle.get(titleKey);
        if (target == null || target == fromArticleId) {
            titleKeysToResolve.add(titleKey); // no other article of that title yet, or not known which
            return null;
        }
        return target;
    }

    /** An article created in this batch: links to its title, here or waiting elsewhere, now mean it. */
    void articleCreated(long id, String titleKey) {
        // Ids grow: one found in the store, or created earlier in the batch, is older.
        oldestArticleByTitle.putIfAbsent(titleKey, id);
        titleKeysToResolve.add(titleKey);
    }

    /** An existing article updated in this batch, perhaps retitled. */
    void articleUpdated(String previousTitleKey, String titleKey) {
        titlesInDoubt.add(previousTitleKey);
        titlesInDoubt.add(titleKey);
        titleKeysToResolve.add(titleKey);
    }

    /** The titles whose unresolved links the batch leaves for the database to resolve. */
    Set<String> titleKeysToResolve() {
        return titleKeysToResolve;
    }
}
