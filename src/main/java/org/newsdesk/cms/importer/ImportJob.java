package org.newsdesk.cms.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;

import org.newsdesk.cms.article.body.ArticleBody;
import org.newsdesk.cms.audit.AuditRecord;
import org.newsdesk.cms.audit.AuditTrail;
import org.newsdesk.cms.audit.ChangeApplied;
import org.newsdesk.cms.importer.document.DocumentReader;
import org.newsdesk.cms.importer.document.ParsedArticle;
import org.newsdesk.cms.importer.document.UnreadableDocumentException;
import org.newsdesk.cms.newssource.PublicationRegistry;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;

/**
 * The import job: reads documents, stores them a batch per transaction (each
 * document whole or not at all), and records the run. A bad document is reported FAILED with its reason and the rest go on. Runs
 * do not overlap within one process, so two editors' runs cannot race each other.
 */
@ApplicationScoped
public class ImportJob {

    private final ImportConfig config;
    private final ImportRecords records;
    private final ArticleImportService articles;
    private final DocumentReader reader;
    private final MeterRegistry metrics;
    private final Event<ImportFinished> finishedRuns;
    private final AuditTrail audit;
    private final Event<ChangeApplied> applied;
    private final PlannerStatistics statistics;
    private final ReentrantLock oneRunAtATime = new ReentrantLock();
    /**
     * Documents stored per transaction. A commit per document made the import wait
     * on the database; a failing batch is redone document by document.
     */
    static final int BATCH_SIZE = 200;
    /** Within quarkus.shutdown.timeout (30 s): one batch never takes this long. */
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(25);
    /** Set when the application shuts down: a running import stops between documents. */
    private volatile boolean stopping;

    ImportJob(ImportConfig config, ImportRecords records, ArticleImportService articles, MeterRegistry metrics,
            Event<ImportFinished> finishedRuns, AuditTrail audit, Event<ChangeApplied> applied,
            PlannerStatistics statistics) {
        this.statistics = statistics;
        this.audit = audit;
        this.applied = applied;
        this.config = config;
        this.records = records;
        this.articles = articles;
        this.metrics = metrics;
        this.finishedRuns = finishedRuns;
        this.reader = new DocumentReader(config.maxDocumentBytes());
    }

    /**
     * On shutdown a running import finishes the batch in hand, records the run
     * and stops, before the datasource closes: this observer waits for it (the run
     * holds {@link #oneRunAtATime} until it is recorded).
     */
    void onShutdown(@Observes ShutdownEvent event) throws InterruptedException {
        stopping = true;
        if (oneRunAtATime.tryLock(SHUTDOWN_WAIT.toSeconds(), TimeUnit.SECONDS)) {
            oneRunAtATime.unlock();
        } else {
            Log.warnf("An import was still busy with one document after %s; stopping anyway", SHUTDOWN_WAIT);
        }
    }

    /** The folder {@code cms.import.dir}. */
    public Path configuredFolder() {
        return Path.of(config.dir());
    }

    /**
     * Imports every document under {@code folder} (sub-folders too, in path order).
     *
     * @throws ImportNotPossibleException when the folder cannot be read at all
     */
    public ImportRun importFolder(Path folder, ImportTrigger trigger) {
        return importFolder(folder, trigger, item -> {
        });
    }

    /**
     * The same, telling {@code onEachDocument} what became of each document once it
     * is committed (the command line prints it).
     */
    public ImportRun importFolder(Path folder, ImportTrigger trigger, Consumer<ImportItem> onEachDocument) {
        if (!Files.isDirectory(folder)) {
            throw new ImportNotPossibleException("the import folder '" + folder + "' does not exist or is not a folder");
        }
        List<Path> files = documentsIn(folder);
        PublicationRegistry registry = PublicationRegistry.forFolder(folder);
        ImportRun finished;
        ImportTally tally = new ImportTally();
        oneRunAtATime.lock();
        try {
            ImportRun run = records.start(trigger, folder.toString());
            Log.infof("Import run %d: %d documents in %s", run.id, files.size(), folder);
            PlannerStatistics.Run planner = statistics.forRun();
            Consumer<ImportItem> report = item -> {
                count(tally, item.status);
                onEachDocument.accept(item);
                if (tally.total() % config.progressEvery() == 0) {
                    Log.infof("Import run %d: %d of %d documents done (%d failed)", run.id, tally.total(), files.size(), tally.failed());
                }
            };
            List<ReadDocument> batch = new ArrayList<>(BATCH_SIZE);
            try (ReadAhead ahead = new ReadAhead(files.size(), BATCH_SIZE * 2, position -> {
                String name = folder.relativize(files.get(position)).toString();
                return read(position, name, () -> reader.read(name, Files.readAllBytes(files.get(position))));
            })) {
                for (int position = 0; position < files.size() && !stopping; position++) {
                    // Stopping leaves the documents read so far to be stored below; the rest wait for the next run.
                    try {
                        batch.add(ahead.take(position));
                    } catch (UnreadableDocumentException e) {
                        storeBatch(run.id, batch, registry, report); // reported in document order
                        report.accept(fail(run.id, position, folder.relativize(files.get(position)).toString(), e.getMessage()));
                    }
                    if (batch.size() == BATCH_SIZE) {
                        storeBatch(run.id, batch, registry, report);
                        planner.stored(tally.created() + tally.updated());
                    }
                }
            }
            storeBatch(run.id, batch, registry, report);
            planner.finished();
            if (tally.total() < files.size()) {
                Log.warnf("Import run %d stopped by shutdown after %d of %d documents", run.id, tally.total(), files.size());
            }
            finished = finish(run.id, tally, trigger);
            Log.infof("Import run %d finished: %s", run.id, tally);
        } finally {
            oneRunAtATime.unlock();
        }
        finishedRuns.fire(new ImportFinished(finished.id, tally.created() + tally.updated()));
        return finished;
    }

