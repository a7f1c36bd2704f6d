package org.newsdesk.cms.importer;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the import job finds and reads documents. */
@ConfigMapping(prefix = "cms.import")
public interface ImportConfig {

    /** Folder imported on start and by the runImport mutation; its publications.tsv names publications. */
    @WithDefault("seeds")
    String dir();

    /** Import {@link #dir()} when the application starts (true in dev mode; a Kubernetes Job does it in prod). */
    @WithDefault("false")
    boolean onStart();

    /** Largest document accepted, in bytes; a larger one is reported FAILED. */
    @WithDefault("5242880")
    long maxDocumentBytes();

    /** A progress line is logged every this many documents of a run. */
    @WithDefault("1000")
    int progressEvery();
}
