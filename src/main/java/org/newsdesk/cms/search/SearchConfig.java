package org.newsdesk.cms.search;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Full-text search. */
@ConfigMapping(prefix = "cms.search")
public interface SearchConfig {

    /**
     * H2 only: build the embedded search index from the database on start (else on the
     * first search). The command-line import turns it off: it serves no searches.
     */
    @WithDefault("true")
    boolean indexOnStart();

    /**
     * H2 only: the directory of the search index. Unset: beside an H2 file database
     * ({@code <file>.search}), where a restart finds it and catches up with what changed
     * (seconds faster than reading every article); in memory for an in-memory database.
     * {@code memory} keeps it in memory.
     */
    Optional<String> indexDirectory();

    /** H2 only: how often changes to an index on disk are made durable (a crash costs a catch-up, not the index). */
    @WithDefault("10s")
    Duration indexCommitEvery();

    /**
     * PostgreSQL only: how often the word statistics behind suggestions
     * (search_lexeme_stats) are refreshed; also after every import run.
     */
    @WithDefault("1h")
    Duration statsRefreshEvery();
}
