package org.newsdesk.cms.importer;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;

/** {@code import DIR} on the command line: a report on standard output and an exit code. */
@ApplicationScoped
public class ImportCommand {

    public static final int EXIT_ALL_IMPORTED = 0;
    public static final int EXIT_CANNOT_RUN = 1;
    public static final int EXIT_SOME_FAILED = 2;

    private final ImportJob job;
    private final ImportRecords records;

    ImportCommand(ImportJob job, ImportRecords records) {
        this.job = job;
        this.records = records;
    }

    @ActivateRequestContext // the report reads the run's items outside any request
    public int run(Path folder) {
        PrintStream out = System.out;
        ImportRun run;
        try {
            run = job.importFolder(folder, ImportTrigger.COMMAND_LINE);
        } catch (ImportNotPossibleException e) {
            System.err.println("import failed: " + e.getMessage());
            return EXIT_CANNOT_RUN;
        } catch (RuntimeException e) {
            System.err.println("import failed: " + e);
            return EXIT_CANNOT_RUN;
        }
        for (ImportItem item : records.itemsOf(List.of(run.id))) {
            if (item.status == ImportStatus.FAILED) {
                out.printf("FAILED     %s: %s%n", item.file, item.error);
            } else {
                out.printf("%-10s %s%n", item.status, item.file);
            }
        }
        out.printf("Import run %d: %d created, %d updated, %d unchanged, %d failed%n",
                run.id, run.created, run.updated, run.unchanged, run.failed);
        return run.failed > 0 ? EXIT_SOME_FAILED : EXIT_ALL_IMPORTED;
    }
}
