package org.newsdesk.cms.importer;

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

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One pass of the import job over a folder or a single document; its items say what happened to each file. */
@Entity
@Table(name = "import_run")
public class ImportRun extends PanacheEntityBase {

    /** The most characters of a run\'s location. */
    public static final int MAX_LOCATION_LENGTH = 1024;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_run_seq")
    @SequenceGenerator(name = "import_run_seq", sequenceName = "import_run_seq", allocationSize = 50)
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "trigger_kind", nullable = false, length = 16)
    public ImportTrigger trigger;

    /** The folder imported, or the document's file name. */
    @Column(length = MAX_LOCATION_LENGTH)
    public String location;

    @Column(name = "started_at", nullable = false)
    public Instant startedAt;

    /** Null while the run is in progress, or when it never finished (the process died). */
    @Column(name = "finished_at")
    public Instant finishedAt;

    @Column(nullable = false)
    public int created;

    @Column(nullable = false)
    public int updated;

    @Column(nullable = false)
    public int unchanged;

    @Column(nullable = false)
    public int failed;
}
