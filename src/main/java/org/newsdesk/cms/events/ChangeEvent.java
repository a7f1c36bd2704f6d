package org.newsdesk.cms.events;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One committed change, as subscribers are told of it; its id is stable for de-duplication. */
@Entity
@Immutable
@Table(name = "change_event")
public class ChangeEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "change_event_seq")
    @SequenceGenerator(name = "change_event_seq", sequenceName = "change_event_seq", allocationSize = 50)
    public Long id;

    /** The mutation (publishArticle, …) or import. */
    @Column(nullable = false, length = 64, updatable = false)
    public String type;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    public Instant occurredAt;

    /** Space-separated surrogate keys of the answers the change affects. */
    @Column(nullable = false, length = 2000, updatable = false)
    public String keys;

    @Column(name = "article_id", updatable = false)
    public Long articleId;

    @Column(name = "article_slug", length = 200, updatable = false)
    public String articleSlug;

    @Column(name = "article_status", length = 16, updatable = false)
    public String articleStatus;

    @Column(name = "article_version", updatable = false)
    public Integer articleVersion;

    @Column(length = 200, updatable = false)
    public String editor;
}
