package org.newsdesk.cms.common;

import static org.assertj.core.api.Assertions.assertThat;

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
        // A file opened with its own size, handed to the interceptor as the pool would for
        // these configured URLs: the size stays.
        String opened = "jdbc:h2:file:" + folder.resolve("other") + ";CACHE_SIZE=8192";
        try (Connection connection = DriverManager.getConnection(opened, "sa", "")) {
            for (String configured : new String[] { "jdbc:h2:mem:page-cache-test", "jdbc:postgresql://127.0.0.1:5432/cms" }) {
                new H2PageCache(Optional.of(configured)).onConnectionCreate(connection);
            }
            assertThat(cacheSize(connection)).isEqualTo(8192);
        }
    }

    @Test
    void aConnectionThatRefusesTheSettingIsStillHandedOut() throws Exception {
        String url = "jdbc:h2:file:" + folder.resolve("refusing");
        try (Connection admin = DriverManager.getConnection(url, "sa", "");
                Statement statement = admin.createStatement()) {
            statement.execute("create user reader password 'secret'"); // no admin rights: SET CACHE_SIZE is refused
        }
        try (Connection reader = DriverManager.getConnection(url, "reader", "secret")) {
            new H2PageCache(Optional.of(url)).onConnectionCreate(reader);
            assertThat(reader.isValid(1)).isTrue();
        }
    }

    private static int cacheSizeAfterOpening(String url) throws Exception {
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            new H2PageCache(Optional.of(url)).onConnectionCreate(connection);
            return cacheSize(connection);
        }
    }

    private static int cacheSize(Connection connection) throws Exception {
        try (Statement statement = connection.createStatement();
                ResultSet size = statement.executeQuery(
                        "select setting_value from information_schema.settings where setting_name = 'CACHE_SIZE'")) {
            assertThat(size.next()).isTrue();
            return Integer.parseInt(size.getString(1));
        }
    }
}
