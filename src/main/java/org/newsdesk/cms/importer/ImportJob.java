package org.newsdesk.cms.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;

import org.newsdesk.cms.newssource.PublicationRegistry;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;

/**
 * The import job: reads documents, one transaction per document, and records the
 * run. A bad document is reported FAILED with its reason and the rest go on. Runs
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
    private final ReentrantLock oneRunAtATime = new ReentrantLock();
    /** Within quarkus.shutdown.timeout (30 s): one document never takes this long. */
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(25);
    /** Set when the application shuts down: a running import stops between documents. */
    private volatile boolean stopping;

    ImportJob(ImportConfig config, ImportRecords records, ArticleImportService articles, MeterRegistry metrics,
            Event<ImportFinished> finishedRuns) {
        this.config = config;
        this.records = records;
        this.articles = articles;
        this.metrics = metrics;
        this.finishedRuns = finishedRuns;
        this.reader = new DocumentReader(config.maxDocumentBytes());
    }

    /**
     * On shutdown a running import finishes the document in hand, records the run
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
     * The same, telling {@code onEachDocument} what became of each document as soon
     * as it is committed (the command line prints it).
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
            for (Path file : files) {
                if (stopping) {
                    // Every document so far is committed whole; the rest wait for the next run.
                    Log.warnf("Import run %d stopped by shutdown after %d of %d documents", run.id, tally.total(), files.size());
                    break;
                }
                String name = folder.relativize(file).toString();
                ImportItem item = importOne(run.id, tally.total(), name, () -> reader.read(name, Files.readAllBytes(file)), registry);
                count(tally, item.status);
                onEachDocument.accept(item);
                if (tally.total() % config.progressEvery() == 0) {
                    Log.infof("Import run %d: %d of %d documents done (%d failed)", run.id, tally.total(), files.size(), tally.failed());
                }
            }
            finished = records.finish(run.id, tally);
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
            ImportItem item = importOne(run.id, 0, fileName, () -> reader.read(fileName, content), registry);
            ImportTally tally = new ImportTally();
            count(tally, item.status);
            records.finish(run.id, tally);
            return item;
        } finally {
            oneRunAtATime.unlock();
        }
    }

    private void count(ImportTally tally, ImportStatus status) {
        tally.count(status);
        metrics.counter("cms.import.documents", "status", status.name()).increment();
    }

    private interface Parse {
        ParsedArticle run() throws IOException;
    }

    private ImportItem importOne(long runId, int position, String name, Parse parse, PublicationRegistry registry) {
        try {
            return articles.store(runId, position, name, parse.run(), registry);
        } catch (UnreadableDocumentException e) {
            Log.warnf("Import run %d: %s FAILED: %s", runId, name, e.getMessage());
            return records.recordFailure(runId, position, name, e.getMessage());
        } catch (IOException | UncheckedIOException e) {
            Log.warnf("Import run %d: %s FAILED: cannot read the file: %s", runId, name, e.getMessage());
            return records.recordFailure(runId, position, name, "the file cannot be read: " + e.getMessage());
        } catch (RuntimeException e) {
            // Not the document's fault as far as we can tell (a database error, a bug):
            // log the details for operators, tell the editor in plain words.
            Log.errorf(e, "Import run %d: %s FAILED while storing it", runId, name);
            return records.recordFailure(runId, position, name,
                    "the article could not be stored because of a server error; nothing of it was saved");
        }
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
