package org.newsdesk.cms.tag;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A topic, person, place or organisation articles are about; many per article. */
@Entity
public class Tag extends PanacheEntityBase {

    /** The most characters of a tag's name. */
    public static final int MAX_NAME_LENGTH = 300;
    /** The most characters of a description. */
    public static final int MAX_DESCRIPTION_LENGTH = 2000;
    /** The most tags one article carries (documents with more keep the first ones). */
    public static final int MAX_PER_ARTICLE = 50;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tag_seq")
    @SequenceGenerator(name = "tag_seq", sequenceName = "tag_seq", allocationSize = 50)
    public Long id;

    @Column(nullable = false, unique = true, length = 200)
    public String slug;

    @Column(nullable = false, length = MAX_NAME_LENGTH)
    public String name;

    /** The name folded for matching ("Climate", "CLIMATE", "Clímate" alike): the slug of the name. Unique. */
    @Column(name = "name_key", nullable = false, unique = true, length = 200)
    public String nameKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public TagKind kind;

    @Column(length = MAX_DESCRIPTION_LENGTH)
    public String description;

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