    /** Imports one document sent as text; recorded as a run of one. */
    public ImportItem importDocument(String fileName, String content) {
        PublicationRegistry registry = PublicationRegistry.forFolder(configuredFolder());
        oneRunAtATime.lock();
        try {
            ImportRun run = records.start(ImportTrigger.IMPORT_DOCUMENT, fileName);
            ImportItem item;
            try {
                item = storeOne(run.id, read(0, fileName, () -> reader.read(fileName, content)), registry);
            } catch (UnreadableDocumentException e) {
                item = fail(run.id, 0, fileName, e.getMessage());
            }
            ImportTally tally = new ImportTally();
            count(tally, item.status);
            records.finish(run.id, tally);
            return item;
        } finally {
            oneRunAtATime.unlock();
        }
    }

    /**
     * Records the run's end. A run nobody asked for through the API (on start, from the
     * command line) gets its audit record here, in the same transaction; a mutation's
     * run is recorded by the mutation's own record.
     */
    private ImportRun finish(long runId, ImportTally tally, ImportTrigger trigger) {
        if (trigger == ImportTrigger.RUN_IMPORT || trigger == ImportTrigger.IMPORT_DOCUMENT) {
            return records.finish(runId, tally);
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            ImportRun done = records.finish(runId, tally);
            applied.fire(new ChangeApplied("import", List.of("import-run:" + runId), "system"));
            audit.record(new AuditRecord("system", "none", "import", List.of("import-run:" + runId),
                    List.of("trigger=" + trigger, "created=" + tally.created(), "updated=" + tally.updated(),
                            "failed=" + tally.failed()),
                    AuditRecord.OK, null));
            return done;
        });
    }

    private void count(ImportTally tally, ImportStatus status) {
        tally.count(status);
        metrics.counter("cms.import.documents", "status", status.name()).increment();
    }

    private interface Parse {
        ParsedArticle run() throws IOException;
    }

    /**
     * Reads and parses one document and checks it fits the store, writing nothing.
     *
     * @throws UnreadableDocumentException with the reason, when it cannot be imported
     */
    private static ReadDocument read(int position, String name, Parse parse) {
        try {
            ParsedArticle parsed = parse.run();
            DocumentLimits.check(parsed);
            return new ReadDocument(position, name, parsed, ArticleBody.of(parsed.bodyHtml()));
        } catch (IOException | UncheckedIOException e) {
            throw new UnreadableDocumentException("the file cannot be read: " + e.getMessage());
        } catch (UnreadableDocumentException e) {
            throw e;
        } catch (RuntimeException e) {
            // A parser bug, not the document's known fault: details for operators, plain words for editors.
            Log.errorf(e, "%s could not be parsed", name);
            throw new UnreadableDocumentException("the document could not be read because of a server error");
        }
    }

    /**
     * Stores the documents read so far in one transaction and reports them. When that
     * fails, one of them is at fault: each is then stored on its own, so only that one
     * fails and the others are still imported.
     */
    private void storeBatch(long runId, List<ReadDocument> batch, PublicationRegistry registry, Consumer<ImportItem> report) {
        if (batch.isEmpty()) {
            return;
        }
        List<ImportItem> items;
        try {
            items = articles.storeAll(runId, batch, registry);
        } catch (RuntimeException oneOfThemFailed) {
            items = batch.stream().map(document -> storeOne(runId, document, registry)).toList();
        }
        batch.clear();
        items.forEach(report);
    }

    private ImportItem storeOne(long runId, ReadDocument document, PublicationRegistry registry) {
        try {
            return articles.store(runId, document, registry);
        } catch (UnreadableDocumentException e) {
            return fail(runId, document.position(), document.file(), e.getMessage());
        } catch (RuntimeException e) {
            // Not the document's fault as far as we can tell (a database error, a bug):
            // log the details for operators, tell the editor in plain words.
            Log.errorf(e, "Import run %d: %s FAILED while storing it", runId, document.file());
            return records.recordFailure(runId, document.position(), document.file(),
                    "the article could not be stored because of a server error; nothing of it was saved");
        }
    }

    private ImportItem fail(long runId, int position, String name, String reason) {
        Log.warnf("Import run %d: %s FAILED: %s", runId, name, reason);
        return records.recordFailure(runId, position, name, reason);
    }

    private static List<Path> documentsIn(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.filter(Files::isRegularFile)
                    .filter(path -> !path.getFileName().toString().startsWith("."))
                    .filter(path -> DocumentReader.isDocument(path.getFileName().toString()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new ImportNotPossibleException("the import folder '" + folder + "' cannot be read: " + e.getMessage());
        }
    }
}
