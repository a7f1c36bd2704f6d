package org.newsdesk.cms.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real H2 file database, opened the way the pool opens it. */
class H2PageCacheTest {

    @TempDir
    Path folder;

    @Test
    void aWholeUrlWithoutACacheSizeGetsTheShippedOne() throws Exception {
        String url = "jdbc:h2:file:" + folder.resolve("whole") + ";WRITE_DELAY=0";
        assertThat(cacheSizeAfterOpening(url)).isEqualTo(H2PageCache.KILOBYTES);
    }

    @Test
    void aUrlThatNamesASizeKeepsIt() throws Exception {
        String url = "jdbc:h2:file:" + folder.resolve("sized") + ";cache_size=8192";
        assertThat(cacheSizeAfterOpening(url)).isEqualTo(8192);
    }

    @Test
    void inMemoryDatabasesAndOtherDatabasesAreLeftAlone() throws Exception {
        // A closed connection: any statement on it would throw.
        Connection closed = DriverManager.getConnection("jdbc:h2:mem:page-cache-test", "sa", "");
        closed.close();
        for (String url : new String[] { "jdbc:h2:mem:page-cache-test", "jdbc:postgresql://127.0.0.1:5432/cms" }) {
            new H2PageCache(Optional.of(url)).onConnectionCreate(closed);
        }
        assertThatThrownBy(() -> new H2PageCache(Optional.of("jdbc:h2:file:" + folder.resolve("x")))
                .onConnectionCreate(closed)).as("the check above can fail").isInstanceOf(IllegalStateException.class);
    }

    private static int cacheSizeAfterOpening(String url) throws Exception {
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            new H2PageCache(Optional.of(url)).onConnectionCreate(connection);
            try (Statement statement = connection.createStatement();
                    ResultSet size = statement.executeQuery(
                            "select setting_value from information_schema.settings where setting_name = 'CACHE_SIZE'")) {
                assertThat(size.next()).isTrue();
                return Integer.parseInt(size.getString(1));
            }
        }
    }
}
