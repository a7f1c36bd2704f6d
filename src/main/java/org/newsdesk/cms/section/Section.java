package org.newsdesk.cms.section;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A section of the publication (World, Europe, Business…): a tree, each article in one. */
@Entity
public class Section extends PanacheEntityBase {

    /** The most characters of a section's name. */
    public static final int MAX_NAME_LENGTH = 300;
    /** The most characters of a description. */
    public static final int MAX_DESCRIPTION_LENGTH = 2000;
    /** How deep the tree may grow (World > Europe > France > Paris…). */
    public static final int MAX_DEPTH = 8;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "section_seq")
    @SequenceGenerator(name = "section_seq", sequenceName = "section_seq", allocationSize = 50)
    public Long id;

    @Column(nullable = false, unique = true, length = 200)
    public String slug;

    @Column(nullable = false, length = MAX_NAME_LENGTH)
    public String name;

    /** The name folded for matching ("Europe", "EUROPE", "Éurope" alike): the slug of the name. */
    @Column(name = "name_key", nullable = false, length = 200)
    public String nameKey;

    @Column(length = MAX_DESCRIPTION_LENGTH)
    public String description;

    /** Null for a top-level section. */
    @Column(name = "parent_id")
    public Long parentId;

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
