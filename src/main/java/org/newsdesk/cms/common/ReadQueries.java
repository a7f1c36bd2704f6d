package org.newsdesk.cms.common;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

import io.agroal.api.AgroalDataSource;

/**
 * Read-only SQL straight through JDBC, for the projections readers' queries show:
 * no entity, no result-set mapping, no query translation between the statement and
 * the rows. Parameterized statements only; callers build SQL from fixed fragments.
 * Inside a transaction the data source hands out the transaction's connection, so a
 * read sees what the transaction wrote.
 *
 * <p>Every statement is counted: tests that prove a bound on statements per request
 * add {@link #statements()} to Hibernate's own count.
 */
@ApplicationScoped
public class ReadQueries {

    /** Reads one row into a value. */
    @FunctionalInterface
    public interface RowReader<T> {
        T read(Row row) throws SQLException;
    }

    private final AgroalDataSource dataSource;
    private final AtomicLong statements = new AtomicLong();

    ReadQueries(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * The rows of {@code sql} with {@code parameters} bound in order ({@code Long[]} as
     * an SQL array, {@link Instant} as a time with zone).
     */
    public <T> List<T> list(String sql, List<?> parameters, RowReader<T> reader) {
        statements.incrementAndGet();
        Statement bound = SingleIds.bound(sql, parameters);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(bound.sql())) {
            for (int i = 0; i < bound.parameters().size(); i++) {
                bind(statement, i + 1, bound.parameters().get(i));
            }
            try (ResultSet results = statement.executeQuery()) {
                List<T> rows = new ArrayList<>();
                Row row = new Row(results);
                while (results.next()) {
                    rows.add(reader.read(row));
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading failed: " + e.getMessage(), e);
        }
    }

    /** SQL with the parameters to bind to it, in order. */
    record Statement(String sql, List<?> parameters) {
    }

    /** Statements run since start (for tests that count them). */
    public long statements() {
        return statements.get();
    }

    private static void bind(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value instanceof Instant instant) {
            statement.setObject(index, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
        } else {
            statement.setObject(index, value);
        }
    }

    /** The current row, read by column position (1-based), with SQL NULL as Java null. */
    public static final class Row {

        private final ResultSet results;

        Row(ResultSet results) {
            this.results = results;
        }

        public Long getLong(int column) throws SQLException {
            long value = results.getLong(column);
            return results.wasNull() ? null : value;
        }

        public int getInt(int column) throws SQLException {
            return results.getInt(column);
        }

        public double getDouble(int column) throws SQLException {
            return results.getDouble(column);
        }

        public String getString(int column) throws SQLException {
            return results.getString(column);
        }

        public Instant getInstant(int column) throws SQLException {
            OffsetDateTime value = results.getObject(column, OffsetDateTime.class);
            return value == null ? null : value.toInstant();
        }
    }
}
