package org.newsdesk.cms.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class H2UrlsTest {

    @Test
    void namesTheFileOfALocalDatabase() {
        assertThat(H2Urls.databaseFile("jdbc:h2:file:./data/cms;WRITE_DELAY=0")).contains("./data/cms");
        assertThat(H2Urls.databaseFile("jdbc:h2:/var/lib/cms/db")).contains("/var/lib/cms/db");
        assertThat(H2Urls.databaseFile("jdbc:h2:mem:test;DB_CLOSE_DELAY=-1")).isEmpty();
        assertThat(H2Urls.databaseFile("jdbc:h2:tcp://db.internal/cms")).isEmpty();
        assertThat(H2Urls.databaseFile("jdbc:postgresql://127.0.0.1:5432/cms")).isEmpty();
    }

    @Test
    void aFileDatabaseDelaysWritesUnlessTheUrlSaysWriteDelayZero() {
        assertThat(H2Urls.delaysWrites("jdbc:h2:file:/srv/cms")).isTrue();
        assertThat(H2Urls.delaysWrites("jdbc:h2:file:/srv/cms;PAGE_SIZE=2048")).isTrue();
        assertThat(H2Urls.delaysWrites("jdbc:h2:file:/srv/cms;WRITE_DELAY=500")).isTrue();
        assertThat(H2Urls.delaysWrites("jdbc:h2:file:/srv/cms;WRITE_DELAY=0")).isFalse();
        assertThat(H2Urls.delaysWrites("jdbc:h2:./cms;page_size=2048; write_delay = 0 ")).isFalse();
    }

    @Test
    void readsASettingInAnyCase() {
        assertThat(H2Urls.option("jdbc:h2:file:/srv/cms;WRITE_DELAY=0;Cache_Size = 4096", "CACHE_SIZE")).contains("4096");
        assertThat(H2Urls.option("jdbc:h2:file:/srv/cms;WRITE_DELAY=0", "CACHE_SIZE")).isEmpty();
        assertThat(H2Urls.option("jdbc:h2:file:/srv/CACHE_SIZE=1", "CACHE_SIZE")).as("a path is no setting").isEmpty();
    }

    @Test
    void onlyALocalFileCanLoseWhatItConfirmed() {
        assertThat(H2Urls.delaysWrites("jdbc:h2:mem:test")).isFalse();
        assertThat(H2Urls.delaysWrites("jdbc:h2:tcp://db.internal/cms")).isFalse();
        assertThat(H2Urls.delaysWrites("jdbc:postgresql://127.0.0.1:5432/cms")).isFalse();
    }
}
