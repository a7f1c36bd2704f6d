package org.newsdesk.cms.importer;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.newsdesk.cms.article.Article;

/** The ledger of import runs: every run and what it did with each file. */
@ApplicationScoped
public class ImportRecords {

    private final ImportRunRepository runs;
    private final ImportItemRepository items;

    ImportRecords(ImportRunRepository runs, ImportItemRepository items) {
        this.runs = runs;
        this.items = items;
    }

    @Transactional
    public ImportRun start(ImportTrigger trigger, String location) {
        ImportRun run = new ImportRun();
        run.trigger = trigger;
        run.location = location;
        run.startedAt = Instant.now();
        runs.persist(run);
        return run;
    }

    /** Records a document that could not be imported; nothing else of it is written. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public ImportItem recordFailure(long runId, int position, String file, String reason) {
        String error = reason.length() <= ImportItem.MAX_ERROR_LENGTH ? reason
                : reason.substring(0, ImportItem.MAX_ERROR_LENGTH - 1) + "…";
        return item(runId, position, file, ImportStatus.FAILED, null, error);
    }

    @Transactional
    public ImportRun finish(long runId, ImportTally tally) {
        ImportRun run = runs.findById(runId);
        run.finishedAt = Instant.now();
        run.created = tally.created();
        run.updated = tally.updated();
        run.unchanged = tally.unchanged();
        run.failed = tally.failed();
        return run;
    }

    /** Newest first. */
    public List<ImportRun> latestRuns(int limit) {
        return runs.latest(limit);
    }

    public List<ImportItem> itemsOf(List<Long> runIds) {
        return items.ofRuns(runIds);
    }

    /** Writes an item inside the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ImportItem item(long runId, int position, String file, ImportStatus status, Article article, String error) {
        ImportItem item = new ImportItem();
        item.run = runs.reference(runId);
        item.position = position;
        item.file = ImportItem.storedFile(file);
        item.status = status;
        item.article = article;
        item.articleId = article == null ? null : article.id; // read-only column, kept in step for readers
        item.runId = runId;
        item.error = error;
        items.persist(item);
        return item;
    }
}
