package org.newsdesk.cms.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.cms.support.PackagedApp;

/**
 * A rolling upgrade: the new version has migrated the database, and a pod of the old
 * one (re)starts meanwhile. It starts on the newer schema instead of refusing it
 * ("Detected applied migration not resolved locally") and crash-looping until the
 * rollout ends. The newer migration is a row in Flyway's history, as a newer build
 * leaves it.
 */
class NewerSchemaIT {

    private static final String FUTURE_VERSION = "9999";

    @TempDir
    Path folder;

    @Test
    void startsOnADatabaseANewerBuildMigrated() throws Exception {
        String url = System.getenv("CMS_IT_JDBC_URL");
        String user = url == null ? "sa" : System.getenv("CMS_IT_DB_USERNAME");
        String password = url == null ? "" : System.getenv("CMS_IT_DB_PASSWORD");
        String[] options = url == null
                ? new String[] {"-Dcms.import.on-start=false",
                        "-Dquarkus.datasource.jdbc.url=jdbc:h2:file:" + folder.resolve("cms") + ";WRITE_DELAY=0"}
                : new String[] {"-Dcms.import.on-start=false"};
        String jdbcUrl = url == null ? "jdbc:h2:file:" + folder.resolve("cms") : url;
        try (PackagedApp migrating = PackagedApp.start(Map.of(), options)) {
            // this build's schema, migrated
        }
        // Each connection closed before the application opens the database (an H2 file allows one process).
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password)) {
            recordMigrationOfANewerBuild(connection);
        }
        try (PackagedApp older = PackagedApp.start(Map.of(), options)) {
            assertThat(older.log()).doesNotContain("not resolved locally");
        } finally {
            try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
                    Statement statement = connection.createStatement()) {
                statement.execute("delete from \"flyway_schema_history\" where \"version\" = '" + FUTURE_VERSION + "'");
            }
        }
    }

    private static void recordMigrationOfANewerBuild(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("""
                    insert into "flyway_schema_history" ("installed_rank", "version", "description", "type", "script",
                        "checksum", "installed_by", "execution_time", "success")
                    select max("installed_rank") + 1, '%s', 'added by a newer build', 'SQL',
                        'V%s__added_by_a_newer_build.sql', 1, 'newer', 1, true
                    from "flyway_schema_history"
                    """.formatted(FUTURE_VERSION, FUTURE_VERSION));
        }
    }
}
