package org.newsdesk.cms.article.revision;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.newsdesk.cms.article.Article;
import org.newsdesk.cms.common.AppClock;

/** Keeps an article's history: a revision for every change of its content or status. */
@ApplicationScoped
public class Revisions {

    private final RevisionRepository revisions;
    private final AppClock clock;

    Revisions(RevisionRepository revisions, AppClock clock) {
        this.revisions = revisions;
        this.clock = clock;
    }

    /**
     * Records the article as it now stands, by {@code editor}. Called inside the
     * transaction that changed it, after the change is flushed; the article's
     * version check makes concurrent writers of one article take turns, so numbers
     * never collide.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ArticleRevision record(Article article, String editor) {
        return record(article, editor, null);
    }

    /** The same, with the editor's note on the change (a draft returned to its contributor says why). */
    @Transactional(Transactional.TxType.MANDATORY)
    public ArticleRevision record(Article article, String editor, String note) {
        return record(article, editor, revisions.latestNumber(article.id) + 1, note);
    }

    /** The same for an article created in this transaction: its history starts at 1, no need to look. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ArticleRevision recordFirst(Article article, String editor) {
        return record(article, editor, 1, null);
    }

    private ArticleRevision record(Article article, String editor, int number, String note) {
        ArticleRevision revision = new ArticleRevision();
        revision.articleId = article.id;
        revision.number = number;
        revision.createdAt = clock.now();
        revision.editor = editor;
        revision.title = article.title;
        revision.status = article.status;
        revision.bodyHtml = article.bodyHtml;
        revision.note = note;
        revisions.persist(revision);
        return revision;
    }

    public List<ArticleRevision> ofArticles(List<Long> articleIds) {
        return revisions.findByArticleIds(articleIds);
    }

    public java.util.Optional<ArticleRevision> find(long articleId, int number) {
        return revisions.find(articleId, number);
    }
}
