package org.newsdesk.cms.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.newsdesk.cms.support.TestDatabase;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * PostgreSQL keeps each article's search vector in its row (V14): ranking a search's
 * matches then reads no TOAST table. The storage is the schema's; this checks the
 * migrations left it so.
 */
@QuarkusTest
class SearchVectorStorageTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theSearchVectorIsKeptInTheRow() throws Exception {
        TestDatabase.assumePostgres("H2 searches with Lucene and has no search vector");
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet storage = statement.executeQuery("select attstorage from pg_attribute"
                        + " where attrelid = 'article'::regclass and attname = 'search_vector'")) {
            assertThat(storage.next()).isTrue();
            assertThat(storage.getString(1)).as("m: MAIN, in the row unless it cannot fit a page").isEqualTo("m");
        }
    }
}
