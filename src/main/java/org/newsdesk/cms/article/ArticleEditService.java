package org.newsdesk.cms.article;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;

import org.hibernate.StaleObjectStateException;
import org.newsdesk.cms.access.Access.Caller;
import org.newsdesk.cms.article.revision.ArticleRevision;
import org.newsdesk.cms.article.revision.Revisions;
import org.newsdesk.cms.author.Author;
import org.newsdesk.cms.author.AuthorRepository;
import org.newsdesk.cms.common.ApiException;
import org.newsdesk.cms.common.AppClock;
import org.newsdesk.cms.common.Ids;
import org.newsdesk.cms.common.Slugs;
import org.newsdesk.cms.newssource.NewsSource;
import org.newsdesk.cms.newssource.NewsSourceRepository;

/**
 * Editors' changes to articles. Every change of content or status leaves a
 * revision; updates carry the version the editor read, and a stale one is
 * refused with CONFLICT, so no edit silently overwrites another.
 */
@ApplicationScoped
public class ArticleEditService {

    public static final int MAX_NOTE_LENGTH = ArticleRevision.MAX_NOTE_LENGTH;

    private final ArticleRepository articles;
    private final AuthorRepository authors;
    private final NewsSourceRepository sources;
    private final Revisions revisions;
    private final AppClock clock;
    private final Event<ArticleChange> changes;
    private final Event<ArticleTitled> titled;

    ArticleEditService(ArticleRepository articles, AuthorRepository authors, NewsSourceRepository sources,
            Revisions revisions, AppClock clock, Event<ArticleChange> changes, Event<ArticleTitled> titled) {
        this.articles = articles;
        this.authors = authors;
        this.sources = sources;
        this.revisions = revisions;
        this.clock = clock;
        this.changes = changes;
        this.titled = titled;
    }

    /** A new article, as a DRAFT. */
    @Transactional
    public Article create(ArticleInput input, String editor) {
        Article article = new Article();
        article.status = ArticleStatus.DRAFT;
        article.createdBy = editor;
        apply(input, article);
        article.updatedBy = editor;
        articles.persist(article);
        flush(article);
        titled.fire(new ArticleTitled(article.titleKey));
        revisions.record(article, editor);
        changes.fire(ArticleChange.of(article));
        return article;
    }

    /**
     * Replaces the article's content, if {@code expectedVersion} is still its version.
     *
     * @throws ApiException CONFLICT (with {@code currentVersion}) when someone changed it meanwhile
     */
    @Transactional
    public Article update(String id, int expectedVersion, ArticleInput input, Caller caller) {
        Article article = find(id);
        EditRights.check(article, caller);
        String editor = caller.user();
        if (article.version != expectedVersion) {
            throw staleVersion(article.version, expectedVersion);
        }
        String before = contentOf(article);
        String titleBefore = article.title;
        apply(input, article);
        if (contentOf(article).equals(before)) {
            return article; // nothing changed: no new version, no revision
        }
        article.updatedBy = editor;
        flush(article);
        if (!article.title.equals(titleBefore)) {
            titled.fire(new ArticleTitled(article.titleKey));
        }
        revisions.record(article, editor);
        changes.fire(ArticleChange.of(article));
        return article;
    }

    /**
     * Publishes now, or schedules publication when {@code at} is in the future.
     * Publishing keeps an earlier publication time (a correction republished is not new).
     */
    @Transactional
    public Article publish(String id, Instant at, String editor) {
        Article article = find(id);
        Instant now = clock.now();
        if (at != null && at.isAfter(now)) {
            if (article.status == ArticleStatus.PUBLISHED) {
                throw ApiException.badRequest("The article is already published; unpublish it before scheduling");
            }
            article.scheduledAt = at;
            article.updatedBy = editor;
            return article; // a schedule is not a change of content or status: no revision
        }
        Instant publishedAt = at != null ? at : Objects.requireNonNullElse(article.publishedAt, now);
        return changeStatus(article, ArticleStatus.PUBLISHED, publishedAt, editor);
    }

