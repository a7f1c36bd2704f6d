package org.newsdesk.cms.search;

import java.nio.file.Path;
import java.util.Optional;

import org.newsdesk.cms.common.H2Urls;

/**
 * Where the H2 build's search index lives. By default beside the database it mirrors:
 * for {@code jdbc:h2:file:./data/cms} the directory {@code ./data/cms.search}, so that
 * a restart opens it instead of reading every article again; in memory for an
 * in-memory or remote database, or when configured as {@value #MEMORY}.
 */
final class SearchIndexLocation {

    /** {@code cms.search.index-directory} value that keeps the index in memory. */
    static final String MEMORY = "memory";
    static final String SUFFIX = ".search";

    private SearchIndexLocation() {
    }

    /** The index's directory, or empty for memory. */
    static Optional<Path> resolve(Optional<String> configured, Optional<String> jdbcUrl) {
        if (configured.isPresent()) {
            String directory = configured.get().strip();
            return directory.equalsIgnoreCase(MEMORY) ? Optional.empty() : Optional.of(Path.of(directory));
        }
        return jdbcUrl.flatMap(H2Urls::databaseFile).map(file -> Path.of(file + SUFFIX));
    }
}
