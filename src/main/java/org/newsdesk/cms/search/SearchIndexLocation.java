package org.newsdesk.cms.search;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

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
        return jdbcUrl.flatMap(SearchIndexLocation::databaseFile).map(file -> Path.of(file + SUFFIX));
    }

    /** The file an H2 URL names ({@code jdbc:h2:file:x}, {@code jdbc:h2:./x}, {@code jdbc:h2:~/x}), if any. */
    static Optional<String> databaseFile(String jdbcUrl) {
        String prefix = "jdbc:h2:";
        if (!jdbcUrl.regionMatches(true, 0, prefix, 0, prefix.length())) {
            return Optional.empty();
        }
        String name = jdbcUrl.substring(prefix.length());
        int options = name.indexOf(';');
        if (options >= 0) {
            name = name.substring(0, options);
        }
        if (name.toLowerCase(Locale.ROOT).startsWith("file:")) {
            name = name.substring("file:".length());
        } else if (name.matches("(?i)[a-z]{2,}:.*")) {
            return Optional.empty(); // mem:, tcp:, ssl:, zip:, nio: …: not one local file of ours
        }
        if (name.startsWith("~")) {
            name = System.getProperty("user.home") + name.substring(1);
        }
        return name.isBlank() ? Optional.empty() : Optional.of(name);
    }
}
