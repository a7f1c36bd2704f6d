package org.newsdesk.cms.http;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A GraphQL document by its SHA-256 (lower-case hex), as a client registered it once. */
@Entity
@Immutable
@Table(name = "persisted_query")
public class PersistedQuery extends PanacheEntityBase {

    public static final int MAX_DOCUMENT_LENGTH = 100_000;

    @Id
    @Column(length = 64)
    public String hash;

    @Column(nullable = false, length = MAX_DOCUMENT_LENGTH, updatable = false)
    public String document;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;
}
