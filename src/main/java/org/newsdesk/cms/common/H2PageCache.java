package org.newsdesk.cms.common;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.agroal.api.AgroalPoolInterceptor;
import io.quarkus.logging.Log;

/**
 * An H2 database file gets the shipped page cache ({@value #KILOBYTES} KB) even when
 * its JDBC URL is given whole and does not say {@code CACHE_SIZE}.
 * <p>
 * H2 keeps its page cache in the Java heap. Its own default (16 MB, about 30 MB of
 * objects) fills the old generation of the documented 128 MB heap under reads of
 * every article, and the collector then runs a full collection every second
 * (docs/benchmark.md, session 13). A URL that names a size keeps it. H2 keeps the
 * setting in the database file until it is set again.
 */
@ApplicationScoped
class H2PageCache implements AgroalPoolInterceptor {

    /** The shipped size, as in application.properties' URL. */
    static final int KILOBYTES = 4096;

    private final boolean applies;

    H2PageCache(@ConfigProperty(name = "quarkus.datasource.jdbc.url") Optional<String> jdbcUrl) {
        this.applies = jdbcUrl.filter(url -> H2Urls.databaseFile(url).isPresent())
                .filter(url -> H2Urls.option(url, "CACHE_SIZE").isEmpty()).isPresent();
    }

    @Override
    public void onConnectionCreate(Connection connection) {
        if (!applies) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("set cache_size " + KILOBYTES);
        } catch (SQLException e) {
            // A user without admin rights, a read-only file: the connection works as it is.
            Log.warnf("Could not set H2's page cache to %d KB (add ;CACHE_SIZE=%d to the JDBC URL): %s", KILOBYTES,
                    KILOBYTES, e.getMessage());
        }
    }
}
