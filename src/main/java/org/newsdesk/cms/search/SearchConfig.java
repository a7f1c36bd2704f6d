package org.newsdesk.cms.search;

import java.time.Duration;

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
     * PostgreSQL only: how often the word statistics behind suggestions
     * (search_lexeme_stats) are refreshed; also after every import run.
     */
    @WithDefault("1h")
    Duration statsRefreshEvery();
}
