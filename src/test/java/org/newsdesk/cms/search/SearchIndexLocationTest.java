package org.newsdesk.cms.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Where the H2 build's search index goes for each kind of database URL and setting. */
class SearchIndexLocationTest {

    private static Optional<Path> forUrl(String url) {
        return SearchIndexLocation.resolve(Optional.empty(), Optional.of(url));
    }

    @Test
    void besideAnH2FileDatabaseWhateverItsOptions() {
        assertThat(forUrl("jdbc:h2:file:./data/newsroom-cms;WRITE_DELAY=0;PAGE_SIZE=2048"))
                .contains(Path.of("./data/newsroom-cms.search"));
        assertThat(forUrl("jdbc:h2:/var/lib/cms/db")).contains(Path.of("/var/lib/cms/db.search"));
        assertThat(forUrl("JDBC:H2:FILE:/srv/cms")).contains(Path.of("/srv/cms.search"));
        assertThat(forUrl("jdbc:h2:~/cms")).contains(Path.of(System.getProperty("user.home") + "/cms.search"));
    }

    @Test
    void inMemoryForDatabasesThatAreNotALocalFile() {
        assertThat(forUrl("jdbc:h2:mem:newsroom-test;DB_CLOSE_DELAY=-1")).isEmpty();
        assertThat(forUrl("jdbc:h2:tcp://db.internal/cms")).isEmpty();
        assertThat(forUrl("jdbc:postgresql://127.0.0.1:5432/cms")).isEmpty();
        assertThat(SearchIndexLocation.resolve(Optional.empty(), Optional.empty())).isEmpty();
    }

    @Test
    void aConfiguredDirectoryOrMemoryWins() {
        assertThat(SearchIndexLocation.resolve(Optional.of("/srv/index"), Optional.of("jdbc:h2:file:./data/cms")))
                .contains(Path.of("/srv/index"));
        assertThat(SearchIndexLocation.resolve(Optional.of("memory"), Optional.of("jdbc:h2:file:./data/cms"))).isEmpty();
    }
}
