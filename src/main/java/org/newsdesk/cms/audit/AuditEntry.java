package org.newsdesk.cms.audit;

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

/** One mutation or import run as it happened: never changed once written. */
@Entity
@Immutable
@Table(name = "audit_entry")
public class AuditEntry extends PanacheEntityBase {

    public static final int MAX_USER_LENGTH = 200;
    public static final int MAX_LIST_LENGTH = 2000;
    public static final int MAX_ADDRESS_LENGTH = 64;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
    @SequenceGenerator(name = "audit_entry_seq", sequenceName = "audit_entry_seq", allocationSize = 50)
    public Long id;

    @Column(nullable = false, updatable = false)
    public Instant at;

    @Column(name = "user_name", nullable = false, length = MAX_USER_LENGTH, updatable = false)
    public String user;

    @Column(nullable = false, length = 32, updatable = false)
    public String role;

    @Column(nullable = false, length = 64, updatable = false)
    public String operation;

    /** Space-separated keys such as {@code article:12 section:3}. */
    @Column(name = "target_ids", nullable = false, length = MAX_LIST_LENGTH, updatable = false)
    public String targetIds;

    /** The first article among the targets, for the per-article filter. */
    @Column(name = "article_id", updatable = false)
    public Long articleId;

    /** Space-separated names of the arguments and input fields given. */
    @Column(nullable = false, length = MAX_LIST_LENGTH, updatable = false)
    public String fields;

    /** {@code OK}, or the error code the caller got. */
    @Column(nullable = false, length = 32, updatable = false)
    public String outcome;

    @Column(name = "client_address", length = MAX_ADDRESS_LENGTH, updatable = false)
    public String clientAddress;
}
