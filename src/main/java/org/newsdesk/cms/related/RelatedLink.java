package org.newsdesk.cms.related;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.newsdesk.cms.article.Article;
import org.newsdesk.cms.common.WebAddress;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A "Related article" link from one article to another, by title. The target is
 * filled in when an article with a matching {@code titleKey} exists, now or later;
 * until then the link keeps its title and stays unresolved. It is never dropped.
 */
@Entity
@Table(name = "related_link")
public class RelatedLink extends PanacheEntityBase {

    /** A link names an article by its title. */
    public static final int MAX_TITLE_LENGTH = Article.MAX_TITLE_LENGTH;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "related_link_seq")
    @SequenceGenerator(name = "related_link_seq", sequenceName = "related_link_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id", nullable = false)
    public Article article;

    /** Order among the article's links. */
    @Column(nullable = false)
    public int position;

    /** How many body blocks precede the link: where it stood in the body. */
    @Column(nullable = false)
    public int paragraph;

    @Column(nullable = false, length = MAX_TITLE_LENGTH)
    public String title;

    @Column(name = "title_key", nullable = false, length = MAX_TITLE_LENGTH)
    public String titleKey;

    @Column(length = WebAddress.MAX_LENGTH)
    public String url;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "target_id")
    public Article target;

    /** Read-only copies of the foreign keys: readers batch on ids without touching lazy proxies. */
    @Column(name = "article_id", insertable = false, updatable = false)
    public Long articleId;

    @Column(name = "target_id", insertable = false, updatable = false)
    public Long targetId;
}
