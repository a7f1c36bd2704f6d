package org.newsdesk.cms.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.newsdesk.cms.support.TestDatabase;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/** Every connection of the pool keeps one plan per prepared statement on PostgreSQL. */
@QuarkusTest
class PostgresGenericPlansTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void everyPooledConnectionPlansOnce() throws Exception {
        TestDatabase.assumePostgres("plan_cache_mode is PostgreSQL's");
        // Several connections held at once: the pool has to create some of them now.
        List<Connection> held = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                held.add(dataSource.getConnection());
            }
            for (Connection connection : held) {
                assertThat(mode(connection)).isEqualTo("force_generic_plan");
            }
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
        }
    }

    @Test
    void aSwitchLeavesPostgresqlsOwnChoice() throws Exception {
        String url = TestDatabase.assumePostgres("plan_cache_mode is PostgreSQL's");
        for (boolean enabled : new boolean[] { false, true }) {
            try (Connection connection = DriverManager.getConnection(url, System.getenv("CMS_TEST_DB_USERNAME"),
                    System.getenv("CMS_TEST_DB_PASSWORD"))) {
                new PostgresGenericPlans(enabled).onConnectionCreate(connection);
                assertThat(mode(connection)).isEqualTo(enabled ? "force_generic_plan" : "auto");
            }
        }
    }

    private static String mode(Connection connection) throws Exception {
        try (Statement statement = connection.createStatement();
                ResultSet mode = statement.executeQuery("show plan_cache_mode")) {
            assertThat(mode.next()).isTrue();
            return mode.getString(1);
        }
    }
}
