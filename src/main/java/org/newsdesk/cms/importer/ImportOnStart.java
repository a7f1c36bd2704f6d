package org.newsdesk.cms.importer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;

/** Imports {@code cms.import.dir} when the application starts, if {@code cms.import.on-start} is true. */
@ApplicationScoped
class ImportOnStart {

    void onStart(@Observes StartupEvent event, ImportConfig config, ImportJob job) {
        if (!config.onStart()) {
            return;
        }
        try {
            job.importFolder(job.configuredFolder(), ImportTrigger.STARTUP);
        } catch (ImportNotPossibleException e) {
            // The server is still useful without the seeds: say so and serve.
            Log.warnf("Import on start skipped: %s", e.getMessage());
        }
    }
}
