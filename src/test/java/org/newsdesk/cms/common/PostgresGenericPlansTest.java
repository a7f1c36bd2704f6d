package org.newsdesk.cms.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
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
                try (Statement statement = connection.createStatement();
                        ResultSet mode = statement.executeQuery("show plan_cache_mode")) {
                    assertThat(mode.next()).isTrue();
                    assertThat(mode.getString(1)).isEqualTo("force_generic_plan");
                }
            }
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
        }
    }
}
