package org.newsdesk.cms.importer;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * {@code import DIR...} on the command line: each folder imported as a run of its
 * own, in turn, with a report on standard output and one exit code for them all.
 */
@ApplicationScoped
public class ImportCommand {

    public static final int EXIT_ALL_IMPORTED = 0;
    public static final int EXIT_CANNOT_RUN = 1;
    public static final int EXIT_SOME_FAILED = 2;

    private final ImportJob job;

    ImportCommand(ImportJob job) {
        this.job = job;
    }

    /**
     * Imports the folders in turn (one failing does not stop the others): 1 when any
     * could not be imported, else 2 when any document failed, else 0.
     */
    public int run(List<Path> folders) {
        boolean cannotRun = false;
        boolean someFailed = false;
        for (Path folder : folders) {
            int exit = run(folder);
            cannotRun |= exit == EXIT_CANNOT_RUN;
            someFailed |= exit == EXIT_SOME_FAILED;
        }
        return cannotRun ? EXIT_CANNOT_RUN : someFailed ? EXIT_SOME_FAILED : EXIT_ALL_IMPORTED;
    }

    /** Imports {@code folder}, printing one line per document as it is done, then a summary. */
    public int run(Path folder) {
        PrintStream out = System.out;
        ImportRun run;
        try {
            run = job.importFolder(folder, ImportTrigger.COMMAND_LINE, item -> out.println(line(item)));
        } catch (ImportNotPossibleException e) {
            System.err.println("import failed: " + e.getMessage());
            return EXIT_CANNOT_RUN;
        } catch (RuntimeException e) {
            System.err.println("import failed: " + e);
            return EXIT_CANNOT_RUN;
        }
        int documents = run.created + run.updated + run.unchanged + run.failed;
        double seconds = Math.max(Duration.between(run.startedAt, run.finishedAt).toMillis(), 1) / 1000.0;
        out.printf(Locale.ROOT, "Import run %d: %d created, %d updated, %d unchanged, %d failed (%d documents in %.1f s, %.0f documents/s)%n",
                run.id, run.created, run.updated, run.unchanged, run.failed, documents, seconds, documents / seconds);
        return run.failed > 0 ? EXIT_SOME_FAILED : EXIT_ALL_IMPORTED;
    }

    private static String line(ImportItem item) {
        return item.status == ImportStatus.FAILED
                ? String.format("FAILED     %s: %s", item.file, item.error)
                : String.format("%-10s %s", item.status, item.file);
    }
}