    /** DRAFT → IN_REVIEW: the contributor is done; editors decide. */
    @Transactional
    public Article submitForReview(String id, Caller caller) {
        Article article = find(id);
        EditRights.check(article, caller);
        if (article.status != ArticleStatus.DRAFT) {
            throw ApiException.conflict("Only a DRAFT can be submitted for review; article " + article.id + " is "
                    + article.status).with("status", article.status.name());
        }
        return changeStatus(article, ArticleStatus.IN_REVIEW, article.publishedAt, caller.user(), null);
    }

    /** IN_REVIEW → DRAFT, with the editor's note in the revision. */
    @Transactional
    public Article returnToContributor(String id, String note, String editor) {
        String why = note == null ? "" : note.strip();
        if (why.isEmpty() || why.length() > MAX_NOTE_LENGTH) {
            throw ApiException.invalid("note", "say what to change, in 1 to " + MAX_NOTE_LENGTH + " characters");
        }
        Article article = find(id);
        if (article.status != ArticleStatus.IN_REVIEW) {
            throw ApiException.conflict("Only an article IN_REVIEW can be returned to its contributor; article "
                    + article.id + " is " + article.status).with("status", article.status.name());
        }
        return changeStatus(article, ArticleStatus.DRAFT, article.publishedAt, editor, why);
    }

    @Transactional
    public Article unpublish(String id, String editor) {
        Article article = find(id);
        return changeStatus(article, ArticleStatus.DRAFT, article.publishedAt, editor);
    }

    @Transactional
    public Article archive(String id, String editor) {
        Article article = find(id);
        return changeStatus(article, ArticleStatus.ARCHIVED, article.publishedAt, editor);
    }

    /** Deletes the article; links to it elsewhere keep their titles and read as unresolved. */
    @Transactional
    public boolean delete(String id) {
        Article article = find(id);
        articles.delete(article);
        changes.fire(ArticleChange.deleted(article.id));
        return true;
    }

    /** Brings back a revision's title and body; that is a change, so it is a new revision. */
    @Transactional
    public Article restore(String id, int number, Caller caller) {
        Article article = find(id);
        EditRights.check(article, caller);
        String editor = caller.user();
        ArticleRevision revision = revisions.find(article.id, number).orElseThrow(() -> ApiException.notFound(
                "Article " + article.id + " has no revision " + number));
        String before = contentOf(article);
        String titleBefore = article.title;
        article.title = revision.title;
        article.changeBody(revision.bodyHtml);
        if (contentOf(article).equals(before)) {
            return article;
        }
        article.updatedBy = editor;
        flush(article);
        if (!article.title.equals(titleBefore)) {
            titled.fire(new ArticleTitled(article.titleKey)); // links waiting for the old title find it again
        }
        revisions.record(article, editor);
        changes.fire(ArticleChange.of(article));
        return article;
    }

    private Article changeStatus(Article article, ArticleStatus status, Instant publishedAt, String editor) {
        return changeStatus(article, status, publishedAt, editor, null);
    }

    private Article changeStatus(Article article, ArticleStatus status, Instant publishedAt, String editor,
            String note) {
        boolean statusChanged = article.status != status;
        article.status = status;
        article.publishedAt = publishedAt;
        article.scheduledAt = null;
        article.updatedBy = editor;
        flush(article);
        if (statusChanged) {
            revisions.record(article, editor, note);
            changes.fire(ArticleChange.of(article));
        }
        return article;
    }

