package org.newsdesk.cms.article.revision;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.newsdesk.cms.article.Article;
import org.newsdesk.cms.article.ArticleStatus;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An immutable snapshot of an article after one change of its content or status. */
@Entity
@Immutable
@Table(name = "article_revision")
public class ArticleRevision extends PanacheEntityBase {

    public static final int MAX_NOTE_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "article_revision_seq")
    @SequenceGenerator(name = "article_revision_seq", sequenceName = "article_revision_seq", allocationSize = 50)
    public Long id;

    @Column(name = "article_id", nullable = false, updatable = false)
    public Long articleId;

    /** 1, 2, 3… per article. */
    @Column(nullable = false, updatable = false)
    public int number;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(length = 200, updatable = false)
    public String editor;

    @Column(nullable = false, length = Article.MAX_TITLE_LENGTH, updatable = false)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    public ArticleStatus status;

    @Column(name = "body_html", nullable = false, length = Article.MAX_BODY_LENGTH, updatable = false)
    public String bodyHtml;

    /** Why, when the change came with a note (a draft returned to its contributor). */
    @Column(length = MAX_NOTE_LENGTH, updatable = false)
    public String note;
}
