package org.newsdesk.cms.newssource;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;
import org.newsdesk.cms.common.WebAddress;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A publication articles come from, identified by its web domain. Named NewsSource
 * in Java because {@code Source} would clash with GraphQL's {@code @Source}; the
 * GraphQL type is still {@code Source}.
 */
@Entity
@Table(name = "news_source")
public class NewsSource extends PanacheEntityBase {

    /** The most characters of a display name. */
    public static final int MAX_NAME_LENGTH = 300;
    /** The most characters of a host name (DNS allows 253). */
    public static final int MAX_DOMAIN_LENGTH = 255;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "news_source_seq")
    @SequenceGenerator(name = "news_source_seq", sequenceName = "news_source_seq", allocationSize = 50)
    public Long id;

    @Column(nullable = false, unique = true, length = 200)
    public String slug;

    @Column(nullable = false, length = MAX_NAME_LENGTH)
    public String name;

    /** Host of the publication's URLs without "www.", e.g. themoscowtimes.com. */
    @Column(nullable = false, unique = true, length = MAX_DOMAIN_LENGTH)
    public String domain;

    /** The publication's homepage. */
    @Column(length = WebAddress.MAX_LENGTH)
    public String url;

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