    /**
     * Resolves everything that needs a query first and only then changes the entity:
     * a query on a dirty entity would flush it early and count a second version.
     */
    private void apply(ArticleInput input, Article article) {
        String title = input.title.strip();
        String slug = slugFor(input, title, article);
        String canonicalUrl = blankToNull(input.canonicalUrl);
        if (canonicalUrl != null) {
            articles.findByCanonicalUrl(canonicalUrl)
                    .filter(other -> !other.id.equals(article.id))
                    .ifPresent(other -> {
                        throw ApiException.invalid("input.canonicalUrl", "is already the address of article " + other.id);
                    });
        }
        NewsSource source = input.sourceId == null ? null : source(input.sourceId);
        List<Author> bylined = authors(input.authorIds);

        article.title = title;
        article.changeBody(input.bodyFormat.toHtml(input.body));
        if (article.bodyHtml.length() > Article.MAX_BODY_LENGTH) {
            // Escaping and Markdown rendering can make a body within the input limit longer. No query
            // follows, so nothing is flushed: the exception rolls the transaction back untouched.
            throw ApiException.invalid("input.body", String.format(java.util.Locale.ROOT,
                    "is %,d characters long once formatted as HTML; the limit is %,d",
                    article.bodyHtml.length(), Article.MAX_BODY_LENGTH));
        }
        article.slug = slug;
        article.canonicalUrl = canonicalUrl;
        article.source = source;
        if (!article.authors.equals(bylined)) {
            article.authors.clear();
            article.authors.addAll(bylined);
        }
        article.imageCaption = input.image == null ? null : blankToNull(input.image.caption);
        article.imageCredit = input.image == null ? null : blankToNull(input.image.credit);
        article.imageUrl = input.image == null ? null : blankToNull(input.image.url);
    }

    /**
     * The given slug (if free), else: a new article's slug comes from its title; a
     * draft that was never published follows its title; a published article keeps
     * its slug whatever happens to the title, so links to it do not break.
     */
    private String slugFor(ArticleInput input, String title, Article article) {
        if (input.slug != null) {
            articles.findBySlug(input.slug).filter(other -> !other.id.equals(article.id)).ifPresent(other -> {
                throw ApiException.invalid("input.slug", "'" + input.slug + "' is already used by article " + other.id);
            });
            return input.slug;
        }
        boolean neverPublished = article.publishedAt == null && article.status == ArticleStatus.DRAFT;
        if (article.slug != null && (!neverPublished || Slugs.of(title).equals(stripSuffix(article.slug)))) {
            return article.slug;
        }
        return Slugs.unique(Slugs.of(title),
                candidate -> articles.findBySlug(candidate).filter(other -> !other.id.equals(article.id)).isPresent());
    }

    private static String stripSuffix(String slug) {
        return slug.replaceFirst("-\\d+$", "");
    }

    private NewsSource source(String id) {
        return sources.findByIdOptional(Ids.requireInput(id, "input.sourceId"))
                .orElseThrow(() -> ApiException.invalid("input.sourceId", "no source has the id '" + id + "'"));
    }

    private List<Author> authors(List<String> ids) {
        List<Author> found = new ArrayList<>();
        if (ids == null) {
            return found;
        }
        for (int i = 0; i < ids.size(); i++) {
            String field = "input.authorIds[" + i + "]";
            Author author = authors.findByIdOptional(Ids.requireInput(ids.get(i), field))
                    .orElseThrow(() -> ApiException.invalid(field, "no author has that id"));
            if (!found.contains(author)) {
                found.add(author);
            }
        }
        return found;
    }


    private Article find(String id) {
        return articles.findByIdWithSource(Ids.require(id, "article"))
                .orElseThrow(() -> ApiException.notFound("No article has the id '" + id + "'"));
    }

    /** Makes Hibernate check the version now, so a concurrent writer is reported as a CONFLICT. */
    private void flush(Article article) {
        try {
            articles.flush();
        } catch (OptimisticLockException | StaleObjectStateException e) {
            throw staleVersion(null, article.version);
        }
    }

    private static ApiException staleVersion(Integer current, int expected) {
        ApiException conflict = ApiException.conflict("The article was changed by someone else (you had version "
                + expected + (current == null ? "" : ", it is now at version " + current)
                + "); reload it, reapply your change and send the new version");
        return current == null ? conflict : conflict.with("currentVersion", current);
    }

    /** Everything an update can change, to tell a real change from a resubmission. */
    private static String contentOf(Article article) {
        return String.join("\u0000", article.title, article.bodyHtml, String.valueOf(article.slug),
                String.valueOf(article.canonicalUrl), String.valueOf(article.source == null ? null : article.source.id),
                article.authors.stream().map(author -> String.valueOf(author.id)).toList().toString(),
                String.valueOf(article.imageCaption), String.valueOf(article.imageCredit), String.valueOf(article.imageUrl));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
