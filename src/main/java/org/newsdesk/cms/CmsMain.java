package org.newsdesk.cms;

import java.nio.file.Path;
import java.util.Arrays;

import jakarta.inject.Inject;

import org.newsdesk.cms.importer.ImportCommand;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Entry point. With no arguments the application serves the API; with
 * {@code import DIR...} it imports the folders, one run each, prints a report and
 * exits with 0 (all imported), 2 (some documents failed) or 1 (a folder could not
 * be imported).
 */
@QuarkusMain
public class CmsMain implements QuarkusApplication {

    @Inject
    ImportCommand importCommand;

    public static void main(String... args) {
        if (isImport(args)) {
            // A one-shot import opens no port (a server may be running beside it)
            // and must not also import the configured folder on start.
            System.setProperty("quarkus.http.host-enabled", "false");
            System.setProperty("cms.import.on-start", "false");
            // It serves no searches: no search index to build from the database (H2), and
            // the server's index on disk is left alone (the server catches up when it starts).
            System.setProperty("cms.search.index-on-start", "false");
            System.setProperty("cms.search.index-directory", "memory");
            // Nothing routes requests to it: no delay before it stops, whatever a server is given.
            System.setProperty("quarkus.shutdown.delay", "0S");
            // Standard output carries the report; logs go to standard error.
            System.setProperty("quarkus.log.console.stderr", "true");
            System.setProperty("quarkus.banner.enabled", "false");
        }
        Quarkus.run(CmsMain.class, args);
    }

    @Override
    public int run(String... args) {
        if (isImport(args)) {
            if (args.length < 2) {
                System.err.println("usage: import DIR...");
                return ImportCommand.EXIT_CANNOT_RUN;
            }
            return importCommand.run(Arrays.stream(args).skip(1).map(Path::of).toList());
        }
        Quarkus.waitForExit();
        return 0;
    }

    private static boolean isImport(String... args) {
        return args.length > 0 && args[0].equals("import");
    }
}
