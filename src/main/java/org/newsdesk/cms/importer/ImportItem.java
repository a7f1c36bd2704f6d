package org.newsdesk.cms.importer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.newsdesk.cms.article.Article;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** What one import run did with one file. */
@Entity
@Table(name = "import_item")
public class ImportItem extends PanacheEntityBase {

    public static final int MAX_ERROR_LENGTH = 2000;
    /** Longer paths keep their end ({@link #storedFile}). */
    public static final int MAX_FILE_LENGTH = Article.MAX_IMPORT_FILE_LENGTH;

    /**
     * A document's file as the store keeps it, on its item and its article alike: the end
     * of an over-long path, where the name that tells documents apart is.
     */
    public static String storedFile(String file) {
        return file.length() <= MAX_FILE_LENGTH ? file : file.substring(file.length() - MAX_FILE_LENGTH);
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_item_seq")
    @SequenceGenerator(name = "import_item_seq", sequenceName = "import_item_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "run_id", nullable = false)
    public ImportRun run;

    /** Order within the run. */
    @Column(nullable = false)
    public int position;

    @Column(nullable = false, length = MAX_FILE_LENGTH)
    public String file;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public ImportStatus status;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "article_id")
    public Article article;

    /** Read-only copy of the foreign key, for batch loading without lazy proxies. */
    @Column(name = "article_id", insertable = false, updatable = false)
    public Long articleId;

    /** Read-only copy of the foreign key, for batch loading without lazy proxies. */
    @Column(name = "run_id", insertable = false, updatable = false)
    public Long runId;

    @Column(length = MAX_ERROR_LENGTH)
    public String error;
}
